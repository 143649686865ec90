/**
 * Training reminders and expiry, decided when their job runs. A renewed date makes the old jobs no-ops
 * (the date in the payload no longer matches the volunteer's).
 */
import { audit } from '../../db/queries/audit.js';
import { volunteerById } from '../../db/queries/volunteers.js';
import type { CoreDeps } from '../deps.js';
import type { JobPayload } from '../jobs.js';
import type { PrivateMessage } from '../private-message.js';
import { takenOffDutyView, trainingReminderView } from '../views/scheduled.js';
import { takeOffDuty } from './duty.js';

async function withSameDate(deps: Pick<CoreDeps, 'db'>, volunteerId: string, validUntil: string) {
  const row = await volunteerById(deps.db, volunteerId);
  return row?.trainingValidUntil === validUntil ? row : null;
}

/** The volunteer's reminder that their training runs out on `validUntil`, unless it was renewed since. */
export async function dueTrainingReminder(deps: Pick<CoreDeps, 'db'>, { volunteerId, validUntil }: JobPayload<'training-reminder'>): Promise<PrivateMessage | null> {
  const volunteer = await withSameDate(deps, volunteerId, validUntil);
  return volunteer === null ? null : { to: volunteer.userRef, view: trainingReminderView(validUntil) };
}

/**
 * Training ran out (and was not renewed): the volunteer is taken off duty, audited, and told. Returns
 * what to tell them; taking them off is done here, so a re-run after a failed send changes nothing more.
 */
export async function expireTraining(deps: Pick<CoreDeps, 'db'>, { volunteerId, validUntil }: JobPayload<'training-expired'>, now: Date): Promise<PrivateMessage | null> {
  const volunteer = await withSameDate(deps, volunteerId, validUntil);
  if (volunteer === null) return null;
  const since = volunteer.dutySince;
  if (since !== null) {
    await deps.db.transaction(async (tx) => {
      // Through takeOffDuty, so the coordinators hear if this leaves nobody on duty while people wait.
      if ((await takeOffDuty(tx, volunteer, since, now)).taken) {
        await audit(tx, { communityId: volunteer.communityId, actorRef: null, action: 'duty.training_expired', subjectRef: volunteer.userRef, at: now });
      }
    });
  }
  return { to: volunteer.userRef, view: takenOffDutyView('training') };
}
