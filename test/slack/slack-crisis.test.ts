/**
 * Issue 13's Done-when on Slack, end to end: the real Bolt app receives signed events and clicks, and
 * talks to the local fake Web API. A disclosure then "no i'm not safe" is answered within a second,
 * the crisis request is first in the queue, and the coordinators are paged with a "Reach them" button
 * that opens a group DM for exactly one of them; a repeat within the cooldown gets "I'm still here" and
 * no second alert; crisis language in a session prompts the listener and does not send the member to
 * the queue.
 */
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queuePosition } from '../../src/db/queries/requests.js';
import { communities, supportRequests } from '../../src/db/schema.js';
import { type TestDatabase } from '../support/db.js';
import { actionIdsIn, ADMIN, clickReply, commandReply, setUpWorkspace, teamPerTest, useSlackHarness, VOLUNTEER_CHANNEL, type SlackHarness } from './harness.js';
import { message } from '../fakes/slack/index.js';

let database: TestDatabase;
let h: SlackHarness;
useSlackHarness((made, db) => {
  h = made;
  database = db;
});
let TEAM = '';
let teams = 0;
teamPerTest('T0CRISIS', (team, n) => {
  TEAM = team;
  teams = n;
});

const VOL1 = 'U0CVOL1';
const VOL2 = 'U0CVOL2';

const peer = (user: string, text: string, name = '/peer', channel = 'C0GENERAL') => commandReply(h, TEAM, user, text, name, channel);
const press = (user: string, actionId: string) => clickReply(h, TEAM, user, actionId);
const actionsIn = actionIdsIn;

/** Alerts about one person (every test's workspace shares the fake's volunteer channel id). */
const alerts = (person: string) => h.fake.messages.filter((m) => m.channel === VOLUNTEER_CHANNEL && m.text.includes('Crisis alert') && JSON.stringify(m.blocks).includes(`<@${person}>`));

async function setUp(): Promise<void> {
  await setUpWorkspace(h, TEAM);
  expect(await peer(ADMIN, `volunteer add <@${VOL1}|vol1> grief trained-until 2027-06-30`)).toContain('Volunteer enrolled');
  expect(await peer(ADMIN, `volunteer add <@${VOL2}|vol2> trained-until 2027-06-30`)).toContain('Volunteer enrolled');
  expect(await peer(VOL1, 'duty on')).toContain('You are on duty');
}

async function communityId(): Promise<string> {
  const [row] = await database.db.select({ id: communities.id }).from(communities).where(eq(communities.ref, `slack:${TEAM}`));
  return row!.id;
}

/** A member's DM with the bot, known to the fake. */
function dmOf(user: string): string {
  const id = `D${user}`;
  h.fake.addDm(id, user);
  return id;
}

