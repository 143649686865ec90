/** Giving and taking TRiM roles. Coordinators and TRiM managers may; every change is audited. */
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { audit } from '../../db/queries/audit.js';
import { deleteTrimRole, hasOpenIncident, lockTrimStaff, openCaseCountOf, trimRoleOf, trimStaffOf, trimStaffRoles, upsertTrimRole } from '../../db/queries/trim-staff.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { loadCommunity, parseInput } from '../guards.js';
import { tellEach } from '../private-message.js';
import { fail, ok, type Result } from '../result.js';
import type { UserRef } from '../ports.js';
import type { View } from '../views/types.js';
import { loadCommunityAsRoleGranter } from './access.js';

const roleInput = z.object({ user: z.string().min(1), role: z.enum(['practitioner', 'manager']) });

export async function assignTrimRole(deps: CoreDeps, actor: Actor, raw: z.input<typeof roleInput>): Promise<Result<View>> {
  const community = await loadCommunityAsRoleGranter(deps, actor);
  if (!community.ok) return community;
  const input = parseInput(roleInput, raw);
  if (!input.ok) return input;
  const { user, role } = input.value;
  // A coordinator who could give themselves a TRiM role could read TRiM notes and step down after.
  if (user === actor.user) return fail('not-allowed', { id: 'own-trim-role' });
  const now = deps.clock();
  let told: UserRef[] = [];
  const refused = await deps.db.transaction(async (tx): Promise<Result<View> | null> => {
    if (role === 'practitioner' && (await leavesNoManager(tx, community.value.id, user))) return lastManager();
    if (role === 'manager') told = await managersToTell(tx, community.value.id, [user, actor.user]);
    await upsertTrimRole(tx, { communityId: community.value.id, user, role, by: actor.user, now });
    await audit(tx, { communityId: community.value.id, actorRef: actor.user, action: 'trim.role.assigned', subjectRef: user, detail: { role }, at: now });
    return null;
  });
  if (refused !== null) return refused;
  await tellManagers(deps, told, actor.user, user);
  return ok({
    title: 'TRiM role given',
    text:
      role === 'manager'
        ? 'They are a TRiM manager: they can log incidents, see every TRiM case here, record assessments, close cases and change the risk tool.'
        : 'They are a TRiM practitioner: they can log incidents and see and assess the cases assigned to them.',
    fields: [{ label: 'Person', about: user, value: role }],
    tone: 'success',
  });
}

export async function removeTrimRole(deps: CoreDeps, actor: Actor, raw: { user: string }): Promise<Result<View>> {
  const community = await loadCommunityAsRoleGranter(deps, actor);
  if (!community.ok) return community;
  const input = parseInput(z.object({ user: z.string().min(1) }), raw);
  if (!input.ok) return input;
  const { user } = input.value;
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<Result<View>> => {
    const open = await openCaseCountOf(tx, community.value.id, user);
    // Open cases would be left with nobody able to assess them.
    if (await leavesNoManager(tx, community.value.id, user)) return lastManager();
    if (open > 0) return fail('conflict', { id: 'practitioner-has-cases', open });
    if ((await deleteTrimRole(tx, community.value.id, user)) === null) return fail('not-found', { id: 'no-trim-role', suggestGrant: false });
    await audit(tx, { communityId: community.value.id, actorRef: actor.user, action: 'trim.role.removed', subjectRef: user, at: now });
    return ok({ title: 'TRiM role removed', text: 'They can no longer see or change TRiM records.', fields: [{ label: 'Person', about: user, value: 'no TRiM role' }], tone: 'success' });
  });
}

/** The TRiM managers to tell of a new manager: everyone who already is one, but for the people named. */
async function managersToTell(tx: Db, communityId: string, except: readonly UserRef[]): Promise<UserRef[]> {
  const rows = await trimStaffRoles(tx, communityId);
  return rows.filter((r) => r.role === 'manager' && !except.includes(r.user)).map((r) => r.user);
}

/**
 * A new manager can read every TRiM note, so the managers already there hear of it at once, by DM.
 * After the commit: a failed DM is logged and never undoes the grant, which the audit log holds anyway.
 */
async function tellManagers(deps: CoreDeps, managers: readonly UserRef[], by: UserRef, grantee: UserRef): Promise<void> {
  const view: View = {
    title: 'A new TRiM manager',
    text: 'Someone was made a TRiM manager here. TRiM managers can read every TRiM case and note. If you did not expect this, check with the person who gave the role, and remove it with the TRiM role remove command.',
    fields: [
      { label: 'New TRiM manager', about: grantee, value: '' },
      { label: 'Given by', about: by, value: '' },
    ],
    tone: 'warning',
  };
  await tellEach(deps, managers, view, 'trim.manager_notice_failed');
}

/**
 * Whether taking `user`'s manager role would leave open incidents with no manager to get their planning
 * and overdue reminders. The staff rows are locked so two managers stepping down at once cannot both pass.
 */
async function leavesNoManager(tx: Db, communityId: string, user: string): Promise<boolean> {
  const managers = (await lockTrimStaff(tx, communityId)).filter((r) => r.role === 'manager');
  if (!managers.some((m) => m.userRef === user) || managers.length > 1) return false;
  return hasOpenIncident(tx, communityId);
}

const lastManager = (): Result<View> => fail('conflict', { id: 'last-manager' });

/** Who holds TRiM roles: for coordinators (who hand them out) and TRiM staff. */
export async function listTrimStaff(deps: CoreDeps, actor: Actor): Promise<Result<View>> {
  const community = await loadCommunity(deps, actor);
  if (!community.ok) return community;
  const granter = await loadCommunityAsRoleGranter(deps, actor);
  if (!granter.ok && (await trimRoleOf(deps.db, community.value.id, actor.user)) === null) return fail('trim-only');
  const rows = await trimStaffOf(deps.db, community.value.id);
  return ok({
    title: `TRiM roles (${rows.length})`,
    text: rows.length === 0 ? 'Nobody has a TRiM role yet. A coordinator gives one with the TRiM role add command (see TRiM help).' : 'TRiM practitioners and managers here:',
    fields: rows.map((r) => ({ label: r.role === 'manager' ? 'TRiM manager' : 'TRiM practitioner', about: r.userRef, value: '' })),
    tone: 'neutral',
  });
}
