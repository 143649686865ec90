/** Posting and refreshing the offer card for a request; shared by the request, accept and cancel flows. */
import type { Db } from '../db/client.js';
import { extendLeases, jobStateByKey, LEASE_MS, type JobRow, type NewJob } from '../db/queries/jobs.js';
import { findCommunityById } from '../db/queries/communities.js';
import { confirmOfferPosted, finishOfferJob, type OfferSaved, queuePosition, readNote, requestById, saveOfferRef, type RequestRow } from '../db/queries/requests.js';
import { onDutyVolunteers, type OnDutyVolunteer } from '../db/queries/volunteers.js';
import type { CommunityRecord } from './communities.js';
import { attempt } from './attempt.js';
import type { CoreDeps } from './deps.js';
import { deliverOnce, sendBegun, type Confirm } from './effects.js';
import { keepLease, runHeldJob } from './held-job.js';
import { job } from './jobs.js';
import type { UserRef } from './ports.js';
import { errorName } from './error-name.js';
import { resourcesFor } from './resources.js';
import { nextListenerExpected } from './rota/next-listener.js';
import { nextListenerLine } from './rota/views.js';
import { localDate } from './time.js';
import { offerCardView, queuedView, type OfferState } from './views/requests.js';
import type { TextView as View } from './views/types.js';

/** The community's date at `now` (YYYY-MM-DD, in its time zone): the day whose training must be valid for duty. */
export const dutyDay = (community: CommunityRecord, now: Date): string => localDate(now, community.settings.timeZone);

/** The community's volunteers on duty now (today in its time zone). */
export const volunteersOnDuty = (db: Db, community: CommunityRecord, now: Date): Promise<OnDutyVolunteer[]> =>
  onDutyVolunteers(db, community.id, dutyDay(community, now));

/** The request's place in the queue and the volunteers on duty now (`QueueKnown`). */
async function readQueue(db: Db, community: CommunityRecord, request: RequestRow, now: Date): Promise<QueueKnown> {
  const [position, onDuty] = await Promise.all([queuePosition(db, request), volunteersOnDuty(db, community, now)]);
  return { position, onDuty };
}

/** On-duty volunteers to notify: the preferred one, then those whose tags match the topic, then the rest. */
export async function mentionsFor(db: Db, community: CommunityRecord, request: RequestRow, now: Date): Promise<string[]> {
  return mentionsAmong(await volunteersOnDuty(db, community, now), request);
}

function mentionsAmong(onDutyAll: readonly OnDutyVolunteer[], request: RequestRow): string[] {
  const onDuty = onDutyAll.filter((v) => v.userRef !== request.memberRef);
  const topic = request.topic.toLowerCase();
  const score = (v: OnDutyVolunteer) => (v.id === request.preferredVolunteerId ? 0 : v.tags.includes(topic) ? 1 : 2);
  return [...onDuty].sort((a, b) => score(a) - score(b)).map((v) => v.userRef);
}

/** The card; `note` is shown only on an open card, and only when the member allowed it (pass null otherwise). */
export function offerView(request: RequestRow, note: string | null, now: Date, mentions: readonly string[], state: OfferState): View {
  return offerCardView({
    requestId: request.id,
    topic: request.topic,
    urgency: request.urgency,
    anonymous: request.anonymous,
    createdAt: request.createdAt,
    now,
    note: request.shareNote ? note : null,
    mentions,
    state,
  });
}

/**
 * Makes sure a queued request's card goes out, for the escalation ladder when it finds none. The card's
 * own job (`offerJob`) posts it and retries; while that job is still trying, posting here as well could
 * race it into a second card, so this leaves it to the job and returns null. Once the job has given up
 * (or for a request saved before cards were jobs) it posts here, through the same effect key. Returns
 * the card's ref, or null if there is none yet.
 */
export async function postOffer(deps: CoreDeps, community: CommunityRecord, request: RequestRow, now: Date): Promise<string | null> {
  const key = offerJob(request.id, community.id, now).key;
  const cardJob = await jobStateByKey(deps.db, key);
  if (cardJob === 'pending' || cardJob === 'running') return null;
  try {
    return await deliverOffer(deps, request.id, key, now);
  } catch (error) {
    deps.log.error('offer.post_failed', { community: community.id, request: request.id, error: errorName(error) });
    return null;
  }
}

/** Rewrites the card for a request that is no longer open; failures are logged, the state is already saved. */
export async function closeOffer(deps: CoreDeps, request: RequestRow, now: Date, state: OfferState): Promise<void> {
  const ref = request.offerRef;
  if (ref === null) return;
  await attempt(deps, 'offer.update_failed', { request: request.id }, () => deps.platform.updateMessage(ref, offerView(request, null, now, [], state)));
}

