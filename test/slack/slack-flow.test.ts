/**
 * The Slack adapter end to end: the real Bolt app receives signed requests on 127.0.0.1 and talks to a
 * local fake of Slack's Web API. Assertions read what people would see (from the fake) and the database.
 */
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { communities, crisisEvents, feedback, supportRequests, volunteers } from '../../src/db/schema.js';
import { handlers } from '../../src/scheduler/jobs/index.js';
import { JobRunner } from '../../src/scheduler/runner.js';
import { type TestDatabase } from '../support/db.js';
import { ADMIN, teamPerTest, useSlackHarness, VOLUNTEER_CHANNEL, type SlackHarness } from './harness.js';
import { click, command, message, submit } from '../fakes/slack/index.js';

let database: TestDatabase;
let h: SlackHarness;
useSlackHarness((made, db) => {
  h = made;
  database = db;
});
let TEAM = '';
teamPerTest('T0TEST', (team) => (TEAM = team));

async function communityId(): Promise<string> {
  const [row] = await database.db.select({ id: communities.id }).from(communities).where(eq(communities.ref, `slack:${TEAM}`));
  return row!.id;
}
const requestsHere = async () => database.db.select().from(supportRequests).where(eq(supportRequests.communityId, await communityId()));

const VOL1 = 'U0VOL1';
const VOL2 = 'U0VOL2';
const MEMBER = 'U0MEMBER';
let rid = 0;

/** Runs a slash command and returns the private reply Slack would show (via response_url). */
async function peer(user: string, text: string, name = '/peer', channel = 'C0GENERAL'): Promise<string> {
  const id = `r${(rid += 1)}`;
  const res = await h.send(command(TEAM, user, channel, text, h.fake.responseUrl(id), name));
  expect(res.status).toBe(200);
  const [reply] = await h.fake.waitFor(() => (h.fake.responsesFor(id).length > 0 ? h.fake.responsesFor(id) : null));
  expect(reply).toMatchObject({ response_type: 'ephemeral' });
  // What the bot does after the reply (a new request's card) has finished too.
  await h.core.settle();
  // What a person reads: the text and the blocks (fields carry the crisis line).
  return `${String(reply!['text'])}\n${JSON.stringify(reply!['blocks'])}`;
}

async function press(user: string, actionId: string, team = TEAM): Promise<string> {
  const id = `r${(rid += 1)}`;
  const res = await h.send(click(team, user, actionId, h.fake.responseUrl(id)));
  expect(res.status).toBe(200);
  const [reply] = await h.fake.waitFor(() => (h.fake.responsesFor(id).length > 0 ? h.fake.responsesFor(id) : null));
  return String(reply!['text']);
}

function buttons(text: string | undefined, where: string): string[] {
  const m = [...h.fake.messages].reverse().find((x) => x.channel === where && (text === undefined || x.text.includes(text)));
  return JSON.stringify(m?.blocks ?? [])
    .match(/"action_id":"(pl:[^"]+)"/g)
    ?.map((s) => s.slice('"action_id":"'.length, -1)) ?? [];
}

async function setUp(): Promise<void> {
  const before = h.fake.callsTo('views.open').length;
  const dmsBefore = h.fake.privateTo(ADMIN).length;
  await h.send(command(TEAM, ADMIN, 'C0GENERAL', 'setup', h.fake.responseUrl('setup')));
  await h.fake.waitFor(() => h.fake.callsTo('views.open').length > before);
  expect(h.fake.callsTo('views.open').at(-1)?.args['view']).toMatchObject({ callback_id: 'pl:form:setup' });
  const res = await h.send(
    submit(TEAM, ADMIN, 'pl:form:setup', {
      volunteer_channel: { volunteer_channel: { type: 'conversations_select', selected_conversation: VOLUNTEER_CHANNEL } },
      coordinators: { coordinators: { type: 'multi_users_select', selected_users: [ADMIN] } },
      country: { country: { type: 'plain_text_input', value: 'GB' } },
      time_zone: { time_zone: { type: 'plain_text_input', value: 'Europe/London' } },
      retention_days: { retention_days: { type: 'number_input', value: '30' } },
    }),
  );
  expect(res.status).toBe(200);
  await h.fake.waitFor(() => h.fake.privateTo(ADMIN).slice(dmsBefore).some((t) => t.includes('Peerline is set up')));
  expect(await peer(ADMIN, `volunteer add <@${VOL1}|vol1> grief trained-until 2027-06-30`)).toContain('Volunteer enrolled');
  expect(await peer(ADMIN, `volunteer add <@${VOL2}|vol2> trained-until 2027-06-30`)).toContain('Volunteer enrolled');
  expect(await peer(VOL1, 'duty on')).toContain('You are on duty');
  expect(await peer(VOL2, 'duty on')).toContain('You are on duty');
}

