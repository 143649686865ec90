/**
 * The TRiM page: TRiM practitioners and managers see the assessments due and overdue (what `/peer trim
 * due` shows them) in a browser. It has its own header and no coordinator tabs, shows no notes and no
 * record, and sends to the chat commands for everything else. People are shown by their chat user id:
 * the web adapter knows no names for them.
 */
import type { CommunityRecord, TrimPageAccess, View } from '../../../core/index.js';
import { html, multiline, type SafeHtml } from '../html.js';
import { layout } from '../layout.js';

export interface TrimFrame {
  readonly community: CommunityRecord;
  readonly role: TrimPageAccess['role'];
  readonly now: Date;
  readonly sessionEnds: Date;
  /** Formats a time in the community's time zone. */
  readonly time: (at: Date) => string;
}

/** How TRiM staff get a sign-in link, for the sign-in and refusal pages. */
export const ASK_TRIM = html`<p>TRiM practitioners and managers get a sign-in link from Peerline, privately: <code>/peer trim page</code> on Slack, <code>/trim page</code> on Discord.</p>`;

/** `@U0123` for `slack:T1:U0123`: the part of a person's ref after the last colon. */
const personLabel = (ref: string): string => `@${ref.slice(ref.lastIndexOf(':') + 1)}`;

export function trimDuePage(f: TrimFrame, due: View): SafeHtml {
  const fields = due.fields ?? [];
  const overdue = due.tone === 'warning';
  return layout(
    `TRiM: what is due · ${f.community.name} · Peerline`,
    html`<a class="skip" href="#main">Skip to content</a>
<header class="top dash"><div><p class="eyebrow">Peerline TRiM page</p><h1>${f.community.name}</h1>
<p class="hint">Signed in as a TRiM ${f.role} until ${f.time(f.sessionEnds)}. This page shows what is due; notes and records stay in the chat commands.</p></div>
<form method="post" action="/trim/sign-out"><button type="submit" class="btn btn-secondary">Sign out</button></form></header>
<main id="main" class="dash-main"><h2>${due.title ?? 'TRiM assessments due'}</h2><p class="asof">As of ${f.time(f.now)} (${f.community.settings.timeZone}). <a href="/trim">Refresh</a></p>
${overdue ? html`<p class="callout callout-warning" role="note"><strong>⚠ Overdue work:</strong> the lines marked OVERDUE are past their due date by the community's overdue timing.</p>` : ''}
<p>${multiline(due.text)}</p>
${
  fields.length === 0
    ? ''
    : html`<table class="trim-due stack"><caption class="visually-hidden">Assessments due and overdue, oldest first</caption>
<thead><tr><th scope="col">Assessment</th><th scope="col">Person</th><th scope="col">Due</th></tr></thead>
<tbody>${fields.map((l) => html`<tr><th scope="row">${l.label}</th><td data-label="Person">${l.about === undefined ? '—' : personLabel(l.about)}</td><td data-label="Due">${l.value}</td></tr>`)}</tbody></table>`
}
<p class="hint">People are shown by their Slack or Discord user id. Dates are in ${f.community.settings.timeZone}.</p>
<p>To record an assessment, use <code>/peer trim assess</code> on Slack or <code>/trim assess</code> on Discord; <code>/peer trim case 3</code> (<code>/trim case</code>) shows an incident's record.</p></main>`,
    { script: false },
  );
}
