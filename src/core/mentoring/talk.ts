/**
 * "Talk to my mentor": the mentee opens a session with the same person, through the ordinary session
 * machinery — a request saved already accepted by the mentor (no queue, no card, no escalation), a
 * session, and the held `open-space` job that opens the space and introduces them, as an accept does
 * (so a crash half-way is finished by the scheduler, and ending it is the usual end of a session). The
 * one-open-request-per-member rule still holds: a member with a request waiting or a session open is
 * told so.
 */
import { cancelQueuedRequest, insertRequest, isUniqueViolation, memberRequestTaken, type RequestRow } from '../../db/queries/requests.js';
import { insertSession } from '../../db/queries/sessions.js';
import { openPairOfMentee, pairById } from '../../db/queries/mentor.js';
import type { JobRow } from '../../db/queries/jobs.js';
import { spaceJob } from '../accept-recovery.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { loadProgrammeCommunity } from '../programmes/access.js';
import { programmeAudit } from '../programmes/audit.js';
import { MENTORING } from './definition.js';
import { holdNewJob, keepLease } from '../held-job.js';
import { fail, ok, type Result } from '../result.js';
import { openAndIntroduce } from '../use-cases/accept-request.js';
import type { TextView as View } from '../views/types.js';
import { talkOpenedView } from './views.js';

/** The topic a mentoring talk's request carries (shown in the session's introduction and in statistics). */
export const MENTORING_TOPIC = 'mentoring';

/** `pairId` when pressed on a prompt (it must be the mentee's current pair); null from the command. */
export async function talkToMentor(deps: CoreDeps, actor: Actor, pairId: string | null): Promise<Result<View>> {
  const community = await loadProgrammeCommunity(deps, actor, MENTORING);
  if (!community.ok) return community;
  const c = community.value;
  if (pairId !== null) {
    const pressed = await pairById(deps.db, pairId);
    if (pressed === null || pressed.communityId !== c.id) return fail('stale');
    if (pressed.menteeRef !== actor.user) return fail('not-allowed', { id: 'mentee-only', what: 'talk' });
    if (pressed.status === 'ended') return fail('stale');
  }
  const pair = await openPairOfMentee(deps.db, c.id, actor.user);
  if (pair === null) return fail('not-found', { id: 'mentor-no-pair' });
  if (pair.status === 'requested') return fail('conflict', { id: 'mentor-requested' });
  if (pair.status === 'paused') return fail('conflict', { id: 'mentor-state', state: 'paused' });
  const mentorRef = pair.mentorRef;
  if (mentorRef === null || pair.mentorId === null) return fail('not-found', { id: 'mentor-no-pair' });
  const mentorId = pair.mentorId;
  const now = deps.clock();
  let claim: { request: RequestRow; sessionId: string; held: JobRow | null };
  try {
    claim = await deps.db.transaction(async (tx) => {
      const request = await insertRequest(tx, {
        communityId: c.id,
        memberRef: actor.user,
        topic: MENTORING_TOPIC,
        status: 'accepted',
        acceptedBy: mentorId,
        acceptedAt: now,
        preferredVolunteerId: mentorId,
        createdAt: now,
      });
      const sessionId = await insertSession(tx, { communityId: c.id, requestId: request.id, volunteerId: mentorId, memberRef: actor.user, relay: false, startedAt: now });
      await programmeAudit(tx, MENTORING, { communityId: c.id, actorRef: actor.user, action: 'pair.talk', detail: { pair: pair.number, session: sessionId }, at: now });
      return { request, sessionId, held: await holdNewJob(tx, spaceJob(sessionId, c.id, now), now) };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const taken = await memberRequestTaken(deps.db, { communityId: c.id, memberRef: actor.user });
    return fail('already-open', { id: taken ? 'in-session' : 'request-waiting' });
  }
  const { request, sessionId, held } = claim;
  if (held === null) throw new Error('the open-space job of a new session exists already');
  const lease = keepLease(deps, held);
  try {
    // The mentor is the listener: the space opens for the two of them, as if they had accepted.
    const opened = await openAndIntroduce(deps, { user: mentorRef, community: actor.community }, c.settings, request, sessionId, held, now);
    if (opened.ok) return ok(talkOpenedView());
    // The undone claim put the request back in the queue; a talk with a mentor has no place there.
    await cancelQueuedRequest(deps.db, { communityId: c.id, memberRef: actor.user, requestId: request.id }, now);
    return opened;
  } finally {
    lease.release();
  }
}