describe('Slack: the whole flow', () => {
  it('setup → enrol → duty on → listen → offer → accept → group DM → end → feedback', async () => {
    await setUp();
    const queued = await peer(MEMBER, 'a rough week at work', '/listen');
    expect(queued).toContain('You are number 1 in the queue. 2 listeners are on duty right now.');
    expect(queued).toContain('Samaritans');

    const card = await h.fake.waitFor(() => h.fake.messages.find((m) => m.channel === VOLUNTEER_CHANNEL && m.text.includes('Someone would like to talk')));
    expect(card.text).not.toContain(MEMBER);
    expect(card.text).toContain(`<@${VOL1}>`);
    const [accept] = buttons('Someone would like to talk', VOLUNTEER_CHANNEL);
    expect(accept).toMatch(/^pl:accept:/);

    expect(await press(VOL1, accept!)).toContain('You accepted the request');
    const open = h.fake.callsTo('conversations.open').find((c) => String(c.args['users']).includes(MEMBER) && String(c.args['users']).includes(VOL1));
    expect(open).toBeDefined();
    const space = [...h.fake.conversations].find(([, c]) => c.members.includes(MEMBER) && c.members.includes(VOL1))![0];
    expect(space).toMatch(/^G/);
    expect(h.fake.textIn(space).join('\n')).toContain('Your listening session');
    expect(h.fake.messages.find((m) => m.ts === card.ts)?.text).toContain('Accepted after');

    expect(await peer(VOL1, 'end', '/peer', space)).toContain('Session ended');
    expect(h.fake.conversations.get(space)?.closed).toBe(true);
    const prompt = await h.fake.waitFor(() => h.fake.privateTo(MEMBER).find((t) => t.includes('Your session has ended')));
    expect(prompt).toBeDefined();
    const helped = buttons('Your session has ended', [...h.fake.conversations].find(([, c]) => c.members.join() === MEMBER)![0]).find((a) => a.endsWith(':yes'));
    expect(await press(MEMBER, helped!)).toContain('Thank you');

    const [request] = await requestsHere();
    expect(request).toMatchObject({ status: 'closed', note: null });
    expect((await database.db.select().from(feedback).where(eq(feedback.communityId, await communityId())))[0]?.helped).toBe('yes');

    // The check-in: chosen now, delivered by the scheduler a day later through Slack, and "talk again" re-queues.
    const memberDm = [...h.fake.conversations].find(([, c]) => c.members.join() === MEMBER)![0];
    const checkIn24 = buttons('Your session has ended', memberDm).find((a) => a.startsWith('pl:check-in:') && a.endsWith(':24'));
    expect(await press(MEMBER, checkIn24!)).toContain('Check-in booked');
    const runner = new JobRunner({ deps: h.deps, handlers, instanceId: 'slack-test' });
    await runner.tick(new Date(Date.now() + 25 * 3_600_000));
    const checkIn = await h.fake.waitFor(() => h.fake.textIn(memberDm).find((t) => t.includes('Checking in')));
    expect(checkIn).toContain('How are you doing');
    const talk = buttons('Checking in', memberDm).find((a) => a.endsWith(':talk'));
    expect(await press(MEMBER, talk!)).toContain('Your request is in the queue');
    expect((await requestsHere()).filter((r) => r.status === 'queued')).toHaveLength(1);
  });

  it('gives one of two simultaneous Accept clicks the request and tells the other it is taken', async () => {
    await setUp();
    const opensBefore = h.fake.callsTo('conversations.open').length;
    await peer(MEMBER, 'listen please', '/peer');
    const [accept] = buttons('Someone would like to talk', VOLUNTEER_CHANNEL);
    const [a, b] = await Promise.all([press(VOL1, accept!), press(VOL2, accept!)]);
    expect([a, b].filter((t) => t.includes('You accepted'))).toHaveLength(1);
    expect([a, b].filter((t) => t.includes('Already taken'))).toHaveLength(1);
    const spaces = h.fake.callsTo('conversations.open').slice(opensBefore).filter((c) => String(c.args['users']).includes(MEMBER) && String(c.args['users']).split(',').length === 2);
    expect(spaces).toHaveLength(1);
  });

  it('refuses Accept from someone who is not a volunteer, privately, and changes nothing', async () => {
    await setUp();
    await peer(MEMBER, 'listen hello');
    const [accept] = buttons('Someone would like to talk', VOLUNTEER_CHANNEL);
    expect(await press('U0STRANGER', accept!)).toContain('Not a volunteer here');
    expect((await requestsHere())[0]?.status).toBe('queued');
  });

  it('relays an anonymous session both ways and stores none of the words', async () => {
    await setUp();
    // The form path: an anonymous request from the listen modal.
    await h.send(
      submit(TEAM, 'U0ANON', 'pl:form:listen', {
        topic: { topic: { type: 'static_select', selected_option: { value: 'stress' } } },
        note: { note: { type: 'plain_text_input', value: '' } },
        anonymous: { anonymous: { type: 'checkboxes', selected_options: [{ value: 'yes' }] } },
      }),
    );
    await h.fake.waitFor(() => h.fake.privateTo('U0ANON').some((t) => t.includes('in the queue')));
    await h.core.settle();
    const anonCard = [...h.fake.messages].reverse().find((m) => m.channel === VOLUNTEER_CHANNEL && JSON.stringify(m.blocks).includes('Anonymous'));
    const accept = JSON.stringify(anonCard!.blocks).match(/"action_id":"(pl:accept:[^"]+)"/)![1]!;
    expect(await press(VOL2, accept)).toContain('You accepted');
    const listenerDm = [...h.fake.conversations].find(([, c]) => c.members.join() === VOL2)![0];
    const memberDm = [...h.fake.conversations].find(([, c]) => c.members.join() === 'U0ANON')![0];

    await h.send(message(TEAM, 'U0ANON', memberDm, 'im', 'it has been a really hard month'));
    await h.fake.waitFor(() => h.fake.textIn(listenerDm).some((t) => t.includes('it has been a really hard month')));
    await h.send(message(TEAM, VOL2, listenerDm, 'im', 'thank you for telling me'));
    await h.fake.waitFor(() => h.fake.textIn(memberDm).some((t) => t.includes('thank you for telling me')));
    expect(h.fake.textIn(listenerDm).join('\n')).not.toContain('U0ANON');

    const dump = JSON.stringify(await database.db.execute(sql`select (select json_agg(t)::text from support_requests t) || (select coalesce(json_agg(t)::text,'') from audit_log t) || (select coalesce(json_agg(t)::text,'') from sessions t) as j`));
    expect(dump).not.toContain('hard month');
    expect(dump).not.toContain('thank you for telling me');
  });
});

