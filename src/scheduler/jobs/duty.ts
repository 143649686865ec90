/**
 * End-of-shift check: ask the volunteer to confirm, then take them off duty if they do not — except the
 * last volunteer on duty while a crisis request waits, who is kept on and asked again later. When duty
 * falls to nobody while requests wait, the coordinators are told once.
 */
import { and, eq, ne } from 'drizzle-orm';
import { addMinutes, DUTY_CONFIRM_MINUTES, DUTY_REASK_MINUTES, dutyDroppedView, job, localDate, lockOnDuty, shiftCheckView, stillNeededView, takenOffDutyView, takeOffDuty, waitingCounts } from '../../core/index.js';
import type { Db } from '../../db/client.js';
import { audit } from '../../db/queries/audit.js';
import { findCommunityById } from '../../db/queries/communities.js';
import { scheduleJobs } from '../../db/queries/jobs.js';
import { coordinatorsOf, onDutyVolunteers, type VolunteerRow } from '../../db/queries/volunteers.js';
import { supportRequests, volunteers } from '../../db/schema.js';
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
  const since = new Date(payload.since);
  const outcome = await db.transaction(async (tx) => {
    const crisisWaiting = await lastForCrisis(ctx, tx, volunteer);
    if (crisisWaiting > 0) {
      // Taking them off would leave a person in crisis with nobody on duty: keep them, ask again later.
      const ask = (payload.ask ?? 0) + 1;
      await scheduleJobs(
        tx,
        [job('duty-off', { ...payload, ask }, addMinutes(ctx.now, DUTY_REASK_MINUTES), `${payload.volunteerId}:${payload.since}:${ask}`, volunteer.communityId)],
        ctx.now,
      );
      await audit(tx, { communityId: volunteer.communityId, actorRef: null, action: 'duty.kept_for_crisis', subjectRef: volunteer.userRef, at: ctx.now });
      return { kept: crisisWaiting } as const;
    }
    const off = await takeOffDuty(tx, volunteer, since, ctx.now);
    if (off.taken) await audit(tx, { communityId: volunteer.communityId, actorRef: null, action: 'duty.timed_out', subjectRef: volunteer.userRef, at: ctx.now });
    return { kept: 0, taken: off.taken } as const;
  });
  if (outcome.kept > 0) {
    await ctx.once(`${ctx.job.idempotencyKey}:kept`, (delivery) =>
      ctx.deps.platform.sendPrivate(volunteer.userRef, stillNeededView({ crisisWaiting: outcome.kept, askAgainMinutes: DUTY_REASK_MINUTES }), undefined, delivery),
    );
    return;
  }
  if (outcome.taken === true) await ctx.once(`${ctx.job.idempotencyKey}:notice`, (delivery) => ctx.deps.platform.sendPrivate(volunteer.userRef, takenOffDutyView('shift'), undefined, delivery));
};

/**
 * How many crisis requests (not the volunteer's own) wait while this volunteer is the only one on duty
 * who could accept; 0 when someone else is on duty or no crisis request waits. Locks the community's
 * on-duty rows, so two shifts ending at once cannot each count on the other staying.
 */
async function lastForCrisis(ctx: JobContext, tx: Db, volunteer: VolunteerRow): Promise<number> {
  const community = await findCommunityById(tx, volunteer.communityId);
  if (community === null) return 0;
  await lockOnDuty(tx, community.id);
  const today = localDate(ctx.now, community.settings.timeZone);
  const others = (await onDutyVolunteers(tx, community.id, today)).filter((v) => v.id !== volunteer.id);
  if (others.length > 0) return 0;
  const waiting = await tx
    .select({ id: supportRequests.id })
    .from(supportRequests)
    .where(
      and(
        eq(supportRequests.communityId, community.id),
        eq(supportRequests.status, 'queued'),
        eq(supportRequests.urgency, 'crisis'),
        ne(supportRequests.memberRef, volunteer.userRef),
      ),
    );
  return waiting.length;
}

/** Tells the coordinators that nobody is on duty while requests wait — unless someone came back since. */
export const dutyDropped: JobHandler<'duty-dropped'> = async (ctx) => {
  const { deps, now, job: row } = ctx;
  if (row.communityId === null) return;
  const community = await findCommunityById(deps.db, row.communityId);
  const channel = community?.settings.volunteerChannel ?? null;
  if (community === null || channel === null) return;
  if ((await onDutyVolunteers(deps.db, community.id, localDate(now, community.settings.timeZone))).length > 0) return;
  const { waiting, crisis } = await waitingCounts(deps.db, community.id);
  if (waiting === 0) return;
  const mentions = (await coordinatorsOf(deps.db, community.id)).map((c) => c.userRef);
  await ctx.once(`${row.idempotencyKey}:post`, (delivery) => deps.platform.postToChannel(channel, dutyDroppedView({ waiting, crisis, mentions }), delivery));
};
