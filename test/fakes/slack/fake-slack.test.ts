/**
 * Proves the Slack fake against the real Bolt 5 app: signed requests in, Web API calls out, and the
 * failure shapes the adapter has to handle.
 */
import { webApi } from '@slack/bolt';
import type { App, BlockAction, ButtonAction, types } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlackApi } from './fake-slack-api.js';
import { blockAction, eventCallback, messageEvent, slashCommand, urlVerification, viewSubmission } from './payloads.js';
import { postToBolt, signSlackRequest } from './signed.js';
import { startBoltApp } from './bolt-app.js';
import type { RunningBoltApp } from './bolt-app.js';
import { Waiters } from './waiters.js';
import type { WorkspaceSeed } from './workspace.js';

const SECRET = 'test-signing-secret';
const TOKEN = 'xoxb-test-token';
const TEAM = 'T0PEERLINE';
const BOT_USER = 'U0BOT';
const ALICE = 'U0ALICE';
const BOB = 'U0BOB';
const VOLUNTEERS = 'C0VOLUNTEERS';
const OUTSIDE = 'C0OUTSIDE';
const UNACKED_TIMEOUT_MS = 600;

const SEED: WorkspaceSeed = {
  teamId: TEAM,
  botUserId: BOT_USER,
  botId: 'B0BOT',
  tokens: [TOKEN],
  users: [
    { id: ALICE, name: 'alice', real_name: 'Alice Example' },
    { id: BOB, name: 'bob', real_name: 'Bob Example', is_admin: true },
  ],
  channels: [
    { id: VOLUNTEERS, name: 'volunteers', is_private: true },
    { id: OUTSIDE, name: 'random', is_member: false },
  ],
};

/** What listeners saw or caught, keyed by the test that caused it. */
class Outcomes {
  readonly #seen: { key: string; value: unknown }[] = [];
  readonly #waiters = new Waiters<{ key: string; value: unknown }>();

  settle(key: string, value: unknown): void {
    const entry = { key, value };
    this.#seen.push(entry);
    this.#waiters.offer(entry);
  }

  count(key: string): number {
    return this.#seen.filter((e) => e.key === key).length;
  }

  async of(key: string, timeoutMs = 2_000): Promise<unknown> {
    const entry = await this.#waiters.wait(this.#seen, (e) => e.key === key, timeoutMs, () => `no outcome ${key}`);
    return entry.value;
  }
}

const SETUP_VIEW: types.ModalView = {
  type: 'modal',
  callback_id: 'peer_setup',
  title: { type: 'plain_text', text: 'Peerline setup' },
  submit: { type: 'plain_text', text: 'Save' },
  blocks: [{ type: 'input', block_id: 'channel', label: { type: 'plain_text', text: 'Channel' }, element: { type: 'plain_text_input', action_id: 'pick' } }],
};

function register(app: App, outcomes: Outcomes): void {
  app.command('/peer', async ({ command, ack, client }) => {
    outcomes.settle(`command:${command.text}`, command.user_id);
    switch (command.text) {
      case 'help':
        await ack({ response_type: 'ephemeral', text: 'Peerline: /peer request, /peer offer' });
        await client.chat.postMessage({ channel: VOLUNTEERS, text: `<@${command.user_id}> asked for help` });
        return;
      case 'setup': {
        await ack();
        const opened = await client.views.open({ trigger_id: command.trigger_id, view: { ...SETUP_VIEW, private_metadata: command.channel_id } });
        outcomes.settle('setup:view', opened.view?.id);
        return;
      }
      case 'notify':
        await ack('Posting to the volunteers.');
        try {
          await client.chat.postMessage({ channel: VOLUNTEERS, text: 'A request is waiting' });
          outcomes.settle('notify', 'posted');
        } catch (error: unknown) {
          outcomes.settle('notify', error);
        }
        return;
      default:
        await ack(`Unknown: ${command.text}`);
    }
  });

  app.action<BlockAction<ButtonAction>>('peer_claim', async ({ ack, body, respond, client }) => {
    await ack();
    const responded = await respond({ replace_original: false, response_type: 'ephemeral', text: 'You claimed it.' }).then(
      () => 'ok',
      (error: unknown) => error,
    );
    outcomes.settle(`claim:respond:${body.actions[0]?.value ?? ''}`, responded);
    const channel = body.channel?.id ?? '';
    await client.chat.update({ channel, ts: body.message?.ts ?? '', text: `Claimed by <@${body.user.id}>` });
    try {
      await client.chat.update({ channel, ts: '1000000000.000001', text: 'nope' });
      outcomes.settle('claim:unknown-update', 'updated');
    } catch (error: unknown) {
      outcomes.settle('claim:unknown-update', error);
    }
  });

  app.view('peer_setup', async ({ ack, view }) => {
    const picked = view.state.values['channel']?.['pick']?.value ?? '';
    if (!picked.startsWith('#')) {
      await ack({ response_action: 'errors', errors: { channel: 'Pick a channel, like #volunteers.' } });
      return;
    }
    await ack();
    outcomes.settle('setup:saved', { picked, metadata: view.private_metadata });
  });

  app.message(async ({ message, body, context }) => {
    const text = 'text' in message ? message.text : undefined;
    outcomes.settle(`message:${body.event_id}#${context.retryNum ?? 0}`, { text, retryNum: context.retryNum, retryReason: context.retryReason });
  });
}

