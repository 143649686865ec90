/**
 * Dashboard access and pages over HTTP. A coordinator's sign-in link opens a page with a button (link
 * previews and scanners fetch with GET, so GET never uses the token); the POST redeems the token once
 * and sets an HttpOnly, SameSite=Strict session cookie whose value is stored only as a hash and which
 * expires. Each page is one core use case, which checks the session and the coordinator role every time.
 */
import { createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { applySettingsText, canSignIn, type CoreDeps, dashboardChangeSettings, dashboardSettingsPage, dashboardUnwatchChannel, type Logger, type CoreError, COVERAGE_WEEKS, CRISIS_WEEKS, type DashboardAccess, dashboardNowPage, dashboardStatsPage, dashboardVolunteersPage, localDate, OUTCOME_DAYS, type Result, SESSION_HOURS, signInToDashboard, signOutOfDashboard, TEXT_SETTING_KEYS, type TextSettingKey } from '../../../core/index.js';
import type { MessageId } from '../../../i18n/index.js';
import { html } from '../html.js';
import { limitBody, readForm, sameOrigin } from '../http.js';
import { chosenLocale, communityLocale, dateTag, keepChosenLocale, pageLocale, type PageWords, wordsFor } from '../locale.js';
import { coverage, crisisByWeek, dutyIntervals, outcomesByDay, plannedByHour, waitHistogram, ZonedCalendar } from './figures.js';
import { askAgain, notice, nowPage, signInPage, statsPage, volunteersPage, type PageFrame } from './pages.js';
import { settingsPage } from './settings-page.js';
import { rotaRoutes } from './rota-routes.js';
import { trimRoutes } from './trim-routes.js';
import { liveNow, type DashboardChanges } from './live.js';
import type { EventHub } from '../sse.js';

export { SESSION_HOURS };
export const COOKIE = 'peerline_dashboard';
const COOKIE_PATH = '/dashboard';

export interface DashboardOptions {
  readonly deps: CoreDeps;
  /** The web adapter's server-sent events, with their bounds on open connections. */
  readonly hub: EventHub;
  readonly log: Logger;
  /** Whether this request reached the dashboard over HTTPS (then the cookie is marked Secure). */
  readonly secure: (c: Context) => boolean;
  /** The database's notices of queue and staff changes on any replica; without them live pages poll. */
  readonly changes?: DashboardChanges;
}

/** Why a page was refused: its heading and the sentence under it. */
type Refusal = readonly [title: MessageId, why: MessageId];

const LINK_GONE: Refusal = ['dash.refused.linkGone', 'dash.refused.linkGone.why'];
const NOT_COORDINATOR: Refusal = ['dash.refused.role', 'dash.refused.role.why'];
const COMMUNITY_GONE: Refusal = ['dash.refused.community', 'dash.refused.community.why'];
const SIGN_IN_AGAIN: Refusal = ['dash.refused.session', 'dash.refused.session.why'];

export function dashboardRoutes(o: DashboardOptions): Hono {
  const { deps } = o;
  const app = new Hono({ strict: false });

  /** The words of a page outside a community (sign-in, refusals): the browser's choice, else English. */
  const plain = (c: Context): PageWords => wordsFor(chosenLocale(c) ?? 'en');

  const refused = (c: Context, [title, why]: Refusal) => {
    deleteCookie(c, COOKIE, { path: COOKIE_PATH, httpOnly: true, sameSite: 'Strict', secure: o.secure(c) });
    const w = plain(c);
    return c.html(String(notice(w.l.format(title), html`<p>${w.l.format(why)}</p>${askAgain(w)}`, w)), 401);
  };

  /** The reply for a page the use case refused: the session ended, the role is gone, or the community. */
  const refusedPage = (c: Context, error: CoreError) =>
    refused(c, error.code === 'unknown-community' ? COMMUNITY_GONE : error.reason?.id === 'dashboard-role' ? NOT_COORDINATOR : SIGN_IN_AGAIN);

  /**
   * A page's frame, in the language of `c` (the browser's choice, else the community's default: see
   * `pageLocale`); without `c`, the community's default.
   */
  const frameOf = (access: DashboardAccess, now: Date, c?: Context): PageFrame => {
    const locale = c === undefined ? communityLocale(access.community) : pageLocale(c, access.community);
    const format = new Intl.DateTimeFormat(dateTag(locale), { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: access.community.settings.timeZone });
    return { community: access.community, now, sessionEnds: access.sessionEnds, time: (at) => format.format(at), ...wordsFor(locale) };
  };

  const show = <T>(c: Context, result: Result<T>, render: (page: T) => string) => (result.ok ? c.html(render(result.value), 200) : refusedPage(c, result.error));

  // The language switch: `?lang=` on any page keeps that language for this browser (see ../locale.ts).
  for (const path of ['/dashboard', '/dashboard/*']) {
    app.get(path, async (c, next) => {
      keepChosenLocale(c, o.secure(c));
      await next();
    });
  }

  app.get('/dashboard/sign-in', async (c) => {
    const token = c.req.query('token');
    if (!(await canSignIn(deps, token))) return refused(c, LINK_GONE);
    const w = plain(c);
    return c.html(String(signInPage(w.l.format('dash.signIn.title'), '/dashboard/sign-in', token ?? '', SESSION_HOURS, w)), 200);
  });

  app.post('/dashboard/sign-in', sameOrigin(), limitBody(), async (c) => {
    const signedIn = await signInToDashboard(deps, (await readForm(c)).get('token'));
    if (!signedIn.ok) return signedIn.error.reason?.id === 'dashboard-role' ? refused(c, NOT_COORDINATOR) : refused(c, LINK_GONE);
    setCookie(c, COOKIE, signedIn.value.secret, { path: COOKIE_PATH, httpOnly: true, sameSite: 'Strict', maxAge: SESSION_HOURS * 3600, secure: o.secure(c) });
    return c.redirect('/dashboard', 303);
  });

  app.post('/dashboard/sign-out', sameOrigin(), limitBody(), async (c) => {
    await signOutOfDashboard(deps, getCookie(c, COOKIE));
    deleteCookie(c, COOKIE, { path: COOKIE_PATH, httpOnly: true, sameSite: 'Strict', secure: o.secure(c) });
    const w = plain(c);
    return c.html(String(notice(w.l.format('dash.signedOut'), html`<p>${w.l.format('dash.signedOut.text')}</p>`, w)), 200);
  });

  app.get('/dashboard', async (c) =>
    show(c, await dashboardNowPage(deps, getCookie(c, COOKIE)), (p) => String(nowPage(frameOf(p.access, p.now, c), p.queue, p.staff))),
  );

  // The "now" page's live figures: access is checked when the stream opens and again on every read,
  // so a coordinator who is removed or signs out stops receiving them (live.ts says when it reads).
  app.get('/dashboard/events', async (c) => {
    const secret = getCookie(c, COOKIE);
    const first = await dashboardNowPage(deps, secret);
    if (!first.ok) return refusedPage(c, first.error);
    // Bounded per signed-in session rather than per address: behind a reverse proxy every browser has
    // the proxy's address, and only a valid session gets this far.
    return o.hub.connect(`session:${createHash('sha256').update(secret ?? '').digest('hex')}`, (send) =>
      liveNow({ deps, log: o.log, changes: o.changes, secret, first: first.value, frameOf: (p, now) => frameOf(p.access, now, c), send }),
    );
  });

  app.get('/dashboard/volunteers', async (c) =>
    show(c, await dashboardVolunteersPage(deps, getCookie(c, COOKIE)), (p) =>
      String(volunteersPage(frameOf(p.access, p.now, c), p.staff, localDate(p.now, p.access.community.settings.timeZone))),
    ),
  );

  app.get('/dashboard/stats', async (c) =>
    show(c, await dashboardStatsPage(deps, getCookie(c, COOKIE), Number(c.req.query('days') ?? '30')), (p) => {
      const { community } = p.access;
      const calendar = new ZonedCalendar(community.settings.timeZone);
      const waitFrom = p.now.getTime() - p.days * 86_400_000;
      const shifts = dutyIntervals(p.events, p.live, { from: p.coverageFrom, to: p.now }, community.settings.maxShiftHours);
      return String(
        statsPage(frameOf(p.access, p.now, c), {
          days: p.days,
          stats: p.stats,
          waits: waitHistogram(p.facts.filter((r) => r.createdAt.getTime() >= waitFrom)),
          coverage: coverage(
            p.facts.filter((r) => r.createdAt >= p.coverageFrom).map((r) => r.createdAt),
            shifts,
            calendar,
          ),
          coverageWeeks: COVERAGE_WEEKS,
          planned: plannedByHour(p.planned, calendar),
          outcomes: outcomesByDay(p.facts, OUTCOME_DAYS, p.now, calendar),
          crisis: crisisByWeek(p.crisis, CRISIS_WEEKS, p.now, calendar),
        }),
      );
    }),
  );

  app.get('/dashboard/settings', async (c) =>
    show(c, await dashboardSettingsPage(deps, getCookie(c, COOKIE)), (p) => String(settingsPage(frameOf(p.access, p.now, c), p.access.community.settings))),
  );

  app.post('/dashboard/settings', sameOrigin(), limitBody(), async (c) => {
    const body = await readForm(c);
    // Only the fields sent change: a field missing from the post keeps its value.
    const values: Partial<Record<TextSettingKey, string>> = {};
    for (const key of TEXT_SETTING_KEYS) {
      const value = body.get(key);
      if (value !== null) values[key] = value;
    }
    const before = await dashboardSettingsPage(deps, getCookie(c, COOKIE));
    if (!before.ok) return refusedPage(c, before.error);
    const changed = await dashboardChangeSettings(deps, getCookie(c, COOKIE), values);
    if (!changed.ok) return refusedPage(c, changed.error);
    const { outcome, access, now } = changed.value;
    // The problems beside their fields, read the way core read them (core's own error is shown above the form).
    const checked = outcome.ok ? null : applySettingsText(before.value.access.community.settings, values);
    const page = settingsPage(frameOf(access, now, c), access.community.settings, {
      outcome,
      ...(outcome.ok ? {} : { typed: values, problems: checked !== null && !checked.ok ? checked.problems : [] }),
    });
    return c.html(String(page), outcome.ok ? 200 : 400);
  });

  app.post('/dashboard/settings/unwatch', sameOrigin(), limitBody(), async (c) => {
    const changed = await dashboardUnwatchChannel(deps, getCookie(c, COOKIE), (await readForm(c)).get('channel') ?? '');
    if (!changed.ok) return refusedPage(c, changed.error);
    const { outcome, access, now } = changed.value;
    return c.html(String(settingsPage(frameOf(access, now, c), access.community.settings, { outcome })), outcome.ok ? 200 : 400);
  });

  app.route('/', rotaRoutes({ deps, frameOf, show, refusedPage, cookie: COOKIE }));
  // The TRiM page signs in on its own (scope, cookie and path): see trim-routes.ts.
  app.route('/', trimRoutes({ deps, secure: o.secure }));

  return app;
}