describe('Slack: a crisis conversation', () => {
  it('answers "no i\'m not safe" within a second, puts the crisis request first, and pages coordinators with a Reach button one of them takes', async () => {
    await setUp();
    // Someone else is already waiting: the crisis request must still come first.
    expect(await peer('U0WAITING', 'a rough week', '/listen')).toContain('in the queue');
    const member = `U0SOS${teams}`;
    const dm = dmOf(member);
    await h.send(message(TEAM, member, dm, 'im', 'i want to kill myself'));
    await h.fake.waitFor(() => h.fake.textIn(dm).some((t) => t.includes('Are you safe right now?')));
    await h.fake.waitFor(() => alerts(member).length === 1 && h.fake.textIn(dm).some((t) => t.includes('A listener has been asked')));

    const started = Date.now();
    await h.send(message(TEAM, member, dm, 'im', "no i'm not safe"));
    const answer = await h.fake.waitFor(() => h.fake.textIn(dm).find((t) => t.includes('Thank you for telling me')));
    const answeredMs = Date.now() - started;
    expect(answeredMs).toBeLessThan(1000);
    expect(answer).toContain('If you are in danger now, call 999.');

    const paged = await h.fake.waitFor(() => alerts(member).find((m) => m.text.includes('paged again')));
    expect(paged.text).toContain(`<@${ADMIN}>`);
    expect(paged.text).toContain('They answered that they are not safe.');
    expect(JSON.stringify(paged.blocks)).toContain(`<@${member}>`);
    expect(paged.text).not.toContain('not safe"');
    const [request] = await database.db
      .select()
      .from(supportRequests)
      .where(and(eq(supportRequests.communityId, await communityId()), eq(supportRequests.memberRef, `slack:${TEAM}:${member}`)));
    expect(request).toMatchObject({ urgency: 'crisis', status: 'queued' });
    expect(await queuePosition(database.db, request!)).toBe(1);

    // The alert is actionable: "Reach them" opens a group DM with the person for one coordinator.
    const reach = actionsIn(paged).find((a) => a.startsWith('pl:crisis-reach:'));
    expect(await press(ADMIN, reach!)).toContain('You are reaching them');
    expect(h.fake.callsTo('conversations.open').some((c) => String(c.args['users']).split(',').sort().join() === [ADMIN, member].sort().join())).toBe(true);
    // Marked taken by the click, or, if the click came before the alert's place was recorded, by the recording.
    await expect.poll(() => h.fake.messages.find((m) => m.ts === paged.ts)?.text).toContain('taken');
    expect(await press(ADMIN, reach!)).toContain('already taken this alert');
  });

  it('answers a repeat within the cooldown with "I\'m still here" and does not alert again', async () => {
    await setUp();
    const member = `U0REP${teams}`;
    const dm = dmOf(member);
    await h.send(message(TEAM, member, dm, 'im', 'i want to end my life'));
    await h.fake.waitFor(() => alerts(member).length === 1 && h.fake.textIn(dm).some((t) => t.includes('A listener has been asked')));
    await h.send(message(TEAM, member, dm, 'im', 'i want to end my life'));
    const still = await h.fake.waitFor(() => h.fake.textIn(dm).find((t) => t.includes("I'm still here")));
    expect(still).toContain('Are you safe right now?');
    expect(JSON.stringify(h.fake.messages.filter((m) => m.channel === dm).at(-1)?.blocks)).toContain('116 123');
    await new Promise((r) => setTimeout(r, 300));
    expect(alerts(member)).toHaveLength(1);
  });

  it('in a session, prompts the listener privately and does not tell the member to request a listener', async () => {
    await setUp();
    const member = `U0SES${teams}`;
    expect(await peer(member, 'a hard day', '/listen')).toContain('in the queue');
    const card = await h.fake.waitFor(() => [...h.fake.messages].reverse().find((m) => m.channel === VOLUNTEER_CHANNEL && m.text.includes('Someone would like to talk')));
    expect(await press(VOL1, actionsIn(card).find((a) => a.startsWith('pl:accept:'))!)).toContain('You accepted');
    const space = [...h.fake.conversations].find(([, c]) => c.members.includes(member) && c.members.includes(VOL1))![0];
    const dmBefore = h.fake.privateTo(member).length;

    await h.send(message(TEAM, member, space, 'mpim', 'honestly i want to kill myself'));
    const prompt = await h.fake.waitFor(() => h.fake.messages.find((m) => m.onlyFor === VOL1 && m.channel === space && m.text.includes('Crisis language from the member')));
    expect(prompt.text).toContain('Ask directly');
    expect(h.fake.textIn(space, member).join('\n')).not.toContain('Crisis language from the member');
    const reply = await h.fake.waitFor(() => h.fake.privateTo(member).slice(dmBefore).find((t) => t.includes('Are you safe right now?')));
    expect(reply).toContain("I've let your listener and the coordinators know.");
    expect(h.fake.privateTo(member).slice(dmBefore).join('\n')).not.toMatch(/Talk to a listener/);
    expect((await database.db.select().from(supportRequests).where(eq(supportRequests.communityId, await communityId()))).filter((r) => r.status === 'queued')).toHaveLength(0);
  });
});
