/**
 * Who may see the coordinator dashboard, decided on every request: a signed-in browser (a session that
 * has not expired) of a person who is, right now, an enrolled coordinator of that community. A session
 * of someone who is no longer a coordinator is deleted the moment it is used, and refused.
 *
 * Sign-in: a link's token is redeemed once (a single conditional update) and only for a current holder
 * of the role its scope needs; the session secret is random and only its SHA-256 is stored. The TRiM
 * page signs in the same way under the scope `trim` (trim-page.ts): a token or session of one scope
 * opens nothing of the other.
 */
import { randomBytes } from 'node:crypto';
import { audit } from '../../db/queries/audit.js';
import { findCommunityById } from '../../db/queries/communities.js';
import {
  deleteDashboardSession,
  findDashboardSession,
  insertDashboardSession,
  markDashboardSessionLive,
  peekDashboardToken,
  purgeExpiredDashboardGrants,
  redeemDashboardToken,
  revokeDashboardAccess,
  type DashboardGrant,
  type DashboardScope,
} from '../../db/queries/dashboard.js';
import type { Db } from '../../db/client.js';
import { trimRoleOf } from '../../db/queries/trim-staff.js';
import { staffRoleOf } from '../../db/queries/volunteers.js';
import type { CommunityRecord } from '../communities.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { fail, ok, type Result } from '../result.js';

/** Hours a dashboard session lasts from sign-in. */
export const SESSION_HOURS = 4;
/** Longest token or session secret looked up (ours are 43 characters). */
const SECRET_MAX = 200;

/** A dashboard request allowed through: the community and whose session it is. */
export interface DashboardAccess {
  readonly community: CommunityRecord;
  readonly coordinatorRef: string;
  readonly sessionEnds: Date;
}

/** Whether `userRef` is enrolled as a coordinator of the community now (the dashboard's role check). */
export async function isEnrolledCoordinator(db: Db, communityId: string, userRef: string): Promise<boolean> {
  return (await staffRoleOf(db, communityId, userRef)) === 'coordinator';
}

/**
 * Whether `userRef` holds, now, the role a sign-in of `scope` needs: an enrolled coordinator, or any
 * TRiM role. (The TRiM page checks the role again, through TRiM's own check, on every request.)
 */
async function holdsRoleFor(db: Db, scope: DashboardScope, communityId: string, userRef: string): Promise<boolean> {
  return scope === 'coordinator' ? isEnrolledCoordinator(db, communityId, userRef) : (await trimRoleOf(db, communityId, userRef)) !== null;
}

/** The signed-in coordinator as an actor: dashboard changes go through the chat commands' use cases, as them. */
export const dashboardActor = (access: DashboardAccess): Actor => ({ user: access.coordinatorRef, community: access.community.ref });

const usable = (secret: string | null | undefined): secret is string => typeof secret === 'string' && secret.length > 0 && secret.length <= SECRET_MAX;

/**
 * The check in front of every dashboard page. Fails with `not-allowed` (no session, expired, or the
 * person is no longer a coordinator: then their sessions and links are deleted) or `unknown-community`.
 */
export async function dashboardAccess(deps: CoreDeps, sessionSecret: string | null | undefined): Promise<Result<DashboardAccess>> {
  const session = await signedIn(deps, sessionSecret, 'coordinator');
  if (!session.ok) return session;
  const { grant, community } = session.value;
  if (!(await isEnrolledCoordinator(deps.db, community.id, grant.coordinatorRef))) {
    await revokeDashboardAccess(deps.db, community.id, grant.coordinatorRef);
    deps.log.info('dashboard.access_refused', { community: community.id, reason: 'not-coordinator' });
    return fail('not-allowed', { id: 'dashboard-role' });
  }
  return ok({ community, coordinatorRef: grant.coordinatorRef, sessionEnds: grant.expiresAt });
}

/**
 * The unexpired session of `scope` behind a cookie, and its community: `not-allowed` (no such session:
 * none, expired, or of the other scope) or `unknown-community`. The role is for the caller to check.
 */
export async function signedIn(
  deps: CoreDeps,
  sessionSecret: string | null | undefined,
  scope: DashboardScope,
): Promise<Result<{ grant: DashboardGrant; community: CommunityRecord }>> {
  if (!usable(sessionSecret)) return fail('not-allowed', { id: 'dashboard-session' });
  const grant = await findDashboardSession(deps.db, sessionSecret, scope, deps.clock());
  if (grant === null) return fail('not-allowed', { id: 'dashboard-session' });
  const community = await findCommunityById(deps.db, grant.communityId);
  return community === null ? fail('unknown-community') : ok({ grant, community });
}

/** Whether a sign-in link's token would still work for `scope`, without using it (link scanners fetch with GET). */
export async function canSignIn(deps: CoreDeps, token: string | null | undefined, scope: DashboardScope = 'coordinator'): Promise<boolean> {
  return usable(token) && peekDashboardToken(deps.db, token, scope, deps.clock());
}

/**
 * Redeems a sign-in token of `scope` for a new session of that scope; the caller sets `secret` as the
 * browser's cookie. A token of the other scope is refused as `dashboard-link` and left unused.
 */
export async function signInToDashboard(
  deps: CoreDeps,
  token: string | null | undefined,
  scope: DashboardScope = 'coordinator',
): Promise<Result<{ secret: string; expiresAt: Date }>> {
  if (!usable(token)) return fail('not-allowed', { id: 'dashboard-link' });
  const now = deps.clock();
  const secret = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  const signedIn = await deps.db.transaction(async (tx): Promise<Result<{ communityId: string }>> => {
    const grant = await redeemDashboardToken(tx, token, scope, now);
    if (grant === null) return fail('not-allowed', { id: 'dashboard-link' });
    // The link may have been issued before its holder lost the role.
    if (!(await holdsRoleFor(tx, scope, grant.communityId, grant.coordinatorRef))) return fail('not-allowed', { id: scope === 'trim' ? 'trim-page-role' : 'dashboard-role' });
    await insertDashboardSession(tx, secret, { ...grant, expiresAt, now });
    const action = scope === 'trim' ? 'trim.page.signed_in' : 'dashboard.signed_in';
    await audit(tx, { communityId: grant.communityId, actorRef: grant.coordinatorRef, action, detail: { expiresAt: expiresAt.toISOString() }, at: now });
    await purgeExpiredDashboardGrants(tx, new Date(now.getTime() - 86_400_000));
    return ok({ communityId: grant.communityId });
  });
  if (!signedIn.ok) return signedIn;
  deps.log.info('web.dashboard_signed_in', { community: signedIn.value.communityId, scope });
  return ok({ secret, expiresAt });
}

/**
 * A browser holds the live page of this session open for at least `seconds` more: changes to its
 * community's requests and volunteers are announced to every replica meanwhile
 * (migrations/*_sync_notify.sql).
 */
export async function watchDashboard(deps: CoreDeps, sessionSecret: string | null | undefined, seconds: number): Promise<void> {
  if (usable(sessionSecret)) await markDashboardSessionLive(deps.db, sessionSecret, seconds);
}

export async function signOutOfDashboard(deps: CoreDeps, sessionSecret: string | null | undefined): Promise<void> {
  if (usable(sessionSecret)) await deleteDashboardSession(deps.db, sessionSecret);
}