describe('fake Slack with the real Bolt app', () => {
  const outcomes = new Outcomes();
  let fake: FakeSlackApi;
  let bolt: RunningBoltApp;

  beforeAll(async () => {
    fake = await FakeSlackApi.start(SEED);
    bolt = await startBoltApp({
      signingSecret: SECRET,
      token: TOKEN,
      apiUrl: fake.apiUrl,
      unhandledRequestTimeoutMillis: UNACKED_TIMEOUT_MS,
      register: (app) => register(app, outcomes),
    });
  });

  afterAll(async () => {
    await bolt.stop();
    await fake.stop();
  });

  const command = (text: string, responseId = `cmd-${text}`) =>
    slashCommand({ command: '/peer', text, userId: ALICE, teamId: TEAM, channelId: 'D0ALICE', responseUrl: fake.responseUrl(responseId) });

  describe('start-up and slash commands', () => {
    it('calls auth.test with the bot token once at start-up', () => {
      const calls = fake.callsTo('auth.test');
      expect(calls).toHaveLength(1);
      expect(calls[0]?.token).toBe(TOKEN);
      expect(calls[0]?.response).toMatchObject({ ok: true, team_id: TEAM, user_id: BOT_USER, bot_id: 'B0BOT' });
    });

    it('answers a signed /peer help with the acked ephemeral text, then posts with the bot token', async () => {
      const res = await postToBolt(bolt.url, SECRET, 'command', command('help'));
      expect(res.status).toBe(200);
      expect(res.json).toEqual({ response_type: 'ephemeral', text: 'Peerline: /peer request, /peer offer' });
      const post = await fake.waitForCall('chat.postMessage', (c) => c.args['text'] === `<@${ALICE}> asked for help`);
      // Bolt's per-request client adds the team id to every call.
      expect(post).toMatchObject({ token: TOKEN, args: { channel: VOLUNTEERS, team_id: TEAM }, status: 200 });
      expect(fake.messagesIn(VOLUNTEERS).map((m) => m.text)).toContain(`<@${ALICE}> asked for help`);
    });

    it('sends the ack before the listener finishes (a slow Web API does not delay the HTTP answer)', async () => {
      fake.failNext('chat.postMessage', { delayMs: 700 });
      const before = fake.callsTo('chat.postMessage').length;
      const sentAt = Date.now();
      const res = await postToBolt(bolt.url, SECRET, 'command', command('help'));
      expect(res.status).toBe(200);
      expect(res.ms).toBeLessThan(500);
      // The listener's chat.postMessage is still being answered when the ack has arrived.
      expect(fake.callsTo('chat.postMessage')).toHaveLength(before);
      const post = await fake.waitForCall('chat.postMessage', (c) => c.at >= sentAt);
      expect(post.args['channel']).toBe(VOLUNTEERS);
    });

    it('answers 404 after unhandledRequestTimeoutMillis when no listener acks', async () => {
      const res = await postToBolt(bolt.url, SECRET, 'command', { ...command('help'), command: '/nobody' });
      expect(res.status).toBe(404);
      expect(res.ms).toBeGreaterThanOrEqual(UNACKED_TIMEOUT_MS - 50);
    });

    it('echoes the url_verification challenge', async () => {
      const res = await postToBolt(bolt.url, SECRET, 'event', urlVerification('challenge-123'));
      expect(res).toMatchObject({ status: 200, json: { challenge: 'challenge-123' } });
    });
  });

  describe('request signatures', () => {
    it('rejects a forged signature with 401 and never runs the listener', async () => {
      const res = await postToBolt(bolt.url, SECRET, 'command', command('forged'), { forge: true });
      expect(res.status).toBe(401);
      expect(outcomes.count('command:forged')).toBe(0);
    });

    it('rejects a timestamp older than 5 minutes with 401', async () => {
      const stale = Math.floor(Date.now() / 1000) - 6 * 60;
      const res = await postToBolt(bolt.url, SECRET, 'command', command('stale'), { timestamp: stale });
      expect(res.status).toBe(401);
      expect(outcomes.count('command:stale')).toBe(0);
    });

    it('accepts a timestamp in the future (Bolt only checks staleness)', async () => {
      const future = Math.floor(Date.now() / 1000) + 10 * 60;
      const res = await postToBolt(bolt.url, SECRET, 'command', command('future'), { timestamp: future });
      expect(res.status).toBe(200);
      expect(outcomes.count('command:future')).toBe(1);
    });

    it('answers 400 to a form whose content type carries a charset (Bolt then parses it as JSON)', async () => {
      const body = new URLSearchParams(command('charset')).toString();
      const res = await fetch(bolt.url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', ...signSlackRequest(SECRET, body) },
        body,
      });
      expect(res.status).toBe(400);
    });
  });

  describe('interactivity', () => {
    it('records respond() on the response_url and updates the clicked message', async () => {
      const posted = await bolt.app.client.chat.postMessage({ channel: VOLUNTEERS, text: 'Request #1 is waiting' });
      const ts = posted.ts ?? '';
      const click = blockAction({
        actionId: 'peer_claim',
        value: 'request-1',
        userId: BOB,
        teamId: TEAM,
        channelId: VOLUNTEERS,
        messageTs: ts,
        responseUrl: fake.responseUrl('claim-1'),
      });
      const res = await postToBolt(bolt.url, SECRET, 'interactive', click);
      expect(res).toMatchObject({ status: 200, body: '' });
      const response = await fake.waitForResponse('claim-1');
      expect(response.body).toEqual({ replace_original: false, response_type: 'ephemeral', text: 'You claimed it.' });
      const update = await fake.waitForCall('chat.update', (c) => c.args['ts'] === ts);
      expect(update.response).toMatchObject({ ok: true, channel: VOLUNTEERS, ts });
      expect(fake.message(VOLUNTEERS, ts)).toMatchObject({ text: `Claimed by <@${BOB}>`, edited: { user: BOT_USER } });
    });

    it('turns chat.update of an unknown ts into a platform error with data.error message_not_found', async () => {
      const error = await outcomes.of('claim:unknown-update');
      expect(error).toBeInstanceOf(webApi.WebAPIPlatformError);
      expect(error).toMatchObject({ code: webApi.ErrorCode.PlatformError, data: { ok: false, error: 'message_not_found' } });
    });

    it('rejects respond() with RespondError when the response_url answers 404', async () => {
      fake.failNextResponse('claim-2', 404);
      const posted = await bolt.app.client.chat.postMessage({ channel: VOLUNTEERS, text: 'Request #2 is waiting' });
      const click = blockAction({ actionId: 'peer_claim', value: 'request-2', userId: BOB, teamId: TEAM, channelId: VOLUNTEERS, messageTs: posted.ts ?? '', responseUrl: fake.responseUrl('claim-2') });
      expect((await postToBolt(bolt.url, SECRET, 'interactive', click)).status).toBe(200);
      expect(await outcomes.of('claim:respond:request-2')).toMatchObject({ code: 'slack_bolt_respond_error', statusCode: 404 });
      expect(fake.responses('claim-2')).toHaveLength(1);
    });

    it('opens a modal with the trigger id and returns response_action errors in the HTTP body', async () => {
      const res = await postToBolt(bolt.url, SECRET, 'command', command('setup'));
      expect(res).toMatchObject({ status: 200, body: '' });
      const viewId = await outcomes.of('setup:view');
      expect(viewId).toMatch(/^V/);
      expect(fake.view(String(viewId))).toMatchObject({ callback_id: 'peer_setup', private_metadata: 'D0ALICE' });

      const submit = (pick: string) =>
        viewSubmission({ callbackId: 'peer_setup', privateMetadata: 'D0ALICE', values: { channel: { pick } }, userId: ALICE, teamId: TEAM, viewId: String(viewId) });
      const refused = await postToBolt(bolt.url, SECRET, 'interactive', submit('volunteers'));
      expect(refused).toMatchObject({
        status: 200,
        json: { response_action: 'errors', errors: { channel: 'Pick a channel, like #volunteers.' } },
      });
      const accepted = await postToBolt(bolt.url, SECRET, 'interactive', submit('#volunteers'));
      expect(accepted).toMatchObject({ status: 200, body: '' });
      expect(await outcomes.of('setup:saved')).toEqual({ picked: '#volunteers', metadata: 'D0ALICE' });
    });

    it('refuses a second views.open with the same trigger id', async () => {
      const opened = fake.callsTo('views.open').at(-1);
      const trigger = String(opened?.args['trigger_id']);
      await expect(bolt.app.client.views.open({ trigger_id: trigger, view: SETUP_VIEW })).rejects.toMatchObject({
        data: { error: 'exchanged_trigger_id' },
      });
    });
  });

  describe('events', () => {
    it('delivers message.im to app.message and exposes a redelivery in context.retryNum', async () => {
      const opened = await bolt.app.client.conversations.open({ users: ALICE });
      const dm = opened.channel?.id ?? '';
      expect(dm).toMatch(/^D/);
      const event = messageEvent({ channel_type: 'im', channel: dm, user: ALICE, text: 'I need to talk to someone' });
      const envelope = eventCallback({ teamId: TEAM, botUserId: BOT_USER, event, eventId: 'Ev0FIRST' });

      const first = await postToBolt(bolt.url, SECRET, 'event', envelope);
      expect(first).toMatchObject({ status: 200, body: '' });
      expect(await outcomes.of('message:Ev0FIRST#0')).toEqual({ text: 'I need to talk to someone', retryNum: undefined, retryReason: undefined });

      const retry = await postToBolt(bolt.url, SECRET, 'event', envelope, { retryNum: 1, retryReason: 'http_timeout' });
      expect(retry.status).toBe(200);
      // Bolt does not deduplicate: the listener runs again and only context tells it apart.
      expect(await outcomes.of('message:Ev0FIRST#1')).toEqual({ text: 'I need to talk to someone', retryNum: 1, retryReason: 'http_timeout' });
    });
  });

  describe('Web API state and failures', () => {
    it('gives the same DM for the same person and an MPIM for several', async () => {
      const a = await bolt.app.client.conversations.open({ users: ALICE });
      const b = await bolt.app.client.conversations.open({ users: ALICE, return_im: true });
      expect(b.channel?.id).toBe(a.channel?.id);
      expect(b).toMatchObject({ already_open: true, channel: { is_im: true, user: ALICE } });
      const group = await bolt.app.client.conversations.open({ users: `${BOB},${ALICE}` });
      const again = await bolt.app.client.conversations.open({ users: `${ALICE},${BOB}` });
      expect(group.channel).toMatchObject({ is_mpim: true, id: expect.stringMatching(/^G/) });
      expect(again.channel?.id).toBe(group.channel?.id);
      const members = await bolt.app.client.conversations.members({ channel: group.channel?.id ?? '' });
      expect(members.members).toEqual(expect.arrayContaining([ALICE, BOB, BOT_USER]));
    });

    it('answers users.info, postEphemeral and getPermalink like Slack', async () => {
      const info = await bolt.app.client.users.info({ user: BOB });
      expect(info.user).toMatchObject({ id: BOB, name: 'bob', real_name: 'Bob Example', is_admin: true });
      // `locale` only when asked for, as Slack does.
      expect(info.user?.locale).toBeUndefined();
      expect((await bolt.app.client.users.info({ user: BOB, include_locale: true })).user?.locale).toBe('en-US');
      await expect(bolt.app.client.users.info({ user: 'U0NOBODY' })).rejects.toMatchObject({ data: { error: 'user_not_found' } });
      const eph = await bolt.app.client.chat.postEphemeral({ channel: VOLUNTEERS, user: ALICE, text: 'only you' });
      expect(eph.message_ts).toMatch(/^\d+\.\d{6}$/);
      const posted = await bolt.app.client.chat.postMessage({ channel: VOLUNTEERS, text: 'link me' });
      const link = await bolt.app.client.chat.getPermalink({ channel: VOLUNTEERS, message_ts: posted.ts ?? '' });
      expect(link.permalink).toBe(`https://peerline-test.slack.com/archives/${VOLUNTEERS}/p${(posted.ts ?? '').replace('.', '')}`);
      await expect(bolt.app.client.apiCall('chat.frobnicate', {})).rejects.toMatchObject({ data: { error: 'unknown_method' } });
      expect(fake.callsTo('chat.frobnicate')).toHaveLength(1);
    });

    it('surfaces an injected 429 as WebAPIRateLimitedError with retryAfter, without waiting', async () => {
      fake.failNext('chat.postMessage', { error: 'ratelimited', retryAfter: 7 });
      const res = await postToBolt(bolt.url, SECRET, 'command', command('notify'));
      expect(res).toMatchObject({ status: 200, body: 'Posting to the volunteers.' });
      const error = await outcomes.of('notify');
      expect(error).toBeInstanceOf(webApi.WebAPIRateLimitedError);
      expect(error).toMatchObject({ code: webApi.ErrorCode.RateLimitedError, retryAfter: 7 });
      expect(fake.callsTo('chat.postMessage').at(-1)).toMatchObject({ status: 429, response: { error: 'ratelimited' } });
    });

    it('surfaces not_in_channel, injected or from state, as a platform error with data.error', async () => {
      fake.failNext('chat.postMessage', { error: 'not_in_channel' });
      await expect(bolt.app.client.chat.postMessage({ channel: VOLUNTEERS, text: 'x' })).rejects.toMatchObject({
        code: webApi.ErrorCode.PlatformError,
        data: { ok: false, error: 'not_in_channel' },
      });
      await expect(bolt.app.client.chat.postMessage({ channel: OUTSIDE, text: 'x' })).rejects.toMatchObject({ data: { error: 'not_in_channel' } });
      await expect(bolt.app.client.chat.postMessage({ channel: 'C0GONE', text: 'x' })).rejects.toMatchObject({ data: { error: 'channel_not_found' } });
    });

    it('surfaces HTTP 5xx as WebAPIHTTPError and a dropped connection as WebAPIRequestError', async () => {
      fake.failNext('users.info', { error: 'fatal_error', status: 503 });
      await expect(bolt.app.client.users.info({ user: ALICE })).rejects.toMatchObject({ code: webApi.ErrorCode.HTTPError, statusCode: 503 });
      fake.failNext('users.info', { drop: true });
      await expect(bolt.app.client.users.info({ user: ALICE })).rejects.toMatchObject({ code: webApi.ErrorCode.RequestError });
    });

    it('without rejectRateLimitedCalls, a 429 pauses for Retry-After and then looks like a network error', async () => {
      const client = new webApi.WebClient(TOKEN, { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, logLevel: webApi.LogLevel.ERROR });
      fake.failNext('chat.postMessage', { error: 'ratelimited', retryAfter: 1 });
      const started = Date.now();
      const error: unknown = await client.chat.postMessage({ channel: VOLUNTEERS, text: 'x' }).catch((e: unknown) => e);
      expect(Date.now() - started).toBeGreaterThanOrEqual(950);
      expect(error).not.toBeInstanceOf(webApi.WebAPIRateLimitedError);
      expect(error).toMatchObject({ code: webApi.ErrorCode.RequestError, original: { message: expect.stringContaining('retry-after: 1') } });
    });
  });
});

describe('shutdown', () => {
  it('stops Bolt and the fake promptly even with a request nobody acked, and frees both ports', async () => {
    const fake = await FakeSlackApi.start(SEED);
    const bolt = await startBoltApp({ signingSecret: SECRET, token: TOKEN, apiUrl: fake.apiUrl, unhandledRequestTimeoutMillis: 10_000, register: () => undefined });
    const hanging = postToBolt(bolt.url, SECRET, 'command', slashCommand({ command: '/peer', userId: ALICE, teamId: TEAM, channelId: 'D0ALICE', responseUrl: fake.responseUrl('x') })).catch(
      (e: unknown) => e,
    );
    const waiting = fake.waitForCall('chat.postMessage', () => true, 10_000).catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 100));

    const started = Date.now();
    await bolt.stop();
    await fake.stop();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await hanging).toBeInstanceOf(Error);
    expect(String(await waiting)).toContain('stopped');
    await expect(fetch(bolt.url, { method: 'POST' })).rejects.toThrow();
    await expect(fetch(`${fake.apiUrl}auth.test`, { method: 'POST' })).rejects.toThrow();
  });
});
