import { words } from '../support/words.js';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { encodeAction } from '../../src/core/actions.js';
import { acceptRequest } from '../../src/core/use-cases/accept-request.js';
import { cancelRequest } from '../../src/core/use-cases/cancel-request.js';
import { duty } from '../../src/core/use-cases/duty.js';
import { endSession } from '../../src/core/use-cases/end-session.js';
import { handleAction } from '../../src/core/use-cases/handle-action.js';
import { enrolVolunteer } from '../../src/core/use-cases/manage-volunteers.js';
import { errorText } from '../../src/core/views/errors.js';
import { feedback, jobEffects, jobs, sessions, supportRequests } from '../../src/db/schema.js';
import { actor, errorCode, listen, must } from '../support/core.js';
import { useCoreFixture } from '../support/fixture.js';
import { alice, bob, coordinator, member, other, VOLUNTEER_CHANNEL } from '../support/fixtures.js';

const fx = useCoreFixture({ community: true });

const requestRow = async (id: string) => (await fx.database.db.select().from(supportRequests).where(eq(supportRequests.id, id)))[0];

describe('asking for a listener', () => {
  it('queues the request, tells the member their place and who is on duty, and posts an anonymous offer', async () => {
    const { view, requestId } = must(await listen(fx.core, member, { topic: 'grief', note: 'my gran died last month' }));
    expect(words(view).text).toContain('You are number 1 in the queue. 2 listeners are on duty right now.');
    expect(words(view).fields?.[0]?.value).toContain('Samaritans');
    const [offer] = fx.core.platform.of('postToChannel');
    expect(offer?.channel).toBe(VOLUNTEER_CHANNEL);
    expect(JSON.stringify(offer?.view)).not.toContain(member.user);
    expect(offer?.view.fields).toContainEqual({ label: 'Note', value: 'my gran died last month' });
    // Alice has lived experience of grief: she is mentioned first.
    expect(offer?.view.mentions).toEqual([alice.user, bob.user]);
    expect(offer?.view.buttons?.[0]?.action).toBe(encodeAction({ kind: 'accept', requestId }));
    const row = await requestRow(requestId);
    expect(row).toMatchObject({ status: 'queued', urgency: 'routine', offerRef: offer?.ref });
    const ladder = await fx.database.db.select().from(jobs).where(eq(jobs.kind, 'escalate'));
    expect(ladder.map((j) => (j.dueAt.getTime() - fx.core.clock.now.getTime()) / 60_000)).toEqual([5, 15, 60]);
    // The card's job is finished, the card confirmed with its ref, and the member's answer recorded.
    const [cardJob] = await fx.database.db.select().from(jobs).where(eq(jobs.kind, 'post-offer'));
    expect(cardJob).toMatchObject({ state: 'done', lockedBy: null });
    const ledger = await fx.database.db.select({ key: jobEffects.key, state: jobEffects.state, ref: jobEffects.ref }).from(jobEffects);
    expect(ledger.sort((a, b) => a.key.localeCompare(b.key))).toEqual([
      { key: `${cardJob!.idempotencyKey}:card`, state: 'sent', ref: offer?.ref },
      { key: `${cardJob!.idempotencyKey}:reply`, state: 'sent', ref: null },
    ]);
  });

  it('says honestly when nobody is on duty', async () => {
    must(await duty(fx.core.deps, alice, 'off'));
    must(await duty(fx.core.deps, bob, 'off'));
    const { view } = must(await listen(fx.core, member, {}));
    expect(words(view).text).toContain('No listeners are on duty right now');
  });

  it('keeps the note off the card when the member asks', async () => {
    must(await listen(fx.core, member, { note: 'private words', shareNote: false }));
    expect(JSON.stringify(fx.core.platform.of('postToChannel')[0]?.view)).not.toContain('private words');
  });

  it('refuses a note over 500 characters and stores nothing', async () => {
    const result = await listen(fx.core, member, { note: 'x'.repeat(501) });
    expect(result.ok ? null : result.error).toMatchObject({ code: 'bad-input', reason: { id: 'invalid', path: 'note' } });
    expect(result.ok ? '' : errorText(result.error)).toContain('500 characters');
    expect(await fx.database.db.select().from(supportRequests)).toHaveLength(0);
    expect(fx.core.platform.calls).toHaveLength(0);
  });

  it('refuses an unknown topic and a second open request', async () => {
    expect(errorCode(await listen(fx.core, member, { topic: 'astrology' }))).toBe('bad-input');
    must(await listen(fx.core, member, {}));
    const again = await listen(fx.core, member, {});
    expect(errorCode(again)).toBe('already-open');
    // The refusal says what to do next, for the state the first request is in.
    expect(again.ok ? '' : errorText(again.error)).toContain('press “Cancel my request” on it, then ask again');
    expect(await fx.database.db.select().from(supportRequests)).toHaveLength(1);
  });

  it('tells a member in a session to end it, not to cancel, before asking again', async () => {
    const { requestId } = must(await listen(fx.core, member, {}));
    must(await acceptRequest(fx.core.deps, alice, requestId));
    const again = await listen(fx.core, member, {});
    expect(errorCode(again)).toBe('already-open');
    const text = again.ok ? '' : errorText(again.error);
    expect(text).toContain('your session is open');
    expect(text).not.toContain('Cancel');
  });

  it('orders the queue by urgency, then age', async () => {
    must(await listen(fx.core, other, {}));
    fx.core.clock.advanceMinutes(1);
    const crisis = must(await listen(fx.core, member, { note: 'i want to kill myself' }));
    expect(words(crisis.view).text).toContain('You are number 1');
    expect((await requestRow(crisis.requestId))?.urgency).toBe('crisis');
    fx.core.clock.advanceMinutes(1);
    const third = must(await listen(fx.core, actor('third'), {}));
    expect(words(third.view).text).toContain('You are number 3');
  });

  it('cancels a queued request, erasing its note and retiring the card and the ladder', async () => {
    const { requestId } = must(await listen(fx.core, member, { note: 'a note' }));
    must(await cancelRequest(fx.core.deps, member));
    expect(await requestRow(requestId)).toMatchObject({ status: 'cancelled', note: null });
    expect(fx.core.platform.of('updateMessage')[0]?.view.text).toContain('cancelled');
    const pending = await fx.database.db.select().from(jobs).where(and(eq(jobs.kind, 'escalate'), eq(jobs.state, 'pending')));
    expect(pending).toHaveLength(0);
    expect(errorCode(await cancelRequest(fx.core.deps, member))).toBe('not-found');
    expect(errorCode(await cancelRequest(fx.core.deps, other, requestId))).toBe('stale');
  });
});

