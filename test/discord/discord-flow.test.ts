/**
 * The Discord adapter end to end: the real discord.js client connects to a local fake of Discord's
 * gateway and REST API on 127.0.0.1. Assertions read what people would see (from the fake) and the database.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communities, crisisEvents, feedback, supportRequests } from '../../src/db/schema.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { callTo } from '../fakes/discord/index.js';
import { ADMIN, ANON, GENERAL, MEMBER, SESSIONS, setUpServer, startDiscordHarness, STRANGER, VOL1, VOL2, VOLUNTEERS, type DiscordHarness } from './harness.js';

let database: TestDatabase;
let h: DiscordHarness;
beforeAll(async () => {
  database = await createTestDatabase();
  h = await startDiscordHarness(database);
  // One server for the whole file: set up once, as an admin would.
  await setUpServer(h, [VOL1, VOL2], 3);
}, 60_000);
afterAll(async () => {
  await h?.stop();
  await database.dispose();
});

const messagesIn = (channel: string) => h.fake.state.messagesIn(channel);
const lastCard = () => [...messagesIn(VOLUNTEERS)].reverse().find((m) => JSON.stringify(m.components ?? []).includes('pl:accept:'))!;
const acceptOf = (m: { components?: unknown }) => /"custom_id":"(pl:accept:[^"]+)"/.exec(JSON.stringify(m.components))![1]!;
const dmOf = (user: string) => h.fake.state.dmChannelOf(user);
async function requestsOf(user: string) {
  const [c] = await database.db.select({ id: communities.id }).from(communities);
  return (await database.db.select().from(supportRequests).where(eq(supportRequests.communityId, c!.id))).filter((r) => r.memberRef === `discord:1100000000000000001:${user}`);
}

describe('Discord: the whole flow', () => {
  it('listen → offer → accept → private thread → end → feedback', async () => {
    const queued = await h.slash(MEMBER, 'listen', { options: { topic: 'grief', note: 'my gran died last month' } });
    expect(queued).toContain('You are number 1 in the queue. 2 listeners are on duty right now.');
    expect(queued).toContain('116 123');

    const card = lastCard();
    expect(JSON.stringify(card)).not.toContain(MEMBER);
    expect(card.content).toContain(`<@${VOL1}>`);
    expect(await h.press(VOL1, acceptOf(card), card.id)).toContain('You accepted the request');

    const created = await h.fake.waitForCall(callTo('POST', `/channels/${SESSIONS}/threads`));
    expect(created.body).toMatchObject({ type: 12, invitable: false });
    const thread = [...h.fake.state.channels.values()].find((c) => c.kind === 'thread' && c.parentId === SESSIONS)!;
    const members = h.fake.callsTo('PUT', `/channels/${thread.id}/thread-members/:user`).map((c) => c.path.split('/').pop());
    expect(members.sort()).toEqual([MEMBER, VOL1].sort());
    expect(JSON.stringify(messagesIn(thread.id))).toContain('Your listening session');
    expect(JSON.stringify(h.fake.state.messages.get(card.id)?.payload)).toContain('Accepted after');

    expect(await h.slash(VOL1, 'end', { channel: thread.id })).toContain('Session ended');
    expect(thread.kind === 'thread' && thread.archived).toBe(true);
    const dm = dmOf(MEMBER)!;
    const prompt = [...messagesIn(dm)].reverse().find((m) => JSON.stringify(m).includes('Your session has ended'))!;
    const helped = /"custom_id":"(pl:helped:[^"]+:yes)"/.exec(JSON.stringify(prompt.components))![1]!;
    expect(await h.press(MEMBER, helped, prompt.id)).toContain('Thank you');

    const [request] = await requestsOf(MEMBER);
    expect(request).toMatchObject({ status: 'closed', note: null });
    expect((await database.db.select().from(feedback)).some((f) => f.helped === 'yes')).toBe(true);
  });

  it('gives one of two simultaneous Accept clicks the request', async () => {
    await h.slash(STRANGER, 'listen', {});
    const card = lastCard();
    const [a, b] = await Promise.all([h.press(VOL1, acceptOf(card), card.id), h.press(VOL2, acceptOf(card), card.id)]);
    expect([a, b].filter((t) => t.includes('You accepted'))).toHaveLength(1);
    expect([a, b].filter((t) => t.includes('Already taken'))).toHaveLength(1);
    expect((await requestsOf(STRANGER))[0]?.status).toBe('active');
  });

  it('refuses Accept from someone who is not a volunteer, privately', async () => {
    await h.slash(MEMBER, 'listen', {});
    const card = lastCard();
    expect(await h.press(STRANGER, acceptOf(card), card.id)).toContain('Not a volunteer here');
    expect((await requestsOf(MEMBER)).find((r) => r.status === 'queued')).toBeDefined();
    await h.slash(MEMBER, 'peer-help', {});
  });

  it('relays an anonymous session between the DM and a listener-only thread, storing no text', async () => {
    await h.slash(ANON, 'listen', { options: { anonymous: true } });
    const card = lastCard();
    expect(await h.press(VOL2, acceptOf(card), card.id)).toContain('You accepted');
    const thread = [...h.fake.state.channels.values()].filter((c) => c.kind === 'thread').at(-1)!;
    const added = h.fake.callsTo('PUT', `/channels/${thread.id}/thread-members/:user`).map((c) => c.path.split('/').pop());
    expect(added).toEqual([VOL2]);

    h.fake.sendMessage({ author: ANON, channel: 'dm', content: 'it has been a really hard month' });
    await h.fake.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${thread.id}/messages` && JSON.stringify(c.body).includes('hard month'));
    h.fake.sendMessage({ author: VOL2, channel: thread.id, content: 'thank you for telling me' });
    const dm = dmOf(ANON)!;
    await h.fake.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${dm}/messages` && JSON.stringify(c.body).includes('thank you for telling me'));
    expect(JSON.stringify(messagesIn(thread.id))).not.toContain(ANON);

    const dump = JSON.stringify(await database.db.execute(sql`select (select coalesce(json_agg(t)::text,'') from support_requests t) || (select coalesce(json_agg(t)::text,'') from audit_log t) || (select coalesce(json_agg(t)::text,'') from sessions t) as j`));
    expect(dump).not.toContain('hard month');
    expect(dump).not.toContain('thank you for telling me');
  });
});

describe('Discord: at the edge', () => {
  it('gives a replayed interaction one effect', async () => {
    const before = (await requestsOf(VOL1)).length;
    const payload = h.fake.build.slashCommand({ user: VOL1, name: 'listen', channel: GENERAL });
    await h.fake.sendInteraction(payload);
    await h.fake.sendInteraction(payload);
    await h.fake.waitForCall(callTo('PATCH', `/webhooks/1400000000000000001/${payload.token}/messages/@original`));
    await new Promise((r) => setTimeout(r, 300));
    expect((await requestsOf(VOL1)).length).toBe(before + 1);
  });

  it('answers crisis language in a DM privately, alerts coordinators, and stores no text', async () => {
    h.fake.sendMessage({ author: STRANGER, channel: 'dm', content: "i'm going to kill myself tonight" });
    const dm = dmOf(STRANGER)!;
    const reply = await h.fake.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${dm}/messages` && JSON.stringify(c.body).includes('Are you safe right now'));
    expect(JSON.stringify(reply.body)).toContain('116 123');
    const alert = await h.fake.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${VOLUNTEERS}/messages` && JSON.stringify(c.body).includes('Crisis alert'));
    expect(JSON.stringify(alert.body)).toContain(`<@${ADMIN}>`);
    expect(JSON.stringify(alert.body)).not.toContain('kill myself');
    const events = await database.db.select().from(crisisEvents);
    expect(events.some((e) => e.source === 'dm' && e.tier === 'imminent')).toBe(true);
    expect(JSON.stringify(events)).not.toContain('kill myself');
  });

  it('puts the request back and tells the coordinators what to fix when the thread cannot be created', async () => {
    await h.slash(ADMIN, 'listen', {});
    const card = lastCard();
    h.fake.failNext({ method: 'POST', pathPattern: `/channels/${SESSIONS}/threads`, status: 403, code: 50013, message: 'Missing Permissions' });
    expect(await h.press(VOL1, acceptOf(card), card.id)).toContain('could not open a private space');
    const notice = await h.fake.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${VOLUNTEERS}/messages` && JSON.stringify(c.body).includes('could not be opened'));
    expect(JSON.stringify(notice.body)).toContain('Create Private Threads');
    expect((await requestsOf(ADMIN)).find((r) => r.status === 'queued')).toBeDefined();
  });

  it('sends a coordinator a private sign-in link to the dashboard', async () => {
    expect(await h.slash(ADMIN, 'peer-admin', { subcommand: 'dashboard' })).toMatch(/https:\/\/dash\.example\.org\/dashboard\/sign-in\?token=[\w-]{20,}/);
    expect(await h.slash(VOL2, 'peer-admin', { subcommand: 'dashboard' })).toContain('Not allowed');
  });

  it('refuses an admin command from someone without the coordinator role, whatever Discord allowed', async () => {
    expect(await h.slash(VOL1, 'peer-admin', { subcommand: 'stats' })).toContain('Not allowed');
  });
});
