/**
 * The conversation after a crisis reply, through the real use cases on a real database: answers are
 * read and always answered, danger raises the response (a crisis request first, coordinators paged
 * again), silence after an imminent reply is followed up by a job, a coordinator takes an alert once,
 * and in a session the listener is prompted instead of the member being sent to the queue.
 */
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { acceptRequest } from '../../src/core/use-cases/accept-request.js';
import { forgetMe } from '../../src/core/use-cases/forget-me.js';
import { handleAction } from '../../src/core/use-cases/handle-action.js';
import { handleMessage } from '../../src/core/use-cases/handle-message.js';
import { setCoordinators } from '../../src/core/use-cases/manage-volunteers.js';
import { crisisEvents, jobs, supportRequests } from '../../src/db/schema.js';
import { actor, errorCode, listen, must } from '../support/core.js';
import { useCoreFixture } from '../support/fixture.js';
import { alice, coordinator, member } from '../support/fixtures.js';
import { advanceAndTick, createRunner } from '../support/scheduler.js';

const fx = useCoreFixture({ community: true });
const dm = (text: string, author = member.user) => handleMessage(fx.core.deps, { community: member.community, author, place: { kind: 'dm' }, text });
const alerts = () => fx.core.platform.of('postToChannel').filter((c) => c.view.title?.startsWith('Crisis alert') === true);
const toMember = () => fx.core.platform.privateTo(member.user);
const openRequests = () => fx.database.db.select().from(supportRequests).where(and(eq(supportRequests.memberRef, member.user), eq(supportRequests.status, 'queued')));

describe('the window of recent messages', () => {
  it('reads messages with the same person\'s last few, and forgets them on /forget-me', async () => {
    const say = (who: string, text: string) => dm(text, actor(who).user);
    expect((await say('spread', "i can't do this anymore")).crisis.tier).toBe('elevated');
    expect((await say('spread', "i'm at the bridge now")).crisis.tier).toBe('imminent');
    expect((await say('late', "i can't do this anymore")).crisis.tier).toBe('elevated');
    must(await forgetMe(fx.core.deps, actor('late')));
    // Forgotten: the second message is read alone.
    expect((await say('late', "i'm at the bridge now")).crisis.tier).toBe('none');
  });
});

