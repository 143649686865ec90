/**
 * A routine `/listen` is answered before its card goes out (core/after-answer.ts): the card waits for the
 * member's reply, then takes its turn in the bounded background work. At crisis urgency the card goes
 * first. The member's answer is recorded with the request, so a takeover of the card does not answer
 * them a second time; and a card that waited so long that another instance took its job over is left
 * to that instance.
 */
import { eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { answering } from '../../src/core/after-answer.js';
import { Limiter } from '../../src/core/limiter.js';
import { queueCrisisRequest } from '../../src/core/queue-request.js';
import { postNewOffer } from '../../src/core/offers.js';
import { requestListener } from '../../src/core/use-cases/request-listener.js';
import { findCommunityById } from '../../src/db/queries/communities.js';
import { jobEffects, jobs, supportRequests } from '../../src/db/schema.js';
import { createRunner } from '../support/scheduler.js';
import { afterLeaseBeat, must, withPlatform } from '../support/core.js';
import { useCoreFixture } from '../support/fixture.js';
import { member, other, VOLUNTEER_CHANNEL } from '../support/fixtures.js';
import { words } from '../support/words.js';

const fx = useCoreFixture({ community: true });

const cards = () => fx.core.platform.of('postToChannel').filter((c) => c.channel === VOLUNTEER_CHANNEL);
const cardJob = async (requestId: string) => (await fx.database.db.select().from(jobs).where(eq(jobs.idempotencyKey, `post-offer:${requestId}`)))[0];
const effect = async (key: string) => (await fx.database.db.select().from(jobEffects).where(eq(jobEffects.key, key)))[0];

describe('answering the member first', () => {
  it('posts a routine request\'s card only once the member has been answered, then finishes its job', async () => {
    let cardsWhenAnswered = -1;
    const { requestId, view } = await answering(async () => {
      const outcome = must(await requestListener(fx.core.deps, member, { topic: 'grief' }));
      // The adapter sends the reply here; the card has not been posted yet.
      cardsWhenAnswered = cards().length;
      return outcome;
    });
    expect(words(view).text).toContain('You are number 1 in the queue.');
    expect(cardsWhenAnswered).toBe(0);
    // The member's answer was recorded with the request, before the card.
    const job = await cardJob(requestId);
    expect(await effect(`${job!.idempotencyKey}:reply`)).toMatchObject({ state: 'sent' });
    await fx.core.settle();
    const [card] = cards();
    expect(card).toBeDefined();
    const [row] = await fx.database.db.select().from(supportRequests).where(eq(supportRequests.id, requestId));
    expect(row?.offerRef).toBe(card!.ref);
    expect(await cardJob(requestId)).toMatchObject({ state: 'done', lockedBy: null });
    expect(await effect(`${job!.idempotencyKey}:card`)).toMatchObject({ state: 'sent', ref: card!.ref });
  });

  it('posts the card before answering at crisis urgency', async () => {
    let cardsWhenAnswered = -1;
    await answering(async () => {
      must(await queueCrisisRequest(fx.core.deps, member));
      cardsWhenAnswered = cards().length;
    });
    expect(cardsWhenAnswered).toBe(1);
  });

  it('records the member as answered before the card when answered first, and with the card at crisis urgency', async () => {
    // What a takeover would find if the process died while the card was being posted.
    const answeredDuringPost: boolean[] = [];
    const platform = fx.core.platform;
    const post: typeof platform.postToChannel = async (...args) => {
      const replies = await fx.database.db.select().from(jobEffects).where(like(jobEffects.key, '%:reply'));
      answeredDuringPost.push(replies.length > 0);
      return platform.postToChannel(...args);
    };
    const deps = withPlatform(fx.core, { postToChannel: post });
    must(await requestListener(deps, member, {}));
    await fx.core.settle();
    // The member is answered by this command's reply: a takeover must not answer them again.
    expect(answeredDuringPost).toEqual([true]);
    await fx.database.db.delete(jobEffects);
    must(await queueCrisisRequest(deps, other));
    // Not yet answered while the card goes out first: a takeover answers them privately.
    expect(answeredDuringPost).toEqual([true, false]);
    expect(await fx.database.db.select().from(jobEffects).where(like(jobEffects.key, '%:reply'))).toHaveLength(1);
  });

  it('leaves a failed card to the scheduler, which posts it and does not answer the member again', async () => {
    fx.core.platform.failNext('postToChannel');
    const { requestId } = must(await requestListener(fx.core.deps, member, {}));
    await fx.core.settle();
    expect(cards()).toHaveLength(0);
    expect(await cardJob(requestId)).toMatchObject({ state: 'pending' });
    // The retry's backoff has passed.
    fx.core.clock.advanceMinutes(10);
    await createRunner(fx.core, { instanceId: 'survivor' }).tick(fx.core.clock.read());
    expect(cards()).toHaveLength(1);
    expect(fx.core.platform.privateTo(member.user)).toEqual([]);
    expect(await cardJob(requestId)).toMatchObject({ state: 'done' });
  });

  it('keeps the lease of a card that waits for its turn, so the scheduler does not take it over', async () => {
    // One background slot, held: the card waits behind it.
    const background = new Limiter(1);
    let free: () => void = () => undefined;
    const blocker = background.run(() => new Promise<void>((resolve) => (free = resolve)));
    const { requestId } = must(await requestListener({ ...fx.core.deps, background }, member, {}));
    const held = (await cardJob(requestId))!;
    expect(held).toMatchObject({ state: 'running' });
    // A minute passes on core's clock; its lease would have run out, but the next beat extends it.
    const { leased, due } = await afterLeaseBeat(fx.core, async () => (await cardJob(requestId))!.lockedUntil!.getTime());
    expect(leased).toBeGreaterThan(due);
    expect(await cardJob(requestId)).toMatchObject({ state: 'running', lockedBy: held.lockedBy });
    await createRunner(fx.core, { instanceId: 'survivor' }).tick(fx.core.clock.read());
    expect(cards()).toHaveLength(0);
    free();
    await blocker;
    expect(await background.idle(5_000)).toBe(0);
    expect(cards()).toHaveLength(1);
    expect(await cardJob(requestId)).toMatchObject({ state: 'done' });
  }, 20_000);

  it('posts a waiting card whose lease the beat kept, and not one whose job another instance took over meanwhile', async () => {
    const background = new Limiter(1);
    let free: () => void = () => undefined;
    const blocker = background.run(() => new Promise<void>((resolve) => (free = resolve)));
    const deps = { ...fx.core.deps, background };
    const taken = must(await requestListener(deps, member, {}));
    const kept = must(await requestListener(deps, other, {}));
    // The first card's job is another instance's now (as after a takeover); both leases, as saved, run out.
    await fx.database.db.update(jobs).set({ lockedBy: 'another-instance' }).where(eq(jobs.idempotencyKey, `post-offer:${taken.requestId}`));
    // A beat has run once the second card's lease is past that.
    const { leased, due } = await afterLeaseBeat(fx.core, async () => (await cardJob(kept.requestId))!.lockedUntil!.getTime());
    expect(leased).toBeGreaterThan(due);
    free();
    await blocker;
    expect(await background.idle(5_000)).toBe(0);
    // Only the card whose lease the beat confirmed went out; the other is the other instance's to post.
    expect(cards()).toHaveLength(1);
    expect(await cardJob(kept.requestId)).toMatchObject({ state: 'done' });
    expect(await cardJob(taken.requestId)).toMatchObject({ state: 'running', lockedBy: 'another-instance' });
  }, 20_000);

  it('does not post a card whose job was taken over while it waited for its turn', async () => {
    // Held by a process that stops before the card's turn comes (nothing runs it), then taken over.
    const { requestId } = must(await requestListener(fx.core.deps, member, {}));
    await fx.core.settle();
    const [posted] = cards();
    fx.core.platform.clear();
    const job = (await cardJob(requestId))!;
    await fx.database.db.update(jobs).set({ state: 'running', lockedBy: 'another-instance' }).where(eq(jobs.id, job.id));
    const [request] = await fx.database.db.update(supportRequests).set({ offerRef: null }).where(eq(supportRequests.id, requestId)).returning();
    const parts = { community: (await findCommunityById(fx.core.deps.db, request!.communityId))!, request: request!, note: null, onDuty: [] };
    // Its lease, as last confirmed, has run out.
    const lapsed = fx.core.clock.read().getTime();
    expect(await postNewOffer(fx.core.deps, { ...job, lockedBy: 'inline-gone' }, parts, fx.core.clock.read(), { leasedUntil: lapsed, answered: true })).toBeNull();
    expect(cards()).toHaveLength(0);
    expect(posted).toBeDefined();
  });

  it('posts a card that waited for its turn when its job is still held here', async () => {
    const { requestId } = must(await requestListener(fx.core.deps, member, {}));
    await fx.core.settle();
    fx.core.platform.clear();
    const job = (await cardJob(requestId))!;
    // As if the post had not happened yet: the job still held by this process with a lapsed lease.
    await fx.database.db.update(jobs).set({ state: 'running', lockedBy: 'inline-here', lockedUntil: new Date(0) }).where(eq(jobs.id, job.id));
    const [request] = await fx.database.db.update(supportRequests).set({ offerRef: null }).where(eq(supportRequests.id, requestId)).returning();
    const parts = { community: (await findCommunityById(fx.core.deps.db, request!.communityId))!, request: request!, note: null, onDuty: [] };
    const ref = await postNewOffer(fx.core.deps, { ...job, lockedBy: 'inline-here' }, parts, fx.core.clock.read(), { leasedUntil: fx.core.clock.read().getTime(), answered: true });
    expect(ref).not.toBeNull();
    expect(cards()).toHaveLength(1);
    expect(await cardJob(requestId)).toMatchObject({ state: 'done', lockedBy: null });
  });
});
