/**
 * Proves the fake's Socket Mode against the real Bolt 5 app (@slack/socket-mode 3 underneath): the app
 * opens its connection with the app-level token, is greeted with `hello`, receives envelopes of each
 * type with the fields Bolt reads, and acknowledges each by envelope id, with a response payload where
 * Slack accepts one. Two apps make two connections: envelopes are spread across them and a retry goes to
 * the other one, with the retry count Bolt hands to listeners.
 */
import { App, LogLevel } from '@slack/bolt';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlackApi } from './fake-slack-api.js';
import { click, command, message, submit } from './requests.js';
import type { FakeSocketMode } from './socket-mode.js';

const TEAM = 'T0SOCKET';
const BOT_TOKEN = 'xoxb-socket-test';
const APP_TOKEN = 'xapp-1-A0FAKEAPP-socket-test';

interface Seen {
  readonly app: number;
  readonly kind: string;
  readonly key: string;
  readonly retryNum: number | undefined;
  readonly retryReason: string | undefined;
}

/** A real Bolt app in Socket Mode against the fake; what its listeners saw goes to `seen`, tagged `n`. */
function socketApp(fake: FakeSlackApi, n: number, seen: Seen[]): App {
  const app = new App({
    token: BOT_TOKEN,
    appToken: APP_TOKEN,
    socketMode: true,
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } },
  });
  app.command('/peer', async ({ ack, command: c }) => {
    seen.push({ app: n, kind: 'command', key: c.text, retryNum: undefined, retryReason: undefined });
    if (c.text === 'silent') return;
    await (c.text === 'answer' ? ack({ response_type: 'ephemeral', text: 'answered in the ack' }) : ack());
  });
  app.action('pick', async ({ ack, body }) => {
    await ack();
    seen.push({ app: n, kind: 'action', key: body.type, retryNum: undefined, retryReason: undefined });
  });
  app.view('form', async ({ ack }) => {
    await ack({ response_action: 'errors', errors: { topic: 'Pick a topic.' } });
  });
  app.message(async ({ body, context }) => {
    seen.push({ app: n, kind: 'event', key: body.event_id, retryNum: context.retryNum, retryReason: context.retryReason });
  });
  return app;
}

