/**
 * The TRiM page over HTTP: its own sign-in (a link from `/peer trim page` or `/trim page`: GET shows a
 * button, as link scanners fetch with GET; POST redeems the token once), its own cookie on its own path,
 * and one page. A coordinator's dashboard link or session opens nothing here, nor a TRiM session the
 * dashboard; the core use case checks the session and the TRiM role on every request.
 */
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { canSignIn, type CoreDeps, type CoreError, SESSION_HOURS, signInToDashboard, signOutOfDashboard, trimDuePage } from '../../../core/index.js';
import { html } from '../html.js';
import { limitBody, readForm, sameOrigin } from '../http.js';
import { notice, signInPage } from './pages.js';
import { ASK_TRIM, trimDuePage as trimDueHtml } from './trim-page.js';

export const TRIM_COOKIE = 'peerline_trim';
const COOKIE_PATH = '/trim';

export interface TrimRouteOptions {
  readonly deps: CoreDeps;
  /** Whether this request came over HTTPS (then the cookie is marked Secure). */
  readonly secure: (c: Context) => boolean;
}

const NOT_A_LINK = [
  'This link does not open the TRiM page',
  'It has expired or has already been used, or it is not a TRiM page link: a coordinator’s dashboard link opens the dashboard only. Links work once, for a few minutes.',
] as const;
const NO_ROLE = ['You hold no TRiM role here', 'The TRiM page is for TRiM practitioners and managers; access ends with the TRiM role.'] as const;

export function trimRoutes(o: TrimRouteOptions): Hono {
  const { deps } = o;
  const app = new Hono({ strict: false });
  const cookie = { path: COOKIE_PATH, httpOnly: true, sameSite: 'Strict' } as const;

  const refused = (c: Context, [title, why]: readonly [string, string]) => {
    deleteCookie(c, TRIM_COOKIE, { ...cookie, secure: o.secure(c) });
    return c.html(String(notice(title, html`<p>${why}</p>${ASK_TRIM}`)), 401);
  };

  const refusedPage = (c: Context, error: CoreError) =>
    refused(
      c,
      error.code === 'unknown-community'
        ? ['This community is gone', 'Peerline is no longer set up for it.']
        : error.reason?.id === 'trim-page-role' || error.code === 'trim-only'
          ? NO_ROLE
          : ['Please sign in to the TRiM page', 'This browser is not signed in to the TRiM page, or its session has ended. Signing in to the coordinator dashboard does not open it.'],
    );

  app.get('/trim/sign-in', async (c) => {
    const token = c.req.query('token');
    if (!(await canSignIn(deps, token, 'trim'))) return refused(c, NOT_A_LINK);
    return c.html(String(signInPage('Sign in to the TRiM page', '/trim/sign-in', token ?? '', SESSION_HOURS)), 200);
  });

  app.post('/trim/sign-in', sameOrigin(), limitBody(), async (c) => {
    const signedIn = await signInToDashboard(deps, (await readForm(c)).get('token'), 'trim');
    if (!signedIn.ok) return refused(c, signedIn.error.reason?.id === 'trim-page-role' ? NO_ROLE : NOT_A_LINK);
    setCookie(c, TRIM_COOKIE, signedIn.value.secret, { ...cookie, maxAge: SESSION_HOURS * 3600, secure: o.secure(c) });
    return c.redirect('/trim', 303);
  });

  app.post('/trim/sign-out', sameOrigin(), limitBody(), async (c) => {
    await signOutOfDashboard(deps, getCookie(c, TRIM_COOKIE));
    deleteCookie(c, TRIM_COOKIE, { ...cookie, secure: o.secure(c) });
    return c.html(String(notice('Signed out', html`<p>You are signed out of the TRiM page.</p>`)), 200);
  });

  app.get('/trim', async (c) => {
    const page = await trimDuePage(deps, getCookie(c, TRIM_COOKIE));
    if (!page.ok) return refusedPage(c, page.error);
    const { access, now, due } = page.value;
    const format = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: access.community.settings.timeZone });
    return c.html(String(trimDueHtml({ community: access.community, role: access.role, now, sessionEnds: access.sessionEnds, time: (at) => format.format(at) }, due)), 200);
  });

  return app;
}
