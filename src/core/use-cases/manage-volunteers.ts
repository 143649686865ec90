/** Coordinators enrol, remove and list volunteers. */
import { z } from 'zod';
import { audit } from '../../db/queries/audit.js';
import { openPairCount } from '../../db/queries/mentor.js';
import { deleteVolunteer, insertCoordinators, lockVolunteer, lockVolunteersOf, openSessionCount, setVolunteerRole, upsertVolunteer, volunteersOf } from '../../db/queries/volunteers.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { loadCommunityAsCoordinator, parseInput, trainingValid } from '../guards.js';
import type { UserRef } from '../ports.js';
import { fail, ok, type Result } from '../result.js';
import { localDate, zonedDateTime } from '../time.js';
import { job, TRAINING_REMINDER_DAYS } from '../jobs.js';
import { scheduleJobs } from '../../db/queries/jobs.js';
import { revokeDashboardAccess } from '../../db/queries/dashboard.js';
import type { TextView as View } from '../views/types.js';
import { type MessageId, t } from '../../i18n/index.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'checks.date.format' satisfies MessageId)
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), {
    message: 'checks.date.real' satisfies MessageId,
  });

export const volunteerTag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N} _-]+$/u, 'checks.tags' satisfies MessageId);

const enrolInput = z.object({
  user: z.string().min(1),
  tags: z.array(volunteerTag).max(20).default([]),
  trainedUntil: isoDate.nullable().default(null),
  capacity: z.number().int().min(1).max(10).default(1),
  role: z.enum(['volunteer', 'coordinator']).default('volunteer'),
});
export type EnrolVolunteerInput = z.input<typeof enrolInput>;

export async function enrolVolunteer(deps: CoreDeps, actor: Actor, raw: EnrolVolunteerInput): Promise<Result<View>> {
  const community = await loadCommunityAsCoordinator(deps, actor);
  if (!community.ok) return community;
  const input = parseInput(enrolInput, raw);
  if (!input.ok) return input;
  const { user, tags, trainedUntil, capacity, role } = input.value;
  const now = deps.clock();
  const values = { tags: [...new Set(tags)], trainingValidUntil: trainedUntil, capacity, role, updatedAt: now };
  await deps.db.transaction(async (tx) => {
    const volunteerId = await upsertVolunteer(tx, { communityId: community.value.id, userRef: user, enrolledBy: actor.user, now, values });
    // Enrolling someone as a volunteer also demotes a coordinator: their dashboard access ends with it.
    if (role !== 'coordinator') await revokeDashboardAccess(tx, community.value.id, user);
    if (trainedUntil !== null) {
      await scheduleJobs(tx, trainingJobs(volunteerId, community.value.id, trainedUntil, community.value.settings.timeZone, now), now);
    }
    await audit(tx, {
      communityId: community.value.id,
      actorRef: actor.user,
      action: 'volunteer.enrolled',
      subjectRef: user,
      detail: { tags: values.tags, trainedUntil, capacity, role },
      at: now,
    });
  });
  const valid = trainingValid(trainedUntil, now, community.value.settings.timeZone);
  return ok({
    title: t('coord.enrolled.title'),
    text: valid ? t('coord.enrolled.valid') : t('coord.enrolled.invalid'),
    fields: [
      { label: t('coord.volunteer'), value: user },
      { label: t('coord.profile.tags'), value: values.tags.length > 0 ? values.tags.join(', ') : t('coord.none') },
      { label: t('coord.enrolled.trainedUntil'), value: trainedUntil ?? t('coord.notSet') },
      { label: t('coord.enrolled.capacity'), value: t('coord.enrolled.capacity.value', { n: capacity }) },
      { label: t('coord.enrolled.role'), value: t('coord.role', { role }) },
    ],
    mentions: [user],
    tone: 'success',
  });
}

/** A reminder some weeks before training runs out (at 09:00 local), and the expiry at the start of the next day. */
function trainingJobs(volunteerId: string, communityId: string, validUntil: string, timeZone: string, now: Date) {
  const payload = { volunteerId, validUntil };
  const reminder = zonedDateTime(validUntil, 9, timeZone, -TRAINING_REMINDER_DAYS);
  const expiry = zonedDateTime(validUntil, 0, timeZone, 1);
  return [
    ...(reminder > now ? [job('training-reminder', payload, reminder, `${volunteerId}:${validUntil}`, communityId)] : []),
    job('training-expired', payload, expiry, `${volunteerId}:${validUntil}`, communityId),
  ];
}