describe('after a disclosure', () => {
  it('queues a crisis request at once, tells the member who is on duty, and lets them cancel', async () => {
    await dm('i want to kill myself');
    const [request] = await openRequests();
    expect(request).toMatchObject({ urgency: 'crisis' });
    const queued = toMember().find((v) => v.title === 'A listener has been asked');
    expect(queued?.text).toContain('2 listeners are on duty right now.');
    expect(queued?.buttons?.[0]).toMatchObject({ action: `pl:cancel:${request!.id}` });
    must(await handleAction(fx.core.deps, member, `pl:cancel:${request!.id}`));
    expect(await openRequests()).toHaveLength(0);
  });

  it('answers "no i\'m not safe" at once, puts the crisis request first and pages the coordinators again with a Reach button', async () => {
    await dm('i want to kill myself');
    expect(alerts()).toHaveLength(1);
    fx.core.platform.clear();
    const outcome = await dm("no i'm not safe");
    expect(outcome.answer).toBe('unsafe');
    const [first] = fx.core.platform.calls;
    // The answer is the very first thing the platform is asked to do.
    expect(first).toMatchObject({ op: 'sendPrivate', user: member.user });
    expect(first?.op === 'sendPrivate' && first.view.text).toContain('If you are in danger now, call 999.');
    expect(first?.op === 'sendPrivate' && first.view.text).toContain('paging the coordinators again');
    const [paged] = alerts();
    expect(paged?.view.title).toBe('Crisis alert: paged again, act now');
    expect(paged?.view.text).toContain('They answered that they are not safe.');
    expect(paged?.view.buttons?.[0]?.action).toMatch(/^pl:crisis-reach:/);
    expect((await openRequests())[0]?.urgency).toBe('crisis');
    const events = await fx.database.db.select().from(crisisEvents).orderBy(crisisEvents.createdAt);
    expect(events.map((e) => e.ruleIds).flat()).toContain('answer.not-safe');
    expect(JSON.stringify(await fx.database.db.execute(sql`select json_agg(t)::text from crisis_events t`))).not.toContain('not safe');
    // Saying it again is answered, but does not page again.
    await dm('not safe');
    expect(toMember().at(-1)?.text).toContain('A listener has been asked to reach you.');
    expect(alerts()).toHaveLength(1);
  });

  it('reads a plan as danger even when the detector rates it none', async () => {
    await dm('i want to end my life');
    fx.core.platform.clear();
    // Past the 15-minute window of recent signals, still inside the 30-minute conversation.
    fx.core.clock.advanceMinutes(16);
    expect((await dm('i have a plan and tonight is the night')).answer).toBe('plan');
    expect(alerts()[0]?.view.text).toContain('Their answer suggests a plan.');
  });

  it('reads a plan with a time, after a disclosure, as imminent: the earlier message counts too', async () => {
    await dm('i want to end my life');
    fx.core.platform.clear();
    const outcome = await dm('i have a plan and tonight is the night');
    expect(outcome.crisis.tier).toBe('imminent');
    // The tier rose, so the coordinators hear of it again, at once.
    expect(alerts()).toHaveLength(1);
    expect(toMember()).toHaveLength(1);
  });

  it('thanks a safe answer, answers anything else, and keeps listening only for a while', async () => {
    await dm('i want to end my life');
    fx.core.platform.clear();
    expect((await dm('yes')).answer).toBe('safe');
    expect(toMember()[0]?.title).toBe('Thank you');
    expect((await dm('what happens now?')).answer).toBe('other');
    expect(toMember()[1]?.title).toBe("I'm still here");
    expect(alerts()).toHaveLength(0);
    fx.core.clock.advanceMinutes(31);
    expect((await dm('no')).answer).toBeUndefined();
    expect(toMember()).toHaveLength(2);
  });

  it('gives a repeat within the cooldown "I\'m still here" with the line, and does not alert again', async () => {
    await dm('i want to kill myself');
    fx.core.clock.advanceMinutes(5);
    fx.core.platform.clear();
    await dm('i want to kill myself');
    expect(toMember()[0]?.title).toBe("I'm still here");
    expect(toMember()[0]?.text).toContain('116 123');
    expect(toMember()[0]?.text).toContain('A listener has been asked to reach you.');
    expect(alerts()).toHaveLength(0);
  });

  it('takes the buttons as answers, even with no conversation in memory', async () => {
    const view = must(await handleAction(fx.core.deps, member, 'pl:crisis-answer:unsafe'));
    expect(view.title).toBe('Thank you for telling me');
    expect(alerts()).toHaveLength(1);
    expect((await openRequests())[0]?.urgency).toBe('crisis');
    const unsure = must(await handleAction(fx.core.deps, member, 'pl:crisis-answer:unsure'));
    expect(unsure.text).toContain('Are you safe right now?');
  });

  it('raises an open routine request to crisis instead of making a second one', async () => {
    must(await listen(fx.core, member, { topic: 'grief' }));
    fx.core.platform.clear();
    await dm('i want to kill myself');
    const open = await fx.database.db.select().from(supportRequests).where(eq(supportRequests.memberRef, member.user));
    expect(open).toHaveLength(1);
    expect(open[0]?.urgency).toBe('crisis');
    expect(toMember().some((v) => v.text.includes('Your open request now has top priority.'))).toBe(true);
    expect(fx.core.platform.of('updateMessage')[0]?.view.title).toContain('Crisis request');
  });
});

describe('with no conversation open', () => {
  it('answers "i\'m not safe" in a DM as a disclosure even though the detector sees no risk words', async () => {
    const outcome = await dm("i'm not safe");
    expect(outcome.crisis).toMatchObject({ tier: 'high', rules: ['statement.not-safe'], replied: true });
    expect(toMember()[0]?.text).toContain('Are you safe right now?');
    expect(alerts()).toHaveLength(1);
    expect(await dm('what is the weather')).toMatchObject({ answer: 'other' });
  });

  it('stays quiet to ordinary talk in a DM', async () => {
    expect((await dm('no worries, see you tomorrow')).crisis.tier).toBe('none');
    expect(fx.core.platform.calls).toHaveLength(0);
  });
});

describe('"Talk to a listener" under a crisis reply', () => {
  it('raises an open request to crisis instead of refusing a second one', async () => {
    must(await listen(fx.core, member, { topic: 'grief' }));
    await dm("they'd all be better off without me");
    const talkNow = toMember().at(-1)!.buttons!.find((b) => b.action === 'pl:crisis-listener')!;
    const view = must(await handleAction(fx.core.deps, member, talkNow.action));
    expect(view.text).toContain('Your open request now has top priority.');
    expect((await openRequests())[0]?.urgency).toBe('crisis');
  });
});