/**
 * The job that posts a new request's card. The process that saved the request holds it and posts it
 * (`postNewOffer`): once the member has been answered, or first at crisis urgency. If that process dies
 * first, the scheduler takes it over (`deliverOffer`; and a member whose answer was not recorded, who
 * never got their reply, is answered privately).
 */
export function offerJob(requestId: string, communityId: string, now: Date): NewJob {
  return job('post-offer', { requestId }, now, requestId, communityId);
}

/** The effect key that says the member was answered about this request. */
export const answeredKey = (held: Pick<JobRow, 'idempotencyKey'>) => `${held.idempotencyKey}:reply`;

/** The effect key of the card that the job with this idempotency key posts. */
export const cardKey = (jobKey: string) => `${jobKey}:card`;

/**
 * Posts the card of a queued request that has none yet, once: through the effect ledger, so a re-run
 * after a crash finds the earlier card instead of posting a second. Returns the card's ref, or null when
 * there is no card to post (no longer queued, no volunteer channel). Throws when the platform refuses,
 * so the job is retried.
 */
export async function deliverOffer(deps: CoreDeps, requestId: string, key: string, now: Date): Promise<string | null> {
  const request = await requestById(deps.db, requestId);
  if (request?.status !== 'queued') return null;
  if (request.offerRef !== null) return request.offerRef;
  const parts = await readCardParts(deps, request, now);
  return parts === null ? null : postCard(deps, parts, key, now);
}

/** What a queued request's card is made of, read from the database; null when its community has no volunteer channel. */
async function readCardParts(deps: CoreDeps, request: RequestRow, now: Date): Promise<CardParts | null> {
  const community = await findCommunityById(deps.db, request.communityId);
  // No channel, no card: nothing more to read.
  if (community?.settings.volunteerChannel == null) return null;
  const [onDuty, note] = await Promise.all([volunteersOnDuty(deps.db, community, now), request.shareNote ? readNote(deps.db, request.id) : null]);
  return { community, request, note, onDuty };
}

/**
 * Closes a card whose ref was just saved on a request that is no longer queued (`OfferSaved`): it was
 * accepted, cancelled or expired while the card was being posted, and whoever did that found no card to
 * close. Nothing when the request is still queued, or when the ref had been saved before (`saved` null).
 */
async function closeIfTaken(deps: CoreDeps, request: RequestRow, ref: string, saved: OfferSaved | null, now: Date): Promise<void> {
  if (saved === null || saved.status === 'queued') return;
  const state: OfferState = saved.status === 'cancelled' || saved.status === 'expired' ? { kind: saved.status } : { kind: 'accepted', after: saved.waitedMs ?? 0 };
  await closeOffer(deps, { ...request, offerRef: ref }, now, state);
}

/**
 * Rewrites a queued request's card as open: an accept undone (its space could not be opened) after the
 * card had been closed for it by `closeIfTaken`, which happens when the accept came while the card was
 * being posted. Nothing when the request has no card or is not queued.
 */
export async function reopenOffer(deps: CoreDeps, requestId: string, now: Date): Promise<void> {
  const request = await requestById(deps.db, requestId);
  const ref = request?.offerRef ?? null;
  if (request?.status !== 'queued' || ref === null) return;
  const parts = await readCardParts(deps, request, now);
  const open = parts === null ? null : openCard(parts, now);
  if (open === null) return;
  await attempt(deps, 'offer.update_failed', { request: request.id }, () => deps.platform.updateMessage(ref, open.card));
}

/** What a new request's card is made of: read again by a takeover, already in hand when it is posted inline. */
export interface CardParts {
  readonly community: CommunityRecord;
  readonly request: RequestRow;
  /** The member's note (null when there is none or it is not to be shown). */
  readonly note: string | null;
  readonly onDuty: readonly OnDutyVolunteer[];
}

/** The volunteer channel and the open card to post there, or null when the community has no channel. */
function openCard({ community, request, note, onDuty }: CardParts, now: Date): { readonly channel: string; readonly card: View } | null {
  const channel = community.settings.volunteerChannel;
  return channel === null ? null : { channel, card: offerView(request, note, now, mentionsAmong(onDuty, request), { kind: 'open' }) };
}

