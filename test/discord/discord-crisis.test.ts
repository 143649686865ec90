/**
 * Issue 13's Done-when on Discord, end to end: the real discord.js client against the local fake
 * gateway and REST API. A DM disclosure then "no i'm not safe" is answered within a second, the crisis
 * request is first in the queue, and the coordinators are paged with a "Reach them" button that opens a
 * private thread for one of them; a repeat within the cooldown gets "I'm still here" and no second
 * alert; crisis language in a session thread prompts the listener by DM and does not send the member
 * to the queue.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queuePosition } from '../../src/db/queries/requests.js';
import { supportRequests } from '../../src/db/schema.js';
import { callTo } from '../fakes/discord/index.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { ADMIN, ANON, CLOSED, MEMBER, SESSIONS, setUpServer, startDiscordHarness, STRANGER, VOL1, VOLUNTEERS, type DiscordHarness } from './harness.js';

let database: TestDatabase;
let h: DiscordHarness;
beforeAll(async () => {
  database = await createTestDatabase();
  h = await startDiscordHarness(database);
  await setUpServer(h, [VOL1], 3);
}, 60_000);
afterAll(async () => {
  await h?.stop();
  await database.dispose();
});

const ref = (user: string) => `discord:1100000000000000001:${user}`;
const postsTo = (channel: string, text: string) => (c: { method: string; path: string; body: unknown }) => c.method === 'POST' && c.path === `/channels/${channel}/messages` && JSON.stringify(c.body).includes(text);
const alertsAbout = (user: string) => h.fake.callsTo('POST', `/channels/${VOLUNTEERS}/messages`).filter((c) => JSON.stringify(c.body).includes('Crisis alert') && JSON.stringify(c.body).includes(`<@${user}>`));
const queuedOf = async (user: string) => database.db.select().from(supportRequests).where(and(eq(supportRequests.memberRef, ref(user)), eq(supportRequests.status, 'queued')));

describe('Discord: a crisis conversation', () => {
  it('answers "no i\'m not safe" within a second, puts the crisis request first, and pages coordinators with a Reach button one of them takes', async () => {
    // Someone else is already waiting: the crisis request must still come first.
    expect(await h.slash(CLOSED, 'listen', {})).toContain('in the queue');
    h.fake.sendMessage({ author: MEMBER, channel: 'dm', content: 'i want to kill myself' });
    await h.fake.waitForCall((c) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path) && JSON.stringify(c.body).includes('A listener has been asked'));
    expect(alertsAbout(MEMBER)).toHaveLength(1);
    const dm = h.fake.state.dmChannelOf(MEMBER)!;

    const started = Date.now();
    h.fake.sendMessage({ author: MEMBER, channel: 'dm', content: "no i'm not safe" });
    const answer = await h.fake.waitForCall(postsTo(dm, 'Thank you for telling me'));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(JSON.stringify(answer.body)).toContain('If you are in danger now, call 999.');

    const paged = await h.fake.waitForCall((c) => postsTo(VOLUNTEERS, 'paged again')(c) && JSON.stringify(c.body).includes(`<@${MEMBER}>`));
    const body = JSON.stringify(paged.body);
    expect(body).toContain(`<@${ADMIN}>`);
    expect(body).toContain('They answered that they are not safe.');
    const [request] = await queuedOf(MEMBER);
    expect(request?.urgency).toBe('crisis');
    expect(await queuePosition(database.db, request!)).toBe(1);

    // "Reach them" opens a private thread with the person for the coordinator who pressed it.
    const reach = /"custom_id":"(pl:crisis-reach:[^"]+)"/.exec(body)![1]!;
    const alertId = h.fake.state.messagesIn(VOLUNTEERS).find((m) => JSON.stringify(m).includes(reach))!.id;
    expect(await h.press(ADMIN, reach, alertId)).toContain('You are reaching them');
    await h.fake.waitForCall(callTo('POST', `/channels/${SESSIONS}/threads`));
    const thread = [...h.fake.state.channels.values()].reverse().find((c) => c.kind === 'thread' && c.parentId === SESSIONS)!;
    const members = h.fake.callsTo('PUT', `/channels/${thread.id}/thread-members/:user`).map((c) => c.path.split('/').pop());
    expect(members.sort()).toEqual([ADMIN, MEMBER].sort());
    // Marked taken by the click, or, if the click came before the alert's place was recorded, by the recording.
    await expect.poll(() => JSON.stringify(h.fake.state.messages.get(alertId)?.payload)).toContain('taken');
    expect(await h.press(ADMIN, reach, alertId)).toContain('already taken this alert');
  });

  it('answers a repeat within the cooldown with "I\'m still here" and does not alert again', async () => {
    h.fake.sendMessage({ author: STRANGER, channel: 'dm', content: 'i want to end my life' });
    await h.fake.waitForCall((c) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path) && JSON.stringify(c.body).includes('A listener has been asked'));
    const dm = h.fake.state.dmChannelOf(STRANGER)!;
    h.fake.sendMessage({ author: STRANGER, channel: 'dm', content: 'i want to end my life' });
    const still = await h.fake.waitForCall(postsTo(dm, "I'm still here"));
    expect(JSON.stringify(still.body)).toContain('116 123');
    await new Promise((r) => setTimeout(r, 300));
    expect(alertsAbout(STRANGER)).toHaveLength(1);
  });

  it('in a session thread, prompts the listener privately and does not tell the member to request a listener', async () => {
    const queued = await h.slash(ANON, 'listen', { options: { topic: 'grief' } });
    const requestId = /pl:cancel:([0-9a-f-]{36})/.exec(queued)![1]!;
    const card = h.fake.state.messagesIn(VOLUNTEERS).find((m) => JSON.stringify(m.components ?? []).includes(`pl:accept:${requestId}`))!;
    expect(await h.press(VOL1, `pl:accept:${requestId}`, card.id)).toContain('You accepted');
    const thread = [...h.fake.state.channels.values()].reverse().find((c) => c.kind === 'thread' && c.parentId === SESSIONS)!;
    const before = h.fake.calls.length;

    h.fake.sendMessage({ author: ANON, channel: thread.id, content: 'honestly i want to kill myself' });
    const prompt = await h.fake.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${h.fake.state.dmChannelOf(VOL1)}/messages` && JSON.stringify(c.body).includes('Crisis language from the member'));
    expect(JSON.stringify(prompt.body)).toContain('Ask directly');
    const reply = await h.fake.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${h.fake.state.dmChannelOf(ANON)}/messages` && JSON.stringify(c.body).includes('Are you safe right now?'));
    expect(JSON.stringify(reply.body)).toContain("I've let your listener and the coordinators know.");
    const toMember = h.fake.calls.slice(before).filter((c) => c.path === `/channels/${h.fake.state.dmChannelOf(ANON)}/messages`);
    expect(JSON.stringify(toMember.map((c) => c.body))).not.toMatch(/Talk to a listener|pl:crisis-listener/);
    // Nothing of it is posted into the session thread itself.
    expect(JSON.stringify(h.fake.state.messagesIn(thread.id))).not.toContain('Crisis language');
    expect(await queuedOf(ANON)).toHaveLength(0);
  });
});
