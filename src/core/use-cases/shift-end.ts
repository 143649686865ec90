/**
 * End-of-shift check (the `duty-timeout`, `duty-off` and `duty-dropped` jobs): ask the volunteer to
 * confirm, then take them off duty if they do not — except the last volunteer on duty while a crisis
 * request waits, who is kept on and asked again later. When duty falls to nobody while requests wait,
 * the coordinators are told once.
 */
import type { Db } from '../../db/client.js';
import { audit } from '../../db/queries/audit.js';
import { findCommunityById } from '../../db/queries/communities.js';
import { scheduleJobs } from '../../db/queries/jobs.js';
import { crisisRequestsWaitingExcept, waitingCounts } from '../../db/queries/requests.js';
import { coordinatorsOf, lockOnDutyVolunteers, onDutyVolunteers, volunteerById, type VolunteerRow } from '../../db/queries/volunteers.js';
import type { CoreDeps } from '../deps.js';
import type { JobRun } from '../job-run.js';
import { DUTY_CONFIRM_MINUTES, DUTY_REASK_MINUTES, job, type JobPayload } from '../jobs.js';
import { addMinutes, localDate } from '../time.js';
import { dutyDroppedView, shiftCheckView, stillNeededView, takenOffDutyView } from '../views/scheduled.js';
import type { TextView as View } from '../views/types.js';
import { takeOffDuty } from './duty.js';

async function sameShift(deps: CoreDeps, volunteerId: string, since: string) {
  const row = await volunteerById(deps.db, volunteerId);
  return row !== null && row.dutySince?.toISOString() === since ? row : null;
}

/** The shift has run its length: the volunteer is asked to confirm, and taken off if they do not in time. */
export async function askToConfirmShift(deps: CoreDeps, run: JobRun, payload: JobPayload<'duty-timeout'>): Promise<void> {
  const volunteer = await sameShift(deps, payload.volunteerId, payload.since);
  if (volunteer === null) return; // went off duty, or confirmed and started a new shift
  const hours = Math.round((run.now.getTime() - Date.parse(payload.since)) / 3_600_000);
  await run.once(`${run.job.idempotencyKey}:ask`, (delivery) =>
    deps.platform.sendPrivate(volunteer.userRef, shiftCheckView({ hours, confirmMinutes: DUTY_CONFIRM_MINUTES }), undefined, delivery),
  );
  await scheduleJobs(deps.db, [job('duty-off', payload, addMinutes(run.now, DUTY_CONFIRM_MINUTES), `${payload.volunteerId}:${payload.since}`, volunteer.communityId)], run.now);
}

/**
 * The volunteer did not confirm (or their rota shift ended): off duty, unless they are the last one on
 * duty while a crisis request waits. `notice` is what they are told when taken off.
 */
export async function endUnconfirmedShift(deps: CoreDeps, run: JobRun, payload: JobPayload<'duty-off'>, notice: View = takenOffDutyView('shift')): Promise<void> {
  const volunteer = await sameShift(deps, payload.volunteerId, payload.since);
  if (volunteer === null) return;
  const { now } = run;
  const since = new Date(payload.since);
  const outcome = await deps.db.transaction(async (tx) => {
    const crisisWaiting = await lastForCrisis(tx, volunteer, now);
    if (crisisWaiting > 0) {
      // Taking them off would leave a person in crisis with nobody on duty: keep them, ask again later.
      const ask = (payload.ask ?? 0) + 1;
      await scheduleJobs(
        tx,
        [job('duty-off', { ...payload, ask }, addMinutes(now, DUTY_REASK_MINUTES), `${payload.volunteerId}:${payload.since}:${ask}`, volunteer.communityId)],
        now,
      );
      await audit(tx, { communityId: volunteer.communityId, actorRef: null, action: 'duty.kept_for_crisis', subjectRef: volunteer.userRef, at: now });
      return { kept: crisisWaiting } as const;
    }
    const off = await takeOffDuty(tx, volunteer, since, now);
    if (off.taken) await audit(tx, { communityId: volunteer.communityId, actorRef: null, action: 'duty.timed_out', subjectRef: volunteer.userRef, at: now });
    return { kept: 0, taken: off.taken } as const;
  });
  if (outcome.kept > 0) {
    await run.once(`${run.job.idempotencyKey}:kept`, (delivery) =>
      deps.platform.sendPrivate(volunteer.userRef, stillNeededView({ crisisWaiting: outcome.kept, askAgainMinutes: DUTY_REASK_MINUTES }), undefined, delivery),
    );
    return;
  }
  if (outcome.taken === true) await run.once(`${run.job.idempotencyKey}:notice`, (delivery) => deps.platform.sendPrivate(volunteer.userRef, notice, undefined, delivery));
}

/**
 * How many crisis requests (not the volunteer's own) wait while this volunteer is the only one on duty
 * who could accept; 0 when someone else is on duty or no crisis request waits. Locks the community's
 * on-duty rows, so two shifts ending at once cannot each count on the other staying.
 */
async function lastForCrisis(tx: Db, volunteer: VolunteerRow, now: Date): Promise<number> {
  const community = await findCommunityById(tx, volunteer.communityId);
  if (community === null) return 0;
  await lockOnDutyVolunteers(tx, community.id);
  const today = localDate(now, community.settings.timeZone);
  const others = (await onDutyVolunteers(tx, community.id, today)).filter((v) => v.id !== volunteer.id);
  if (others.length > 0) return 0;
  return crisisRequestsWaitingExcept(tx, community.id, volunteer.userRef);
}

/** Tells the coordinators that nobody is on duty while requests wait — unless someone came back since. */
export async function tellDutyDropped(deps: CoreDeps, run: JobRun): Promise<void> {
  const { now, job: row } = run;
  if (row.communityId === null) return;
  const community = await findCommunityById(deps.db, row.communityId);
  const channel = community?.settings.volunteerChannel ?? null;
  if (community === null || channel === null) return;
  if ((await onDutyVolunteers(deps.db, community.id, localDate(now, community.settings.timeZone))).length > 0) return;
  const { waiting, crisis } = await waitingCounts(deps.db, community.id);
  if (waiting === 0) return;
  const mentions = (await coordinatorsOf(deps.db, community.id)).map((c) => c.userRef);
  await run.once(`${row.idempotencyKey}:post`, (delivery) => deps.platform.postToChannel(channel, dutyDroppedView({ waiting, crisis, mentions }), delivery));
}
