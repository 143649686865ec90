/**
 * Dashboard access and pages. A coordinator's sign-in link opens a page with a button (link previews
 * and scanners fetch with GET, so GET never uses the token); the POST redeems the token once and sets
 * an HttpOnly, SameSite=Strict session cookie whose value is stored only as a hash and which expires.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CoreDeps } from '../../../core/deps.js';
import type { Logger } from '../../../core/ports.js';
import { localDate } from '../../../core/time.js';
import { computeStats } from '../../../core/use-cases/stats.js';
import { audit } from '../../../db/queries/audit.js';
import { findCommunityById } from '../../../db/queries/communities.js';
import {
  crisisFacts,
  deleteDashboardSession,
  dutyEvents,
  findDashboardSession,
  insertDashboardSession,
  onDutyNow,
  peekDashboardToken,
  purgeExpiredDashboardGrants,
  queueNow,
  redeemDashboardToken,
  requestFacts,
  staffOf,
  type DashboardGrant,
} from '../../../db/queries/dashboard.js';
import { html } from '../html.js';
import { assertSameOrigin, cookie, readForm, redirect, sendHtml } from '../http.js';
import type { Route } from '../playground/routes.js';
import { coverage, crisisByWeek, dutyIntervals, outcomesByDay, waitHistogram, ZonedCalendar } from './figures.js';
import { ASK_AGAIN, notice, nowPage, STATS_WINDOWS, statsPage, volunteersPage, type PageFrame } from './pages.js';

/** Hours a dashboard session lasts from sign-in. */
export const SESSION_HOURS = 4;
export const COOKIE = 'peerline_dashboard';

const COVERAGE_WEEKS = 4;
const OUTCOME_DAYS = 14;
const CRISIS_WEEKS = 12;

export interface DashboardOptions {
  readonly deps: CoreDeps;
  readonly log: Logger;
  /** Whether this request reached the dashboard over HTTPS (then the cookie is marked Secure). */
  readonly secure: (req: IncomingMessage) => boolean;
}

