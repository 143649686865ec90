/**
 * Volunteers go on and off duty, and ask where they stand. Every way off duty goes through
 * `takeOffDuty`, so the coordinators hear, once, when duty falls to nobody while requests wait.
 */
import type { Db } from '../../db/client.js';
import { audit } from '../../db/queries/audit.js';
import { queuedRequestCount } from '../../db/queries/requests.js';
import { endShift, findVolunteer, lockOnDutyVolunteers, openSessionCount, startShift } from '../../db/queries/volunteers.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { loadCommunity, trainingValid } from '../guards.js';
import { fail, ok, type Result } from '../result.js';
import { addHours } from '../time.js';
import { job } from '../jobs.js';
import { scheduleJobs } from '../../db/queries/jobs.js';
import { durationText } from '../views/duration.js';
import type { TextView as View } from '../views/types.js';
import { t } from '../../i18n/index.js';

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
        await startShift(tx, volunteer.id, now);
        await scheduleJobs(tx, [shiftTimeout(volunteer.id, community.value.id, now, community.value.settings.maxShiftHours)], now);
        await audit(tx, { communityId: community.value.id, actorRef: actor.user, action: 'duty.on', at: now });
      });
    }
    const waiting = await queuedRequestCount(deps.db, community.value.id);
    return ok({
      title: t('duty.title.on'),
      text: t('duty.on.text', { waiting, hours: community.value.settings.maxShiftHours }),
      tone: 'success',
    });
  }
  if (command === 'off') {
    let nobodyLeft = false;
    if (volunteer.dutySince !== null) {
      const since = volunteer.dutySince;
      nobodyLeft = await deps.db.transaction(async (tx) => {
        const off = await takeOffDuty(tx, volunteer, since, now);
        if (off.taken) {
          await audit(tx, {
            communityId: community.value.id,
            actorRef: actor.user,
            action: 'duty.off',
            detail: { minutes: Math.round((now.getTime() - since.getTime()) / 60_000) },
            at: now,
          });
        }
        return off.nobodyLeft;
      });
    }
    const waiting = nobodyLeft ? await queuedRequestCount(deps.db, community.value.id) : 0;
    return ok({ title: t('duty.title.off'), text: waiting === 0 ? t('duty.off.text') : t('duty.off.last', { waiting }), tone: 'neutral' });
  }
  const open = await openSessionCount(deps.db, volunteer.id);
  const waiting = await queuedRequestCount(deps.db, community.value.id);
  return ok({
    title: volunteer.dutySince === null ? t('duty.title.off') : t('duty.title.on'),
    text: t('duty.status.text'),
    fields: [
      { label: t('duty.status.duty'), value: volunteer.dutySince === null ? t('duty.status.off') : t('duty.status.onFor', { time: durationText(now.getTime() - volunteer.dutySince.getTime()) }) },
      { label: t('duty.status.sessions'), value: t('duty.status.sessionsOf', { open, max: Math.min(volunteer.capacity, community.value.settings.maxSessionsPerVolunteer) }) },
      { label: t('duty.status.training'), value: volunteer.trainingValidUntil ?? t('coord.notSet') },
      { label: t('duty.status.waiting'), value: String(waiting) },
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
  if (volunteer.dutySince === null) return fail('stale', { id: 'already-off-duty' });
  const now = deps.clock();
  if (!trainingValid(volunteer.trainingValidUntil, now, community.value.settings.timeZone)) return fail('training-expired');
  const hours = community.value.settings.maxShiftHours;
  await deps.db.transaction(async (tx) => {
    await startShift(tx, volunteer.id, now);
    await scheduleJobs(tx, [shiftTimeout(volunteer.id, community.value.id, now, hours)], now);
    await audit(tx, { communityId: community.value.id, actorRef: actor.user, action: 'duty.confirmed', at: now });
  });
  return ok({ title: t('duty.title.confirmed'), text: t('duty.confirmed.text', { hours }), tone: 'success' });
}

/**
 * Takes a volunteer off duty if they are still in the shift that began at `since` (inside `tx`). When
 * that leaves nobody on duty in the community, the coordinators' alert is scheduled in the same
 * transaction, keyed by the shift, so it is sent once (the job checks that people are still waiting and
 * still nobody is on duty). The community's on-duty rows are locked first: two volunteers leaving at
 * once then take turns, and the second sees that they were the last.
 */
export async function takeOffDuty(
  tx: Db,
  volunteer: { readonly id: string; readonly communityId: string },
  since: Date,
  now: Date,
): Promise<{ taken: boolean; nobodyLeft: boolean }> {
  const onDuty = await lockOnDutyVolunteers(tx, volunteer.communityId);
  if (!(await endShift(tx, volunteer.id, since, now))) return { taken: false, nobodyLeft: false };
  const nobodyLeft = onDuty.every((v) => v.id === volunteer.id);
  if (nobodyLeft) {
    const shift = since.toISOString();
    await scheduleJobs(tx, [job('duty-dropped', { volunteerId: volunteer.id, since: shift }, now, `${volunteer.id}:${shift}`, volunteer.communityId)], now);
  }
  return { taken: true, nobodyLeft };
}

/** The end-of-shift check of a duty shift that began at `since`. */
export function shiftTimeout(volunteerId: string, communityId: string, since: Date, hours: number) {
  return job('duty-timeout', { volunteerId, since: since.toISOString() }, addHours(since, hours), `${volunteerId}:${since.toISOString()}`, communityId);
}