/** Posts the open card through the effect ledger and records its ref (see `deliverOffer`). */
async function postCard(deps: CoreDeps, parts: CardParts, key: string, now: Date): Promise<string | null> {
  const { request } = parts;
  const open = openCard(parts, now);
  if (open === null) return null;
  const { channel, card } = open;
  // Confirmed and its ref saved on the request in one statement; a card confirmed by an earlier run
  // (a takeover) has its ref saved here, in case that run stopped in between.
  let saved: OfferSaved | null = null;
  const confirm: Confirm = async (db, effectKey, posted) => {
    saved = await confirmOfferPosted(db, effectKey, request.id, posted);
  };
  const { ran, ref } = await deliverOnce(deps.db, cardKey(key), now, (delivery) => deps.platform.postToChannel(channel, card, delivery), confirm);
  if (ref === null) throw new Error('the card was posted but its ref was not recorded');
  if (!ran) saved = await saveOfferRef(deps.db, request.id, ref);
  await closeIfTaken(deps, request, ref, saved, now);
  return ref;
}

/**
 * Posts the card for a request just saved with its held job (see `offerJob`) and the card's effect key
 * recorded `sending` (`cardKey`, in the same transaction), from what the use case has in hand: the
 * request it saved a moment ago (queued, no card yet), its community, the note the member wrote, and
 * the volunteers on duty. Then one statement confirms the card, saves its ref and finishes the job
 * (`finishOfferJob`), and closes the card if the request was taken meanwhile (`closeIfTaken`).
 *
 * `leasedUntil` (on core's clock) is the end of the job's lease as last confirmed by the database (at
 * first, the one it was saved with; then `keepWhileWaiting`'s). With less than half of a lease left, the
 * work goes on only if this process still holds the job, which one statement checks and extends (the
 * scheduler takes over a job whose lease ran out). A takeover (`deliverOffer`) reads everything again,
 * and finds the key `sending` if this process died after the post.
 *
 * `answered`: whether the member was answered before the card (recorded with the request); if not, the
 * statement that confirms the card records it too, and a crash before then leaves their answer to the
 * takeover (`recoverOffer`).
 *
 * Returns the card's ref, or null when there is none: the post failed (the job is back in the queue for
 * its retry) or the job is no longer this process's.
 */
export async function postNewOffer(deps: CoreDeps, held: JobRow, parts: CardParts, now: Date, o: { readonly leasedUntil: number; readonly answered: boolean }): Promise<string | null> {
  const holder = held.lockedBy ?? '';
  if (deps.clock().getTime() > o.leasedUntil - LEASE_MS / 2) {
    const kept = await extendLeases(deps.db, [held.id], holder, new Date(deps.clock().getTime() + LEASE_MS));
    if (kept === 0) return null;
  }
  const lease = keepLease(deps, held);
  try {
    const key = cardKey(held.idempotencyKey);
    const sent = await runHeldJob(deps, held, async () => {
      const open = openCard(parts, now);
      if (open === null) throw new Error('the community has no volunteer channel for the card');
      const ref = await sendBegun(key, (delivery) => deps.platform.postToChannel(open.channel, open.card, delivery));
      if (ref === null) throw new Error('the card was posted but its ref was not recorded');
      return ref;
    });
    if (sent === null) return null;
    const saved = await finishOfferJob(deps.db, { jobId: held.id, holder, requestId: parts.request.id, cardKey: key, ref: sent.value, answeredKey: o.answered ? null : answeredKey(held) }, now);
    await closeIfTaken(deps, parts.request, sent.value, saved, now);
    return sent.value;
  } finally {
    lease.release();
  }
}

/** The request's place in the queue and the volunteers on duty, when the caller read them with the request. */
export interface QueueKnown {
  readonly position: number;
  readonly onDuty: readonly OnDutyVolunteer[];
}

/**
 * What the member is told once their request is queued: their place, who is on duty, and a crisis line.
 * `known`: the place and the volunteers on duty when the caller has just read them (else they are read here).
 */
export async function queuedReply(deps: CoreDeps, community: CommunityRecord, request: RequestRow, member: UserRef, now: Date, known?: QueueKnown): Promise<View> {
  const { position, onDuty } = known ?? (await readQueue(deps.db, community, request, now));
  const others = onDuty.filter((v) => v.userRef !== member).length;
  // Nobody on duty: say honestly when the rota next has someone (or that it has nobody).
  const rota = others === 0 ? await nextListenerExpected(deps, community, now) : null;
  const nextListener = rota?.usesRota === true ? nextListenerLine(rota.next, community.settings.timeZone) : null;
  return queuedView({
    requestId: request.id,
    position,
    onDuty: others,
    urgency: request.urgency,
    resources: resourcesFor(deps, community),
    nextListener,
  });
}
