/**
 * Coordinators name mentors: enrolled volunteers (so a talk with a mentor is an ordinary session with a
 * listener), each with a capacity of mentees at once, and list them with their load.
 */
import { z } from 'zod';
import { audit } from '../../../db/queries/audit.js';
import { deleteMentor, mentorOf, mentorsWithLoad, openPairCount, upsertMentor } from '../../../db/queries/mentor.js';
import { findVolunteer } from '../../../db/queries/volunteers.js';
import type { Actor } from '../../actor.js';
import type { CoreDeps } from '../../deps.js';
import { loadCommunityAsCoordinator, parseInput } from '../../guards.js';
import type { UserRef } from '../../ports.js';
import { fail, ok, type Result } from '../../result.js';
import type { View } from '../../views/types.js';
import { mentorRemovedView, mentorSavedView, mentorsListView } from './views.js';

/** Mentees a mentor may have at once unless a coordinator says otherwise. */
export const MENTOR_CAPACITY_DEFAULT = 2;
export const MENTOR_CAPACITY_MAX = 20;

const capacity = z.number().int().min(1, 'at least 1 mentee').max(MENTOR_CAPACITY_MAX, `at most ${MENTOR_CAPACITY_MAX} mentees`);

/** Names an enrolled volunteer as a mentor, or changes their capacity. */
export async function addMentor(deps: CoreDeps, actor: Actor, input: { user: UserRef; capacity: number | null }): Promise<Result<View>> {
  const community = await loadCommunityAsCoordinator(deps, actor);
  if (!community.ok) return community;
  const cap = parseInput(capacity, input.capacity ?? MENTOR_CAPACITY_DEFAULT);
  if (!cap.ok) return cap;
  const volunteer = await findVolunteer(deps.db, community.value.id, input.user);
  if (volunteer === null) return fail('not-found', { id: 'mentor-not-volunteer' });
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    await upsertMentor(tx, { volunteerId: volunteer.id, communityId: community.value.id, capacity: cap.value, addedBy: actor.user, now });
    await audit(tx, { communityId: community.value.id, actorRef: actor.user, action: 'mentor.added', subjectRef: input.user, detail: { capacity: cap.value }, at: now });
  });
  return ok(mentorSavedView({ mentor: input.user, capacity: cap.value }));
}

/** A mentor stops mentoring; refused while they have mentees (their pairs would lose their mentor). */
export async function removeMentor(deps: CoreDeps, actor: Actor, input: { user: UserRef }): Promise<Result<View>> {
  const community = await loadCommunityAsCoordinator(deps, actor);
  if (!community.ok) return community;
  const volunteer = await findVolunteer(deps.db, community.value.id, input.user);
  if (volunteer === null) return fail('not-found', { id: 'mentor-not-mentor' });
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<Result<View>> => {
    if ((await mentorOf(tx, volunteer.id, true)) === null) return fail('not-found', { id: 'mentor-not-mentor' });
    const open = await openPairCount(tx, volunteer.id);
    if (open > 0) return fail('conflict', { id: 'mentor-has-mentees', open });
    await deleteMentor(tx, volunteer.id);
    await audit(tx, { communityId: community.value.id, actorRef: actor.user, action: 'mentor.removed', subjectRef: input.user, at: now });
    return ok(mentorRemovedView());
  });
}

export async function listMentors(deps: CoreDeps, actor: Actor): Promise<Result<View>> {
  const community = await loadCommunityAsCoordinator(deps, actor);
  if (!community.ok) return community;
  return ok(mentorsListView(await mentorsWithLoad(deps.db, community.value.id)));
}
