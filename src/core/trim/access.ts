/**
 * Who may touch TRiM records. Only a community's TRiM practitioners and managers see or change them —
 * not coordinators, not volunteers, whatever the platform's permissions say (invariant 5). Coordinators
 * and managers may hand out the roles.
 */
import { trimRoleOf } from '../../db/queries/trim-staff.js';
import { isCoordinator, type Actor } from '../actor.js';
import type { CommunityRecord } from '../communities.js';
import type { CoreDeps } from '../deps.js';
import { loadCommunity } from '../guards.js';
import { fail, ok, type Result } from '../result.js';

export type TrimRole = 'practitioner' | 'manager';

export interface TrimAccess {
  readonly community: CommunityRecord;
  readonly role: TrimRole;
}

/** The community, if the actor holds a TRiM role there (`manager` when only managers may). */
export async function loadTrimAccess(deps: CoreDeps, actor: Actor, need: TrimRole = 'practitioner'): Promise<Result<TrimAccess>> {
  const community = await loadCommunity(deps, actor);
  if (!community.ok) return community;
  const role = await trimRoleOf(deps.db, community.value.id, actor.user);
  if (role === null || (need === 'manager' && role !== 'manager')) {
    return fail('trim-only', need === 'manager' && role !== null ? { id: 'needs-trim-manager' } : undefined);
  }
  return ok({ community: community.value, role });
}

/** Coordinators and TRiM managers may assign TRiM roles; nobody else. */
export async function loadCommunityAsRoleGranter(deps: CoreDeps, actor: Actor): Promise<Result<CommunityRecord>> {
  const community = await loadCommunity(deps, actor);
  if (!community.ok) return community;
  if (await isCoordinator(deps.db, community.value, actor)) return community;
  return (await trimRoleOf(deps.db, community.value.id, actor.user)) === 'manager' ? community : fail('not-allowed', { id: 'trim-managers-too' });
}
