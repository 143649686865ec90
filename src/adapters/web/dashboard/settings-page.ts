/**
 * The dashboard's settings page: every setting typed as text in one form (filled with the current
 * values, each with its hint, the problem beside the field after a refused save), the watched channels
 * with a button to stop watching each, and what is set only from the chat platform.
 */
import { type CommunitySettings, type CoreError, errorMessage, localiseForm, localiseView, type Result, settingsForm, type SettingProblem, type TextView, type View } from '../../../core/index.js';
import { type Localiser, localiser } from '../../../i18n/index.js';
import { html, multiline, type SafeHtml } from '../html.js';
import { withMarkup } from '../locale.js';
import { COMMAND, frame, type PageFrame } from './pages.js';

export interface SettingsPageState {
  /** What was typed, kept after a refused save so nothing has to be typed again. */
  readonly typed?: Readonly<Record<string, string>>;
  readonly problems?: readonly SettingProblem[];
  /** The last change's result, in core's words (rendered in the page's language). */
  readonly outcome?: Result<TextView>;
}

export function settingsPage(f: PageFrame, s: CommunitySettings, state: SettingsPageState = {}): SafeHtml {
  const { l } = f;
  const form = localiseForm(settingsForm(s), l);
  const problemOf = (id: string) => {
    const found = state.problems?.find((p) => p.setting === id);
    return found === undefined ? undefined : l.text(found.message);
  };
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
  const outcome = state.outcome === undefined || !state.outcome.ok ? state.outcome : { ok: true as const, value: localiseView(state.outcome.value, l) };
  const code = (command: string) => html`<code>${command}</code>`;
  return frame(
    f,
    'settings',
    l.format('dash.tab.settings'),
    html`${outcomeNote(outcome, undefined, l)}
<p>${l.format('dash.settings.intro')}</p>
<form class="core-form settings" method="post" action="/dashboard/settings" aria-label="${l.format('dash.settings.form')}">${fields}
<button type="submit" class="btn btn-primary">${l.format('dash.settings.save')}</button></form>
<section aria-labelledby="w-h"><h3 id="w-h">${l.format('dash.settings.watched')}</h3>
<p>${withMarkup(l, 'dash.settings.watched.about', { slack: code(COMMAND.slackWatch), discord: code(COMMAND.discordWatch) })}</p>
${
  s.watchedChannels.length === 0
    ? html`<p class="empty">${l.format('dash.settings.noneWatched')}</p>`
    : html`<ul class="watched">${s.watchedChannels.map(
        (c) => html`<li><span>${c}</span> <form method="post" action="/dashboard/settings/unwatch" class="inline"><input type="hidden" name="channel" value="${c}"><button type="submit" class="btn btn-secondary">${l.format('dash.settings.unwatch')}</button></form></li>`,
      )}</ul>`
}</section>
<section aria-labelledby="c-h"><h3 id="c-h">${l.format('dash.settings.platform')}</h3>
<p>${withMarkup(l, 'dash.settings.platform.about', { slack: code(COMMAND.slackSetup), discord: code(COMMAND.discordSetup) })}</p></section>`,
  );
}

/**
 * The last change's result above a form: what was saved, or why nothing was (`refused` is its heading,
 * in `l`'s language already; "Nothing was saved" when not given). The view's own words are core's.
 */
export function outcomeNote(outcome: Result<View> | undefined, refused?: string, l: Localiser = localiser('en')): SafeHtml | string {
  if (outcome === undefined) return '';
  if (outcome.ok) return html`<div class="callout callout-success" role="status"><strong>${outcome.value.title ?? l.format('dash.settings.saved')}</strong><p>${outcome.value.text}</p></div>`;
  return html`<div class="callout callout-warning" role="alert"><strong>${refused ?? l.format('dash.settings.nothingSaved')}</strong><p>${multiline(problemText(outcome.error, l))}</p></div>`;
}

function problemText(error: CoreError, l: Localiser): string {
  return l.text(errorMessage(error));
}
