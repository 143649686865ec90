/**
 * The TRiM page on the web: TRiM practitioners and managers see what is due and overdue, as
 * `/peer trim due` shows it, and nothing else (no notes, no record). Its sign-in link and session are
 * the dashboard's under the scope `trim`, so a coordinator's session never opens it, nor a TRiM session
 * the coordinators' pages. The TRiM role is checked on every request through TRiM's own check: a role
 * taken away ends the person's TRiM sessions and links the next time one is used.
 */
import { revokeDashboardAccess } from '../../db/queries/dashboard.js';
import type { Actor } from '../actor.js';
import type { CommunityRecord } from '../communities.js';
import type { CoreDeps } from '../deps.js';
import { fail, ok, type Result } from '../result.js';
import { loadTrimAccess, type TrimRole } from '../trim/access.js';
import { listDue } from '../trim/due.js';
import { DASHBOARD_OFF } from '../views/dashboard-off.js';
import { lines, t } from '../../i18n/index.js';
import type { TextView } from '../views/types.js';
import { signedIn } from './dashboard-access.js';
import { issueSignInLink, DASHBOARD_LINK_MINUTES } from './issue-dashboard-link.js';

/** Path of the TRiM page's sign-in page under the web adapter's base URL (token in `token`). */
export const TRIM_SIGN_IN_PATH = 'trim/sign-in';

/** A TRiM page request allowed through: the community, whose session it is and their TRiM role now. */
export interface TrimPageAccess {
  readonly community: CommunityRecord;
  readonly userRef: string;
  readonly role: TrimRole;
  readonly sessionEnds: Date;
}

/**
 * `/peer trim page`, `/trim page`: a private single-use link to the TRiM page, for TRiM staff only.
 * `baseUrl` undefined: this deployment serves no web pages (said after the role check).
 */
export async function issueTrimPageLink(deps: CoreDeps, actor: Actor, baseUrl: string | undefined): Promise<Result<TextView>> {
  const access = await loadTrimAccess(deps, actor);
  if (!access.ok) return access;
  if (baseUrl === undefined) return ok(DASHBOARD_OFF);
  const { community } = access.value;
  const url = await issueSignInLink(deps, { communityId: community.id, user: actor.user, scope: 'trim', baseUrl, path: TRIM_SIGN_IN_PATH });
  if (!url.ok) return url;
  return ok({
    title: t('trim.link.title'),
    text: lines(t('trim.link.text', { community: community.name, minutes: DASHBOARD_LINK_MINUTES }), t('trim.link.forward')),
    links: [{ label: t('trim.link.open'), url: url.value }],
    tone: 'neutral',
  });
}

const actorOf = (access: { community: CommunityRecord; userRef: string }): Actor => ({ user: access.userRef, community: access.community.ref });

/**
 * The check in front of every TRiM page request: a TRiM session (`not-allowed` with `dashboard-session`
 * when there is none, it expired, or it is a coordinator's), of someone who holds a TRiM role now
 * (`trim-page-role` otherwise, and their TRiM sessions and links are deleted), or `unknown-community`.
 */
export async function trimPageAccess(deps: CoreDeps, sessionSecret: string | null | undefined): Promise<Result<TrimPageAccess>> {
  const session = await signedIn(deps, sessionSecret, 'trim');
  if (!session.ok) return session;
  const { grant, community } = session.value;
  const trim = await loadTrimAccess(deps, actorOf({ community, userRef: grant.coordinatorRef }));
  if (!trim.ok) {
    if (trim.error.code !== 'trim-only') return trim;
    await revokeDashboardAccess(deps.db, community.id, grant.coordinatorRef, 'trim');
    deps.log.info('trim.page_refused', { community: community.id, reason: 'no-trim-role' });
    return fail('not-allowed', { id: 'trim-page-role' });
  }
  return ok({ community: trim.value.community, userRef: grant.coordinatorRef, role: trim.value.role, sessionEnds: grant.expiresAt });
}

export interface TrimDuePage {
  readonly access: TrimPageAccess;
  readonly now: Date;
  /** What `/peer trim due` shows this person (a manager: everyone's), read and audited by TRiM's use case; words from the catalogue. */
  readonly due: TextView;
}

export async function trimDuePage(deps: CoreDeps, sessionSecret: string | null | undefined): Promise<Result<TrimDuePage>> {
  const access = await trimPageAccess(deps, sessionSecret);
  if (!access.ok) return access;
  const due = await listDue(deps, actorOf(access.value));
  if (!due.ok) return due;
  return ok({ access: access.value, now: deps.clock(), due: due.value });
}
