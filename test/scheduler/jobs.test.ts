import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeAction } from '../../src/core/actions.js';
import { acceptRequest } from '../../src/core/use-cases/accept-request.js';
import { endSession } from '../../src/core/use-cases/end-session.js';
import { chooseCheckIn } from '../../src/core/use-cases/feedback.js';
import { forgetMe } from '../../src/core/use-cases/forget-me.js';
import { handleAction } from '../../src/core/use-cases/handle-action.js';
import { handleMessage } from '../../src/core/use-cases/handle-message.js';
import { enrolVolunteer } from '../../src/core/use-cases/manage-volunteers.js';
import { duty } from '../../src/core/use-cases/duty.js';
import { jobs, supportRequests, volunteers } from '../../src/db/schema.js';
import { ensureDailyJobs } from '../../src/scheduler/jobs/index.js';
import { actor, errorCode, listen, must } from '../support/core.js';
import { useCoreFixture } from '../support/fixture.js';
import { alice, bob, coordinator, member, VOLUNTEER_CHANNEL } from '../support/fixtures.js';
import { advanceAndTick, createRunner } from '../support/scheduler.js';
import type { JobRunner } from '../../src/scheduler/runner.js';

const fx = useCoreFixture({ community: true });
let runner: JobRunner;
beforeEach(() => {
  runner = createRunner(fx.core);
});

const channelPosts = () => fx.core.platform.of('postToChannel').filter((c) => c.channel === VOLUNTEER_CHANNEL);

describe('escalation ladder', () => {
  it('re-mentions at 5 min, pages coordinators and tells the member at 15, tells them again at 60, and keeps the request queued', async () => {
    const { requestId } = must(await listen(fx.core, member, { topic: 'grief' }));
    fx.core.platform.clear();
    await advanceAndTick(fx.core, runner, 4);
    expect(fx.core.platform.calls).toHaveLength(0);
    await advanceAndTick(fx.core, runner, 1);
    const [remention] = channelPosts();
    expect(remention?.view.title).toBe('A request is still waiting');
    expect(remention?.view.mentions).toEqual([alice.user, bob.user]);
    expect(remention?.view.buttons?.[0]?.action).toBe(encodeAction({ kind: 'accept', requestId }));

    await advanceAndTick(fx.core, runner, 10);
    expect(channelPosts()[1]?.view).toMatchObject({ title: 'Coordinators: a request needs a listener', mentions: [coordinator.user] });
    const told = fx.core.platform.privateTo(member.user);
    expect(told[0]?.title).toBe('This is taking longer than usual');
    expect(told[0]?.text).toContain('15 min');
    expect(JSON.stringify(told[0]?.fields)).toContain('Samaritans');

    await advanceAndTick(fx.core, runner, 45);
    expect(fx.core.platform.privateTo(member.user)[1]?.title).toBe('Still looking for a listener');
    expect((await fx.database.db.select().from(supportRequests))[0]?.status).toBe('queued');
    await advanceAndTick(fx.core, runner, 600);
    expect(channelPosts()).toHaveLength(2);
    expect(fx.core.platform.privateTo(member.user)).toHaveLength(2);
  });

  it('stops as soon as the request is accepted', async () => {
    const { requestId } = must(await listen(fx.core, member, {}));
    await advanceAndTick(fx.core, runner, 6);
    must(await acceptRequest(fx.core.deps, alice, requestId));
    fx.core.platform.clear();
    await advanceAndTick(fx.core, runner, 120);
    expect(fx.core.platform.calls).toHaveLength(0);
  });

  it('runs the faster ladder for crisis requests, telling the member at 10 minutes rather than at each step', async () => {
    must(await listen(fx.core, member, { urgency: 'crisis' }));
    fx.core.platform.clear();
    await advanceAndTick(fx.core, runner, 1);
    expect(channelPosts()[0]?.view.title).toBe('Crisis request still waiting');
    await advanceAndTick(fx.core, runner, 2);
    expect(channelPosts()[1]?.view.title).toBe('Coordinators: a request needs a listener');
    expect(fx.core.platform.privateTo(member.user)).toHaveLength(0);
    await advanceAndTick(fx.core, runner, 7);
    expect(fx.core.platform.privateTo(member.user).map((v) => v.title)).toEqual(['Nobody has answered yet']);
  });

  it('posts the offer card later if the platform refused it the first time', async () => {
    fx.core.platform.failNext('postToChannel');
    const { requestId } = must(await listen(fx.core, member, {}));
    expect((await fx.database.db.select().from(supportRequests))[0]?.offerRef).toBeNull();
    await advanceAndTick(fx.core, runner, 5);
    const [card] = channelPosts();
    expect(card?.view.buttons?.[0]?.action).toBe(encodeAction({ kind: 'accept', requestId }));
    expect((await fx.database.db.select().from(supportRequests))[0]?.offerRef).toBe(card?.ref);
  });
});

