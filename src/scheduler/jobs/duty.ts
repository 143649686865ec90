/** End-of-shift check: ask the volunteer to confirm, then take them off duty if they do not. */
import { and, eq } from 'drizzle-orm';
import { audit } from '../../db/queries/audit.js';
import { scheduleJobs } from '../../db/queries/jobs.js';
import { volunteers } from '../../db/schema.js';
import { DUTY_CONFIRM_MINUTES, job } from '../../core/jobs.js';
import { addMinutes } from '../../core/time.js';
import { shiftCheckView, takenOffDutyView } from '../../core/views/scheduled.js';
import type { JobContext, JobHandler } from '../runner.js';

async function sameShift(ctx: JobContext, volunteerId: string, since: string) {
  const [row] = await ctx.deps.db.select().from(volunteers).where(eq(volunteers.id, volunteerId));
  return row !== undefined && row.dutySince?.toISOString() === since ? row : null;
}

export const dutyTimeout: JobHandler<'duty-timeout'> = async (ctx, payload) => {
  const volunteer = await sameShift(ctx, payload.volunteerId, payload.since);
  if (volunteer === null) return; // went off duty, or confirmed and started a new shift
  const hours = Math.round((ctx.now.getTime() - Date.parse(payload.since)) / 3_600_000);
  await ctx.once(`${ctx.job.idempotencyKey}:ask`, (delivery) =>
    ctx.deps.platform.sendPrivate(volunteer.userRef, shiftCheckView({ hours, confirmMinutes: DUTY_CONFIRM_MINUTES }), undefined, delivery),
  );
  await scheduleJobs(
    ctx.deps.db,
    [job('duty-off', payload, addMinutes(ctx.now, DUTY_CONFIRM_MINUTES), `${payload.volunteerId}:${payload.since}`, volunteer.communityId)],
    ctx.now,
  );
};

export const dutyOff: JobHandler<'duty-off'> = async (ctx, payload) => {
  const volunteer = await sameShift(ctx, payload.volunteerId, payload.since);
  if (volunteer === null) return;
  const { db } = ctx.deps;
  await db.transaction(async (tx) => {
    await tx
      .update(volunteers)
      .set({ dutySince: null, updatedAt: ctx.now })
      .where(and(eq(volunteers.id, volunteer.id), eq(volunteers.dutySince, new Date(payload.since))));
    await audit(tx, { communityId: volunteer.communityId, actorRef: null, action: 'duty.timed_out', subjectRef: volunteer.userRef, at: ctx.now });
  });
  await ctx.once(`${ctx.job.idempotencyKey}:notice`, (delivery) => ctx.deps.platform.sendPrivate(volunteer.userRef, takenOffDutyView('shift'), undefined, delivery));
};
