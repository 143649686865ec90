/**
 * Issue 11's done-when: 1,000 malformed and hostile HTTP requests against a RUNNING bot in another
 * process — the real `peerline start` in Slack HTTP mode with the coordinator dashboard beside it, talking
 * to the local fake Slack Web API — give 0 exits, 0 5xx, and an answer to every one. Requests are written
 * to the socket byte for byte (no client library tidies the URL or headers first).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, onPostgres, TEST_DATABASE_URL } from '../support/db.js';
import { command, encodeForBolt, FakeSlackApi } from '../fakes/slack/index.js';

const SECRET = 'hostile-test-secret';
const TEAM = 'T0HOSTILE';
const TOTAL = 1000;
const PARALLEL = 16;
/** An answer must start within this long (Bolt answers an un-acked request after 2.8 s). */
const ANSWER_MS = 10_000;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      s.close(() => resolve(port));
    });
  });

let fake: FakeSlackApi;
let child: ChildProcess;
const exits: { code: number | null; signal: NodeJS.Signals | null }[] = [];
let stderr = '';
let slackPort = 0;
let webPort = 0;
let cleanup: () => Promise<void> = () => Promise.resolve();

beforeAll(async () => {
  fake = await FakeSlackApi.start({ teamId: TEAM, botUserId: 'U0BOT', botId: 'B0BOT', users: [], channels: [], open: true, admins: ['U0ADMIN'] });
  [slackPort, webPort] = [await freePort(), await freePort()];
  let database: Record<string, string>;
  if (onPostgres && TEST_DATABASE_URL !== undefined) {
    const pg = await createPostgresDatabase(TEST_DATABASE_URL);
    database = { DATABASE_URL: pg.url };
    cleanup = pg.drop;
  } else {
    const dir = await mkdtemp(join(tmpdir(), 'peerline-hostile-'));
    database = { PEERLINE_DATA_DIR: dir };
    cleanup = () => rm(dir, { recursive: true, force: true });
  }
  child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env['PATH'] ?? '',
      ...database,
      LOG_LEVEL: 'warn',
      SLACK_BOT_TOKEN: 'xoxb-hostile',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: String(slackPort),
      PEERLINE_WEB: '1',
      PEERLINE_WEB_PORT: String(webPort),
      PEERLINE_WEB_URL: `http://127.0.0.1:${webPort}`,
    },
  });
  child.on('exit', (code, signal) => exits.push({ code, signal }));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the bot did not start: ${stderr.slice(-2000)}`)), 120_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.includes('Peerline coordinator dashboard:')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`the bot exited at start: ${stderr.slice(-2000)}`));
    });
  });
}, 150_000);

afterAll(async () => {
  if (child !== undefined && child.exitCode === null) {
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await gone;
  }
  await fake?.stop();
  await cleanup();
}, 30_000);

interface Shot {
  readonly port: 'slack' | 'web';
  readonly name: string;
  /** Everything sent, byte for byte. */
  readonly bytes: Buffer;
}

/** Sends the bytes and resolves with the status code of the answer, or an explanation of why there was none. */
function fire(shot: Shot): Promise<number | string> {
  return new Promise((resolve) => {
    const socket = connect(shot.port === 'slack' ? slackPort : webPort, '127.0.0.1');
    let reply = '';
    const done = (outcome: number | string) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(outcome);
    };
    const status = () => /^HTTP\/1\.[01] (\d{3})/.exec(reply)?.[1];
    const timer = setTimeout(() => done(status() === undefined ? 'no answer in time' : Number(status())), ANSWER_MS);
    socket.setEncoding('latin1');
    socket.on('connect', () => socket.write(shot.bytes));
    socket.on('data', (chunk: string) => {
      reply += chunk;
      // One status line is the answer; the rest of the body does not matter here.
      if (status() !== undefined) done(Number(status()));
    });
    // A reset after the answer started is fine; one before it is not.
    socket.on('error', (error) => done(status() === undefined ? `socket ${error.message}` : Number(status())));
    socket.on('close', () => done(status() === undefined ? 'closed without an answer' : Number(status())));
  });
}

const CRLF = '\r\n';
const head = (lines: string[]) => lines.join(CRLF) + CRLF + CRLF;

function request(port: Shot['port'], name: string, target: string, o: { method?: string; headers?: string[]; body?: string | Buffer; host?: string | null } = {}): Shot {
  const body = o.body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(o.body) ? o.body : Buffer.from(o.body, 'utf8');
  const portNumber = port === 'slack' ? slackPort : webPort;
  const lines = [`${o.method ?? 'GET'} ${target} HTTP/1.1`];
  if (o.host !== null) lines.push(`Host: ${o.host ?? `127.0.0.1:${portNumber}`}`);
  lines.push(...(o.headers ?? []), 'Connection: close');
  if (body.length > 0 && !(o.headers ?? []).some((h) => /^(content-length|transfer-encoding):/i.test(h))) lines.push(`Content-Length: ${body.length}`);
  return { port, name, bytes: Buffer.concat([Buffer.from(head(lines), 'latin1'), body]) };
}

function signedHeaders(body: string, ts = Math.floor(Date.now() / 1000), type = 'application/json'): string[] {
  const sig = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  return [`Content-Type: ${type}`, `X-Slack-Request-Timestamp: ${ts}`, `X-Slack-Signature: ${sig}`];
}

const BAD_TARGETS = ['//%%', '//a:99999/', '//%zz', '/%', '/%%', '/%zz', '//', '///', '/?%', '/?a=%zz&b=%', '/dashboard/%', '/dashboard/%E0%A4%A', '/dashboard/sign-in?token=%',
  `/dashboard/sign-in?token=${'a'.repeat(4000)}`, '/dashboard/stats?days=%', '/dashboard/stats?days=1e309', '/dashboard/stats?days=-1', '/playground/panes/%zz', '/..%2f..%2fetc%2fpasswd',
  '/%00', '/%c0%ae%c0%ae/', 'http://evil.example/', 'http://[::1/', '*', '/\u00ff\u00fe', `/${'%'.repeat(2000)}`, '/slack/events?%', '/assets/%2e%2e/peerline.css'];
const BAD_COOKIES = ['peerline_dashboard=%', 'peerline_dashboard=%E0%A4%A', 'peerline_dashboard', '=;;=;=', `peerline_dashboard=${'x'.repeat(6000)}`, 'peerline_dashboard="', 'peerline_dashboard=\u00ff\u00fe', 'a=1; peerline_dashboard=%%; b'];
const BAD_HOSTS = ['evil.example', 'a:99999', '[::1', '%%', '127.0.0.1:1:2', ''];
const JSON_BODIES = ['null', '[]', '1', '"x"', 'true', '{', '{"type":null}', '{"type":"event_callback","event":null}', '{"type":"event_callback","event":{"type":"message","channel":null}}',
  '{"type":"url_verification","challenge":{}}', '{"type":"url_verification"}', '{"team_id":{"a":1},"event_id":[1],"type":"event_callback","event":{"type":"message","text":1,"user":[],"channel":{}}}',
  '{"type":"block_actions"}', '{"type":"view_submission","view":null}', '{}', '{"__proto__":{"ssl_check":"1"}}', '{"ssl_check":"1"}'];
const FORM_BODIES = ['payload=null', 'payload=%', 'payload=%7B', 'payload={"type":"block_actions","actions":null}', 'payload={"type":"view_submission","view":{"callback_id":"pl:form:listen","state":null}}',
  'payload={"type":"block_actions","team":{"id":"T0HOSTILE"},"user":{"id":"U1"},"actions":[{"action_id":"pl:accept:not-a-uuid"}]}', 'command=/peer&text=%', 'command=/peer', 'command=/listen&text=&team_id=&user_id=',
  'ssl_check=1', 'ssl_check=1&payload=null', '%%%', '&&&==', `command=/peer&text=${'a'.repeat(3000)}&team_id=T&user_id=U&channel_id=C&response_url=http://127.0.0.1:1/&trigger_id=t`];

