/**
 * Who may see the coordinator dashboard, decided on every request: a signed-in browser (a session that
 * has not expired) of a person who is, right now, an enrolled coordinator of that community. A session
 * of someone who is no longer a coordinator is deleted the moment it is used, and refused.
 *
 * Sign-in: a link's token is redeemed once (a single conditional update) and only for a current
 * coordinator; the session secret is random and only its SHA-256 is stored.
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
} from '../../db/queries/dashboard.js';
import type { Db } from '../../db/client.js';
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

/** The signed-in coordinator as an actor: dashboard changes go through the chat commands' use cases, as them. */
export const dashboardActor = (access: DashboardAccess): Actor => ({ user: access.coordinatorRef, community: access.community.ref });

const usable = (secret: string | null | undefined): secret is string => typeof secret === 'string' && secret.length > 0 && secret.length <= SECRET_MAX;

/**
 * The check in front of every dashboard page. Fails with `not-allowed` (no session, expired, or the
 * person is no longer a coordinator: then their sessions and links are deleted) or `unknown-community`.
 */
export async function dashboardAccess(deps: CoreDeps, sessionSecret: string | null | undefined): Promise<Result<DashboardAccess>> {
  if (!usable(sessionSecret)) return fail('not-allowed', { id: 'dashboard-session' });
  const grant = await findDashboardSession(deps.db, sessionSecret, deps.clock());
  if (grant === null) return fail('not-allowed', { id: 'dashboard-session' });
  const community = await findCommunityById(deps.db, grant.communityId);
  if (community === null) return fail('unknown-community');
  if (!(await isEnrolledCoordinator(deps.db, community.id, grant.coordinatorRef))) {
    await revokeDashboardAccess(deps.db, community.id, grant.coordinatorRef);
    deps.log.info('dashboard.access_refused', { community: community.id, reason: 'not-coordinator' });
    return fail('not-allowed', { id: 'dashboard-role' });
  }
  return ok({ community, coordinatorRef: grant.coordinatorRef, sessionEnds: grant.expiresAt });
}

/** Whether a sign-in link's token would still work, without using it (link scanners fetch with GET). */
export async function canSignIn(deps: CoreDeps, token: string | null | undefined): Promise<boolean> {
  return usable(token) && peekDashboardToken(deps.db, token, deps.clock());
}

/** Redeems a sign-in token for a new session; the caller sets `secret` as the browser's cookie. */
export async function signInToDashboard(deps: CoreDeps, token: string | null | undefined): Promise<Result<{ secret: string; expiresAt: Date }>> {
  if (!usable(token)) return fail('not-allowed', { id: 'dashboard-link' });
  const now = deps.clock();
  const secret = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  const signedIn = await deps.db.transaction(async (tx): Promise<Result<{ communityId: string }>> => {
    const grant = await redeemDashboardToken(tx, token, now);
    if (grant === null) return fail('not-allowed', { id: 'dashboard-link' });
    // The link may have been issued before its holder stopped being a coordinator.
    if (!(await isEnrolledCoordinator(tx, grant.communityId, grant.coordinatorRef))) return fail('not-allowed', { id: 'dashboard-role' });
    await insertDashboardSession(tx, secret, { ...grant, expiresAt, now });
    await audit(tx, { communityId: grant.communityId, actorRef: grant.coordinatorRef, action: 'dashboard.signed_in', detail: { expiresAt: expiresAt.toISOString() }, at: now });
    await purgeExpiredDashboardGrants(tx, new Date(now.getTime() - 86_400_000));
    return ok({ communityId: grant.communityId });
  });
  if (!signedIn.ok) return signedIn;
  deps.log.info('web.dashboard_signed_in', { community: signedIn.value.communityId });
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
