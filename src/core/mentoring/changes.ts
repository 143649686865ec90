/**
 * Either person in a pair (or a coordinator) pauses, resumes or ends it; the mentee may ask for a
 * different mentor without giving a reason. Each change is one conditional update on the pair's status,
 * so two at once cannot both apply. Pausing cancels the pending prompt (and a claimed one finds the pair
 * paused and sends nothing); resuming books the next prompt one rhythm on. Ending — by a person, by the
 * end of the period, or by a change of mentor — asks the mentee privately, as an engine consent record,
 * whether to share feedback: nothing is shared unless they say yes and choose an answer (consent.ts,
 * feedback.ts). Everything here is refused while mentoring is off in the community; changes are audited
 * as `mentoring.pair.<change>`.
 */
import type { Db } from '../../db/client.js';
import { cancelPendingJobs, scheduleJobs } from '../../db/queries/jobs.js';
import { insertPair, movePair, setPairConsentQuestion, openPairOfMentee, openPairsOfMentor, pairById, type PairRow, type PairWithMentor } from '../../db/queries/mentor.js';
import { isUniqueViolation } from '../../db/queries/requests.js';
import { findVolunteer } from '../../db/queries/volunteers.js';
import { isCoordinator, type Actor } from '../actor.js';
import { attempt } from '../attempt.js';
import type { CommunityRecord } from '../communities.js';
import type { CoreDeps } from '../deps.js';
import { loadProgrammeCommunity } from '../programmes/access.js';
import { programmeAudit } from '../programmes/audit.js';
import { consentButtons, recordConsentQuestion } from '../programmes/consent.js';
import type { JobRun } from '../job-run.js';
import type { JobPayload } from '../jobs.js';
import type { UserRef } from '../ports.js';
import { fail, ok, type Result } from '../result.js';
import { formatLocal, localDate } from '../time.js';
import type { TextView as View } from '../views/types.js';
import { MENTORING } from './definition.js';
import { promptAfter, promptJob } from './rhythm.js';
import { changedView, endedForMentorView, endedView, feedbackQuestionView, pausedView, requestNoticeView, resumedView, withdrawnView } from './views.js';
import { t } from '../../i18n/index.js';

export type PairRole = 'mentee' | 'mentor' | 'coordinator';

/**
 * The pair a command is about, and the actor's part in it. With no mentee named: the actor's own pair as
 * mentee, else their only mentee's as mentor. With a mentee named: that mentee's pair, if the actor is in
 * it or a coordinator.
 */
export async function pairFor(deps: CoreDeps, actor: Actor, mentee: UserRef | null): Promise<Result<{ community: CommunityRecord; pair: PairWithMentor; role: PairRole }>> {
  const community = await loadProgrammeCommunity(deps, actor, MENTORING);
  if (!community.ok) return community;
  const c = community.value;
  if (mentee === null || mentee === actor.user) {
    const own = await openPairOfMentee(deps.db, c.id, actor.user);
    if (own !== null) return ok({ community: c, pair: own, role: 'mentee' });
    const volunteer = await findVolunteer(deps.db, c.id, actor.user);
    const mine = volunteer === null ? [] : await openPairsOfMentor(deps.db, volunteer.id);
    if (mine.length === 1) return ok({ community: c, pair: mine[0]!, role: 'mentor' });
    return mine.length === 0 ? fail('not-found', { id: 'mentor-no-pair' }) : fail('bad-input', { id: 'mentor-which-mentee', count: mine.length });
  }
  const pair = await openPairOfMentee(deps.db, c.id, mentee);
  if (pair === null) return fail('not-found', { id: 'mentor-no-pair' });
  if (pair.mentorRef === actor.user) return ok({ community: c, pair, role: 'mentor' });
  const coordinator = (await isCoordinator(deps.db, c, actor)) || (await MENTORING.staff.roleOf(deps.db, c.id, actor.user)) === MENTORING.managerRole;
  return coordinator ? ok({ community: c, pair, role: 'coordinator' }) : fail('not-allowed', { id: 'mentor-not-yours' });
}

const stateOf = (status: PairRow['status']) => (status === 'requested' ? 'active' : status);