/** The hostile repertoire: each entry is one request; the list is cycled to `TOTAL`. */
function repertoire(): Shot[] {
  const shots: Shot[] = [];
  for (const t of BAD_TARGETS) {
    shots.push(request('web', `GET ${t}`, t));
    shots.push(request('slack', `GET ${t}`, t));
    shots.push(request('slack', `POST ${t}`, t, { method: 'POST', headers: signedHeaders('{}'), body: '{}' }));
  }
  for (const c of BAD_COOKIES) {
    for (const path of ['/dashboard', '/dashboard/stats', '/dashboard/volunteers']) shots.push(request('web', `cookie ${c.slice(0, 30)} ${path}`, path, { headers: [`Cookie: ${c}`] }));
    shots.push(request('web', `sign-out with cookie ${c.slice(0, 30)}`, '/dashboard/sign-out', { method: 'POST', headers: [`Cookie: ${c}`, `Origin: http://127.0.0.1:${webPort}`, 'Content-Type: application/x-www-form-urlencoded'], body: 'x=1' }));
  }
  for (const h of BAD_HOSTS) {
    shots.push(request('web', `host ${h}`, '/dashboard', { host: h }));
    shots.push(request('slack', `host ${h}`, '/slack/events', { method: 'POST', host: h, headers: signedHeaders('{}'), body: '{}' }));
  }
  shots.push(request('web', 'no host', '/dashboard', { host: null }));
  for (const body of JSON_BODIES) {
    shots.push(request('slack', `signed JSON ${body.slice(0, 40)}`, '/slack/events', { method: 'POST', headers: signedHeaders(body), body }));
    shots.push(request('slack', `unsigned JSON ${body.slice(0, 40)}`, '/slack/events', { method: 'POST', headers: ['Content-Type: application/json'], body }));
    shots.push(request('slack', `future JSON ${body.slice(0, 40)}`, '/slack/events', { method: 'POST', headers: signedHeaders(body, Math.floor(Date.now() / 1000) + 3600), body }));
    shots.push(request('web', `JSON to sign-in ${body.slice(0, 40)}`, '/dashboard/sign-in', { method: 'POST', headers: ['Content-Type: application/json', `Origin: http://127.0.0.1:${webPort}`], body }));
  }
  for (const body of FORM_BODIES) {
    const form = 'application/x-www-form-urlencoded';
    shots.push(request('slack', `signed form ${body.slice(0, 40)}`, '/slack/events', { method: 'POST', headers: signedHeaders(body, undefined, form), body }));
    shots.push(request('slack', `stale form ${body.slice(0, 40)}`, '/slack/events', { method: 'POST', headers: signedHeaders(body, Math.floor(Date.now() / 1000) - 3600, form), body }));
    for (const origin of ['null', 'http://evil.example', `http://127.0.0.1:${webPort}`]) {
      shots.push(request('web', `form sign-in ${origin} ${body.slice(0, 30)}`, '/dashboard/sign-in', { method: 'POST', headers: [`Content-Type: ${form}`, `Origin: ${origin}`], body }));
    }
  }
  // Oversized: headers past Node's limit, bodies past ours (declared, and chunked without a length).
  shots.push(request('web', 'huge header', '/dashboard', { headers: [`X-Big: ${'a'.repeat(70_000)}`] }));
  shots.push(request('slack', 'huge header', '/slack/events', { method: 'POST', headers: [`X-Big: ${'a'.repeat(70_000)}`] }));
  shots.push(request('web', 'many headers', '/dashboard', { headers: Array.from({ length: 3000 }, (_, i) => `X-H${i}: ${i}`) }));
  shots.push(request('slack', 'declared 4 MB', '/slack/events', { method: 'POST', headers: [...signedHeaders('{}'), `Content-Length: ${4 * 1024 * 1024}`] }));
  shots.push(request('web', 'declared 4 MB', '/dashboard/sign-in', { method: 'POST', headers: ['Content-Type: application/x-www-form-urlencoded', `Origin: http://127.0.0.1:${webPort}`, `Content-Length: ${4 * 1024 * 1024}`] }));
  const chunked = (size: number) => Buffer.from(`${size.toString(16)}\r\n${'z'.repeat(size)}\r\n0\r\n\r\n`);
  shots.push(request('slack', 'chunked 300 KB', '/slack/events', { method: 'POST', headers: [...signedHeaders('{}'), 'Transfer-Encoding: chunked'], body: chunked(300 * 1024) }));
  shots.push(request('web', 'chunked 300 KB', '/dashboard/sign-in', { method: 'POST', headers: ['Content-Type: application/x-www-form-urlencoded', `Origin: http://127.0.0.1:${webPort}`, 'Transfer-Encoding: chunked'], body: chunked(300 * 1024) }));
  shots.push(request('web', 'bad content-length', '/dashboard/sign-in', { method: 'POST', headers: ['Content-Length: -5'] }));
  shots.push(request('slack', 'both lengths', '/slack/events', { method: 'POST', headers: ['Content-Length: 5', 'Transfer-Encoding: chunked'], body: '0\r\n\r\n' }));
  // Garbage on the wire and odd methods.
  for (const [name, raw] of [['garbage', '\u0000\u0001\u0002 hello\r\n\r\n'], ['http/9', 'GET / HTTP/9.9\r\nHost: x\r\n\r\n'], ['no version', 'GET /\r\n\r\n'], ['bad method', 'FOO / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'], ['lf only', 'GET / HTTP/1.1\nHost: 127.0.0.1\n\n']] as const) {
    shots.push({ port: 'web', name, bytes: Buffer.from(raw, 'latin1') });
    shots.push({ port: 'slack', name, bytes: Buffer.from(raw, 'latin1') });
  }
  for (const method of ['PUT', 'DELETE', 'OPTIONS', 'PATCH', 'HEAD', 'TRACE']) {
    shots.push(request('web', method, '/dashboard', { method }));
    shots.push(request('slack', method, '/slack/events', { method }));
  }
  // A signed request replayed (the same bytes twice).
  const replay = 'payload={"type":"block_actions"}';
  const replayHeaders = signedHeaders(replay, undefined, 'application/x-www-form-urlencoded');
  shots.push(request('slack', 'replay 1', '/slack/events', { method: 'POST', headers: replayHeaders, body: replay }));
  shots.push(request('slack', 'replay 2', '/slack/events', { method: 'POST', headers: replayHeaders, body: replay }));
  return shots;
}

