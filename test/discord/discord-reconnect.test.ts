/**
 * A gateway reconnect in the middle of a flow: the request lives in the database, not in the client,
 * so an Accept that arrives after discord.js resumed (or had to identify again) still completes it.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communities, sessions, supportRequests } from '../../src/db/schema.js';
import { callTo } from '../fakes/discord/index.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { ANON, APP, GUILD, MEMBER, SESSIONS, setUpServer, startDiscordHarness, STRANGER, VOL1, VOLUNTEERS, type DiscordHarness } from './harness.js';

let database: TestDatabase;
let h: DiscordHarness;
beforeAll(async () => {
  database = await createTestDatabase();
  h = await startDiscordHarness(database);
  await setUpServer(h, [VOL1], 5);
}, 60_000);
afterAll(async () => {
  await h?.stop();
  await database.dispose();
});

const lastCard = () => [...h.fake.state.messagesIn(VOLUNTEERS)].reverse().find((m) => JSON.stringify(m.components ?? []).includes('pl:accept:'))!;
const acceptOf = (m: { components?: unknown }) => /"custom_id":"(pl:accept:[^"]+)"/.exec(JSON.stringify(m.components))![1]!;

/** Asserts the member's request became an active session in a new private thread with both people in it. */
async function expectSessionFor(user: string, threadsBefore: number) {
  const created = h.fake.callsTo('POST', `/channels/${SESSIONS}/threads`);
  expect(created).toHaveLength(threadsBefore + 1);
  const thread = [...h.fake.state.channels.values()].filter((c) => c.kind === 'thread' && c.parentId === SESSIONS).at(-1)!;
  const added = h.fake.callsTo('PUT', `/channels/${thread.id}/thread-members/:user`).map((c) => c.path.split('/').pop());
  expect(added.sort()).toEqual([user, VOL1].sort());
  const [c] = await database.db.select({ id: communities.id }).from(communities);
  const [request] = await database.db.select().from(supportRequests).where(and(eq(supportRequests.communityId, c!.id), eq(supportRequests.memberRef, `discord:${GUILD}:${user}`)));
  expect(request?.status).toBe('active');
  const [session] = await database.db.select().from(sessions).where(eq(sessions.requestId, request!.id));
  expect(session).toMatchObject({ spaceRef: `discord:${GUILD}:${thread.id}`, endedAt: null });
}

describe('Discord: a gateway reconnect mid-flow', () => {
  it('op 7 Reconnect between /listen and Accept: discord.js resumes and the Accept completes the session', async () => {
    await h.slash(MEMBER, 'listen', { options: { topic: 'grief' } });
    const card = lastCard();
    const identifies = h.fake.gateway.identifies.length;
    const resumed = h.fake.waitForGateway('resumed', 5000);
    h.fake.gateway.requestReconnect();
    await resumed;
    expect(h.fake.gateway.identifies).toHaveLength(identifies); // a RESUME, not a new session

    const threadsBefore = h.fake.callsTo('POST', `/channels/${SESSIONS}/threads`).length;
    expect(await h.press(VOL1, acceptOf(card), card.id)).toContain('You accepted the request');
    await expectSessionFor(MEMBER, threadsBefore);
  });

  it('an Accept dispatched while the connection is down is replayed on RESUME and completes the session', async () => {
    await h.slash(STRANGER, 'listen', {});
    const card = lastCard();
    const resumed = h.fake.waitForGateway('resumed', 5000);
    h.fake.dropConnection();
    const threadsBefore = h.fake.callsTo('POST', `/channels/${SESSIONS}/threads`).length;
    const payload = h.fake.build.button({ user: VOL1, customId: acceptOf(card), message: card.id });
    const first = await h.fake.sendInteraction(payload, { timeoutMs: 5000 });
    await resumed;
    expect(first).toMatchObject({ type: 5, data: { flags: 64 } });
    const reply = await h.fake.waitForCall(callTo('PATCH', `/webhooks/${APP}/${payload.token}/messages/@original`), 5000);
    expect(JSON.stringify(reply.body)).toContain('You accepted the request');
    await expectSessionFor(STRANGER, threadsBefore);
  });

  // The fake forgets the session, so the client's RESUME is answered with op 9 and it must IDENTIFY.
  it('op 9 Invalid Session: discord.js identifies again and an Accept after READY completes the session', async () => {
    await h.slash(ANON, 'listen', {});
    const card = lastCard();
    const identifies = h.fake.gateway.identifies.length;
    const ready = h.fake.waitForGateway('ready', 15_000);
    h.fake.dropConnection({ invalidateSessions: true });
    await ready;
    expect(h.fake.gateway.identifies).toHaveLength(identifies + 1); // a new session this time

    const threadsBefore = h.fake.callsTo('POST', `/channels/${SESSIONS}/threads`).length;
    expect(await h.press(VOL1, acceptOf(card), card.id)).toContain('You accepted the request');
    await expectSessionFor(ANON, threadsBefore);
  }, 20_000);
});
