/**
 * Pairing. A coordinator pairs a mentee with a mentor for a chosen period and rhythm — directly, or by
 * answering a mentee's sign-up (a request waiting for a coordinator: the approval). Coordinators and
 * mentoring coordinators pair people, while mentoring is on in the community. The mentor must hold the
 * mentor role, be an enrolled volunteer whose training runs, be under their capacity of mentees, and not
 * be one the mentee asked to change from; their volunteer row is locked while this is decided, so two
 * pairings at once cannot both take the last place. The first prompt and the end of the period are booked in the same transaction.
 */
import { z } from 'zod';
import { scheduleJobs } from '../../db/queries/jobs.js';
import { insertPair, lockMentorVolunteer, mentorCapacityOf, movePair, openPairCount, openPairOfMentee, openPairsOf, openPairsOfMentor, type PairRow } from '../../db/queries/mentor.js';
import { isUniqueViolation } from '../../db/queries/requests.js';
import { findVolunteer } from '../../db/queries/volunteers.js';
import type { Actor } from '../actor.js';
import { attempt } from '../attempt.js';
import type { CoreDeps } from '../deps.js';
import { parseInput, trainingValid } from '../guards.js';
import { loadProgrammeCommunity, loadRoleGranter } from '../programmes/access.js';
import { programmeAudit } from '../programmes/audit.js';
import type { UserRef } from '../ports.js';
import { fail, ok, type Result } from '../result.js';
import { shiftDate } from '../rota/occurrences.js';
import { formatLocal, localDate } from '../time.js';
import type { TextView as View } from '../views/types.js';
import { tellCoordinatorsOfRequest } from './changes.js';
import { MENTORING } from './definition.js';
import { MENTOR_CAPACITY_DEFAULT } from './mentors.js';
import { periodEndJob, promptAfter, promptJob } from './rhythm.js';
import { type MessageId, t } from '../../i18n/index.js';
import { myMentoringView, notMentoringView, pairedNoticeView, pairedView, pairsListView, requestedView } from './views.js';

export const RHYTHMS = { weekly: 7, fortnightly: 14, 'four-weekly': 28 } as const;
export type Rhythm = keyof typeof RHYTHMS;
/** The period a pair runs for unless the coordinator chooses, in weeks, and the longest. */
export const PERIOD_WEEKS_DEFAULT = 12;
export const PERIOD_WEEKS_MAX = 52;

const pairInput = z.object({
  rhythm: z.enum(['weekly', 'fortnightly', 'four-weekly'], 'checks.mentoring.rhythm' satisfies MessageId).default('weekly'),
  weeks: z.number().int().min(1, 'checks.mentoring.weeks.min' satisfies MessageId).max(PERIOD_WEEKS_MAX, 'checks.weeks.max' satisfies MessageId).default(PERIOD_WEEKS_DEFAULT),
});

export interface PairInput {
  readonly mentee: UserRef;
  readonly mentor: UserRef;
  readonly rhythm: Rhythm | null;
  readonly weeks: number | null;
}

export async function pairMentee(deps: CoreDeps, actor: Actor, raw: PairInput): Promise<Result<View>> {
  const community = await loadRoleGranter(deps, actor, MENTORING);
  if (!community.ok) return community;
  const input = parseInput(pairInput, { ...(raw.rhythm === null ? {} : { rhythm: raw.rhythm }), ...(raw.weeks === null ? {} : { weeks: raw.weeks }) });
  if (!input.ok) return input;
  if (raw.mentee === raw.mentor) return fail('bad-input', { id: 'mentor-own' });
  const c = community.value;
  const tz = c.settings.timeZone;
  const now = deps.clock();
  if ((await MENTORING.staff.roleOf(deps.db, c.id, raw.mentor)) !== 'mentor') return fail('not-found', { id: 'mentor-not-mentor' });
  const volunteer = await findVolunteer(deps.db, c.id, raw.mentor);
  if (volunteer === null) return fail('not-found', { id: 'mentor-not-volunteer' });
  if (!trainingValid(volunteer.trainingValidUntil, now, tz)) return fail('conflict', { id: 'mentor-training', validUntil: volunteer.trainingValidUntil });
  const rhythmDays = RHYTHMS[input.value.rhythm];
  const startsOn = localDate(now, tz);
  const endsOn = shiftDate(startsOn, input.value.weeks * 7);
  const first = promptAfter(startsOn, rhythmDays, endsOn, tz);
  let pair: PairRow;
  try {
    const made = await deps.db.transaction(async (tx): Promise<Result<PairRow>> => {
      await lockMentorVolunteer(tx, volunteer.id);
      const capacity = (await mentorCapacityOf(tx, c.id, raw.mentor)) ?? MENTOR_CAPACITY_DEFAULT;
      if ((await openPairCount(tx, volunteer.id)) >= capacity) return fail('conflict', { id: 'mentor-capacity', capacity });
      const open = await openPairOfMentee(tx, c.id, raw.mentee);
      if (open !== null && open.status !== 'requested') return fail('conflict', { id: 'mentor-has-pair', requested: false });
      if (open !== null && open.avoidMentorId === volunteer.id) return fail('conflict', { id: 'mentor-avoided' });
      const values = { mentorId: volunteer.id, status: 'active' as const, rhythmDays, startsOn, endsOn, nextPromptAt: first, pairedAt: now };
      const row = open === null ? await insertPair(tx, { communityId: c.id, menteeRef: raw.mentee, createdBy: actor.user, createdAt: now, ...values }) : await movePair(tx, open.id, ['requested'], values);
      if (row === null) return fail('conflict', { id: 'mentor-has-pair', requested: false });
      await scheduleJobs(tx, [...(first === null ? [] : [promptJob(row, first)]), periodEndJob(row, endsOn, tz)], now);
      await programmeAudit(tx, MENTORING, {
        communityId: c.id,
        actorRef: actor.user,
        action: 'pair.started',
        subjectRef: raw.mentee,
        detail: { pair: row.number, mentor: raw.mentor, rhythmDays, endsOn, fromRequest: open !== null },
        at: now,
      });
      return ok(row);
    });
    if (!made.ok) return made;
    pair = made.value;
  } catch (error) {
    // Another pairing for the same mentee committed first.
    if (isUniqueViolation(error)) return fail('conflict', { id: 'mentor-has-pair', requested: false });
    throw error;
  }
  const notice = { pairId: pair.id, rhythmDays, endsOn };
  await attempt(deps, 'mentor.paired_notice_failed', { pair: pair.id }, () => deps.platform.sendPrivate(raw.mentee, pairedNoticeView({ ...notice, role: 'mentee', other: raw.mentor })));
  await attempt(deps, 'mentor.paired_notice_failed', { pair: pair.id }, () => deps.platform.sendPrivate(raw.mentor, pairedNoticeView({ ...notice, role: 'mentor', other: raw.mentee })));
  return ok(pairedView({ number: pair.number, mentee: raw.mentee, mentor: raw.mentor, rhythmDays, endsOn, firstPrompt: first === null ? t('mentor.paired.never') : formatLocal(first, tz) }));
}

