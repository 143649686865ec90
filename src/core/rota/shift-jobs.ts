/**
 * The rota's scheduled work: reminders, duty on at a shift's start and off at its end, and "not now".
 * Each job carries the volunteer it was booked for: after a withdrawal, a swap or the slot's removal it
 * does nothing. Duty changes are made under the volunteer's row lock and recorded on the sign-up, so a
 * re-run (a crash, a failed message, two scheduler loops) changes nothing twice; messages go through `once`.
 */
import { t } from '../../i18n/index.js';
import { audit } from '../../db/queries/audit.js';
import { findCommunityById } from '../../db/queries/communities.js';
import { scheduleJobs } from '../../db/queries/jobs.js';
import { markDeclined, markRotaDuty, signupWithSlot } from '../../db/queries/rota.js';
import { lockVolunteer, startShift, volunteerById } from '../../db/queries/volunteers.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { loadCommunity, trainingValid } from '../guards.js';
import { sendPrivateOrTell, type JobRun } from '../job-run.js';
import type { JobPayload } from '../jobs.js';
import { fail, ok, type Result } from '../result.js';
import { endUnconfirmedShift } from '../use-cases/shift-end.js';
import { shiftTimeout, takeOffDuty } from '../use-cases/duty.js';
import type { TextView as View } from '../views/types.js';
import { describeOccurrence, occurrence } from './occurrences.js';
import { notNowView, reminderView, rotaEndedView, rotaOnDutyView } from './views.js';

/** The sign-up as the job knows it, if it still stands: same volunteer, slot not removed, community there. */
async function current(deps: CoreDeps, payload: { signupId: string; volunteerId: string }) {
  const row = await signupWithSlot(deps.db, payload.signupId);
  if (row === null || row.signup.volunteerId !== payload.volunteerId || row.slot.removedAt !== null) return null;
  const [community, volunteer] = await Promise.all([findCommunityById(deps.db, row.signup.communityId), volunteerById(deps.db, payload.volunteerId)]);
  if (community === null || volunteer === null) return null;
  const tz = community.settings.timeZone;
  const occ = occurrence(row.slot, row.signup.occursOn, tz);
  return { ...row, community, volunteer, occ, shift: describeOccurrence(occ, tz) };
}

export async function remindShift(deps: CoreDeps, run: JobRun, payload: JobPayload<'rota-reminder'>): Promise<void> {
  const s = await current(deps, payload);
  if (s === null) return;
  await sendPrivateOrTell(deps, run, `${run.job.idempotencyKey}:dm`, s.volunteer.userRef, reminderView({ when: payload.when, shift: s.shift }), t('checks.undelivered.rotaReminder'));
}

/**
 * The shift begins: the volunteer goes on duty (a duty shift whose timeout follows its end) unless they are on
 * duty already — then it is their own shift and the rota leaves it alone — and is told, with "Not now".
 */
export async function startRotaShift(deps: CoreDeps, run: JobRun, payload: JobPayload<'rota-start'>): Promise<void> {
  const s = await current(deps, payload);
  if (s === null || s.signup.declinedAt !== null) return;
  const { now } = run;
  const { community } = s;
  if (!trainingValid(s.volunteer.trainingValidUntil, now, community.settings.timeZone)) return;
  const started = await deps.db.transaction(async (tx) => {
    const volunteer = await lockVolunteer(tx, community.id, s.volunteer.userRef);
    if (volunteer === null) return false;
    if (volunteer.dutySince === null) {
      if (!(await markRotaDuty(tx, s.signup.id, volunteer.id, now))) return false; // an earlier run began it, and they have left duty since
      await startShift(tx, volunteer.id, now);
      // The rota's end job ends this shift; the usual timeout only matters if they are kept on past it
      // (the last one on duty while a crisis request waits), so it counts from the end.
      const hours = (s.occ.end.getTime() - now.getTime()) / 3_600_000 + community.settings.maxShiftHours;
      await scheduleJobs(tx, [shiftTimeout(volunteer.id, community.id, now, hours)], now);
      await audit(tx, { communityId: community.id, actorRef: null, action: 'rota.duty_on', subjectRef: volunteer.userRef, detail: { signup: s.signup.id }, at: now });
      return true;
    }
    // On duty already: begun by an earlier run of this job, or by the volunteer themselves.
    return volunteer.dutySince.getTime() === s.signup.dutySince?.getTime();
  });
  if (!started) return;
  await sendPrivateOrTell(deps, run, `${run.job.idempotencyKey}:dm`, s.volunteer.userRef, rotaOnDutyView({ shift: s.shift, signupId: s.signup.id }), t('checks.undelivered.rotaOnDuty'));
}

/**
 * The shift ends: off duty, if they are still in the shift the rota began (the end-of-shift rules apply:
 * the last volunteer on duty while a crisis request waits is kept on and asked again), with "Stay on duty".
 */
export async function endRotaShift(deps: CoreDeps, run: JobRun, payload: JobPayload<'rota-end'>): Promise<void> {
  const s = await current(deps, payload);
  if (s === null || s.signup.dutySince === null) return;
  await endUnconfirmedShift(deps, run, { volunteerId: s.volunteer.id, since: s.signup.dutySince.toISOString() }, rotaEndedView(s.shift));
}

/** "Not now" at the start of a rota shift: off duty again, if still in the shift the rota began. */
export async function declineRotaShift(deps: CoreDeps, actor: Actor, signupId: string): Promise<Result<View>> {
  const community = await loadCommunity(deps, actor);
  if (!community.ok) return community;
  const row = await signupWithSlot(deps.db, signupId);
  if (row === null || row.signup.communityId !== community.value.id) return fail('stale');
  const volunteer = await volunteerById(deps.db, row.signup.volunteerId);
  if (volunteer === null || volunteer.userRef !== actor.user) return fail('stale');
  const since = row.signup.dutySince;
  if (since === null || row.signup.declinedAt !== null || volunteer.dutySince?.getTime() !== since.getTime()) return fail('stale', { id: 'already-off-duty' });
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    await markDeclined(tx, row.signup.id, now);
    if ((await takeOffDuty(tx, volunteer, since, now)).taken) {
      await audit(tx, { communityId: community.value.id, actorRef: actor.user, action: 'rota.not_now', detail: { signup: row.signup.id }, at: now });
    }
  });
  return ok(notNowView());
}

