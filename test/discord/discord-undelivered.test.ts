/**
 * When Discord refuses the bot's DM to a member (50007: they do not accept DMs from server members),
 * whoever acted hears why, the coordinators are told what to fix, and nothing is left half-done.
 * Real discord.js against the fake; assertions read the REST calls Discord saw and the database.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communities, jobs, sessions, supportRequests } from '../../src/db/schema.js';
import { handlers } from '../../src/scheduler/jobs/index.js';
import { JobRunner } from '../../src/scheduler/runner.js';
import { cancelRequest } from '../../src/core/use-cases/cancel-request.js';
import { must } from '../support/core.js';
import { DiscordErrors } from '../fakes/discord/index.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { ANON, CLOSED, GUILD, SESSIONS, setUpServer, startDiscordHarness, VOL1, VOL2, VOLUNTEERS, type DiscordHarness } from './harness.js';

let database: TestDatabase;
let h: DiscordHarness;
beforeAll(async () => {
  database = await createTestDatabase();
  h = await startDiscordHarness(database);
  await setUpServer(h, [VOL1, VOL2], 3);
}, 60_000);
afterAll(async () => {
  await h?.stop();
  await database.dispose();
});

const FIX = 'allow direct messages from server members';
const lastCard = () => [...h.fake.state.messagesIn(VOLUNTEERS)].reverse().find((m) => JSON.stringify(m.components ?? []).includes('pl:accept:'))!;
const acceptOf = (m: { components?: unknown }) => /"custom_id":"(pl:accept:[^"]+)"/.exec(JSON.stringify(m.components))![1]!;
const coordinatorNotices = (phrase: string) => h.fake.callsTo('POST', `/channels/${VOLUNTEERS}/messages`).filter((c) => JSON.stringify(c.body).includes(phrase));
/** The bot's message sends to `user`'s DM that Discord refused with 50007. */
const refusedDms = (user: string) => {
  const dm = h.fake.state.dmChannelOf(user);
  return dm === undefined ? [] : h.fake.callsTo('POST', `/channels/${dm}/messages`).filter((c) => c.status === 403);
};
/** The member's latest request. */
async function latestRequestOf(user: string) {
  const [c] = await database.db.select({ id: communities.id }).from(communities);
  const rows = await database.db.select().from(supportRequests).where(and(eq(supportRequests.communityId, c!.id), eq(supportRequests.memberRef, `discord:${GUILD}:${user}`)));
  return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).at(-1)!;
}

