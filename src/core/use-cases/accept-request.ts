/**
 * A volunteer accepts a request. Exactly one wins: the decision is a single conditional UPDATE
 * (`status = 'queued'`), so simultaneous clicks from several bot instances still give one listener.
 * Eligibility (enrolled, trained, on duty, under capacity) is checked under a lock on the volunteer's
 * row, so the same volunteer's parallel accepts cannot exceed their capacity either. The claim saves an
 * `open-space` job held by this process (core/held-job.ts): if the process dies before the space is open
 * and both people told, the scheduler finishes it (core/accept-recovery.ts), with the same effect keys.
 */
import { audit } from '../../db/queries/audit.js';
import { cancelPendingJobs, completeJobs, type JobRow } from '../../db/queries/jobs.js';
import { claimQueuedRequest, findRequest, isUniqueViolation, requeueRequest, type RequestRow } from '../../db/queries/requests.js';
import { lockVolunteerCountingSessions, readAcceptCheck, type AcceptCheck } from '../../db/queries/volunteers.js';
import { activateSession, deleteSession, insertSession } from '../../db/queries/sessions.js';
import type { Actor } from '../actor.js';
import { attempt } from '../attempt.js';
import { deliverOnce } from '../effects.js';
import { finishHeldJob, holdNewJob, keepLease } from '../held-job.js';
import { spaceJob } from '../accept-recovery.js';
import type { CoreDeps } from '../deps.js';
import type { CommunitySettings } from '../settings.js';
import { loadCommunity, trainingValid } from '../guards.js';
import { closeOffer, reopenOffer } from '../offers.js';
import { fixFor, tellCoordinators } from '../undelivered.js';
import { fail, ok, type Result } from '../result.js';
import { acceptedForVolunteerView, memberMatchedView, sessionIntroView } from '../views/requests.js';
import { localise, sentences, t } from '../../i18n/index.js';
import type { TextView as View } from '../views/types.js';
import { errorName } from '../error-name.js';

export interface AcceptOutcome {
  readonly view: View;
  readonly sessionId: string;
  readonly spaceRef: string;
}

export async function acceptRequest(deps: CoreDeps, actor: Actor, requestId: string): Promise<Result<AcceptOutcome>> {
  const community = await loadCommunity(deps, actor);
  if (!community.ok) return community;
  const { settings } = community.value;
  const now = deps.clock();

  // Most clicks that lose, lose on what is already committed (the volunteer at capacity or off duty, the
  // request taken): those are refused from one statement, without a transaction or a lock. A click that
  // may win takes the locked path, which checks it all again.
  const seen = await readAcceptCheck(deps.db, community.value.id, actor.user, requestId);
  const refused = refusal(seen.volunteer, seen.openSessions, settings, now) ?? (claimable(seen.request, actor) ? null : lost(seen.request, actor));
  if (refused !== null) return refused;

  const claim = await deps.db.transaction(async (tx): Promise<Result<{ request: RequestRow; sessionId: string; volunteerId: string; held: JobRow | null }>> => {
    const locked = await lockVolunteerCountingSessions(tx, community.value.id, actor.user);
    if (locked === null) return fail('not-enrolled');
    const { volunteer, openSessions } = locked;
    const ineligible = refusal(volunteer, openSessions, settings, now);
    if (ineligible !== null) return ineligible;

    const won = await claimQueuedRequest(tx, { requestId, communityId: community.value.id, volunteerId: volunteer.id, actorRef: actor.user, now });
    if (won === null) return lost(await findRequest(tx, community.value.id, requestId), actor);
    const sessionId = await insertSession(tx, {
      communityId: community.value.id,
      requestId: won.id,
      volunteerId: volunteer.id,
      memberRef: won.memberRef,
      relay: won.anonymous,
      startedAt: now,
    });
    // Independent writes go out together (postgres.js pipelines them on the transaction's connection).
    const [, , held] = await Promise.all([
      cancelPendingJobs(tx, 'escalate', 'requestId', won.id, now),
      audit(tx, {
        communityId: community.value.id,
        actorRef: actor.user,
        action: 'request.accepted',
        detail: { request: won.id, session: sessionId, waitedMs: now.getTime() - won.createdAt.getTime() },
        at: now,
      }),
      holdNewJob(tx, spaceJob(sessionId, community.value.id, now), now),
    ]);
    return ok({ request: won, sessionId, volunteerId: volunteer.id, held });
  });
  if (!claim.ok) return claim;
  const { request, sessionId, held } = claim.value;
  if (held === null) throw new Error('the open-space job of a new session exists already');
  const lease = keepLease(deps, held);
  try {
    return await openAndIntroduce(deps, actor, community.value.settings, request, sessionId, held, now);
  } finally {
    lease.release();
  }
}

/** Why this volunteer may not take a request now, or null when they may (enrolled, trained, on duty, under capacity). */
function refusal(volunteer: AcceptCheck['volunteer'], openSessions: number, settings: CommunitySettings, now: Date): Result<never> | null {
  if (volunteer === null) return fail('not-enrolled');
  if (!trainingValid(volunteer.trainingValidUntil, now, settings.timeZone)) return fail('training-expired');
  if (volunteer.dutySince === null) return fail('not-on-duty');
  const cap = Math.min(volunteer.capacity, settings.maxSessionsPerVolunteer);
  return openSessions >= cap ? fail('at-capacity') : null;
}

/** Whether the claim's UPDATE would take this request (queued, and not the actor's own). */
const claimable = (request: AcceptCheck['request'], actor: Actor): boolean => request?.status === 'queued' && request.memberRef !== actor.user;