describe('silence after an imminent reply', () => {
  const imminent = "i took all my pills and i'm saying goodbye";

  it('speaks again after 10 minutes without an answer and pages the coordinators again', async () => {
    expect((await dm(imminent)).crisis.tier).toBe('imminent');
    const runner = createRunner(fx.core);
    fx.core.platform.clear();
    await advanceAndTick(fx.core, runner, 9);
    // (The crisis request's own escalation ladder runs meanwhile; it is a separate job.)
    expect(toMember().map((v) => v.title)).not.toContain("I'm still here");
    await advanceAndTick(fx.core, runner, 2);
    expect(toMember().map((v) => v.title)).toContain("I'm still here");
    expect(toMember().find((v) => v.title === "I'm still here")?.text).toContain("I've told the coordinators again.");
    expect(alerts().map((a) => a.view.text).join('\n')).toContain('They have not answered since an imminent-risk reply.');
  });

  it('is called off by any answer', async () => {
    await dm(imminent);
    await dm('i am safe now');
    const pending = await fx.database.db.select().from(jobs).where(and(eq(jobs.kind, 'crisis-silence'), eq(jobs.state, 'pending')));
    expect(pending).toHaveLength(0);
    const runner = createRunner(fx.core);
    fx.core.platform.clear();
    await advanceAndTick(fx.core, runner, 11);
    expect(alerts()).toHaveLength(0);
  });
});

describe('a coordinator reaches the person', () => {
  it('lets exactly one coordinator take the alert, opens a private space with the person, and shows the others who did', async () => {
    const second = actor('coord-2');
    must(await setCoordinators(fx.core.deps, coordinator, { users: [second.user] }));
    await dm('i want to kill myself');
    const [alert] = alerts();
    const action = alert!.view.buttons![0]!.action;
    expect(errorCode(await handleAction(fx.core.deps, alice, action))).toBe('not-allowed');
    const results = await Promise.all([handleAction(fx.core.deps, coordinator, action), handleAction(fx.core.deps, second, action)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map(errorCode)).toEqual(['conflict']);
    const opened = fx.core.platform.of('openSpace');
    expect(opened).toHaveLength(1);
    expect(opened[0]?.input.participants[0]).toBe(member.user);
    const updated = fx.core.platform.of('updateMessage').find((u) => u.message === alert!.ref);
    expect(updated?.view.title).toBe('Crisis alert: taken');
    expect(updated?.view.buttons ?? []).toHaveLength(0);
    const [event] = await fx.database.db.select().from(crisisEvents);
    expect(event?.reachedBy).toBe(opened[0]?.input.participants[1]);
  });
});

describe('in a session', () => {
  it('prompts the listener privately and does not send the member to the queue', async () => {
    const { requestId } = must(await listen(fx.core, member, {}));
    const { spaceRef } = must(await acceptRequest(fx.core.deps, alice, requestId));
    fx.core.platform.clear();
    const say = (text: string) => handleMessage(fx.core.deps, { community: member.community, author: member.user, place: { kind: 'space', space: spaceRef }, text });
    await say('honestly i want to kill myself');
    const prompt = fx.core.platform.of('sendPrivate').find((c) => c.user === alice.user);
    expect(prompt?.view.text).toContain('Ask directly');
    expect(prompt?.view.text).toContain('116 123');
    const reply = toMember()[0];
    expect(reply?.text).toContain("I've let your listener and the coordinators know.");
    expect(JSON.stringify(reply)).not.toMatch(/crisis-listener|Talk to a listener/);
    expect(await fx.database.db.select().from(supportRequests).where(eq(supportRequests.status, 'queued'))).toHaveLength(0);
    // A bare "no" in a session is said to the listener, not to the bot; "i'm not safe" is read.
    fx.core.platform.clear();
    expect((await say('no')).answer).toBeUndefined();
    expect(toMember()).toHaveLength(0);
    expect((await say("i'm not safe")).answer).toBe('unsafe');
    expect(fx.core.platform.of('sendPrivate').find((c) => c.user === alice.user)?.view.title).toBe('The member may not be safe');
    expect(alerts()).toHaveLength(1);
  });

  it('keeps an anonymous member unnamed in the volunteer channel; the coordinator who reaches them learns who', async () => {
    const { requestId } = must(await listen(fx.core, member, { anonymous: true }));
    const { spaceRef } = must(await acceptRequest(fx.core.deps, alice, requestId));
    fx.core.platform.clear();
    await dm('i want to kill myself');
    // Relayed to the listener's space, where the listener is prompted.
    expect(fx.core.platform.of('postToSpace').find((c) => c.view.title === 'Crisis language from the member')?.space).toBe(spaceRef);
    const [alert] = alerts();
    expect(JSON.stringify(alert?.view)).not.toContain(member.user);
    must(await handleAction(fx.core.deps, coordinator, alert!.view.buttons![0]!.action));
    expect(fx.core.platform.of('openSpace')[0]?.input.participants).toEqual([member.user, coordinator.user]);
    expect(JSON.stringify(fx.core.platform.of('updateMessage').at(-1)?.view)).not.toContain(member.user);
  });
});