export function dashboardRoutes(o: DashboardOptions): Route {
  const { deps, log } = o;

  const refused = (req: IncomingMessage, res: ServerResponse, title: string, why: string) =>
    sendHtml(res, 401, notice(title, html`<p>${why}</p>${ASK_AGAIN}`), { 'set-cookie': clearCookie(req) });

  const clearCookie = (req: IncomingMessage) => `${COOKIE}=; Path=/dashboard; HttpOnly; SameSite=Strict; Max-Age=0${o.secure(req) ? '; Secure' : ''}`;

  async function signInPage(req: IncomingMessage, res: ServerResponse, url: URL) {
    const token = url.searchParams.get('token') ?? '';
    if (token.length === 0 || token.length > 200 || !(await peekDashboardToken(deps.db, token, deps.clock()))) {
      refused(req, res, 'This sign-in link no longer works', 'It has expired or has already been used. Links work once, for a few minutes.');
      return;
    }
    sendHtml(
      res,
      200,
      notice(
        'Sign in to the coordinator dashboard',
        html`<p>This link works once. Signing in keeps you signed in on this browser for ${SESSION_HOURS} hours.</p>
<form method="post" action="/dashboard/sign-in"><input type="hidden" name="token" value="${token}"><button type="submit" class="btn btn-primary">Sign in</button></form>`,
      ),
    );
  }

  async function signIn(req: IncomingMessage, res: ServerResponse) {
    assertSameOrigin(req);
    const token = (await readForm(req)).get('token') ?? '';
    const now = deps.clock();
    const grant = token.length === 0 || token.length > 200 ? null : await redeemDashboardToken(deps.db, token, now);
    if (grant === null) {
      refused(req, res, 'This sign-in link no longer works', 'It has expired or has already been used. Links work once, for a few minutes.');
      return;
    }
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
    await deps.db.transaction(async (tx) => {
      await insertDashboardSession(tx, secret, { ...grant, expiresAt, now });
      await audit(tx, { communityId: grant.communityId, actorRef: grant.coordinatorRef, action: 'dashboard.signed_in', detail: { expiresAt: expiresAt.toISOString() }, at: now });
      await purgeExpiredDashboardGrants(tx, new Date(now.getTime() - 86_400_000));
    });
    log.info('web.dashboard_signed_in', { community: grant.communityId });
    redirect(res, '/dashboard', {
      'set-cookie': `${COOKIE}=${secret}; Path=/dashboard; HttpOnly; SameSite=Strict; Max-Age=${SESSION_HOURS * 3600}${o.secure(req) ? '; Secure' : ''}`,
    });
  }

  async function session(req: IncomingMessage): Promise<DashboardGrant | null> {
    const secret = cookie(req, COOKIE);
    if (secret === null || secret.length === 0 || secret.length > 200) return null;
    return findDashboardSession(deps.db, secret, deps.clock());
  }

  async function page(req: IncomingMessage, res: ServerResponse, url: URL, tab: 'now' | 'volunteers' | 'stats') {
    const grant = await session(req);
    if (grant === null) {
      refused(req, res, 'Please sign in again', 'Your dashboard session has ended, or this browser is not signed in.');
      return;
    }
    const community = await findCommunityById(deps.db, grant.communityId);
    if (community === null) {
      refused(req, res, 'This community is gone', 'Peerline is no longer set up for it.');
      return;
    }
    const now = deps.clock();
    const tz = community.settings.timeZone;
    const format = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: tz });
    const f: PageFrame = { community, now, sessionEnds: grant.expiresAt, time: (at) => format.format(at) };
    if (tab === 'now') {
      const [queue, staff] = await Promise.all([queueNow(deps.db, community.id), staffOf(deps.db, community.id)]);
      sendHtml(res, 200, nowPage(f, queue, staff));
      return;
    }
    if (tab === 'volunteers') {
      sendHtml(res, 200, volunteersPage(f, await staffOf(deps.db, community.id), localDate(now, tz)));
      return;
    }
    const asked = Number(url.searchParams.get('days') ?? '30');
    const days = (STATS_WINDOWS as readonly number[]).includes(asked) ? asked : 30;
    const calendar = new ZonedCalendar(tz);
    const dayMs = 86_400_000;
    const coverageFrom = new Date(now.getTime() - COVERAGE_WEEKS * 7 * dayMs);
    const factsFrom = new Date(now.getTime() - Math.max(days, COVERAGE_WEEKS * 7, OUTCOME_DAYS) * dayMs);
    const [stats, facts, crisis, events, live] = await Promise.all([
      computeStats(deps, community.id, days),
      requestFacts(deps.db, community.id, factsFrom),
      crisisFacts(deps.db, community.id, new Date(now.getTime() - CRISIS_WEEKS * 7 * dayMs)),
      // Two days before the window: a shift under way when it opened started (or was confirmed) then.
      dutyEvents(deps.db, community.id, new Date(coverageFrom.getTime() - 2 * dayMs)),
      onDutyNow(deps.db, community.id),
    ]);
    const waitFrom = now.getTime() - days * dayMs;
    const shifts = dutyIntervals(events, live, { from: coverageFrom, to: now }, community.settings.maxShiftHours);
    sendHtml(
      res,
      200,
      statsPage(f, {
        days,
        stats,
        waits: waitHistogram(facts.filter((r) => r.createdAt.getTime() >= waitFrom)),
        coverage: coverage(
          facts.filter((r) => r.createdAt >= coverageFrom).map((r) => r.createdAt),
          shifts,
          calendar,
        ),
        coverageWeeks: COVERAGE_WEEKS,
        outcomes: outcomesByDay(facts, OUTCOME_DAYS, now, calendar),
        crisis: crisisByWeek(crisis, CRISIS_WEEKS, now, calendar),
      }),
    );
  }

  return async (req, res, url) => {
    const path = url.pathname;
    if (req.method === 'GET' && path === '/dashboard/sign-in') await signInPage(req, res, url);
    else if (req.method === 'POST' && path === '/dashboard/sign-in') await signIn(req, res);
    else if (req.method === 'POST' && path === '/dashboard/sign-out') {
      assertSameOrigin(req);
      const secret = cookie(req, COOKIE);
      if (secret !== null) await deleteDashboardSession(deps.db, secret);
      sendHtml(res, 200, notice('Signed out', html`<p>You are signed out of the dashboard.</p>`), { 'set-cookie': clearCookie(req) });
    } else if (req.method === 'GET' && (path === '/dashboard' || path === '/dashboard/')) await page(req, res, url, 'now');
    else if (req.method === 'GET' && path === '/dashboard/volunteers') await page(req, res, url, 'volunteers');
    else if (req.method === 'GET' && path === '/dashboard/stats') await page(req, res, url, 'stats');
    else return false;
    return true;
  };
}