/** Why a request that could not be claimed was not: gone, the actor's own, or taken by someone else. */
function lost(current: AcceptCheck['request'], actor: Actor): Result<never> {
  if (current === null) return fail('stale');
  if (current.memberRef === actor.user) return fail('own-request');
  return current.status === 'accepted' || current.status === 'active' ? fail('already-taken') : fail('stale');
}

/**
 * After a claim: opens the space for `listener` (the actor who accepted, or the mentor a mentee asked to
 * talk to), introduces both people and closes the card; undoes the claim if the space cannot be opened.
 * Shared with mentoring's "talk to my mentor" (core/programmes/mentoring/talk.ts), whose request is saved
 * already accepted by the mentor.
 */
export async function openAndIntroduce(
  deps: CoreDeps,
  actor: Actor,
  settings: CommunitySettings,
  request: RequestRow,
  sessionId: string,
  held: JobRow,
  now: Date,
): Promise<Result<AcceptOutcome>> {
  const key = held.idempotencyKey;
  const communityId = request.communityId;

  // Outside the transaction: the platform may be slow or refuse. If the space cannot be opened the
  // claim is undone, so the request goes back to the queue instead of sitting with nobody.
  const undo = async (reason: string) => {
    await deps.db.transaction(async (tx) => {
      // Handled here, so nothing is left for a takeover to finish.
      await completeJobs(tx, [held.id], held.lockedBy ?? '', now);
      await deleteSession(tx, sessionId);
      await requeueRequest(tx, request.id);
      await audit(tx, { communityId, actorRef: actor.user, action: 'request.accept_undone', detail: { request: request.id, reason }, at: now });
    });
    // Claimed while its card was being posted: the card may have been closed for this accept since.
    if (request.offerRef === null) await reopenOffer(deps, request.id, now);
  };
  let spaceRef: string;
  try {
    if (request.memberRef === null) throw new Error('member forgotten before the space opened');
    const participants = request.anonymous ? [actor.user] : [request.memberRef, actor.user];
    const opened = await deliverOnce(deps.db, `${key}:space`, now, () =>
      deps.platform.openSpace({ community: actor.community, location: settings.sessionsLocation ?? settings.volunteerChannel, participants, title: localise(t('coord.space.title', { topic: request.topic }), settings.language) }),
    );
    if (opened.ref === null) throw new Error('the space was opened but its ref was not recorded');
    spaceRef = opened.ref;
  } catch (error) {
    deps.log.error('session.open_failed', { request: request.id, error: errorName(error) });
    await undo('space-not-opened');
    // The coordinators are told what to fix; the request waits in the queue meanwhile.
    const channel = settings.volunteerChannel;
    if (channel !== null) {
      const fix = fixFor(deps, error);
      await attempt(deps, 'session.open_failed_notice_failed', { request: request.id }, () =>
        deps.platform.postToChannel(channel, { title: t('coord.spaceFailed.title'), text: sentences(t('coord.spaceFailed.text'), fix), tone: 'danger' }),
      );
    }
    return fail('platform', { id: 'space-failed' });
  }

  try {
    await activateSession(deps.db, sessionId, request.id, spaceRef);
  } catch (error) {
    // Where the platform hands back a space already in use (a listener's DM that relays another
    // anonymous session), two sessions cannot share it.
    if (!isUniqueViolation(error)) throw error;
    await undo('space-in-use');
    return fail('at-capacity', { id: 'anonymous-busy' });
  }
  const member = request.memberRef;
  const matched = memberMatchedView({ sessionId, anonymous: request.anonymous });
  if (request.anonymous) {
    // An anonymous session runs through the member's DM with the bot: if the bot cannot write there,
    // the listener would talk into the void. The claim is undone (as when the space cannot be opened)
    // so the request keeps its place in the queue until the member can be reached.
    try {
      await deliverOnce(deps.db, `${key}:member`, now, (delivery) => deps.platform.sendPrivate(member, matched, undefined, delivery));
    } catch (error) {
      deps.log.warn('session.member_unreachable', { request: request.id, error: errorName(error) });
      await attempt(deps, 'session.close_failed', { session: sessionId }, () => deps.platform.closeSpace(spaceRef));
      await undo('member-unreachable');
      await tellCoordinators(deps, settings.volunteerChannel, {
        code: 'session.member_unreachable',
        fields: { request: request.id },
        error,
        what: t('coord.undelivered.anonymousAccept'),
      });
      return fail('platform', { id: 'anonymous-unreachable' });
    }
  }
  const intro = sessionIntroView({ sessionId, topic: request.topic, anonymous: request.anonymous, listener: actor.user, member: request.anonymous ? null : member });
  await attempt(deps, 'session.intro_failed', { session: sessionId }, () =>
    deliverOnce(deps.db, `${key}:intro`, now, (delivery) => deps.platform.postToSpace(spaceRef, intro, delivery)),
  );
  // With a private thread the member is already in the space (Discord notifies them): the DM is a courtesy.
  if (!request.anonymous) {
    await attempt(deps, 'session.member_notice_failed', { session: sessionId }, () =>
      deliverOnce(deps.db, `${key}:member`, now, (delivery) => deps.platform.sendPrivate(member, matched, undefined, delivery)),
    );
  }
  deps.metrics?.requestLeftQueue('accepted', now.getTime() - request.createdAt.getTime());
  await closeOffer(deps, request, now, { kind: 'accepted', after: now.getTime() - request.createdAt.getTime() });
  // The volunteer is answered in the reply to their click; a takeover before this point tells them by DM.
  await finishHeldJob(deps.db, held, now, [`${key}:volunteer`]);
  return ok({ view: acceptedForVolunteerView({ anonymous: request.anonymous }), sessionId, spaceRef });
}
