/**
 * The web adapter's edge: malformed URLs and cookies, foreign Host names, `Origin: null`, oversized
 * bodies and too many live connections are each answered with a 4xx, and the server keeps serving.
 */
import { request } from 'node:http';
import { connect } from 'node:net';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_STREAMS, MAX_STREAMS_PER_CLIENT } from '../../src/adapters/web/sse.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { crisisEvents, supportRequests } from '../../src/db/schema.js';
import { lastAction, PEOPLE, startTestWeb, textOf, type TestWeb } from './support.js';

let database: TestDatabase;
let t: TestWeb;

beforeAll(async () => {
  database = await createTestDatabase();
  t = await startTestWeb({ database });
});
afterAll(async () => {
  await t.stop();
  await database.dispose();
});

/** Sends `head` (request line and headers, no final blank line) and `body` as written, and returns the status. */
function raw(head: string, body = ''): Promise<number> {
  return new Promise((resolve, reject) => {
    const length = body === '' ? '' : `\r\nContent-Length: ${Buffer.byteLength(body)}`;
    // Not `end()`: a half-closed connection may be closed before a slow reply is written.
    const socket = connect(t.web.port, '127.0.0.1', () => socket.write(`${head}${length}\r\nConnection: close\r\n\r\n${body}`));
    let reply = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (reply += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1] ?? '0')));
  });
}

const host = () => `Host: 127.0.0.1:${t.web.port}`;

