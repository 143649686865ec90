/**
 * Giving and taking a programme's roles (for programmes on the engine's own staff table; TRiM keeps
 * trim/roles.ts). The rules are TRiM's: nobody gives themselves a role; coordinators and the programme's
 * managers hand them out; the managers already there are told by DM when someone is made a manager;
 * the last manager cannot step down while cases are open; every change is audited.
 */
import { z } from 'zod';
import { t } from '../../i18n/index.js';
import { deleteProgrammeRole, lockProgrammeStaff, setProgrammeEnabledRow, upsertProgrammeRole } from '../../db/queries/programmes.js';
import { openProgrammeCases } from '../../db/queries/programme-cases.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { tellEach } from '../private-message.js';
import { loadCommunityAsCoordinator, parseInput } from '../guards.js';
import type { UserRef } from '../ports.js';
import { fail, ok, type Result } from '../result.js';
import type { TextView as View } from '../views/types.js';
import { loadProgrammeCommunity, loadRoleGranter } from './access.js';
import { programmeAudit } from './audit.js';
import type { ProgrammeDefinition } from './definition.js';

export async function assignProgrammeRole(deps: CoreDeps, actor: Actor, def: ProgrammeDefinition, raw: { user: string; role: string }): Promise<Result<View>> {
  const community = await loadRoleGranter(deps, actor, def);
  if (!community.ok) return community;
  const input = parseInput(z.object({ user: z.string().min(1), role: z.enum(def.roles as [string, ...string[]]) }), raw);
  if (!input.ok) return input;
  const { user, role } = input.value;
  if (user === actor.user) return fail('not-allowed', { id: 'own-programme-role', programme: def.name });
  const communityId = community.value.id;
  const now = deps.clock();
  let told: UserRef[] = [];
  const refused = await deps.db.transaction(async (tx): Promise<Result<View> | null> => {
    const rows = await lockProgrammeStaff(tx, communityId, def.id);
    if (role !== def.managerRole && (await leavesNoManager(tx, def, communityId, rows, user))) return fail('conflict', { id: 'last-programme-manager', programme: def.name });
    if (role === def.managerRole) told = rows.filter((r) => r.role === def.managerRole && r.userRef !== user && r.userRef !== actor.user).map((r) => r.userRef);
    await upsertProgrammeRole(tx, { communityId, programme: def.id, user, role, by: actor.user, now });
    await programmeAudit(tx, def, { communityId, actorRef: actor.user, action: 'role.assigned', subjectRef: user, detail: { role }, at: now });
    return null;
  });
  if (refused !== null) return refused;
  await tellManagers(deps, def, told, actor.user, user);
  return ok({ title: t('programme.role.given.title', { programme: def.name }), text: t('programme.role.given.text', { role: def.roleLabel[role] ?? role }), fields: [{ label: t('programme.field.person'), about: user, value: role }], tone: 'success' });
}

export async function removeProgrammeRole(deps: CoreDeps, actor: Actor, def: ProgrammeDefinition, raw: { user: string }): Promise<Result<View>> {
  const community = await loadRoleGranter(deps, actor, def);
  if (!community.ok) return community;
  const input = parseInput(z.object({ user: z.string().min(1) }), raw);
  if (!input.ok) return input;
  const { user } = input.value;
  const communityId = community.value.id;
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<Result<View>> => {
    const rows = await lockProgrammeStaff(tx, communityId, def.id);
    if (await leavesNoManager(tx, def, communityId, rows, user)) return fail('conflict', { id: 'last-programme-manager', programme: def.name });
    const open = (await openProgrammeCases(tx, communityId, def.id, user)).length;
    if (open > 0) return fail('conflict', { id: 'programme-practitioner-has-cases', programme: def.name, open });
    const pairs = (await def.openWorkOf?.(tx, communityId, user)) ?? 0;
    if (pairs > 0) return fail('conflict', { id: 'mentor-has-pairs', open: pairs });
    if ((await deleteProgrammeRole(tx, communityId, def.id, user)) === null) return fail('not-found', { id: 'no-programme-role', programme: def.name });
    await programmeAudit(tx, def, { communityId, actorRef: actor.user, action: 'role.removed', subjectRef: user, at: now });
    const programme = def.name;
    return ok({ title: t('programme.role.removed.title', { programme }), text: t('programme.role.removed.text', { programme }), fields: [{ label: t('programme.field.person'), about: user, value: t('programme.role.removed.value', { programme }) }], tone: 'success' });
  });
}

/** Who holds the programme's roles: for coordinators (who hand them out) and the programme's staff. */
export async function listProgrammeStaff(deps: CoreDeps, actor: Actor, def: ProgrammeDefinition): Promise<Result<View>> {
  const community = await loadProgrammeCommunity(deps, actor, def);
  if (!community.ok) return community;
  const granter = await loadRoleGranter(deps, actor, def);
  if (!granter.ok && (await def.staff.roleOf(deps.db, community.value.id, actor.user)) === null) return { ok: false, error: def.refusals.noRole };
  const rows = await def.staff.holders(deps.db, community.value.id);
  return ok({
    title: t('programme.staff.title', { programme: def.name, count: rows.length }),
    text: rows.length === 0 ? t('programme.staff.none', { programme: def.name }) : t('programme.staff.text', { programme: def.name }),
    fields: rows.map((r) => ({ label: def.roleLabel[r.role] ?? r.role, about: r.user, value: '' })),
    tone: 'neutral',
  });
}

/** Whether taking `user`'s manager role would leave open cases with no manager to hear of them. */
async function leavesNoManager(tx: Db, def: ProgrammeDefinition, communityId: string, rows: readonly { userRef: string; role: string }[], user: string): Promise<boolean> {
  const managers = rows.filter((r) => r.role === def.managerRole);
  if (!managers.some((m) => m.userRef === user) || managers.length > 1) return false;
  return (await openProgrammeCases(tx, communityId, def.id, null)).length > 0;
}

/** A new manager can read every record and note, so the managers already there hear of it at once. After the commit; a failed DM never undoes the grant. */
async function tellManagers(deps: CoreDeps, def: ProgrammeDefinition, managers: readonly UserRef[], by: UserRef, grantee: UserRef): Promise<void> {
  const role = def.roleLabel[def.managerRole] ?? def.managerRole;
  const view: View = {
    title: t('programme.manager.title', { role }),
    text: t('programme.manager.text', { role, programme: def.name }),
    fields: [
      { label: t('programme.manager.new'), about: grantee, value: '' },
      { label: t('programme.manager.by'), about: by, value: '' },
    ],
    tone: 'warning',
  };
  await tellEach(deps, managers, view, 'programme.manager_notice_failed', { programme: def.id });
}

/** Coordinators switch a programme on or off for their community; the change is audited. */
export async function setProgrammeEnabled(deps: CoreDeps, actor: Actor, def: ProgrammeDefinition, enabled: boolean): Promise<Result<View>> {
  const community = await loadCommunityAsCoordinator(deps, actor);
  if (!community.ok) return community;
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    await setProgrammeEnabledRow(tx, { communityId: community.value.id, programme: def.id, enabled, by: actor.user, now });
    await programmeAudit(tx, def, { communityId: community.value.id, actorRef: actor.user, action: enabled ? 'enabled' : 'disabled', at: now });
  });
  return ok({
    title: t(enabled ? 'programme.on.title' : 'programme.off.title', { programme: def.name }),
    text: t(enabled ? 'programme.on.text' : 'programme.off.text', { programme: def.name }),
    tone: 'success',
  });
}