describe('accepting', () => {
  it('gives the request to one volunteer, opens the space, updates the card, tells the others it is taken', async () => {
    const { requestId } = must(await listen(fx.core, member, { topic: 'grief', note: 'a note' }));
    fx.core.clock.advanceMinutes(3);
    const won = must(await acceptRequest(fx.core.deps, alice, requestId));
    const [space] = fx.core.platform.of('openSpace');
    expect(space?.input.participants).toEqual([member.user, alice.user]);
    expect(space?.ref).toBe(won.spaceRef);
    expect(await requestRow(requestId)).toMatchObject({ status: 'active' });
    const [session] = await fx.database.db.select().from(sessions);
    expect(session).toMatchObject({ requestId, spaceRef: won.spaceRef, relay: false });
    expect(fx.core.platform.of('postToSpace')[0]?.view.buttons?.[0]?.action).toBe(encodeAction({ kind: 'end', sessionId: won.sessionId }));
    expect(fx.core.platform.privateTo(member.user)[0]?.title).toBe('A listener is here for you');
    const card = fx.core.platform.of('updateMessage')[0];
    expect(card?.view.text).toBe('Accepted after 3 min. Thank you.');
    expect(card?.view.buttons).toBeUndefined();
    expect(JSON.stringify(card?.view)).not.toContain('a note');
    const pending = await fx.database.db.select().from(jobs).where(and(eq(jobs.kind, 'escalate'), eq(jobs.state, 'pending')));
    expect(pending).toHaveLength(0);

    expect(errorCode(await acceptRequest(fx.core.deps, bob, requestId))).toBe('already-taken');
    expect(fx.core.platform.of('openSpace')).toHaveLength(1);
  });

  it('accepts only enrolled, trained, on-duty volunteers under capacity, never the requester', async () => {
    const { requestId } = must(await listen(fx.core, member, {}));
    expect(errorCode(await acceptRequest(fx.core.deps, other, requestId))).toBe('not-enrolled');
    must(await duty(fx.core.deps, bob, 'off'));
    expect(errorCode(await acceptRequest(fx.core.deps, bob, requestId))).toBe('not-on-duty');
    must(await enrolVolunteer(fx.core.deps, coordinator, { user: bob.user, trainedUntil: '2026-11-01' }));
    expect(errorCode(await acceptRequest(fx.core.deps, bob, requestId))).toBe('training-expired');

    must(await cancelRequest(fx.core.deps, member));
    const own = must(await listen(fx.core, alice, {}));
    expect(errorCode(await acceptRequest(fx.core.deps, alice, own.requestId))).toBe('own-request');
    expect((await requestRow(own.requestId))?.status).toBe('queued');
  });

  it('holds a volunteer to their capacity', async () => {
    const first = must(await listen(fx.core, member, {}));
    const second = must(await listen(fx.core, other, {}));
    must(await acceptRequest(fx.core.deps, bob, first.requestId)); // bob's capacity is 1
    expect(errorCode(await acceptRequest(fx.core.deps, bob, second.requestId))).toBe('at-capacity');
    expect((await requestRow(second.requestId))?.status).toBe('queued');
  });

  it('puts the request back in the queue when the space cannot be opened', async () => {
    const { requestId } = must(await listen(fx.core, member, {}));
    fx.core.platform.failNext('openSpace');
    expect(errorCode(await acceptRequest(fx.core.deps, alice, requestId))).toBe('platform');
    expect(fx.core.platform.of('postToChannel').at(-1)?.view.title).toBe('Coordinators: a session could not be opened');
    expect(await requestRow(requestId)).toMatchObject({ status: 'queued', acceptedBy: null });
    expect(await fx.database.db.select().from(sessions)).toHaveLength(0);
    must(await acceptRequest(fx.core.deps, bob, requestId));
  });

  it('answers a stale or forged button privately and changes nothing', async () => {
    expect(errorCode(await handleAction(fx.core.deps, alice, 'pl:accept:not-a-uuid'))).toBe('stale');
    expect(errorCode(await handleAction(fx.core.deps, alice, 'pl:accept:6c1f3b9e-3d2a-4a7b-9c1e-2f4a5b6c7d8e'))).toBe('stale');
    expect(errorCode(await handleAction(fx.core.deps, alice, 'something-else'))).toBe('stale');
    const { requestId } = must(await listen(fx.core, member, {}));
    must(await handleAction(fx.core.deps, alice, encodeAction({ kind: 'accept', requestId })));
    expect((await requestRow(requestId))?.status).toBe('active');
  });
});