describe('Slack: at the edge', () => {
  it('rejects a forged or stale signature with 401 and changes nothing', async () => {
    await setUp();
    const forged = await h.send(command(TEAM, ADMIN, 'C0GENERAL', `volunteer add <@U0EVIL|evil>`, h.fake.responseUrl('forged')), { secret: 'wrong' });
    expect(forged.status).toBe(401);
    const stale = await h.send(command(TEAM, ADMIN, 'C0GENERAL', `volunteer add <@U0EVIL|evil>`, h.fake.responseUrl('stale')), { timestamp: Math.floor(Date.now() / 1000) - 600 });
    expect(stale.status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(await database.db.select().from(volunteers).where(and(eq(volunteers.userRef, `slack:${TEAM}:U0EVIL`)))).toHaveLength(0);
  });

  it('gives a retried event one effect', async () => {
    await setUp();
    const dm = 'D0CRISIS';
    h.fake.addDm(dm, 'U0RETRY');
    const event = message(TEAM, 'U0RETRY', dm, 'im', 'i want to end my life', 'EvRETRY1');
    await h.send(event);
    await h.send(event, { retryNum: 1 });
    await h.fake.waitFor(() => h.fake.textIn(VOLUNTEER_CHANNEL).some((t) => t.includes('Crisis alert')));
    await new Promise((r) => setTimeout(r, 200));
    expect(h.fake.textIn(VOLUNTEER_CHANNEL).filter((t) => t.includes('Crisis alert'))).toHaveLength(1);
    expect(await database.db.select().from(crisisEvents).where(eq(crisisEvents.communityId, await communityId()))).toHaveLength(1);
  });

  it('answers crisis language in a DM privately, alerts coordinators with a link, and stores no text', async () => {
    await setUp();
    const dm = 'D0HELP';
    h.fake.addDm(dm, 'U0HELP');
    await h.send(message(TEAM, 'U0HELP', dm, 'im', "i'm going to kill myself tonight"));
    const reply = await h.fake.waitFor(() => h.fake.textIn(dm).find((t) => t.includes('Are you safe right now')));
    expect(reply).toContain('bot');
    expect(JSON.stringify(h.fake.messages.find((m) => m.channel === dm)?.blocks)).toContain('116 123');
    const alert = await h.fake.waitFor(() => h.fake.textIn(VOLUNTEER_CHANNEL).filter((t) => t.includes('Crisis alert') && t.includes('act now')).at(-1));
    expect(alert).toContain(`<@${ADMIN}>`);
    expect(alert).toContain('in a direct message to the bot');
    // Coordinators cannot open someone else's DM: the alert says so instead of linking to it.
    expect(alert).toContain('There is no link');
    expect(alert).not.toContain('kill myself');
    const dump = JSON.stringify(await database.db.execute(sql`select json_agg(t)::text as j from crisis_events t`));
    expect(dump).not.toContain('kill myself');
    expect(dump).toContain('imminent');
  });

  it('answers an unknown subcommand with help, and a stale button privately', async () => {
    expect(await peer(MEMBER, 'dance')).toContain('I did not understand that');
    expect(await press(MEMBER, 'pl:accept:6c1f3b9e-3d2a-4a7b-9c1e-2f4a5b6c7d8e', 'T0NOTSETUP')).toContain('Peerline is not set up here yet');
    await setUp();
    expect(await press(VOL1, 'pl:accept:6c1f3b9e-3d2a-4a7b-9c1e-2f4a5b6c7d8e')).toContain('out of date');
  });

  it('sends a coordinator, and only a coordinator, a private sign-in link to the dashboard', async () => {
    await setUp();
    expect(await peer(ADMIN, 'dashboard')).toMatch(/https:\/\/dash\.example\.org\/dashboard\/sign-in\?token=[\w-]{20,}/);
    expect(await peer(VOL1, 'dashboard')).toContain('Not allowed');
  });

  it('refuses an over-long note in the form with an inline error and stores nothing', async () => {
    await setUp();
    const res = await h.send(
      submit(TEAM, MEMBER, 'pl:form:listen', {
        topic: { topic: { type: 'static_select', selected_option: { value: 'stress' } } },
        note: { note: { type: 'plain_text_input', value: 'x'.repeat(501) } },
      }),
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toMatchObject({ response_action: 'errors', errors: { note: expect.stringContaining('500') } });
    expect(await requestsHere()).toHaveLength(0);
  });
});
