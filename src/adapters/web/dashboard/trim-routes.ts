/**
 * The TRiM page over HTTP: its own sign-in (a link from `/peer trim page` or `/trim page`: GET shows a
 * button, as link scanners fetch with GET; POST redeems the token once), its own cookie on its own path,
 * and one page. A coordinator's dashboard link or session opens nothing here, nor a TRiM session the
 * dashboard; the core use case checks the session and the TRiM role on every request.
 */
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { canSignIn, type CoreDeps, type CoreError, localiseView, SESSION_HOURS, signInToDashboard, signOutOfDashboard, trimDuePage } from '../../../core/index.js';
import { type Locale, localiser, type MessageId, resolveLocale } from '../../../i18n/index.js';
import { html } from '../html.js';
import { limitBody, readForm, sameOrigin } from '../http.js';
import { notice, signInPage } from './pages.js';
import { askTrim, trimDuePage as trimDueHtml } from './trim-page.js';

export const TRIM_COOKIE = 'peerline_trim';
const COOKIE_PATH = '/trim';

export interface TrimRouteOptions {
  readonly deps: CoreDeps;
  /** Whether this request came over HTTPS (then the cookie is marked Secure). */
  readonly secure: (c: Context) => boolean;
}

/** A refusal page: its title and why, as messages. */
type Refusal = readonly [MessageId, MessageId];

const NOT_A_LINK: Refusal = ['trim.page.notALink.title', 'trim.page.notALink.text'];
const NO_ROLE: Refusal = ['trim.page.noRole.title', 'trim.page.noRole.text'];
const GONE: Refusal = ['trim.page.gone.title', 'trim.page.gone.text'];
const SIGN_IN: Refusal = ['trim.page.signIn.title', 'trim.page.signIn.text'];

/** Before a session names the community: the browser's first language, if Peerline speaks it, else English. */
const browserLocale = (c: Context): Locale => resolveLocale(c.req.header('accept-language')?.split(',')[0] ?? null, null);

/** One formatter per language and time zone: a time on the page, in the community's zone. */
const timeFormats = new Map<string, Intl.DateTimeFormat>();

function timeFormat(locale: Locale, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone}`;
  let format = timeFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone });
    timeFormats.set(key, format);
  }
  return format;
}

export function trimRoutes(o: TrimRouteOptions): Hono {
  const { deps } = o;
  const app = new Hono({ strict: false });
  const cookie = { path: COOKIE_PATH, httpOnly: true, sameSite: 'Strict' } as const;

  const refused = (c: Context, [title, why]: Refusal) => {
    deleteCookie(c, TRIM_COOKIE, { ...cookie, secure: o.secure(c) });
    const locale = browserLocale(c);
    const l = localiser(locale);
    return c.html(String(notice(l.format(title), html`<p>${l.format(why)}</p>${askTrim(locale)}`)), 401);
  };

  const refusedPage = (c: Context, error: CoreError) =>
    refused(
      c,
      error.code === 'unknown-community' ? GONE : error.reason?.id === 'trim-page-role' || error.code === 'trim-only' ? NO_ROLE : SIGN_IN,
    );

  app.get('/trim/sign-in', async (c) => {
    const token = c.req.query('token');
    if (!(await canSignIn(deps, token, 'trim'))) return refused(c, NOT_A_LINK);
    return c.html(String(signInPage(localiser(browserLocale(c)).format('trim.page.signIn.button'), '/trim/sign-in', token ?? '', SESSION_HOURS)), 200);
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
    const l = localiser(browserLocale(c));
    return c.html(String(notice(l.format('trim.page.signedOut.title'), html`<p>${l.format('trim.page.signedOut.text')}</p>`)), 200);
  });

  app.get('/trim', async (c) => {
    const page = await trimDuePage(deps, getCookie(c, TRIM_COOKIE));
    if (!page.ok) return refusedPage(c, page.error);
    const { access, now, due } = page.value;
    // The page is in the community's language (its `language` setting), as its coordinator cards are.
    const locale = resolveLocale(null, access.community.settings.language);
    const format = timeFormat(locale, access.community.settings.timeZone);
    return c.html(String(trimDueHtml({ community: access.community, role: access.role, now, sessionEnds: access.sessionEnds, time: (at) => format.format(at), locale }, localiseView(due, locale))), 200);
  });

  return app;
}