export async function pausePair(deps: CoreDeps, actor: Actor, input: { mentee: UserRef | null }): Promise<Result<View>> {
  const found = await pairFor(deps, actor, input.mentee);
  if (!found.ok) return found;
  const { community, pair, role } = found.value;
  if (pair.status === 'requested') return fail('conflict', { id: 'mentor-requested' });
  const now = deps.clock();
  const paused = await deps.db.transaction(async (tx) => {
    const row = await movePair(tx, pair.id, ['active'], { status: 'paused', pausedAt: now, nextPromptAt: null });
    if (row === null) return null;
    await cancelPendingJobs(tx, 'mentor-prompt', 'pairId', pair.id, now);
    await programmeAudit(tx, MENTORING, { communityId: community.id, actorRef: actor.user, action: 'pair.paused', subjectRef: pair.menteeRef, detail: { pair: pair.number, by: role }, at: now });
    return row;
  });
  if (paused === null) return fail('conflict', { id: 'mentor-state', state: stateOf(pair.status) });
  await tellOthers(deps, pair, actor.user, pausedView('other'));
  return ok(pausedView('you'));
}

export async function resumePair(deps: CoreDeps, actor: Actor, input: { mentee: UserRef | null }): Promise<Result<View>> {
  const found = await pairFor(deps, actor, input.mentee);
  if (!found.ok) return found;
  const { community, pair, role } = found.value;
  if (pair.status === 'requested') return fail('conflict', { id: 'mentor-requested' });
  if (pair.endsOn === null) return fail('conflict', { id: 'mentor-state', state: 'ended' });
  const now = deps.clock();
  const tz = community.settings.timeZone;
  const next = promptAfter(localDate(now, tz), pair.rhythmDays, pair.endsOn, tz);
  const resumed = await deps.db.transaction(async (tx) => {
    const row = await movePair(tx, pair.id, ['paused'], { status: 'active', pausedAt: null, nextPromptAt: next });
    if (row === null) return null;
    if (next !== null) await scheduleJobs(tx, [promptJob(row, next)], now);
    await programmeAudit(tx, MENTORING, { communityId: community.id, actorRef: actor.user, action: 'pair.resumed', subjectRef: pair.menteeRef, detail: { pair: pair.number, by: role }, at: now });
    return row;
  });
  if (resumed === null) return fail('conflict', { id: 'mentor-state', state: stateOf(pair.status) });
  const when = next === null ? t('mentor.resumed.none') : formatLocal(next, tz);
  await tellOthers(deps, pair, actor.user, resumedView(when));
  return ok(resumedView(when));
}

/** Ends the pair (or withdraws a request), then asks the mentee about feedback if they had a mentor. */
export async function endPair(deps: CoreDeps, actor: Actor, input: { mentee: UserRef | null }): Promise<Result<View>> {
  const found = await pairFor(deps, actor, input.mentee);
  if (!found.ok) return found;
  const { community, pair, role } = found.value;
  const now = deps.clock();
  const ended = await deps.db.transaction((tx) => closePair(tx, community.id, pair, role, actor.user, now));
  if (ended === null) return fail('conflict', { id: 'mentor-state', state: 'ended' });
  await afterEnd(deps, ended, role, (key, to, view) => attempt(deps, 'mentor.end_notice_failed', { pair: pair.id, key }, () => deps.platform.sendPrivate(to, view)));
  return ok(pair.status === 'requested' ? withdrawnView() : endedView(role));
}