describe('fake Slack Socket Mode with the real Bolt app', () => {
  let fake: FakeSlackApi;
  let socket: FakeSocketMode;
  const seen: Seen[] = [];
  const apps: App[] = [];

  beforeAll(async () => {
    fake = await FakeSlackApi.start({ teamId: TEAM, botUserId: 'U0BOT', botId: 'B0BOT', users: [], channels: [], open: true });
    socket = fake.enableSocketMode(APP_TOKEN);
    for (const n of [0, 1]) {
      const app = socketApp(fake, n, seen);
      apps.push(app);
      // start() resolves once the server's hello arrived.
      await app.start();
    }
  }, 30_000);

  afterAll(async () => {
    for (const app of apps) await app.stop();
    // stop() only starts the close handshake; let it finish before the server goes.
    await fake.waitFor(() => socket.connections.every((c) => !c.open()));
    await fake.stop();
  });

  it('opens one connection per app with the app-level token, each greeted with hello', async () => {
    await socket.waitForConnections(2);
    expect(socket.connections.map((c) => c.open())).toEqual([true, true]);
    const opens = fake.callsTo('apps.connections.open');
    expect(opens).toHaveLength(2);
    expect(opens.every((c) => c.token === APP_TOKEN && c.status === 200)).toBe(true);
    expect(String(opens[0]!.response['url'])).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/link\/\?ticket=/);
  });

  it('refuses a bot token and an unknown app token, and each URL connects once', async () => {
    const open = async (token: string) => (await (await fetch(`${fake.apiUrl}apps.connections.open`, { method: 'POST', headers: { authorization: `Bearer ${token}` } })).json()) as Record<string, unknown>;
    expect(await open(BOT_TOKEN)).toEqual({ ok: false, error: 'not_allowed_token_type' });
    expect(await open('xapp-1-someone-else')).toEqual({ ok: false, error: 'invalid_auth' });
    const { url } = (await open(APP_TOKEN)) as { url: string };
    const first = new WebSocket(url);
    const hello = await new Promise<Record<string, unknown>>((resolve) => first.once('message', (data: Buffer) => resolve(JSON.parse(data.toString()) as Record<string, unknown>)));
    expect(hello).toMatchObject({ type: 'hello', num_connections: 3, connection_info: { app_id: 'A0FAKEAPP' } });
    const second = new WebSocket(url);
    const refused = await new Promise<Error>((resolve) => second.once('error', resolve));
    expect(refused.message).toBe('Unexpected server response: 401');
    first.close();
    await new Promise((resolve) => first.once('close', resolve));
  });

  it('delivers a slash command and takes the ack by envelope id, with the response payload when given', async () => {
    const plain = await socket.deliver(command(TEAM, 'U0A', 'C0GEN', 'plain', fake.responseUrl('p')));
    expect(plain.envelope).toMatchObject({ type: 'slash_commands', accepts_response_payload: true, retry_attempt: 0 });
    expect(plain.ack).toEqual({});
    expect(plain.ackMs).toBeGreaterThanOrEqual(0);
    const answered = await socket.deliver(command(TEAM, 'U0A', 'C0GEN', 'answer', fake.responseUrl('a')));
    expect(answered.ack).toEqual({ response_type: 'ephemeral', text: 'answered in the ack' });
    expect(seen.filter((s) => s.kind === 'command').map((s) => s.key)).toEqual(['plain', 'answer']);
  });

  it('rejects a delivery nobody acknowledged in time', async () => {
    await expect(socket.deliver(command(TEAM, 'U0A', 'C0GEN', 'silent', fake.responseUrl('s')), { ackTimeoutMs: 300 })).rejects.toThrow(/not acknowledged/);
  });

  it('delivers interactivity: a click is acked bare, a form answers with its errors in the ack', async () => {
    const clicked = await socket.deliver(click(TEAM, 'U0A', 'pick', fake.responseUrl('c')));
    expect(clicked.envelope.type).toBe('interactive');
    expect(clicked.ack).toEqual({});
    const submitted = await socket.deliver(submit(TEAM, 'U0A', 'form', {}));
    expect(submitted.ack).toEqual({ response_action: 'errors', errors: { topic: 'Pick a topic.' } });
  });

  it('spreads envelopes round-robin over the open connections, and a retry goes to the other one with its count', async () => {
    const before = socket.connections.map((c) => c.deliveries.length);
    const events = [0, 1, 2, 3].map((i) => message(TEAM, 'U0A', 'D0DM', 'im', `hello ${i}`, `EvSPREAD${i}`));
    const delivered = [];
    for (const e of events) delivered.push(await socket.deliver(e));
    expect(delivered.every((d) => d.envelope.type === 'events_api' && !d.envelope.accepts_response_payload && d.ack !== undefined)).toBe(true);
    expect(socket.connections.slice(0, 2).map((c, i) => c.deliveries.length - before[i]!)).toEqual([2, 2]);

    const retried = await socket.retry(delivered[0]!);
    expect(retried.connection).not.toBe(delivered[0]!.connection);
    expect(retried.envelope).toMatchObject({ retry_attempt: 1, retry_reason: 'timeout', payload: delivered[0]!.envelope.payload });
    expect(retried.envelope.envelope_id).not.toBe(delivered[0]!.envelope.envelope_id);
    await fake.waitFor(() => seen.filter((s) => s.key === 'EvSPREAD0').length === 2);
    const [first, again] = seen.filter((s) => s.key === 'EvSPREAD0');
    expect(first).toMatchObject({ app: delivered[0]!.connection, retryNum: 0 });
    expect(again).toMatchObject({ app: retried.connection, retryNum: 1, retryReason: 'timeout' });
  });

  it('on a disconnect message the app closes that connection and opens a new one', async () => {
    const before = socket.connections.length;
    socket.disconnect(0);
    await fake.waitFor(() => !socket.connections[0]!.open());
    // @slack/socket-mode waits its client ping timeout (5 s by default) before it reconnects.
    await socket.waitForConnections(before + 1, 10_000);
    expect(fake.callsTo('apps.connections.open').filter((c) => c.token === APP_TOKEN && c.response.ok)).toHaveLength(before + 1);
    const fresh = socket.connections[before]!;
    const answered = await socket.deliver(command(TEAM, 'U0A', 'C0GEN', 'again', fake.responseUrl('again')), { connection: fresh.index });
    expect(answered.ack).toEqual({});
    expect(seen.filter((s) => s.key === 'again')).toHaveLength(1);
  }, 15_000);
});
