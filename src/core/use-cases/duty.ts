/** Volunteers go on and off duty, and ask where they stand. */
import { and, count, eq, inArray } from 'drizzle-orm';
import { audit } from '../../db/queries/audit.js';
import { findVolunteer, openSessionCount } from '../../db/queries/volunteers.js';
import { supportRequests, volunteers } from '../../db/schema.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { loadCommunity, trainingValid } from '../guards.js';
import { fail, ok, type Result } from '../result.js';
import { addHours, formatDuration } from '../time.js';
import { job } from '../jobs.js';
import { scheduleJobs } from '../../db/queries/jobs.js';
import type { View } from '../views/types.js';

export type DutyCommand = 'on' | 'off' | 'status';

export async function duty(deps: CoreDeps, actor: Actor, command: DutyCommand): Promise<Result<View>> {
  const community = await loadCommunity(deps, actor);
  if (!community.ok) return community;
  const volunteer = await findVolunteer(deps.db, community.value.id, actor.user);
  if (volunteer === null) return fail('not-enrolled');
  const now = deps.clock();
  const { timeZone } = community.value.settings;

  if (command === 'on') {
    if (!trainingValid(volunteer.trainingValidUntil, now, timeZone)) return fail('training-expired');
    if (volunteer.dutySince === null) {
      await deps.db.transaction(async (tx) => {
        await tx.update(volunteers).set({ dutySince: now, updatedAt: now }).where(eq(volunteers.id, volunteer.id));
        await scheduleJobs(tx, [shiftTimeout(volunteer.id, community.value.id, now, community.value.settings.maxShiftHours)], now);
        await audit(tx, { communityId: community.value.id, actorRef: actor.user, action: 'duty.on', at: now });
      });
    }
    const waiting = await queuedCount(deps, community.value.id);
    return ok({
      title: 'You are on duty',
      text: `${waiting === 0 ? 'Nobody is waiting right now.' : `${waiting} request${waiting === 1 ? ' is' : 's are'} waiting in the volunteer channel.`} You will be taken off duty after ${community.value.settings.maxShiftHours} h unless you confirm.`,
      tone: 'success',
    });
  }
  if (command === 'off') {
    if (volunteer.dutySince !== null) {
      const since = volunteer.dutySince;
      await deps.db.transaction(async (tx) => {
        await tx.update(volunteers).set({ dutySince: null, updatedAt: now }).where(eq(volunteers.id, volunteer.id));
        await audit(tx, {
          communityId: community.value.id,
          actorRef: actor.user,
          action: 'duty.off',
          detail: { minutes: Math.round((now.getTime() - since.getTime()) / 60_000) },
          at: now,
        });
      });
    }
    return ok({ title: 'You are off duty', text: 'Thank you for your time. Rest well.', tone: 'neutral' });
  }
  const open = await openSessionCount(deps.db, volunteer.id);
  const waiting = await queuedCount(deps, community.value.id);
  return ok({
    title: volunteer.dutySince === null ? 'You are off duty' : 'You are on duty',
    text: 'Your current state:',
    fields: [
      { label: 'Duty', value: volunteer.dutySince === null ? 'off' : `on for ${formatDuration(now.getTime() - volunteer.dutySince.getTime())}` },
      { label: 'Open sessions', value: `${open} of ${Math.min(volunteer.capacity, community.value.settings.maxSessionsPerVolunteer)}` },
      { label: 'Training valid until', value: volunteer.trainingValidUntil ?? 'not set' },
      { label: 'Requests waiting', value: String(waiting) },
    ],
    tone: 'neutral',
  });
}

/** The volunteer confirms, when asked at the end of a shift, that they are still there: a new shift begins. */
export async function confirmDuty(deps: CoreDeps, actor: Actor): Promise<Result<View>> {
  const community = await loadCommunity(deps, actor);
  if (!community.ok) return community;
  const volunteer = await findVolunteer(deps.db, community.value.id, actor.user);
  if (volunteer === null) return fail('not-enrolled');
  if (volunteer.dutySince === null) return fail('stale', 'You are already off duty. Go on duty again whenever you are ready.');
  const now = deps.clock();
  if (!trainingValid(volunteer.trainingValidUntil, now, community.value.settings.timeZone)) return fail('training-expired');
  const hours = community.value.settings.maxShiftHours;
  await deps.db.transaction(async (tx) => {
    await tx.update(volunteers).set({ dutySince: now, updatedAt: now }).where(eq(volunteers.id, volunteer.id));
    await scheduleJobs(tx, [shiftTimeout(volunteer.id, community.value.id, now, hours)], now);
    await audit(tx, { communityId: community.value.id, actorRef: actor.user, action: 'duty.confirmed', at: now });
  });
  return ok({ title: 'Still on duty', text: `Thank you. I will check with you again in ${hours} h. Remember to take breaks.`, tone: 'success' });
}

function shiftTimeout(volunteerId: string, communityId: string, since: Date, hours: number) {
  return job('duty-timeout', { volunteerId, since: since.toISOString() }, addHours(since, hours), `${volunteerId}:${since.toISOString()}`, communityId);
}

async function queuedCount(deps: CoreDeps, communityId: string): Promise<number> {
  const [row] = await deps.db
    .select({ n: count() })
    .from(supportRequests)
    .where(and(eq(supportRequests.communityId, communityId), inArray(supportRequests.status, ['queued'])));
  return row?.n ?? 0;
}