describe('the web adapter answers malformed requests with a 4xx and keeps serving', () => {
  it('answers request targets that break `new URL()` (the crash of issue 11)', async () => {
    for (const target of ['//%%', '//a:99999/', '//%zz', '//', '/%', '/dashboard/%E0%A4%A', '/playground/panes/%zz', '/dashboard/sign-in?token=%']) {
      const status = await raw(`GET ${target} HTTP/1.1\r\n${host()}`);
      expect(status, target).toBeGreaterThanOrEqual(200);
      expect(status, target).toBeLessThan(500);
    }
    expect((await t.client.get('/playground')).status).toBe(200);
  });

  it('ignores a malformed cookie instead of failing', async () => {
    for (const cookie of ['peerline_dashboard=%', 'peerline_dashboard=%E0%A4%A', 'peerline_dashboard', '=;;=;', `peerline_dashboard=${'x'.repeat(4000)}`]) {
      const status = await raw(`GET /dashboard HTTP/1.1\r\n${host()}\r\nCookie: ${cookie}`);
      expect(status, cookie).toBe(401);
    }
  });

  it('answers only to this machine and the configured host names (no DNS rebinding)', async () => {
    expect(await raw(`GET /playground HTTP/1.1\r\nHost: attacker.example:${t.web.port}`)).toBe(403);
    expect(await raw(`GET /playground HTTP/1.1\r\nHost: attacker.example`)).toBe(403);
    expect(await raw(`GET /playground HTTP/1.1\r\nHost: localhost:${t.web.port}`)).toBe(200);
    expect(await raw(`GET /playground HTTP/1.1\r\n${host()}`)).toBe(200);
    // A rebinding page could post, too: refused before the form is read.
    const form = new URLSearchParams({ as: PEOPLE.alex.ref, command: 'duty-status' }).toString();
    const post = (h: string) => raw(`POST /playground/command HTTP/1.1\r\n${h}\r\nOrigin: http://${h.slice(6)}\r\nContent-Type: application/x-www-form-urlencoded`, form);
    expect(await post('Host: attacker.example')).toBe(403);
    expect(await post(host())).toBe(303);
  });

  it('treats Origin: null, and a post with neither Origin nor Sec-Fetch-Site, as another site', async () => {
    const form = { as: PEOPLE.alex.ref, command: 'duty-status' };
    expect((await t.client.post('/playground/command', form, { origin: 'null' })).status).toBe(403);
    const bare = await new Promise<number>((resolve, reject) => {
      const req = request(new URL('/playground/command', t.web.url), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end(new URLSearchParams(form).toString());
    });
    expect(bare).toBe(403);
    // A browser's own same-origin post (Chromium sends Origin: null under no-referrer) still works.
    expect((await t.client.post('/playground/command', form, { origin: 'null', 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });

  it('refuses a body over the limit, and a body that is not a form', async () => {
    const big = await t.client.post('/playground/message', { as: PEOPLE.member.ref, to: 'bot', text: 'x'.repeat(20_000) });
    expect(big.status).toBe(413);
    const json = await fetch(new URL('/playground/command', t.web.url), { method: 'POST', headers: { origin: t.web.url, 'content-type': 'application/json' }, body: 'null' });
    expect(json.status).toBe(415);
  });

  it(`bounds live connections: ${MAX_STREAMS_PER_CLIENT} per client address, ${MAX_STREAMS} in all`, async () => {
    const open: { destroy(): void }[] = [];
    const connectStream = (localAddress = '127.0.0.1') =>
      new Promise<number>((resolve, reject) => {
        const req = request(new URL('/playground/events', t.web.url), { localAddress }, (res) => {
          if (res.statusCode !== 200) res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
        open.push(req);
      });
    const statuses: number[] = [];
    for (let i = 0; i < MAX_STREAMS_PER_CLIENT + 2; i++) statuses.push(await connectStream());
    expect(statuses.filter((s) => s === 200)).toHaveLength(MAX_STREAMS_PER_CLIENT);
    expect(statuses.slice(MAX_STREAMS_PER_CLIENT)).toEqual([429, 429]);
    for (const req of open) req.destroy();
    // Closed streams free their places.
    const deadline = Date.now() + 3000;
    let again = 0;
    while (Date.now() < deadline && (again = await connectStream()) !== 200) await new Promise((r) => setTimeout(r, 50));
    expect(again).toBe(200);
    for (const req of open) req.destroy();
    await new Promise((r) => setTimeout(r, 100));

    // In all: clients at other loopback addresses fill the server, and the next is refused.
    const perAddress: number[] = [];
    for (let a = 2; a < 2 + MAX_STREAMS / MAX_STREAMS_PER_CLIENT; a++) {
      for (let i = 0; i < MAX_STREAMS_PER_CLIENT; i++) perAddress.push(await connectStream(`127.0.0.${a}`));
    }
    expect(perAddress.filter((s) => s === 200).length).toBeGreaterThanOrEqual(MAX_STREAMS - 1);
    expect(await connectStream('127.0.0.99')).toBe(429);
    for (const req of open) req.destroy();
  });
});

describe('what a member writes reaches the volunteer card as plain text', () => {
  const riley = PEOPLE.member.ref;

  it('removes right-to-left overrides, isolates and zero-width characters from the note on the card', async () => {
    const note = 'my \u202Egnihtyreve\u202C week \u2066was\u2069 \u200Bhard\u200D';
    expect((await t.client.command(riley, 'listen', { topic: 'stress', note })).status).toBe(200);
    const card = await t.client.pane('channel');
    expect(textOf(card)).toContain('my gnihtyreve week was hard');
    expect(card).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B\u200D]/);
    expect(textOf(await t.client.pane('member'))).toContain('in the queue');
    await t.client.press(riley, lastAction(await t.client.pane('member'), 'Cancel my request'));
  });

  it('takes a note with a NUL character (which PostgreSQL cannot store): the request is queued and a crisis is routed', async () => {
    const before = (await t.deps.db.select({ n: count() }).from(supportRequests))[0]!.n;
    const events = async () => (await t.deps.db.select({ n: count() }).from(crisisEvents).where(eq(crisisEvents.source, 'note')))[0]!.n;
    const crisisBefore = await events();
    expect((await t.client.command(riley, 'listen', { topic: 'grief', note: "I'm going to kill myself\u0000 tonight" })).status).toBe(200);
    const member = textOf(await t.client.pane('member'));
    expect(member).not.toContain('having trouble');
    expect(member).toContain('in the queue');
    expect((await t.deps.db.select({ n: count() }).from(supportRequests))[0]!.n).toBe(before + 1);
    expect(await events()).toBe(crisisBefore + 1);
  });
});
