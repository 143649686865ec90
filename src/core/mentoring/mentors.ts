/**
 * Mentors and their capacity. Who mentors is the engine's role (`mentor` in programme_staff, handed out
 * with the engine's role rules); a mentor must also be an enrolled volunteer, checked when they are
 * paired. Coordinators and mentoring coordinators set how many mentees each may have at once.
 */
import { z } from 'zod';
import type { MessageId } from '../../i18n/index.js';
import { mentorLoads, setMentorCapacity } from '../../db/queries/mentor.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { parseInput } from '../guards.js';
import { loadRoleGranter } from '../programmes/access.js';
import { programmeAudit } from '../programmes/audit.js';
import type { UserRef } from '../ports.js';
import { fail, ok, type Result } from '../result.js';
import type { TextView as View } from '../views/types.js';
import { MENTORING } from './definition.js';
import { capacitySavedView, mentorsListView } from './views.js';

/** Mentees a mentor may have at once unless a coordinator says otherwise. */
export const MENTOR_CAPACITY_DEFAULT = 2;
export const MENTOR_CAPACITY_MAX = 20;

const capacity = z.number().int().min(1, 'checks.mentoring.capacity.min' satisfies MessageId).max(MENTOR_CAPACITY_MAX, 'checks.mentoring.capacity.max' satisfies MessageId);

export async function setCapacity(deps: CoreDeps, actor: Actor, input: { user: UserRef; capacity: number }): Promise<Result<View>> {
  const community = await loadRoleGranter(deps, actor, MENTORING);
  if (!community.ok) return community;
  const cap = parseInput(capacity, input.capacity);
  if (!cap.ok) return cap;
  const c = community.value;
  if ((await MENTORING.staff.roleOf(deps.db, c.id, input.user)) !== 'mentor') return fail('not-found', { id: 'mentor-not-mentor' });
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    await setMentorCapacity(tx, { communityId: c.id, userRef: input.user, capacity: cap.value, by: actor.user, now });
    await programmeAudit(tx, MENTORING, { communityId: c.id, actorRef: actor.user, action: 'capacity.set', subjectRef: input.user, detail: { capacity: cap.value }, at: now });
  });
  return ok(capacitySavedView({ mentor: input.user, capacity: cap.value }));
}

export async function listMentors(deps: CoreDeps, actor: Actor): Promise<Result<View>> {
  const community = await loadRoleGranter(deps, actor, MENTORING);
  if (!community.ok) return community;
  const c = community.value;
  const mentors = (await MENTORING.staff.holders(deps.db, c.id)).filter((h) => h.role === 'mentor').map((h) => h.user);
  const loads = await mentorLoads(deps.db, c.id, mentors);
  return ok(mentorsListView(loads.map((l) => ({ ...l, capacity: l.capacity ?? MENTOR_CAPACITY_DEFAULT }))));
}