/** The mentee asks for a different mentor: the pair ends, and a new request (avoiding this mentor) waits for a coordinator. */
export async function askForDifferentMentor(deps: CoreDeps, actor: Actor): Promise<Result<View>> {
  const found = await pairFor(deps, actor, null);
  if (!found.ok) return found;
  const { community, pair, role } = found.value;
  if (role !== 'mentee') return fail('not-allowed', { id: 'mentee-only', what: 'change' });
  if (pair.status === 'requested') return fail('conflict', { id: 'mentor-requested' });
  const now = deps.clock();
  let request: { closed: Ended; row: PairRow } | null;
  try {
    request = await deps.db.transaction(async (tx) => {
      const closed = await closePair(tx, community.id, pair, 'mentee', actor.user, now);
      if (closed === null) return null;
      const row = await insertPair(tx, { communityId: community.id, menteeRef: actor.user, avoidMentorId: pair.mentorId, status: 'requested', createdBy: actor.user, createdAt: now });
      // No reason is asked for, and none is recorded.
      await programmeAudit(tx, MENTORING, { communityId: community.id, actorRef: actor.user, action: 'pair.change_requested', detail: { pair: pair.number, request: row.number }, at: now });
      return { closed, row };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail('conflict', { id: 'mentor-has-pair', requested: true });
    throw error;
  }
  if (request === null) return fail('conflict', { id: 'mentor-state', state: 'ended' });
  await afterEnd(deps, request.closed, 'mentee', (key, to, view) => attempt(deps, 'mentor.end_notice_failed', { pair: pair.id, key }, () => deps.platform.sendPrivate(to, view)));
  await tellCoordinatorsOfRequest(deps, community, request.row.number, true);
  return ok(changedView());
}

/** The chosen period is over (its job): the pair ends, unless it ended or its period changed since, and the mentee is asked about feedback. */
export async function endPairPeriod(deps: CoreDeps, run: JobRun, { pairId, endsOn }: JobPayload<'mentor-period-end'>): Promise<void> {
  const pair = await pairById(deps.db, pairId);
  if (pair === null || pair.endsOn !== endsOn) return;
  // A re-run after the pair was ended here finds it ended: the messages still go, through `once`.
  let ended: Ended | null = { pair, consentId: pair.consentId };
  if (pair.status === 'active' || pair.status === 'paused') {
    ended = await deps.db.transaction((tx) => closePair(tx, pair.communityId, pair, 'period', null, run.now));
    if (ended === null) return;
  } else if (pair.endedBy !== 'period') {
    return;
  }
  const key = run.job.idempotencyKey;
  await afterEnd(deps, ended, 'period', (k, to, view) => run.once(`${key}:${k}`, (delivery) => deps.platform.sendPrivate(to, view, undefined, delivery)));
}

/** What an end leaves for its messages: the pair as it was, and the consent question asked of the mentee (null: none). */
interface Ended {
  readonly pair: PairWithMentor;
  readonly consentId: string | null;
}

/**
 * Inside a transaction: the pair ends if still open, its pending jobs are cancelled and, if it had a
 * mentor, the mentee's consent question is recorded. Null when it had ended already.
 */
async function closePair(tx: Db, communityId: string, pair: PairWithMentor, by: PairRole | 'period', actorRef: string | null, now: Date): Promise<Ended | null> {
  const row = await movePair(tx, pair.id, ['requested', 'active', 'paused'], { status: 'ended', endedAt: now, endedBy: by, nextPromptAt: null, pausedAt: null });
  if (row === null) return null;
  await cancelPendingJobs(tx, 'mentor-prompt', 'pairId', pair.id, now);
  if (by !== 'period') await cancelPendingJobs(tx, 'mentor-period-end', 'pairId', pair.id, now);
  await programmeAudit(tx, MENTORING, { communityId, actorRef, action: 'pair.ended', subjectRef: pair.menteeRef, detail: { pair: pair.number, by, wasRequest: pair.status === 'requested' }, at: now });
  if (pair.status === 'requested' || pair.mentorRef === null) return { pair, consentId: null };
  // Null when a question from an earlier pair still waits for them: that one is the one they answer.
  const consent = await recordConsentQuestion(tx, MENTORING, { communityId, person: pair.menteeRef, askedBy: actorRef ?? pair.mentorRef }, now);
  if (consent !== null) await setPairConsentQuestion(tx, pair.id, consent.id);
  return { pair, consentId: consent?.id ?? null };
}

type Send = (key: string, to: UserRef, view: View) => Promise<unknown>;

/** After an end: the mentee's consent question about feedback and, unless they ended it, the mentor's notice. */
async function afterEnd(deps: CoreDeps, { pair, consentId }: Ended, by: PairRole | 'period', send: Send): Promise<void> {
  if (pair.status === 'requested' || pair.mentorRef === null) return;
  if (consentId !== null) {
    const buttons = consentButtons(consentId, { yes: t('mentor.feedback.consent.yes'), no: t('mentor.feedback.consent.no') });
    await send('mentee', pair.menteeRef, feedbackQuestionView({ periodOver: by === 'period', buttons }));
  }
  if (by !== 'mentor') await send('mentor', pair.mentorRef, endedForMentorView(pair.menteeRef));
  deps.log.info('mentor.ended', { pair: pair.id, by });
}

/** Tells the people in the pair other than `actor` (a coordinator's change tells both). */
async function tellOthers(deps: CoreDeps, pair: PairWithMentor, actor: UserRef, view: View): Promise<void> {
  for (const to of [pair.menteeRef, pair.mentorRef]) {
    if (to === null || to === actor) continue;
    await attempt(deps, 'mentor.notice_failed', { pair: pair.id }, () => deps.platform.sendPrivate(to, view));
  }
}

/** The coordinators hear in the volunteer channel that a request waits — by number, never the mentee's name. */
export async function tellCoordinatorsOfRequest(deps: CoreDeps, community: CommunityRecord, number: number, different: boolean): Promise<void> {
  const channel = community.settings.volunteerChannel;
  if (channel === null) return;
  await attempt(deps, 'mentor.request_notice_failed', { community: community.id }, () => deps.platform.postToChannel(channel, requestNoticeView(number, different)));
}
