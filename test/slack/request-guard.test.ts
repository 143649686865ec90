/**
 * The guard in front of Bolt's HTTP receiver, with the real Bolt app behind it: signed non-object bodies,
 * future timestamps, oversized bodies and replays are refused (or ignored) and the bot keeps serving.
 */
import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, MAX_FUTURE_S } from '../../src/adapters/slack/request-guard.js';
import { SECRET, useSlackHarness, TEAM, type SlackHarness } from './harness.js';
import { command } from '../fakes/slack/index.js';

let h: SlackHarness;
useSlackHarness((made) => (h = made));

const nowS = () => Math.floor(Date.now() / 1000);

/** Posts `raw` signed with the test secret at `ts`, as Slack would, and returns the status. */
async function signed(raw: string, contentType: string, ts = nowS(), signature?: string): Promise<{ status: number; text: string }> {
  const sig = signature ?? `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${raw}`).digest('hex')}`;
  const res = await fetch(h.url, { method: 'POST', headers: { 'content-type': contentType, 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sig }, body: raw });
  return { status: res.status, text: await res.text() };
}

const FORM = 'application/x-www-form-urlencoded';

/** A private reply to `/peer help` arrives: the bot still serves. */
async function stillServes(): Promise<void> {
  const id = `alive-${Math.random()}`;
  const body = command(TEAM, 'U0ANY', 'C0GENERAL', 'help', h.fake.responseUrl(id));
  expect((await h.send(body)).status).toBe(200);
  await h.fake.waitFor(() => (h.fake.responsesFor(id).length > 0 ? true : null));
}

describe('the Slack request guard', () => {
  it('refuses signed bodies that are not JSON objects (JSON null crashed Bolt 5.1) and keeps serving', async () => {
    for (const json of ['null', '[]', '1', '"text"', 'true', '{"a":', '']) {
      expect((await signed(json, 'application/json')).status, json).toBe(400);
    }
    for (const payload of ['null', '[1]', '7', 'not json']) {
      expect((await signed(new URLSearchParams({ payload }).toString(), FORM)).status, payload).toBe(400);
    }
    await stillServes();
  });

  it('refuses signed timestamps from the future beyond the skew, and old ones', async () => {
    const body = JSON.stringify({ type: 'event_callback', team_id: TEAM, event_id: 'EvFuture', event: { type: 'app_mention' } });
    expect((await signed(body, 'application/json', nowS() + 3600)).status).toBe(401);
    expect((await signed(body, 'application/json', nowS() + MAX_FUTURE_S + 30)).status).toBe(401);
    expect((await signed(body, 'application/json', nowS() - 3600)).status).toBe(401);
    // Within the skew: accepted (a clock a few seconds fast is normal).
    expect((await signed(body, 'application/json', nowS() + 5)).status).toBe(200);
  });

  it('refuses unsigned and badly signed requests, and other paths', async () => {
    const body = JSON.stringify({ type: 'event_callback' });
    expect((await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).status).toBe(401);
    expect((await signed(body, 'application/json', nowS(), `v0=${'0'.repeat(64)}`)).status).toBe(401);
    expect((await signed(body, 'application/json', nowS(), 'v1=abc')).status).toBe(401);
    expect((await fetch(h.url.replace('/slack/events', '/%%'), { method: 'POST', body })).status).toBe(404);
    expect((await fetch(h.url, { method: 'GET' })).status).toBe(404);
  });

  it(`reads at most ${MAX_BODY_BYTES / 1024} KB before the signature is checked`, async () => {
    const big = 'x'.repeat(MAX_BODY_BYTES + 1);
    // Declared too large: refused before a byte of the body is read.
    expect((await signed(big, 'application/json')).status).toBe(413);
    // Sent without a length (chunked): refused as soon as it passes the limit, and the connection is closed.
    const tooLarge = () => h.core.log.entries.filter((e) => e.code === 'slack.request_refused' && e.fields['reason'] === 'too-large').length;
    const before = tooLarge();
    const outcome = await new Promise<number | 'reset'>((resolve) => {
      const req = request(h.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(nowS()), 'x-slack-signature': `v0=${'a'.repeat(64)}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      // The guard closes the connection once it has answered, which may cut the client off mid-write.
      req.on('error', () => resolve('reset'));
      const chunk = 'y'.repeat(64 * 1024);
      // 4 MB offered (what Bolt would have buffered); the guard stops at its limit.
      for (let i = 0; i < 64; i++) req.write(chunk);
      req.end();
    });
    expect([413, 'reset']).toContain(outcome);
    expect(tooLarge()).toBe(before + 1);
    await stillServes();
  });

  it('runs a slash command replayed within five minutes only once', async () => {
    const id = 'replay-1';
    const body = command(TEAM, 'U0REPLAY', 'C0GENERAL', 'help', h.fake.responseUrl(id));
    const ts = nowS();
    expect((await h.send(body, { timestamp: ts })).status).toBe(200);
    await h.fake.waitFor(() => (h.fake.responsesFor(id).length > 0 ? true : null));
    const replay = await h.send(body, { timestamp: ts });
    expect(replay).toMatchObject({ status: 200, text: '' });
    expect(h.core.log.entries.filter((e) => e.code === 'slack.replay_ignored')).toHaveLength(1);
    // The same command freshly signed (a new timestamp) is a new request and runs.
    expect((await h.send(body, { timestamp: ts + 1 })).status).toBe(200);
    await h.fake.waitFor(() => (h.fake.responsesFor(id).length > 1 ? true : null));
    expect(h.core.log.entries.filter((e) => e.code === 'slack.replay_ignored')).toHaveLength(1);
    expect(h.fake.responsesFor(id)).toHaveLength(2);
  });
});
