/** Training reminders and expiry. A renewed date makes the old jobs no-ops (the date in the payload no longer matches). */
import { audit } from '../../db/queries/audit.js';
import { volunteerById } from '../../db/queries/volunteers.js';
import { takenOffDutyView, takeOffDuty, trainingReminderView } from '../../core/index.js';
import type { JobContext, JobHandler } from '../runner.js';

async function withSameDate(ctx: JobContext, volunteerId: string, validUntil: string) {
  const row = await volunteerById(ctx.deps.db, volunteerId);
  return row?.trainingValidUntil === validUntil ? row : null;
}

export const trainingReminder: JobHandler<'training-reminder'> = async (ctx, { volunteerId, validUntil }) => {
  const volunteer = await withSameDate(ctx, volunteerId, validUntil);
  if (volunteer === null) return;
  await ctx.once(`${ctx.job.idempotencyKey}:send`, (delivery) => ctx.deps.platform.sendPrivate(volunteer.userRef, trainingReminderView(validUntil), undefined, delivery));
};

export const trainingExpired: JobHandler<'training-expired'> = async (ctx, { volunteerId, validUntil }) => {
  const volunteer = await withSameDate(ctx, volunteerId, validUntil);
  if (volunteer === null) return;
  const since = volunteer.dutySince;
  if (since !== null) {
    await ctx.deps.db.transaction(async (tx) => {
      // Through takeOffDuty, so the coordinators hear if this leaves nobody on duty while people wait.
      if ((await takeOffDuty(tx, volunteer, since, ctx.now)).taken) {
        await audit(tx, { communityId: volunteer.communityId, actorRef: null, action: 'duty.training_expired', subjectRef: volunteer.userRef, at: ctx.now });
      }
    });
  }
  await ctx.once(`${ctx.job.idempotencyKey}:send`, (delivery) => ctx.deps.platform.sendPrivate(volunteer.userRef, takenOffDutyView('training'), undefined, delivery));
};
