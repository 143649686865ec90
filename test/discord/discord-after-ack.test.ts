/**
 * Work after a Discord deferral waits its turn in the shared limiter, except a /listen whose note carries
 * crisis language: its crisis reply goes out while every slot is still taken (a burst can hold the
 * queue for a minute, and a person who has just said they are not safe must not wait behind it). Work
 * gives its slot back while a REST request waits under Discord's rate limit (core/limiter.ts `aside`):
 * an Accept held back by a 429 does not hold up the next person's reply.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Limiter } from '../../src/core/limiter.js';
import { encodeAction } from '../../src/core/actions.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { ANON, APP, GENERAL, MEMBER, SESSIONS, setUpServer, startDiscordHarness, STRANGER, VOL1, VOLUNTEERS, type DiscordHarness } from './harness.js';

let database: TestDatabase;
let h: DiscordHarness;
const limiter = new Limiter(1);
beforeAll(async () => {
  database = await createTestDatabase();
  h = await startDiscordHarness(database, { afterAck: limiter });
  await setUpServer(h, [VOL1], 1);
}, 60_000);
afterAll(async () => {
  await h?.stop();
  await database.dispose();
});

describe('Discord: bounded work after the deferral', () => {
  it('answers a /listen with crisis language in its note while the limiter is saturated', async () => {
    let release!: () => void;
    const held = limiter.run(() => new Promise<void>((resolve) => (release = resolve)));
    try {
      await h.fake.sendInteraction(h.fake.build.slashCommand({ user: MEMBER, name: 'listen', channel: GENERAL, options: { topic: 'grief', note: 'i have the pills and i am going to end my life tonight' } }));
      await h.fake.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${h.fake.state.dmChannelOf(MEMBER)}/messages` && JSON.stringify(c.body).includes('Are you safe right now?'), 5_000);
      expect(limiter.pending).toBe(1);
    } finally {
      release();
      await held;
    }
  });

  it('keeps an ordinary /listen waiting its turn while the limiter is saturated', async () => {
    let release!: () => void;
    const held = limiter.run(() => new Promise<void>((resolve) => (release = resolve)));
    const payload = h.fake.build.slashCommand({ user: VOL1, name: 'listen', channel: GENERAL, options: { topic: 'grief', note: 'rough week at work' } });
    const answered = (c: { method: string; path: string }) => c.method === 'PATCH' && c.path === `/webhooks/${APP}/${payload.token}/messages/@original`;
    try {
      await h.fake.sendInteraction(payload);
      await new Promise((r) => setTimeout(r, 500));
      expect(h.fake.calls.filter(answered)).toHaveLength(0);
    } finally {
      release();
      await held;
    }
    await h.fake.waitForCall(answered, 10_000);
  });

  it('answers the support-line button while the limiter is saturated', async () => {
    let release!: () => void;
    const held = limiter.run(() => new Promise<void>((resolve) => (release = resolve)));
    const payload = h.fake.build.button({ user: MEMBER, customId: encodeAction({ kind: 'resources' }), channel: GENERAL });
    try {
      await h.fake.sendInteraction(payload);
      await h.fake.waitForCall((c) => c.method === 'PATCH' && c.path === `/webhooks/${APP}/${payload.token}/messages/@original`, 5_000);
      expect(limiter.pending).toBe(1);
    } finally {
      release();
      await held;
    }
  });

  it('answers the next person while an Accept waits out a 429, and then finishes the Accept', async () => {
    expect(await h.slash(ANON, 'listen', { options: { topic: 'grief' } })).toContain('in the queue');
    const card = [...h.fake.state.messagesIn(VOLUNTEERS)].reverse().find((m) => JSON.stringify(m.components ?? []).includes('pl:accept:'))!;
    const accept = /"custom_id":"(pl:accept:[^"]+)"/.exec(JSON.stringify(card.components))![1]!;
    // Discord holds the private thread's creation back for 2 s.
    h.fake.failNext({ method: 'POST', pathPattern: `/channels/${SESSIONS}/threads`, status: 429, retryAfter: 2 });
    const click = h.fake.build.button({ user: VOL1, customId: accept, message: card.id });
    const accepted = (c: { method: string; path: string }) => c.method === 'PATCH' && c.path === `/webhooks/${APP}/${click.token}/messages/@original`;
    await h.fake.sendInteraction(click);
    const limited = await h.fake.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${SESSIONS}/threads` && c.status === 429, 5_000);

    const ask = h.fake.build.slashCommand({ user: STRANGER, name: 'resources', channel: GENERAL });
    await h.fake.sendInteraction(ask);
    const answered = await h.fake.waitForCall((c) => c.method === 'PATCH' && c.path === `/webhooks/${APP}/${ask.token}/messages/@original`, 5_000);
    expect(answered.at - limited.at).toBeLessThan(1_500);
    expect(h.fake.calls.filter(accepted)).toHaveLength(0);

    const reply = await h.fake.waitForCall(accepted, 10_000);
    expect(JSON.stringify(reply.body)).toContain('You accepted the request');
    expect(reply.at).toBeGreaterThan(answered.at);
    await expect(limiter.idle(5_000)).resolves.toBe(0);
  });
});
