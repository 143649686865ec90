/**
 * Who may touch a programme's records: only its own staff in the community — not coordinators, not
 * volunteers, whatever the platform's permissions say (invariant 5) — and only while the programme is on
 * there. Checked in core on every use case. Coordinators and the programme's managers hand out roles.
 */
import { programmeEnabledRow } from '../../db/queries/programmes.js';
import { isCoordinator, type Actor } from '../actor.js';
import type { CommunityRecord } from '../communities.js';
import type { CoreDeps } from '../deps.js';
import { loadCommunity } from '../guards.js';
import { fail, ok, type Result } from '../result.js';
import type { ProgrammeDefinition } from './definition.js';

export interface ProgrammeAccess {
  readonly community: CommunityRecord;
  readonly role: string;
  /** The actor holds the programme's manager role. */
  readonly manager: boolean;
}

/** Whether the programme is on in the community (a coordinator's choice, else the programme's default). */
export async function programmeEnabled(deps: Pick<CoreDeps, 'db'>, def: ProgrammeDefinition, communityId: string): Promise<boolean> {
  return (await programmeEnabledRow(deps.db, communityId, def.id)) ?? def.enabledByDefault;
}

/** The community, if the programme is on there; for anything anyone may start (a self-referral). */
export async function loadProgrammeCommunity(deps: CoreDeps, actor: Actor, def: ProgrammeDefinition): Promise<Result<CommunityRecord>> {
  const community = await loadCommunity(deps, actor);
  if (!community.ok) return community;
  return (await programmeEnabled(deps, def, community.value.id)) ? community : fail('not-allowed', { id: 'programme-off', programme: def.name });
}

/** The community and the actor's role, if the programme is on and they hold one (the manager role when `need` says so). */
export async function loadProgrammeAccess(deps: CoreDeps, actor: Actor, def: ProgrammeDefinition, need: 'staff' | 'manager' = 'staff'): Promise<Result<ProgrammeAccess>> {
  const community = await loadProgrammeCommunity(deps, actor, def);
  if (!community.ok) return community;
  const role = await def.staff.roleOf(deps.db, community.value.id, actor.user);
  if (role === null) return { ok: false, error: def.refusals.noRole };
  const manager = role === def.managerRole;
  if (need === 'manager' && !manager) return { ok: false, error: def.refusals.needsManager };
  return ok({ community: community.value, role, manager });
}

/** Coordinators and the programme's managers may hand out its roles; nobody else. */
export async function loadRoleGranter(deps: CoreDeps, actor: Actor, def: ProgrammeDefinition): Promise<Result<CommunityRecord>> {
  const community = await loadProgrammeCommunity(deps, actor, def);
  if (!community.ok) return community;
  if (await isCoordinator(deps.db, community.value, actor)) return community;
  return (await def.staff.roleOf(deps.db, community.value.id, actor.user)) === def.managerRole ? community : { ok: false, error: def.refusals.notGranter };
}
