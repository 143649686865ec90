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
import { t } from '../../i18n/index.js';
import type { TextView } from '../views/types.js';
import { loadCommunityAsRoleGranter } from './access.js';

const roleInput = z.object({ user: z.string().min(1), role: z.enum(['practitioner', 'manager']) });

export async function assignTrimRole(deps: CoreDeps, actor: Actor, raw: z.input<typeof roleInput>): Promise<Result<TextView>> {
  const community = await loadCommunityAsRoleGranter(deps, actor);
  if (!community.ok) return community;
  const input = parseInput(roleInput, raw);
  if (!input.ok) return input;
  const { user, role } = input.value;
  // A coordinator who could give themselves a TRiM role could read TRiM notes and step down after.
  if (user === actor.user) return fail('not-allowed', { id: 'own-trim-role' });
  const now = deps.clock();
  let told: UserRef[] = [];
  const refused = await deps.db.transaction(async (tx): Promise<Result<TextView> | null> => {
    if (role === 'practitioner' && (await leavesNoManager(tx, community.value.id, user))) return lastManager();
    if (role === 'manager') told = await managersToTell(tx, community.value.id, [user, actor.user]);
    await upsertTrimRole(tx, { communityId: community.value.id, user, role, by: actor.user, now });
    await audit(tx, { communityId: community.value.id, actorRef: actor.user, action: 'trim.role.assigned', subjectRef: user, detail: { role }, at: now });
    return null;
  });
  if (refused !== null) return refused;
  await tellManagers(deps, told, actor.user, user);
  return ok({
    title: t('trim.role.given.title'),
    text: role === 'manager' ? t('trim.role.given.manager') : t('trim.role.given.practitioner'),
    fields: [{ label: t('trim.field.person'), about: user, value: role === 'manager' ? t('trim.role.manager.short') : t('trim.role.practitioner.short') }],
    tone: 'success',
  });
}

export async function removeTrimRole(deps: CoreDeps, actor: Actor, raw: { user: string }): Promise<Result<TextView>> {
  const community = await loadCommunityAsRoleGranter(deps, actor);
  if (!community.ok) return community;
  const input = parseInput(z.object({ user: z.string().min(1) }), raw);
  if (!input.ok) return input;
  const { user } = input.value;
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<Result<TextView>> => {
    const open = await openCaseCountOf(tx, community.value.id, user);
    // Open cases would be left with nobody able to assess them.
    if (await leavesNoManager(tx, community.value.id, user)) return lastManager();
    if (open > 0) return fail('conflict', { id: 'practitioner-has-cases', open });
    if ((await deleteTrimRole(tx, community.value.id, user)) === null) return fail('not-found', { id: 'no-trim-role', suggestGrant: false });
    await audit(tx, { communityId: community.value.id, actorRef: actor.user, action: 'trim.role.removed', subjectRef: user, at: now });
    return ok({ title: t('trim.role.removed.title'), text: t('trim.role.removed.text'), fields: [{ label: t('trim.field.person'), about: user, value: t('trim.role.none') }], tone: 'success' });
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
  const view: TextView = {
    title: t('trim.role.newManager.title'),
    text: t('trim.role.newManager.text'),
    fields: [
      { label: t('trim.role.newManager.who'), about: grantee, value: '' },
      { label: t('trim.role.newManager.by'), about: by, value: '' },
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

const lastManager = (): Result<TextView> => fail('conflict', { id: 'last-manager' });

/** Who holds TRiM roles: for coordinators (who hand them out) and TRiM staff. */
export async function listTrimStaff(deps: CoreDeps, actor: Actor): Promise<Result<TextView>> {
  const community = await loadCommunity(deps, actor);
  if (!community.ok) return community;
  const granter = await loadCommunityAsRoleGranter(deps, actor);
  if (!granter.ok && (await trimRoleOf(deps.db, community.value.id, actor.user)) === null) return fail('trim-only');
  const rows = await trimStaffOf(deps.db, community.value.id);
  return ok({
    title: t('trim.roles.title', { count: rows.length }),
    text: rows.length === 0 ? t('trim.roles.none') : t('trim.roles.intro'),
    fields: rows.map((r) => ({ label: r.role === 'manager' ? t('trim.role.manager') : t('trim.role.practitioner'), about: r.userRef, value: '' })),
    tone: 'neutral',
  });
}
