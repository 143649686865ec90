/**
 * The TRiM page: TRiM practitioners and managers see the assessments due and overdue (what `/peer trim
 * due` shows them) in a browser. It has its own header and no coordinator tabs, shows no notes and no
 * record, and sends to the chat commands for everything else. People are shown by their chat user id:
 * the web adapter knows no names for them. Its words are the catalogue's, in `locale`.
 */
import type { CommunityRecord, TrimPageAccess, View } from '../../../core/index.js';
import { type Locale, localiser } from '../../../i18n/index.js';
import { escapeHtml, html, multiline, raw, type SafeHtml } from '../html.js';
import { layout } from '../layout.js';

export interface TrimFrame {
  readonly community: CommunityRecord;
  readonly role: TrimPageAccess['role'];
  readonly now: Date;
  readonly sessionEnds: Date;
  /** Formats a time in the community's time zone, in the page's language. */
  readonly time: (at: Date) => string;
  /** The page's language. */
  readonly locale: Locale;
}

/** A message that names chat commands in backticks: its words escaped, each command set as code. */
function withCommands(locale: Locale, id: 'trim.page.ask' | 'trim.page.record'): SafeHtml {
  return raw(escapeHtml(localiser(locale).format(id)).replace(/`([^`]+)`/g, '<code>$1</code>'));
}

/** How TRiM staff get a sign-in link, for the sign-in and refusal pages. */
export const askTrim = (locale: Locale): SafeHtml => html`<p>${withCommands(locale, 'trim.page.ask')}</p>`;

/** `@U0123` for `slack:T1:U0123`: the part of a person's ref after the last colon. */
const personLabel = (ref: string): string => `@${ref.slice(ref.lastIndexOf(':') + 1)}`;

/** One line of the due list; each cell is labelled with its column's name for narrow screens. */
function dueRow(row: NonNullable<View['fields']>[number], personLabelText: string, dueLabelText: string): SafeHtml {
  // i18n-exempt: markup only; the labels are the catalogue's
  return html`<tr><th scope="row">${row.label}</th><td data-label="${personLabelText}">${row.about === undefined ? '—' : personLabel(row.about)}</td><td data-label="${dueLabelText}">${row.value}</td></tr>`;
}

/** `due`: the due list, already in the page's words. */
export function trimDuePage(f: TrimFrame, due: View): SafeHtml {
  const fields = due.fields ?? [];
  const overdue = due.tone === 'warning';
  const l = localiser(f.locale);
  const zone = f.community.settings.timeZone;
  const role = l.format(f.role === 'manager' ? 'trim.role.manager' : 'trim.role.practitioner');
  const person = l.format('trim.page.column.person');
  const dueWord = l.format('trim.page.column.due');
  return layout(
    l.format('trim.page.title', { community: f.community.name }),
    html`<a class="skip" href="#main">${l.format('trim.page.skip')}</a>
<header class="top dash"><div><p class="eyebrow">${l.format('trim.page.eyebrow')}</p><h1>${f.community.name}</h1>
<p class="hint">${l.format('trim.page.signedIn', { role, until: f.time(f.sessionEnds) })}</p></div>
<form method="post" action="/trim/sign-out"><button type="submit" class="btn btn-secondary">${l.format('trim.page.signOut')}</button></form></header>
<main id="main" class="dash-main"><h2>${due.title ?? l.format('trim.page.dueHeading')}</h2><p class="asof">${l.format('trim.page.asOf', { when: f.time(f.now), zone })} <a href="/trim">${l.format('trim.page.refresh')}</a></p>
${overdue ? html`<p class="callout callout-warning" role="note"><strong>${l.format('trim.page.overdue.label')}</strong> ${l.format('trim.page.overdue.text')}</p>` : ''}
<p>${multiline(due.text)}</p>
${
  fields.length === 0
    ? ''
    : html`<table class="trim-due stack"><caption class="visually-hidden">${l.format('trim.page.caption')}</caption>
<thead><tr><th scope="col">${l.format('trim.page.column.assessment')}</th><th scope="col">${person}</th><th scope="col">${dueWord}</th></tr></thead>
<tbody>${fields.map((row) => dueRow(row, person, dueWord))}</tbody></table>`
}
<p class="hint">${l.format('trim.page.people', { zone })}</p>
<p>${withCommands(f.locale, 'trim.page.record')}</p></main>`,
    { script: false },
  );
}
