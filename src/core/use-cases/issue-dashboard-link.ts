/**
 * A coordinator asks for the dashboard (`/peer-admin dashboard` on Discord, `/peer dashboard` on Slack,
 * a button in the web playground). They get, privately, a sign-in link carrying a random single-use
 * token that expires after `DASHBOARD_LINK_MINUTES`; only its SHA-256 is stored. The TRiM page's link
 * (trim-page.ts) is made the same way, under its own scope.
 */
import { randomBytes } from 'node:crypto';
import { audit } from '../../db/queries/audit.js';
import { insertDashboardToken, type DashboardScope } from '../../db/queries/dashboard.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { loadCommunityAsCoordinator } from '../guards.js';
import { isEnrolledCoordinator } from './dashboard-access.js';
import { fail, ok, type Result } from '../result.js';
import { addMinutes } from '../time.js';
import type { TextView as View } from '../views/types.js';
import { lines, t } from '../../i18n/index.js';

/** Minutes a sign-in link stays valid. */
export const DASHBOARD_LINK_MINUTES = 15;

/** Path of the sign-in page under the dashboard's base URL; the token goes in the `token` query parameter. */
export const DASHBOARD_SIGN_IN_PATH = 'dashboard/sign-in';

export async function issueDashboardLink(deps: CoreDeps, actor: Actor, baseUrl: string): Promise<Result<View>> {
  const community = await loadCommunityAsCoordinator(deps, actor);
  if (!community.ok) return community;
  // The dashboard checks enrolment on every page (it cannot see platform roles), so a link is only
  // worth sending to an enrolled coordinator.
  if (!(await isEnrolledCoordinator(deps.db, community.value.id, actor.user))) {
    return fail('not-allowed', { id: 'dashboard-coordinators' });
  }
  const url = await issueSignInLink(deps, { communityId: community.value.id, user: actor.user, scope: 'coordinator', baseUrl, path: DASHBOARD_SIGN_IN_PATH });
  if (!url.ok) return url;
  return ok({
    title: t('coord.dashLink.title'),
    text: lines(t('coord.dashLink.text', { community: community.value.name, minutes: DASHBOARD_LINK_MINUTES }), t('coord.dashLink.forward')),
    links: [{ label: t('coord.dashLink.open'), url: url.value }],
    tone: 'neutral',
  });
}

export interface SignInLinkInput {
  readonly communityId: string;
  readonly user: string;
  readonly scope: DashboardScope;
  /** PEERLINE_WEB_URL: where the web adapter is reached. */
  readonly baseUrl: string;
  /** The sign-in page under `baseUrl`. */
  readonly path: string;
}

/**
 * A new single-use sign-in link of `scope` for `user`, stored (as a hash) and audited; the caller has
 * checked the role the scope needs. `bad-input` when the base URL is not an http(s) address.
 */
export async function issueSignInLink(deps: CoreDeps, input: SignInLinkInput): Promise<Result<string>> {
  let url: URL;
  try {
    url = new URL(input.path, input.baseUrl.endsWith('/') ? input.baseUrl : `${input.baseUrl}/`);
  } catch {
    return fail('bad-input', { id: 'dashboard-url' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail('bad-input', { id: 'dashboard-scheme' });

  // 256 random bits: guessing is hopeless, so a short lifetime and single use are the real limits.
  const token = randomBytes(32).toString('base64url');
  const now = deps.clock();
  const expiresAt = addMinutes(now, DASHBOARD_LINK_MINUTES);
  await deps.db.transaction(async (tx) => {
    await insertDashboardToken(tx, token, { communityId: input.communityId, coordinatorRef: input.user, scope: input.scope, expiresAt, now });
    await audit(tx, {
      communityId: input.communityId,
      actorRef: input.user,
      action: input.scope === 'trim' ? 'trim.page.link_issued' : 'dashboard.link_issued',
      detail: { expiresAt: expiresAt.toISOString() },
      at: now,
    });
  });
  url.searchParams.set('token', token);
  return ok(url.toString());
}