export async function removeVolunteer(deps: CoreDeps, actor: Actor, raw: { user: UserRef }): Promise<Result<View>> {
  const community = await loadCommunityAsCoordinator(deps, actor);
  if (!community.ok) return community;
  const input = parseInput(z.object({ user: z.string().min(1) }), raw);
  if (!input.ok) return input;
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<Result<View>> => {
    const row = await lockVolunteer(tx, community.value.id, input.value.user);
    if (row === null) return fail('not-found', { id: 'not-enrolled-here' });
    if (row.userRef === actor.user && row.role === 'coordinator') return fail('conflict', { id: 'remove-self' });
    if ((await openSessionCount(tx, row.id)) > 0) return fail('conflict', { id: 'volunteer-in-session' });
    // A mentor must be enrolled: removing one would leave their mentees with no mentor and no prompts.
    const pairs = await openPairCount(tx, row.id);
    if (pairs > 0) return fail('conflict', { id: 'mentor-has-pairs', open: pairs });
    await deleteVolunteer(tx, row.id);
    // Their dashboard sessions and unused sign-in links go at once, not when they expire.
    await revokeDashboardAccess(tx, community.value.id, row.userRef);
    await audit(tx, { communityId: community.value.id, actorRef: actor.user, action: 'volunteer.removed', subjectRef: row.userRef, at: now });
    return ok({ title: t('coord.removed.title'), text: t('coord.removed.text'), tone: 'success' });
  });
}

export async function listVolunteers(deps: CoreDeps, actor: Actor): Promise<Result<View>> {
  const community = await loadCommunityAsCoordinator(deps, actor);
  if (!community.ok) return community;
  const now = deps.clock();
  const today = localDate(now, community.value.settings.timeZone);
  const rows = await volunteersOf(deps.db, community.value.id);
  const fields = rows.map((v) => {
    const training =
      v.trainingValidUntil === null
        ? t('coord.list.training.none')
        : v.trainingValidUntil >= today
          ? t('coord.list.training.until', { date: v.trainingValidUntil })
          : t('coord.list.training.expired', { date: v.trainingValidUntil });
    const duty = v.dutySince === null ? t('coord.list.offDuty') : t('coord.list.onDuty');
    const tags = v.tags.length > 0 ? v.tags.join(', ') : t('coord.list.noTags');
    return {
      label: t('coord.list.who', { role: v.role === 'coordinator' ? 'coordinator' : 'volunteer', user: v.userRef }),
      value: t('coord.list.value', { duty, training, tags, capacity: v.capacity }),
    };
  });
  return ok({
    title: t('coord.list.title', { n: rows.length }),
    text: rows.length === 0 ? t('coord.list.nobody') : t('coord.list.everyone'),
    fields,
    tone: 'neutral',
  });
}

/**
 * Makes exactly these people (plus the actor, who cannot demote themselves) the community's
 * coordinators. Newcomers are enrolled without training; coordinators not listed become volunteers.
 */
export async function setCoordinators(deps: CoreDeps, actor: Actor, raw: { users: readonly UserRef[] }): Promise<Result<View>> {
  const community = await loadCommunityAsCoordinator(deps, actor);
  if (!community.ok) return community;
  const input = parseInput(z.object({ users: z.array(z.string().min(1)).max(50) }), raw);
  if (!input.ok) return input;
  const wanted = new Set([...input.value.users, actor.user]);
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    const current = await lockVolunteersOf(tx, community.value.id);
    for (const v of current) {
      const role = wanted.has(v.userRef) ? 'coordinator' : v.role === 'coordinator' ? 'volunteer' : v.role;
      if (role !== v.role) await setVolunteerRole(tx, v.id, role, now);
      if (role !== 'coordinator' && v.role === 'coordinator') await revokeDashboardAccess(tx, community.value.id, v.userRef);
    }
    const known = new Set(current.map((v) => v.userRef));
    const added = [...wanted].filter((u) => !known.has(u));
    if (added.length > 0) {
      await insertCoordinators(tx, { communityId: community.value.id, userRefs: added, enrolledBy: actor.user, now });
    }
    await audit(tx, { communityId: community.value.id, actorRef: actor.user, action: 'coordinators.set', detail: { count: wanted.size }, at: now });
  });
  return ok({ title: t('coord.coordinators.title'), text: t('coord.coordinators.text', { n: wanted.size }), mentions: [...wanted], tone: 'success' });
}
