/**
 * Swaps. A volunteer offers their shift; the volunteers who could hold it (training valid on its date,
 * room under their cap, not on it already) are asked; the first to take it gets it — one conditional
 * update of the sign-up, so twenty takers at once give one winner, as with accepting a request. If
 * nobody has taken it 24 hours before the shift, the coordinators are told.
 */
import { audit } from '../../db/queries/audit.js';
import { findCommunityById } from '../../db/queries/communities.js';
import { scheduleJobs } from '../../db/queries/jobs.js';
import { findSignup, offerSignup, signupWithSlot, takeOfferedSignup, volunteersOnShift, type SignupRow, type SlotRow } from '../../db/queries/rota.js';
import { coordinatorsOf, lockVolunteer, volunteerById, volunteersOf, type VolunteerRow } from '../../db/queries/volunteers.js';
import type { Actor } from '../actor.js';
import { attempt } from '../attempt.js';
import type { CoreDeps } from '../deps.js';
import { deliverOnce } from '../effects.js';
import { loadCommunity } from '../guards.js';
import type { JobRun } from '../job-run.js';
import { job, type JobPayload } from '../jobs.js';
import { fail, ok, type Result } from '../result.js';
import { addHours } from '../time.js';
import type { TextView as View } from '../views/types.js';
import { describeOccurrence, occurrence, type Occurrence } from './occurrences.js';
import { mayHoldShift, ownComingShift, signupJobs, type ShiftInput } from './signups.js';
import { swapAskView, swapDoneView, swapOfferedView, swapTakenView, swapUnfilledView } from './views.js';

/** Hours before an offered shift the coordinators are told nobody has taken it. */
export const SWAP_UNFILLED_HOURS = 24;

/** Volunteers who could take the shift: everyone enrolled but those on it, who may hold it. */
async function eligibleTakers(deps: CoreDeps, slot: SlotRow, occ: Occurrence, communityId: string): Promise<VolunteerRow[]> {
  const [everyone, onIt] = await Promise.all([volunteersOf(deps.db, communityId), volunteersOnShift(deps.db, slot.id, occ.date)]);
  const out: VolunteerRow[] = [];
  for (const v of everyone) {
    if (onIt.includes(v.id)) continue;
    if ((await mayHoldShift(deps.db, v, occ)).ok) out.push(v);
  }
  return out;
}

export async function offerSwap(deps: CoreDeps, actor: Actor, raw: ShiftInput): Promise<Result<View>> {
  const own = await ownComingShift(deps, actor, raw);
  if (!own.ok) return own;
  const { community, slot, occ, signup, now } = own.value;
  await deps.db.transaction(async (tx) => {
    const offered = await offerSignup(tx, signup.id, now);
    const at = (offered?.offeredAt ?? now).toISOString();
    const key = `${signup.id}:${at}`;
    const unfilledAt = addHours(occ.start, -SWAP_UNFILLED_HOURS);
    await scheduleJobs(
      tx,
      [
        job('rota-swap-ask', { signupId: signup.id, offeredAt: at }, now, key, community.id),
        job('rota-swap-unfilled', { signupId: signup.id, offeredAt: at }, unfilledAt > now ? unfilledAt : now, key, community.id),
      ],
      now,
    );
    await audit(tx, { communityId: community.id, actorRef: actor.user, action: 'rota.swap_offered', detail: { slot: slot.number, date: occ.date }, at: now });
  });
  const asked = (await eligibleTakers(deps, slot, occ, community.id)).length;
  return ok(swapOfferedView({ shift: describeOccurrence(occ, community.settings.timeZone), asked }));
}

/** The offer as the job knows it, if it still stands (same offer, slot in use, shift ahead). */
async function standingOffer(deps: CoreDeps, run: JobRun, payload: { signupId: string; offeredAt: string }) {
  const row = await signupWithSlot(deps.db, payload.signupId);
  if (row === null || row.signup.offeredAt?.toISOString() !== payload.offeredAt || row.slot.removedAt !== null) return null;
  const community = await findCommunityById(deps.db, row.signup.communityId);
  if (community === null) return null;
  const occ = occurrence(row.slot, row.signup.occursOn, community.settings.timeZone);
  return occ.start <= run.now ? null : { ...row, community, occ, shift: describeOccurrence(occ, community.settings.timeZone) };
}

