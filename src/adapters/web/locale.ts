/**
 * Which language a web page is in: the community's default (`settings.language`), unless this browser
 * chose another with the language switch (a `lang` query, kept in a cookie). Only the five locales
 * Peerline speaks are accepted; anything else is ignored.
 */
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Localiser} from '../../i18n/index.js';
import { isLocale, LOCALE_NAMES, LOCALES, type Locale, localiser, type MessageId } from '../../i18n/index.js';
import { escapeHtml, html, SafeHtml } from './html.js';

/** The cookie that keeps a browser's choice of language for the dashboard. */
export const LANG_COOKIE = 'peerline_lang';
const LANG_COOKIE_PATH = '/';

/** The language this browser chose (the `lang` query first, then its cookie), or null. */
export function chosenLocale(c: Context): Locale | null {
  const asked = c.req.query('lang');
  if (asked !== undefined && isLocale(asked)) return asked;
  const kept = getCookie(c, LANG_COOKIE);
  return kept !== undefined && isLocale(kept) ? kept : null;
}

/**
 * The language of a dashboard page for this request: the browser's own choice, else the community's
 * default, else English. Stable for the rota and TRiM pages to call.
 */
export function pageLocale(c: Context, community: CommunityLike | null | undefined): Locale {
  return chosenLocale(c) ?? communityLocale(community);
}

type CommunityLike = { readonly settings: { readonly language?: string } };

/** The community's default language, else English. */
export function communityLocale(community: CommunityLike | null | undefined): Locale {
  const language = community?.settings.language;
  return language !== undefined && isLocale(language) ? language : 'en';
}

/** Keeps a language asked for with `?lang=` in the browser's cookie, so the next pages follow it. */
export function keepChosenLocale(c: Context, secure: boolean): void {
  const asked = c.req.query('lang');
  if (asked === undefined || !isLocale(asked)) return;
  setCookie(c, LANG_COOKIE, asked, { path: LANG_COOKIE_PATH, httpOnly: true, sameSite: 'Lax', maxAge: 365 * 86_400, secure });
}

/** The tag dates and times are formatted with: English keeps the day-month order it always had. */
export const dateTag = (locale: Locale): string => (locale === 'en' ? 'en-GB' : locale);

/** A number with one decimal, in the locale's way (0.5, 0,5). */
export function decimal(tag: string, n: number): string {
  return new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }).format(n);
}

/**
 * A message with markup in its placeholders (`{slack}` → `<code>/peer watch</code>`): the words are
 * escaped, the parts are trusted HTML built by the caller. Translators keep the sentence whole.
 */
export function withMarkup(l: Localiser, id: MessageId, parts: Readonly<Record<string, SafeHtml>>): SafeHtml {
  const names = Object.keys(parts);
  const marker = (i: number) => `\u0001${i}\u0001`;
  const text = escapeHtml(l.format(id, Object.fromEntries(names.map((name, i) => [name, marker(i)]))));
  return new SafeHtml(names.reduce((out, name, i) => out.split(marker(i)).join(parts[name]?.value ?? ''), text));
}

/** The words of a page, and the language they are in. */
export interface PageWords {
  readonly locale: Locale;
  readonly l: Localiser;
}

export const wordsFor = (locale: Locale): PageWords => ({ locale, l: localiser(locale) });

/** The language switch: a link per language, each named in its own language; `href` is the page to reload. */
export function languageSwitch(w: PageWords, href: string): SafeHtml {
  return html`<nav class="lang-switch" aria-label="${w.l.format('web.lang.switch')}"><ul>${LOCALES.map(
    (code) =>
      html`<li><a href="${href}?lang=${code}" hreflang="${code}" lang="${code}"${code === w.locale ? html` aria-current="true"` : ''}>${LOCALE_NAMES[code]}</a></li>`,
  )}</ul></nav>`;
}