describe('ending a session', () => {
  it('closes the request, erases the note, asks the member for feedback and books the chosen check-in', async () => {
    const { requestId } = must(await listen(fx.core, member, { note: 'erase me' }));
    const { sessionId, spaceRef } = must(await acceptRequest(fx.core.deps, alice, requestId));
    fx.core.clock.advanceMinutes(40);
    fx.core.platform.clear();
    expect(errorCode(await endSession(fx.core.deps, other, { sessionId }))).toBe('not-allowed');
    must(await endSession(fx.core.deps, alice, { spaceRef }));
    expect(await requestRow(requestId)).toMatchObject({ status: 'closed', note: null });
    expect(fx.core.platform.of('closeSpace')).toEqual([{ op: 'closeSpace', space: spaceRef }]);
    const prompt = fx.core.platform.privateTo(member.user)[0];
    expect(prompt?.title).toBe('Your session has ended');
    expect(prompt?.buttons?.map((b) => b.label)).toContain('Check in after 24 h');
    expect(errorCode(await endSession(fx.core.deps, member, { sessionId }))).toBe('stale');

    must(await handleAction(fx.core.deps, member, encodeAction({ kind: 'helped', sessionId, answer: 'yes' })));
    expect(errorCode(await handleAction(fx.core.deps, alice, encodeAction({ kind: 'helped', sessionId, answer: 'no' })))).toBe('not-allowed');
    must(await handleAction(fx.core.deps, member, encodeAction({ kind: 'check-in', sessionId, hours: 24 })));
    const [fb] = await fx.database.db.select().from(feedback);
    expect(fb).toMatchObject({ helped: 'yes', checkInHours: 24, checkInDeclined: false });
    const checkIns = await fx.database.db.select().from(jobs).where(and(eq(jobs.kind, 'check-in'), eq(jobs.state, 'pending')));
    expect(checkIns).toHaveLength(1);
    expect(checkIns[0]?.dueAt.toISOString()).toBe(new Date(fx.core.clock.now.getTime() + 24 * 3_600_000).toISOString());

    must(await handleAction(fx.core.deps, member, encodeAction({ kind: 'check-in', sessionId, hours: null })));
    const stillPending = await fx.database.db.select().from(jobs).where(and(eq(jobs.kind, 'check-in'), eq(jobs.state, 'pending')));
    expect(stillPending).toHaveLength(0);
    expect((await fx.database.db.select().from(feedback))[0]).toMatchObject({ checkInDeclined: true, checkInHours: null });
  });

  it('refuses a check-in offset the community does not offer', async () => {
    const { requestId } = must(await listen(fx.core, member, {}));
    const { sessionId } = must(await acceptRequest(fx.core.deps, alice, requestId));
    must(await endSession(fx.core.deps, member, { sessionId }));
    expect(errorCode(await handleAction(fx.core.deps, member, encodeAction({ kind: 'check-in', sessionId, hours: 5 })))).toBe('stale');
  });
});

describe('a space that is already in use', () => {
  it('refuses a second anonymous session through the same relay space and puts the request back', async () => {
    const first = must(await listen(fx.core, member, { anonymous: true }));
    const { spaceRef } = must(await acceptRequest(fx.core.deps, alice, first.requestId));
    const second = must(await listen(fx.core, other, { anonymous: true }));
    // A platform whose relay space is the listener's DM hands back the same space again.
    fx.core.deps.platform.openSpace = async () => spaceRef;
    expect(errorCode(await acceptRequest(fx.core.deps, alice, second.requestId))).toBe('at-capacity');
    expect(await requestRow(second.requestId)).toMatchObject({ status: 'queued', acceptedBy: null });
  });
});
