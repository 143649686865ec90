/**
 * The Slack clients' transport (src/clients/slack-fetch.ts) against a real HTTP server on 127.0.0.1:
 * what it sends, what it gives back, and the Web API client's own handling of it (a rate limit, an
 * HTTP error, a redirect) — the same as with Node's fetch.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackFetch } from '../../src/clients/slack-fetch.js';

interface Seen {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

let server: Server;
let base: string;
const seen: Seen[] = [];
/** What the server answers, by path. */
const routes: Record<string, (res: ServerResponse) => void> = {
  '/api/chat.postMessage': (res) => res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'x-oauth-scopes': 'chat:write' }).end('{"ok":true,"ts":"1.2","channel":"C1"}'),
  '/api/limited': (res) => res.writeHead(429, { 'retry-after': '7', 'content-type': 'application/json' }).end('{"ok":false,"error":"ratelimited"}'),
  '/api/broken': (res) => res.writeHead(502, { 'content-type': 'text/plain' }).end('bad gateway'),
  '/api/moved': (res) => res.writeHead(302, { location: '/api/chat.postMessage' }).end(),
  '/api/slow': (res) => void setTimeout(() => res.writeHead(200).end('{"ok":true}'), 2_000),
  '/api/twice': (res) => {
    res.setHeader('set-cookie', ['a=1', 'b=2']);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  },
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      (routes[req.url ?? ''] ?? ((r: ServerResponse) => r.writeHead(404).end()))(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const last = () => seen[seen.length - 1]!;

describe('slackFetch', () => {
  it('sends the method, headers and string body, and gives back status, headers and body', async () => {
    const res = await slackFetch(`${base}/api/chat.postMessage`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: 'Bearer xoxb-1' },
      body: 'channel=C1&text=hola%20%C3%A9',
    });
    expect(last()).toMatchObject({ method: 'POST', path: '/api/chat.postMessage', body: 'channel=C1&text=hola%20%C3%A9' });
    expect(last().headers['authorization']).toBe('Bearer xoxb-1');
    expect(last().headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(res.ok).toBe(true);
    expect(res.status).toBe(200);
    expect(res.url).toBe(`${base}/api/chat.postMessage`);
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('x-missing')).toBeNull();
    expect(Object.fromEntries(res.headers.entries())['x-oauth-scopes']).toBe('chat:write');
    expect(await res.json()).toEqual({ ok: true, ts: '1.2', channel: 'C1' });
    expect(await res.text()).toBe('{"ok":true,"ts":"1.2","channel":"C1"}');
    expect(Buffer.from(await res.arrayBuffer()).toString('utf8')).toBe('{"ok":true,"ts":"1.2","channel":"C1"}');
  });

  it('answers an error status as fetch does: not ok, with its headers and body', async () => {
    const limited = await slackFetch(`${base}/api/limited`, { method: 'POST', body: '' });
    expect([limited.ok, limited.status, limited.headers.get('retry-after')]).toEqual([false, 429, '7']);
    const broken = await slackFetch(`${base}/api/broken`, { method: 'POST', body: 'x=1' });
    expect([broken.ok, broken.status, await broken.text()]).toEqual([false, 502, 'bad gateway']);
  });

  it('joins a repeated header with ", "', async () => {
    const res = await slackFetch(`${base}/api/twice`, { method: 'GET' });
    expect(res.headers.get('set-cookie')).toBe('a=1, b=2');
  });

  it("refuses a redirect when asked to (redirect: 'error') and otherwise gives it back unfollowed", async () => {
    await expect(slackFetch(`${base}/api/moved`, { method: 'POST', body: 'a=1', redirect: 'error' })).rejects.toThrow(TypeError);
    const res = await slackFetch(`${base}/api/moved`, { method: 'POST', body: 'a=1' });
    expect([res.ok, res.status, res.headers.get('location')]).toEqual([false, 302, '/api/chat.postMessage']);
  });

  it('gives up when its signal aborts', async () => {
    const started = Date.now();
    await expect(slackFetch(`${base}/api/slow`, { method: 'POST', body: '', signal: AbortSignal.timeout(100) })).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('rejects when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(slackFetch(`http://127.0.0.1:${port}/api/x`, { method: 'POST', body: '' })).rejects.toThrow();
  });

  it("leaves a multipart body (a file upload) to Node's fetch", async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array([1, 2, 3])]), 'a.bin');
    const res = await slackFetch(`${base}/api/chat.postMessage`, { method: 'POST', body: form });
    expect(res.ok).toBe(true);
    expect(last().headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
  });
});

describe('the Web API client over slackFetch', () => {
  const client = () => new webApi.WebClient('xoxb-test', { slackApiUrl: `${base}/api/`, fetch: slackFetch, rejectRateLimitedCalls: true, retryConfig: { retries: 0 } });

  it('posts a message and reads the answer', async () => {
    const result = await client().chat.postMessage({ channel: 'C1', text: 'hello', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'hi' } }] });
    expect(result).toMatchObject({ ok: true, ts: '1.2', channel: 'C1' });
    expect(last().headers['authorization']).toBe('Bearer xoxb-test');
    expect(new URLSearchParams(last().body).get('blocks')).toBe('[{"type":"section","text":{"type":"mrkdwn","text":"hi"}}]');
  });

  it('turns a 429 into a rate-limit error with its Retry-After, and another status into an HTTP error', async () => {
    await expect(client().apiCall('limited')).rejects.toMatchObject({ code: webApi.ErrorCode.RateLimitedError, retryAfter: 7 });
    await expect(client().apiCall('broken')).rejects.toMatchObject({ code: webApi.ErrorCode.HTTPError, statusCode: 502 });
    await expect(client().apiCall('moved')).rejects.toMatchObject({ code: webApi.ErrorCode.RequestError });
  });
});
