/**
 * Issue 13's Done-when in the playground, over HTTP: a disclosure then "no i'm not safe" is answered
 * within a second (the whole request, database work included), the crisis request is first in the
 * queue, and the coordinator is paged with a "Reach them" button that opens a space with the person; a
 * repeat within the cooldown gets "I'm still here" and no second alert; crisis language in a session
 * prompts the listener privately and does not send the member to the queue.
 */
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queuePosition } from '../../src/db/queries/requests.js';
import { supportRequests } from '../../src/db/schema.js';
import { lastAction, PEOPLE, freshWebPerTest, textOf, type TestWeb } from './support.js';

const riley = PEOPLE.member.ref;
const alex = PEOPLE.alex.ref;
const jordan = PEOPLE.jordan.ref;
const sam = PEOPLE.sam.ref;

let t: TestWeb;
/** A fresh demo per test: an emptied database, seeded again by a new server. */
freshWebPerTest((made) => (t = made));

const alertsIn = (html: string) => textOf(html).split('Crisis alert').length - 1;

describe('the playground: a crisis conversation', () => {
  it('answers "no i\'m not safe" within a second, puts the crisis request first, and pages the coordinator with a Reach button', async () => {
    // Someone else is already waiting: the crisis request must still come first.
    expect((await t.client.command(jordan, 'listen', { topic: 'grief', check_in: 'ask' })).status).toBe(200);
    await t.client.say(riley, 'bot', 'i want to kill myself');
    expect(textOf(await t.client.pane('member'))).toContain('Are you safe right now?');
    expect(alertsIn(await t.client.pane('channel'))).toBe(1);

    const started = Date.now();
    const said = await t.client.say(riley, 'bot', "no i'm not safe");
    const ms = Date.now() - started;
    expect(said.status).toBe(200);
    expect(ms).toBeLessThan(1000);
    const member = textOf(await t.client.pane('member'));
    expect(member).toContain('Thank you for telling me');
    expect(member).toContain("I'm paging the coordinators again");

    const channel = await t.client.pane('channel');
    expect(textOf(channel)).toContain('Crisis alert: paged again, act now');
    expect(textOf(channel)).toContain('They answered that they are not safe.');
    expect(textOf(channel)).toContain('@Sam');
    expect(channel).not.toContain('not safe"');
    const [request] = await t.deps.db.select().from(supportRequests).where(and(eq(supportRequests.memberRef, riley), eq(supportRequests.status, 'queued')));
    expect(request?.urgency).toBe('crisis');
    expect(await queuePosition(t.deps.db, request!)).toBe(1);

    // The alert is actionable: Sam reaches Riley in a private space; the others see who took it.
    expect((await t.client.press(sam, lastAction(channel, 'Reach them'))).status).toBe(200);
    expect(textOf(await t.client.pane('sam'))).toContain('You are reaching them');
    const space = t.web.store.spaces('web:demo').find((s) => s.participants.includes(riley) && s.participants.includes(sam));
    expect(space).toBeDefined();
    expect(textOf(await t.client.pane('channel'))).toContain('Crisis alert: taken');
  });

  it('answers a repeat within the cooldown with "I\'m still here" and no second alert', async () => {
    await t.client.say(riley, 'bot', 'i want to end my life');
    await t.client.say(riley, 'bot', 'i want to end my life');
    const member = textOf(await t.client.pane('member'));
    expect(member).toContain("I'm still here");
    expect(alertsIn(await t.client.pane('channel'))).toBe(1);
  });

  it('in a session, prompts the listener privately and does not tell the member to request a listener', async () => {
    expect((await t.client.command(riley, 'listen', { topic: 'grief', check_in: 'ask' })).status).toBe(200);
    await t.client.press(alex, lastAction(await t.client.pane('channel'), 'Accept'));
    const space = t.web.store.spaces('web:demo')[0]!;
    await t.client.say(riley, space.ref, 'honestly i want to kill myself');
    expect(textOf(await t.client.pane('alex'))).toContain('Crisis language from the member');
    const member = textOf(await t.client.pane('member'));
    expect(member).toContain("I've let your listener and the coordinators know.");
    expect(member).not.toContain('Talk to a listener');
    expect(textOf(await t.client.pane('spaces'))).not.toContain('Crisis language from the member');
    expect(await t.deps.db.select().from(supportRequests).where(eq(supportRequests.status, 'queued'))).toHaveLength(0);
  });
});
