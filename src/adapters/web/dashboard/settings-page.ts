/**
 * The dashboard's settings page: every setting typed as text in one form (filled with the current
 * values, each with its hint, the problem beside the field after a refused save), the watched channels
 * with a button to stop watching each, and what is set only from the chat platform.
 */
import { type CommunitySettings, type CoreError, errorText, type Result, settingsForm, type SettingProblem, type View } from '../../../core/index.js';
import { html, multiline, type SafeHtml } from '../html.js';
import { frame, type PageFrame } from './pages.js';

export interface SettingsPageState {
  /** What was typed, kept after a refused save so nothing has to be typed again. */
  readonly typed?: Readonly<Record<string, string>>;
  readonly problems?: readonly SettingProblem[];
  /** The last change's result. */
  readonly outcome?: Result<View>;
}

export function settingsPage(f: PageFrame, s: CommunitySettings, state: SettingsPageState = {}): SafeHtml {
  const form = settingsForm(s);
  const problemOf = (id: string) => state.problems?.find((p) => p.setting === id)?.message;
  const fields = form.fields.map((field) => {
    if (field.kind !== 'text') return '';
    const id = `setting-${field.id}`;
    const value = state.typed?.[field.id] ?? field.initial ?? '';
    const problem = problemOf(field.id);
    const describedBy = `${id}-hint${problem === undefined ? '' : ` ${id}-problem`}`;
    const invalid = problem === undefined ? '' : html` aria-invalid="true"`;
    const input = field.multiline
      ? html`<textarea id="${id}" name="${field.id}" maxlength="${field.maxLength}" rows="4" aria-describedby="${describedBy}"${invalid}>${value}</textarea>`
      : html`<input id="${id}" name="${field.id}" maxlength="${field.maxLength}" value="${value}" aria-describedby="${describedBy}"${invalid}>`;
    return html`<div class="control"><label for="${id}">${field.label}</label>${input}<p class="hint" id="${id}-hint">${field.hint ?? ''}</p>${
      problem === undefined ? '' : html`<p class="problem" id="${id}-problem" role="alert">${problem}</p>`
    }</div>`;
  });
  return frame(
    f,
    'settings',
    'Settings',
    html`${outcomeNote(state.outcome)}
<p>Changes apply from the next request. Every change is written to the audit log with who made it.</p>
<form class="core-form settings" method="post" action="/dashboard/settings" aria-label="Community settings">${fields}
<button type="submit" class="btn btn-primary">Save settings</button></form>
<section aria-labelledby="w-h"><h3 id="w-h">Watched channels</h3>
<p>In a watched channel Peerline reads each new message for crisis language, in memory, and stores none of it. If it finds crisis language, the person gets a private reply with a crisis line and the coordinators an alert that names who and where, never the words. Add a channel with <code>/peer watch</code> in it on Slack, or <code>/peer-admin settings watch</code> on Discord.</p>
${
  s.watchedChannels.length === 0
    ? html`<p class="empty">No channel is watched.</p>`
    : html`<ul class="watched">${s.watchedChannels.map(
        (c) => html`<li><span>${c}</span> <form method="post" action="/dashboard/settings/unwatch" class="inline"><input type="hidden" name="channel" value="${c}"><button type="submit" class="btn btn-secondary">Stop watching</button></form></li>`,
      )}</ul>`
}</section>
<section aria-labelledby="c-h"><h3 id="c-h">Set from the chat platform</h3>
<p>The volunteer channel, where sessions open, the coordinators and the coordinator role are chosen with the platform's own pickers: <code>/peer setup</code> on Slack, <code>/peer-admin setup</code> on Discord.</p></section>`,
  );
}

/** The last change's result above a form: what was saved, or why nothing was (`refused` is its heading). */
export function outcomeNote(outcome: Result<View> | undefined, refused = 'Nothing was saved'): SafeHtml | string {
  if (outcome === undefined) return '';
  if (outcome.ok) return html`<div class="callout callout-success" role="status"><strong>${outcome.value.title ?? 'Saved'}</strong><p>${outcome.value.text}</p></div>`;
  return html`<div class="callout callout-warning" role="alert"><strong>${refused}</strong><p>${multiline(problemText(outcome.error))}</p></div>`;
}

function problemText(error: CoreError): string {
  return errorText(error);
}