describe('Discord: a member who cannot be sent direct messages', () => {
  it('an anonymous request: Accept is undone, the volunteer hears why, the coordinators what to fix', async () => {
    const queued = await h.slash(CLOSED, 'listen', { options: { anonymous: true } });
    const card = lastCard();
    const threadsBefore = h.fake.callsTo('POST', `/channels/${SESSIONS}/threads`).length;
    const reply = await h.press(VOL2, acceptOf(card), card.id);
    expect(reply).toContain('I cannot send them direct messages right now');
    expect(reply).toContain('back in the queue');

    // Discord saw the thread opened, the DM refused, then the thread archived and locked.
    const created = h.fake.callsTo('POST', `/channels/${SESSIONS}/threads`);
    expect(created).toHaveLength(threadsBefore + 1);
    const threadId = [...h.fake.state.channels.values()].filter((c) => c.kind === 'thread').at(-1)!.id;
    const refused = h.fake.callsTo('POST', `/channels/${h.fake.state.dmChannelOf(CLOSED)!}/messages`).at(-1)!;
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).toContain('A listener is here for you');
    expect(h.fake.callsTo('PATCH', `/channels/${threadId}`).at(-1)?.body).toMatchObject({ archived: true, locked: true });
    expect(h.fake.state.messagesIn(threadId)).toHaveLength(0); // no intro into a session that never started

    const notice = await h.fake.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${VOLUNTEERS}/messages` && JSON.stringify(c.body).includes('anonymous request'));
    expect(JSON.stringify(notice.body)).toContain(FIX);
    expect(JSON.stringify(notice.body)).not.toContain(CLOSED);

    const request = await latestRequestOf(CLOSED);
    expect(request).toMatchObject({ status: 'queued', acceptedBy: null, acceptedAt: null });
    expect(await database.db.select().from(sessions).where(eq(sessions.requestId, request.id))).toHaveLength(0);
    // The card still offers it: once the member allows DMs, the next Accept works.
    expect(JSON.stringify(h.fake.state.messages.get(card.id)?.payload)).toContain('pl:accept:');
    const cancel = /"custom_id":"(pl:cancel:[^"]+)"/.exec(queued)![1]!;
    expect(await h.press(CLOSED, cancel, card.id)).toContain('Request cancelled');
  });

  it('a relayed message: the listener is told in the space each time, the coordinators once, no text kept', async () => {
    await h.slash(ANON, 'listen', { options: { anonymous: true } });
    const card = lastCard();
    expect(await h.press(VOL1, acceptOf(card), card.id)).toContain('You accepted');
    const thread = [...h.fake.state.channels.values()].filter((c) => c.kind === 'thread').at(-1)!;
    const dm = h.fake.state.dmChannelOf(ANON)!;
    // The member closes their DMs mid-session.
    h.fake.failNext({ method: 'POST', pathPattern: `/channels/${dm}/messages`, ...DiscordErrors.cannotSendToUser, times: 2 });
    for (const words of ['are you still there', 'take your time']) {
      h.fake.sendMessage({ author: VOL1, channel: thread.id, content: words });
      await h.fake.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${dm}/messages` && c.status === 403 && JSON.stringify(c.body).includes(words));
    }
    await expect.poll(() => h.fake.state.messagesIn(thread.id).filter((m) => JSON.stringify(m).includes('Not delivered')).length).toBe(2);
    await expect.poll(() => coordinatorNotices("the listener's messages cannot reach the member").length).toBe(1);
    const notice = coordinatorNotices("the listener's messages cannot reach the member")[0]!;
    expect(JSON.stringify(notice.body)).toContain(FIX);
    expect(JSON.stringify(notice.body)).not.toContain('still there');

    // Once they can be reached again the relay carries on, and the session stayed open throughout.
    h.fake.sendMessage({ author: VOL1, channel: thread.id, content: 'welcome back' });
    await h.fake.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${dm}/messages` && c.status < 300 && JSON.stringify(c.body).includes('welcome back'));
    const request = await latestRequestOf(ANON);
    expect(request.status).toBe('active');
    const [session] = await database.db.select().from(sessions).where(eq(sessions.requestId, request.id));
    expect(session?.endedAt).toBeNull();
  });

  it('a crisis reply that cannot be delivered: the alert says so and what to fix', async () => {
    h.fake.sendMessage({ author: CLOSED, channel: 'dm', content: "i'm going to kill myself tonight" });
    const alert = await h.fake.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${VOLUNTEERS}/messages` && JSON.stringify(c.body).includes('Crisis alert'));
    const body = JSON.stringify(alert.body);
    expect(body).toContain('could NOT be delivered');
    expect(body).toContain(FIX);
    expect(body).not.toContain('kill myself');
    const refused = h.fake.callsTo('POST', `/channels/${h.fake.state.dmChannelOf(CLOSED)!}/messages`).at(-1)!;
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).toContain('Are you safe right now');
    // A crisis request is queued all the same (issue 13); withdrawn here so the next test starts clean.
    expect(await latestRequestOf(CLOSED)).toMatchObject({ urgency: 'crisis', status: 'queued' });
    must(await cancelRequest(h.deps, { user: `discord:${GUILD}:${CLOSED}`, community: `discord:${GUILD}` }));
    // Answering the safety question calls off the "no answer" follow-up the imminent reply scheduled.
    const silence = (state: 'pending' | 'cancelled') => database.db.select().from(jobs).where(and(eq(jobs.kind, 'crisis-silence'), eq(jobs.state, state)));
    await expect.poll(async () => (await silence('pending')).length).toBe(1);
    h.fake.sendMessage({ author: CLOSED, channel: 'dm', content: "i'm safe" });
    await expect.poll(async () => (await silence('cancelled')).length).toBe(1);
  });

  // Last: the runner's tick a day ahead also runs the volunteers' duty time-outs.
  it('ending a session: the member hears it in the ephemeral reply, the coordinators what to fix; the check-in job tells them once', async () => {
    await h.slash(CLOSED, 'listen', { options: { 'check-in': 24 } });
    const card = lastCard();
    expect(await h.press(VOL1, acceptOf(card), card.id)).toContain('You accepted the request');
    // Not anonymous: the member is in the private thread, so the refused courtesy DM does not stop the session.
    expect((await latestRequestOf(CLOSED)).status).toBe('active');
    const thread = [...h.fake.state.channels.values()].filter((c) => c.kind === 'thread' && c.parentId === SESSIONS).at(-1)!;

    const reply = await h.slash(CLOSED, 'end', { channel: thread.id });
    expect(reply).toContain('I could not send you the follow-up questions');
    expect(reply).toContain(FIX);
    const notice = await h.fake.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${VOLUNTEERS}/messages` && JSON.stringify(c.body).includes('follow-up questions'));
    expect(JSON.stringify(notice.body)).toContain(FIX);
    expect(JSON.stringify(notice.body)).toContain('the check-in they chose will not reach them either');
    expect(refusedDms(CLOSED).length).toBeGreaterThanOrEqual(2); // the matched notice and the prompt
    const request = await latestRequestOf(CLOSED);
    expect(request).toMatchObject({ status: 'closed', note: null });

    // A day later the chosen check-in is due: Discord refuses it, the coordinators hear once, the job retries.
    const runner = new JobRunner({ deps: h.deps, handlers, instanceId: 'undelivered-test' });
    const refusedBefore = refusedDms(CLOSED).length;
    await runner.tick(new Date(Date.now() + 25 * 3_600_000));
    expect(refusedDms(CLOSED).length).toBe(refusedBefore + 1);
    await expect.poll(() => coordinatorNotices('The check-in a member asked for').length).toBe(1);
    expect(JSON.stringify(coordinatorNotices('The check-in a member asked for')[0]!.body)).toContain(FIX);
    const [checkIn] = await database.db.select().from(jobs).where(eq(jobs.kind, 'check-in'));
    expect(checkIn).toMatchObject({ state: 'pending', attempts: 1 });
    await runner.tick(new Date(Date.now() + 30 * 3_600_000));
    expect(refusedDms(CLOSED).length).toBe(refusedBefore + 2);
    expect(coordinatorNotices('The check-in a member asked for')).toHaveLength(1);
  });
});