describe('a running bot (Slack HTTP mode + dashboard, another process) under hostile requests', () => {
  it(`answers ${TOTAL} malformed and hostile requests: 0 exits, 0 5xx, every one answered`, async () => {
    const kinds = repertoire();
    const shots = Array.from({ length: TOTAL }, (_, i) => kinds[i % kinds.length]!);
    const outcomes: { shot: Shot; outcome: number | string }[] = [];
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        while (next < shots.length) {
          const shot = shots[next++]!;
          outcomes.push({ shot, outcome: await fire(shot) });
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const unanswered = outcomes.filter((o) => typeof o.outcome === 'string');
    const serverErrors = outcomes.filter((o) => typeof o.outcome === 'number' && o.outcome >= 500);
    const byStatus = new Map<string, number>();
    for (const o of outcomes) byStatus.set(String(o.outcome), (byStatus.get(String(o.outcome)) ?? 0) + 1);
    // The figures for the report.
    console.info(
      `hostile requests: ${outcomes.length} tried (${kinds.length} kinds), exits ${exits.length}, 5xx ${serverErrors.length}, unanswered ${unanswered.length}, ${seconds.toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries(byStatus))}`,
    );

    expect(outcomes).toHaveLength(TOTAL);
    expect(exits).toEqual([]);
    expect(unanswered.map((o) => `${o.shot.port} ${o.shot.name}: ${o.outcome}`)).toEqual([]);
    expect(serverErrors.map((o) => `${o.shot.port} ${o.shot.name}: ${o.outcome}`)).toEqual([]);
    // Nothing the bot logged says a request escaped its handler.
    expect(stderr).not.toMatch(/process\.(unhandled_rejection|uncaught_exception)|web\.request_failed/);

    // And it still serves people: a real signed command is answered, and the dashboard's front page loads.
    const reply = 'after-the-storm';
    const p = command(TEAM, 'U0ANY', 'C0GENERAL', 'help', fake.responseUrl(reply));
    const { body } = encodeForBolt(p.kind, p.payload);
    const ok = await fire(request('slack', 'a real command', '/slack/events', { method: 'POST', headers: signedHeaders(body, undefined, 'application/x-www-form-urlencoded'), body }));
    expect(ok).toBe(200);
    await fake.waitFor(() => (fake.responsesFor(reply).length > 0 ? true : null));
    expect(await fire(request('web', 'front page', '/'))).toBe(200);
    expect(child.exitCode).toBeNull();
  }, 90_000);
});