describe('check-ins', () => {
  async function endedSession(): Promise<string> {
    const { requestId } = must(await listen(fx.core, member, { topic: 'stress' }));
    const { sessionId } = must(await acceptRequest(fx.core.deps, alice, requestId));
    must(await endSession(fx.core.deps, member, { sessionId }));
    return sessionId;
  }

  it('arrives at the chosen time and "talk again" re-queues preferring the same listener', async () => {
    const sessionId = await endedSession();
    must(await chooseCheckIn(fx.core.deps, member, { sessionId, hours: 24 }));
    fx.core.platform.clear();
    await advanceAndTick(fx.core, runner, 23 * 60);
    expect(fx.core.platform.privateTo(member.user)).toHaveLength(0);
    await advanceAndTick(fx.core, runner, 60);
    const [checkIn] = fx.core.platform.privateTo(member.user);
    expect(checkIn?.buttons?.map((b) => b.label)).toEqual(["I'm OK", "I'd like to talk again", 'Show resources']);

    // Shifts have timed out by now: bob comes on duty first, so only the preference can put alice first.
    must(await duty(fx.core.deps, bob, 'on'));
    fx.core.clock.advanceMinutes(1);
    must(await duty(fx.core.deps, alice, 'on'));
    fx.core.platform.clear();
    must(await handleAction(fx.core.deps, member, checkIn!.buttons![1]!.action));
    await fx.core.settle();
    const [card] = channelPosts();
    expect(card?.view.mentions).toEqual([alice.user, bob.user]);
    const open = await fx.database.db.select().from(supportRequests).where(eq(supportRequests.status, 'queued'));
    expect(open).toHaveLength(1);
    expect(open[0]?.topic).toBe('stress');
    const [aliceRow] = await fx.database.db.select().from(volunteers).where(eq(volunteers.userRef, alice.user));
    expect(open[0]?.preferredVolunteerId).toBe(aliceRow?.id);
  });

  it('is never sent after /forget-me or a change of mind', async () => {
    const first = await endedSession();
    must(await chooseCheckIn(fx.core.deps, member, { sessionId: first, hours: 4 }));
    must(await chooseCheckIn(fx.core.deps, member, { sessionId: first, hours: null }));
    const other = actor('second');
    const { requestId } = must(await listen(fx.core, other, {}));
    const { sessionId } = must(await acceptRequest(fx.core.deps, bob, requestId));
    must(await endSession(fx.core.deps, other, { sessionId }));
    must(await chooseCheckIn(fx.core.deps, other, { sessionId, hours: 4 }));
    must(await forgetMe(fx.core.deps, other));
    fx.core.platform.clear();
    await advanceAndTick(fx.core, runner, 5 * 60);
    expect(fx.core.platform.privateTo(member.user)).toHaveLength(0);
    expect(fx.core.platform.privateTo(other.user)).toHaveLength(0);
  });
});

describe('duty timeout', () => {
  it('asks at the end of the shift, and takes the volunteer off duty if they do not confirm', async () => {
    fx.core.platform.clear();
    await advanceAndTick(fx.core, runner, 4 * 60);
    const asks = fx.core.platform.privateTo(alice.user);
    expect(asks[0]?.title).toBe('Are you still on duty?');
    await advanceAndTick(fx.core, runner, 15);
    expect(fx.core.platform.privateTo(alice.user)[1]?.title).toBe('You are off duty');
    const [row] = await fx.database.db.select().from(volunteers).where(eq(volunteers.userRef, alice.user));
    expect(row?.dutySince).toBeNull();
  });

  it('keeps a volunteer who confirms on duty for a new shift', async () => {
    await advanceAndTick(fx.core, runner, 4 * 60);
    const [ask] = fx.core.platform.privateTo(bob.user);
    must(await handleAction(fx.core.deps, bob, ask!.buttons![0]!.action));
    await advanceAndTick(fx.core, runner, 15);
    const [row] = await fx.database.db.select().from(volunteers).where(eq(volunteers.userRef, bob.user));
    expect(row?.dutySince?.toISOString()).toBe(new Date(fx.core.clock.now.getTime() - 15 * 60_000).toISOString());
    expect(fx.core.platform.privateTo(bob.user).map((v) => v.title)).toEqual(['Are you still on duty?']);
  });

  it('forgets the timeout of a shift that already ended', async () => {
    must(await duty(fx.core.deps, alice, 'off'));
    fx.core.platform.clear();
    await advanceAndTick(fx.core, runner, 5 * 60);
    expect(fx.core.platform.privateTo(alice.user)).toHaveLength(0);
  });
});

