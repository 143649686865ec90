/**
 * Work after a Discord deferral gives its slot in the shared limiter back while a REST request waits under
 * Discord's rate limit (core/limiter.ts `aside`): an Accept held back by a 429 does not hold up the next
 * person's reply. With one slot, that reply would otherwise wait for the Accept to finish.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Limiter } from '../../src/core/limiter.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { APP, GENERAL, MEMBER, setUpServer, startDiscordHarness, STRANGER, VOL1, VOLUNTEERS, SESSIONS, type DiscordHarness } from './harness.js';

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

describe('Discord: waiting on a rate limit', () => {
  it('answers the next person while an Accept waits out a 429, and then finishes the Accept', async () => {
    expect(await h.slash(MEMBER, 'listen', { options: { topic: 'grief' } })).toContain('in the queue');
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