/** Asks each eligible volunteer once; one who cannot be reached does not stop the others. */
export async function askForSwap(deps: CoreDeps, run: JobRun, payload: JobPayload<'rota-swap-ask'>): Promise<void> {
  const offer = await standingOffer(deps, run, payload);
  if (offer === null) return;
  const view = swapAskView({ shift: offer.shift, signupId: offer.signup.id });
  for (const v of await eligibleTakers(deps, offer.slot, offer.occ, offer.community.id)) {
    await attempt(deps, 'rota.swap_ask_failed', { job: run.job.id }, () => run.once(`${run.job.idempotencyKey}:${v.id}`, (delivery) => deps.platform.sendPrivate(v.userRef, view, undefined, delivery)));
  }
}

/** Tells the coordinators, in the volunteer channel, that an offered shift is still untaken. */
export async function tellSwapUnfilled(deps: CoreDeps, run: JobRun, payload: JobPayload<'rota-swap-unfilled'>): Promise<void> {
  const offer = await standingOffer(deps, run, payload);
  const channel = offer?.community.settings.volunteerChannel ?? null;
  if (offer === null || channel === null) return;
  const offerer = await volunteerById(deps.db, offer.signup.volunteerId);
  if (offerer === null) return;
  const mentions = (await coordinatorsOf(deps.db, offer.community.id)).map((c) => c.userRef);
  await run.once(`${run.job.idempotencyKey}:post`, (delivery) => deps.platform.postToChannel(channel, swapUnfilledView({ shift: offer.shift, volunteer: offerer.userRef, mentions }), delivery));
}

/** A volunteer takes an offered shift: the first wins; the one who offered it is told. */
export async function takeSwap(deps: CoreDeps, actor: Actor, signupId: string): Promise<Result<View>> {
  const community = await loadCommunity(deps, actor);
  if (!community.ok) return community;
  const row = await signupWithSlot(deps.db, signupId);
  if (row === null) return fail('already-taken', { id: 'rota-swap-gone' });
  const { signup, slot } = row;
  if (signup.communityId !== community.value.id || slot.removedAt !== null) return fail('stale');
  const tz = community.value.settings.timeZone;
  const occ = occurrence(slot, signup.occursOn, tz);
  const now = deps.clock();
  if (occ.start <= now) return fail('conflict', { id: 'rota-started' });
  if (signup.offeredAt === null) return fail('already-taken', { id: 'rota-swap-gone' });
  const offeredAt = signup.offeredAt;
  const won = await deps.db.transaction(async (tx): Promise<Result<{ taken: SignupRow; fromRef: string }>> => {
    const taker = await lockVolunteer(tx, community.value.id, actor.user);
    if (taker === null) return fail('not-enrolled');
    if (taker.id === signup.volunteerId) return fail('conflict', { id: 'rota-own-shift' });
    const may = await mayHoldShift(tx, taker, occ);
    if (!may.ok) return may;
    if ((await findSignup(tx, slot.id, occ.date, taker.id)) !== null) return fail('conflict', { id: 'rota-signed-up' });
    const taken = await takeOfferedSignup(tx, { signupId, fromId: signup.volunteerId, takerId: taker.id, now });
    if (taken === null) return fail('already-taken', { id: 'rota-swap-gone' });
    await scheduleJobs(tx, signupJobs(taken, taker.id, occ, tz, now), now);
    const from = await volunteerById(tx, signup.volunteerId);
    await audit(tx, { communityId: community.value.id, actorRef: actor.user, action: 'rota.swap_taken', subjectRef: from?.userRef ?? null, detail: { slot: slot.number, date: occ.date }, at: now });
    return ok({ taken, fromRef: from?.userRef ?? '' });
  });
  if (!won.ok) return won;
  const shift = describeOccurrence(occ, tz);
  const { fromRef } = won.value;
  if (fromRef !== '') {
    await attempt(deps, 'rota.swap_done_notice_failed', { signup: signupId }, () =>
      deliverOnce(deps.db, `rota-swap-done:${signupId}:${offeredAt.toISOString()}`, now, (delivery) => deps.platform.sendPrivate(fromRef, swapDoneView(shift), undefined, delivery)),
    );
  }
  return ok(swapTakenView(shift));
}
