/**
 * What one Slack call costs the bot's process in CPU, by transport: Node's `fetch` (the Slack SDK's
 * default), `slackFetch` (src/clients/slack-fetch.ts, what the bot uses), and as the baseline a bare
 * undici `request` that reads the body and nothing else. The server (a Web API stand-in answering
 * `{"ok":true,…}`) runs in another process, so the figures are the client's own: CPU µs per request from
 * `process.cpuUsage()` over BENCH_TRANSPORT_N requests (default 3,000), 16 in flight, median of 5
 * rounds after a warm-up, rounds interleaved across transports.
 */
import { spawn } from 'node:child_process';
import { request } from 'undici';
import { slackFetch } from '../../src/clients/slack-fetch.js';
import { fmt, median, runIfMain, type BenchResult } from './support.js';

const N = Number(process.env['BENCH_TRANSPORT_N'] ?? 3000);
const ROUNDS = 5;
const IN_FLIGHT = 16;

const SERVER = `
  import http from 'node:http';
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end('{"ok":true,"channel":"C1","ts":"1700000000.000100"}'));
  });
  server.keepAliveTimeout = 10_000;
  server.listen(0, '127.0.0.1', () => process.send(server.address().port));`;

/** A chat.postMessage-sized form body, as the Web API client sends it. */
const BODY = new URLSearchParams({
  channel: 'C0VOLUNTEERS',
  text: 'Someone would like to talk. Topic: general. Waiting since 12:00.',
  blocks: JSON.stringify([{ type: 'section', text: { type: 'mrkdwn', text: '*Someone would like to talk*\nTopic: general' } }, { type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Accept' }, action_id: 'pl:accept:00000000-0000-4000-8000-000000000000' }] }]),
}).toString();
const HEADERS = { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: 'Bearer xoxb-bench' };

type Call = (url: string) => Promise<unknown>;

const transports: Record<string, Call> = {
  'bare undici request (baseline)': async (url) => (await request(url, { method: 'POST', headers: HEADERS, body: BODY })).body.json(),
  slackFetch: async (url) => (await slackFetch(url, { method: 'POST', headers: HEADERS, body: BODY, redirect: 'error' })).json(),
  "Node's fetch": async (url) => (await fetch(url, { method: 'POST', headers: HEADERS, body: BODY, redirect: 'error' })).json(),
};

/** CPU µs per call over `n` calls, `IN_FLIGHT` at a time. */
async function cpuPerCall(call: Call, url: string, n: number): Promise<number> {
  let next = 0;
  const before = process.cpuUsage();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < n) {
        next += 1;
        await call(url);
      }
    }),
  );
  const used = process.cpuUsage(before);
  return (used.user + used.system) / n;
}

export async function run(): Promise<BenchResult> {
  const server = spawn(process.execPath, ['--input-type=module', '--eval', SERVER], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      server.once('message', (m) => resolve(Number(m)));
      server.once('exit', (code) => reject(new Error(`server exited (${code})`)));
    });
    const url = `http://127.0.0.1:${port}/api/chat.postMessage`;
    for (const call of Object.values(transports)) await cpuPerCall(call, url, 500);
    const samples = new Map<string, number[]>(Object.keys(transports).map((k) => [k, []]));
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [name, call] of Object.entries(transports)) samples.get(name)!.push(await cpuPerCall(call, url, N));
    }
    const bare = median(samples.get('bare undici request (baseline)')!);
    return {
      name: `Slack call transports: client CPU per request (${N.toLocaleString('en-GB')} form POSTs, ${IN_FLIGHT} in flight, server in another process, median of ${ROUNDS})`,
      lines: [...samples].map(([name, xs]) => `${name}: ${fmt(median(xs), 0)} µs (rounds ${xs.map((x) => fmt(x, 0)).join(' / ')}), ${fmt(median(xs) / bare, 2)}× the bare request`),
    };
  } finally {
    server.kill();
  }
}

runIfMain(import.meta.url, run);