describe('training expiry', () => {
  it('reminds 30 days ahead, then takes the volunteer off duty at expiry until renewed', async () => {
    must(await enrolVolunteer(fx.core.deps, coordinator, { user: alice.user, tags: ['grief'], trainedUntil: '2027-01-10' }));
    fx.core.platform.clear();
    fx.core.clock.now = new Date('2026-12-11T08:59:00Z');
    await runner.tick(fx.core.clock.read());
    expect(fx.core.platform.privateTo(alice.user).map((v) => v.title)).not.toContain('Your training expires soon');
    fx.core.clock.now = new Date('2026-12-11T09:00:00Z'); // 09:00 in London, 30 days before
    await runner.tick(fx.core.clock.read());
    expect(fx.core.platform.privateTo(alice.user).map((v) => v.title)).toContain('Your training expires soon');

    must(await duty(fx.core.deps, alice, 'off'));
    fx.core.clock.now = new Date('2027-01-10T23:00:00Z');
    must(await duty(fx.core.deps, alice, 'on'));
    fx.core.clock.now = new Date('2027-01-11T00:00:00Z'); // start of the day after, London
    await runner.tick(fx.core.clock.read());
    expect(fx.core.platform.privateTo(alice.user).map((v) => v.title)).toContain('Your training has expired');
    const [row] = await fx.database.db.select().from(volunteers).where(eq(volunteers.userRef, alice.user));
    expect(row?.dutySince).toBeNull();
    const { requestId } = must(await listen(fx.core, member, {}));
    expect(errorCode(await acceptRequest(fx.core.deps, alice, requestId))).toBe('training-expired');
  });

  it('ignores the old dates once training is renewed', async () => {
    must(await enrolVolunteer(fx.core.deps, coordinator, { user: alice.user, trainedUntil: '2027-01-10' }));
    must(await enrolVolunteer(fx.core.deps, coordinator, { user: alice.user, trainedUntil: '2028-01-10' }));
    fx.core.platform.clear();
    fx.core.clock.now = new Date('2027-01-12T00:00:00Z');
    await runner.tick(fx.core.clock.read());
    expect(fx.core.platform.privateTo(alice.user).map((v) => v.title)).not.toContain('Your training has expired');
  });
});

describe('debrief', () => {
  it('prompts the listener after a session that met crisis language', async () => {
    const { requestId } = must(await listen(fx.core, member, {}));
    const { sessionId, spaceRef } = must(await acceptRequest(fx.core.deps, alice, requestId));
    await handleMessage(fx.core.deps, { community: member.community, author: member.user, place: { kind: 'space', space: spaceRef }, text: 'i want to end my life' });
    must(await endSession(fx.core.deps, alice, { sessionId }));
    fx.core.platform.clear();
    await runner.tick(fx.core.clock.read());
    expect(fx.core.platform.privateTo(alice.user).map((v) => v.title)).toEqual(['Time to debrief']);
  });
});

describe('retention purge', () => {
  it('removes personal identifiers after the retention period and keeps counts', async () => {
    const { requestId } = must(await listen(fx.core, member, {}));
    const { sessionId } = must(await acceptRequest(fx.core.deps, alice, requestId));
    must(await endSession(fx.core.deps, member, { sessionId }));
    const recent = actor('recent');
    must(await listen(fx.core, recent, {}));

    fx.core.clock.advanceMinutes(29 * 24 * 60);
    await ensureDailyJobs(fx.database.db, fx.core.clock.read());
    await runner.tick(fx.core.clock.read());
    expect((await fx.database.db.select().from(supportRequests).where(eq(supportRequests.id, requestId)))[0]?.memberRef).toBe(member.user);

    for (let day = 0; day < 3; day += 1) await advanceAndTick(fx.core, runner, 24 * 60);
    const rows = await fx.database.db.select().from(supportRequests);
    expect(rows.find((r) => r.id === requestId)?.memberRef).toBeNull();
    expect(rows.find((r) => r.id !== requestId)?.memberRef).toBe(recent.user); // still open: kept
    const purges = await fx.database.db.select().from(jobs).where(and(eq(jobs.kind, 'retention-purge'), eq(jobs.state, 'done')));
    expect(purges.length).toBeGreaterThanOrEqual(3);
    const pending = await fx.database.db.select().from(jobs).where(and(eq(jobs.kind, 'retention-purge'), eq(jobs.state, 'pending')));
    expect(pending).toHaveLength(1);
  });
});
