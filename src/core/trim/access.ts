/**
 * Who may touch TRiM records: the engine's programme check with TRiM's definition. Only a community's
 * TRiM practitioners and managers see or change them — not coordinators, not volunteers, whatever the
 * platform's permissions say (invariant 5). Coordinators and managers may hand out the roles.
 */
import type { Actor } from '../actor.js';
import type { CommunityRecord } from '../communities.js';
import type { CoreDeps } from '../deps.js';
import { loadProgrammeAccess, loadRoleGranter } from '../programmes/access.js';
import { ok, type Result } from '../result.js';
import { TRIM } from './programme.js';

export type TrimRole = 'practitioner' | 'manager';

export interface TrimAccess {
  readonly community: CommunityRecord;
  readonly role: TrimRole;
}

/** The community, if the actor holds a TRiM role there (`manager` when only managers may). */
export async function loadTrimAccess(deps: CoreDeps, actor: Actor, need: TrimRole = 'practitioner'): Promise<Result<TrimAccess>> {
  const access = await loadProgrammeAccess(deps, actor, TRIM, need === 'manager' ? 'manager' : 'staff');
  if (!access.ok) return access;
  return ok({ community: access.value.community, role: access.value.manager ? 'manager' : 'practitioner' });
}

/** Coordinators and TRiM managers may assign TRiM roles; nobody else. */
export function loadCommunityAsRoleGranter(deps: CoreDeps, actor: Actor): Promise<Result<CommunityRecord>> {
  return loadRoleGranter(deps, actor, TRIM);
}
