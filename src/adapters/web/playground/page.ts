/** The playground page: the demo clock, the language switch, then every pane of the demo community on one screen. */
import { type CommunitySettings } from '../../../core/index.js';
import { LOCALE_NAMES, LOCALES, type Localiser } from '../../../i18n/index.js';
import { html, type SafeHtml } from '../html.js';
import { layout } from '../layout.js';
import { PANES, paneName, renderPane, type PaneDeps, type PaneState } from './panes.js';

export const CLOCK_STEPS: readonly { minutes: number; label: (l: Localiser) => string }[] = [
  { minutes: 5, label: (l) => l.format('play.clock.minutes', { n: 5 }) },
  { minutes: 15, label: (l) => l.format('play.clock.minutes', { n: 15 }) },
  { minutes: 60, label: (l) => l.format('play.clock.hours', { n: 1 }) },
  { minutes: 240, label: (l) => l.format('play.clock.hours', { n: 4 }) },
  { minutes: 1440, label: (l) => l.format('play.clock.days', { n: 1 }) },
];

export function clockLabel(l: Localiser, now: Date, offsetMs: number, time: (at: Date) => string): string {
  const ahead = Math.round(offsetMs / 60_000);
  const by =
    ahead === 0
      ? l.format('play.clock.real')
      : ahead < 60
        ? l.format('play.clock.aheadMin', { m: ahead })
        : ahead % 60 === 0
          ? l.format('play.clock.aheadH', { h: ahead / 60 })
          : l.format('play.clock.aheadHMin', { h: Math.floor(ahead / 60), m: ahead % 60 });
  return l.format('play.clock.label', { time: time(now), by });
}

/** The playground's language: the demo community's default, which its cards and replies follow too. */
function languageForm(l: Localiser, current: string): SafeHtml {
  return html`<form class="lang" method="post" action="/playground/language" aria-labelledby="lang-h"><h2 id="lang-h">${l.format('web.lang.switch')}</h2>
<div class="row" role="group" aria-labelledby="lang-h">${LOCALES.map(
    (code) => html`<button type="submit" class="btn btn-secondary" name="lang" value="${code}" lang="${code}"${code === current ? html` aria-pressed="true"` : html` aria-pressed="false"`}>${LOCALE_NAMES[code]}</button>`,
  )}</div>
<p class="hint">${l.format('play.lang.hint')}</p></form>`;
}

export function playgroundPage(deps: PaneDeps, settings: CommunitySettings, clock: string, state: PaneState): SafeHtml {
  const { l } = deps;
  // The script's own words (announcements), in the page's language; {status} and {pane} are filled in by the script.
  const said = { failed: l.format('play.js.failed', { status: '{status}' }), silent: l.format('play.js.silent'), news: l.format('play.js.new', { pane: '{pane}' }) };
  return layout(
    l.format('play.title'),
    html`<a class="skip" href="#pane-member">${l.format('play.skip')}</a>
<header class="top"><div><h1>${l.format('play.title')}</h1>
<p class="intro">${l.format('play.intro')}</p></div>
<form class="clock" method="post" action="/playground/clock" aria-labelledby="clock-h"><h2 id="clock-h">${l.format('play.clock')}</h2>
<p class="clock-now"><output id="clock-now" aria-live="polite">${clock}</output></p>
<div class="row" role="group" aria-label="${l.format('play.clock.group')}">${CLOCK_STEPS.map((s) => html`<button type="submit" name="minutes" value="${s.minutes}" class="btn btn-secondary">${s.label(l)}</button>`)}</div>
<p class="hint">${l.format('play.clock.hint')}</p></form></header>
<nav class="pane-tabs" aria-label="${l.format('play.tabs')}"><ul>${PANES.map((p, i) => html`<li><a href="#pane-${p}" data-tab="${p}"${i === 0 ? html` aria-current="true"` : ''}>${paneName(l, p)}</a></li>`)}</ul></nav>
<main class="panes">${PANES.map((p) => renderPane(deps, p, settings, state))}</main>
<p class="visually-hidden" id="announcer" role="status" aria-live="polite" data-failed="${said.failed}" data-silent="${said.silent}" data-new="${said.news}"></p>
<footer>${languageForm(l, settings.language)}<p>${l.format('play.footer')}</p></footer>`,
    { script: true, lang: l.tag },
  );
}