/** A member asks for a mentor; the request waits for a coordinator to pair them (their approval). */
export async function askForMentor(deps: CoreDeps, actor: Actor): Promise<Result<View>> {
  const community = await loadProgrammeCommunity(deps, actor, MENTORING);
  if (!community.ok) return community;
  const c = community.value;
  const now = deps.clock();
  let row: PairRow;
  try {
    row = await deps.db.transaction(async (tx) => {
      const made = await insertPair(tx, { communityId: c.id, menteeRef: actor.user, status: 'requested', createdBy: actor.user, createdAt: now });
      await programmeAudit(tx, MENTORING, { communityId: c.id, actorRef: actor.user, action: 'pair.requested', detail: { request: made.number }, at: now });
      return made;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const open = await openPairOfMentee(deps.db, c.id, actor.user);
    return fail('conflict', { id: 'mentor-has-pair', requested: open?.status === 'requested' });
  }
  await tellCoordinatorsOfRequest(deps, c, row.number, false);
  return ok(requestedView());
}

/** Coordinators: every pair and request not ended, with names (a private reply). */
export async function listPairs(deps: CoreDeps, actor: Actor): Promise<Result<View>> {
  const community = await loadRoleGranter(deps, actor, MENTORING);
  if (!community.ok) return community;
  const rows = await openPairsOf(deps.db, community.value.id);
  return ok(
    pairsListView(
      rows.map((p) => ({
        number: p.number,
        status: p.status === 'ended' ? 'active' : p.status,
        mentee: p.menteeRef,
        mentor: p.mentorRef,
        rhythmDays: p.rhythmDays,
        endsOn: p.endsOn,
        prompts: p.prompts,
        differentMentor: p.avoidMentorId !== null,
      })),
    ),
  );
}

/** Anyone: their own mentoring, as mentee or as mentor. */
export async function myMentoring(deps: CoreDeps, actor: Actor): Promise<Result<View>> {
  const community = await loadProgrammeCommunity(deps, actor, MENTORING);
  if (!community.ok) return community;
  const c = community.value;
  const own = await openPairOfMentee(deps.db, c.id, actor.user);
  if (own !== null && own.status !== 'ended') {
    return ok(myMentoringView({ role: 'mentee', status: own.status, mentor: own.mentorRef, rhythmDays: own.rhythmDays, endsOn: own.endsOn }));
  }
  const volunteer = await findVolunteer(deps.db, c.id, actor.user);
  if (volunteer === null || (await MENTORING.staff.roleOf(deps.db, c.id, actor.user)) !== 'mentor') return ok(notMentoringView());
  const pairs = await openPairsOfMentor(deps.db, volunteer.id);
  const capacity = (await mentorCapacityOf(deps.db, c.id, actor.user)) ?? MENTOR_CAPACITY_DEFAULT;
  return ok(myMentoringView({ role: 'mentor', capacity, mentees: pairs.map((p) => ({ mentee: p.menteeRef, status: p.status === 'paused' ? 'paused' : 'active' })) }));
}
