/**
 * Core views and forms as HTML — the web counterpart of Block Kit (Slack) and embeds (Discord). Text
 * is escaped (views carry plain text), every control has a label, and tone is shown in words as well
 * as colour so a crisis view stands out for everyone.
 */
import { type FormField, type FormView, localiseForm, type TextForm, type Tone, type UserRef, type View } from '../../core/index.js';
import { type Locale, type Localiser, localiser, type MessageId } from '../../i18n/index.js';
import { html, multiline, type SafeHtml } from './html.js';
import type { Entry } from './store.js';

export interface RenderContext {
  /** Display name for a person's ref. */
  readonly nameOf: (user: UserRef) => string;
  /** Who presses this entry's buttons (the pane's person, or the default of a shared pane). */
  readonly actingAs: UserRef;
  /** Formats a time for display (the demo's clock and time zone). */
  readonly time: (at: Date) => string;
  /** Buttons that no longer apply (by action id), with the reason shown beside them; they are disabled. */
  readonly stale?: ReadonlyMap<string, string>;
  /** The words around the views (who wrote, badges); English when not given. */
  readonly l?: Localiser;
}

const wordsOf = (ctx: RenderContext): Localiser => ctx.l ?? localiser('en');

// No badge for `warning`: its title says what it is, and a staff word ("Attention") read as a label on a member's reply.
const TONE_LABEL: Partial<Record<Tone, MessageId>> = { crisis: 'web.tone.crisis', danger: 'web.tone.danger', success: 'web.tone.success' };

function toneBadge(l: Localiser, tone: Tone): SafeHtml {
  const label = TONE_LABEL[tone];
  return label === undefined ? html`` : html`<p class="badge badge-${tone}">${l.format(label)}</p>`;
}

function button(ctx: RenderContext, b: NonNullable<View['buttons']>[number]): SafeHtml {
  const why = ctx.stale?.get(b.action);
  // A button that no longer applies stays in place, disabled, with the reason in words beside it.
  return html`<form class="act${why === undefined ? '' : ' stale'}" method="post" action="/playground/action">
<input type="hidden" name="as" value="${ctx.actingAs}"><input type="hidden" name="action" value="${b.action}">
${why === undefined ? '' : html`<span class="why">${why}</span>`}<button type="submit" class="btn btn-${b.style ?? 'secondary'}"${why === undefined ? '' : html` disabled`}>${b.label}</button></form>`;
}

export function renderView(view: View, ctx: RenderContext): SafeHtml {
  const tone = view.tone ?? 'neutral';
  const mentions = view.mentions ?? [];
  const l = wordsOf(ctx);
  return html`${toneBadge(l, tone)}
${mentions.length > 0 ? html`<p class="mentions">${mentions.map((m) => html`<span class="mention">@${ctx.nameOf(m)}</span> `)}</p>` : ''}
${view.title === undefined ? '' : html`<h3 class="view-title">${view.title}</h3>`}
<p class="view-text">${multiline(view.text)}</p>
${view.fields !== undefined && view.fields.length > 0 ? html`<dl class="fields">${view.fields.map((f) => html`<div><dt>${f.label}</dt><dd>${f.about === undefined ? '' : html`<span class="mention">@${ctx.nameOf(f.about)}</span> `}${multiline(f.value)}</dd></div>`)}</dl>` : ''}
${view.buttons !== undefined && view.buttons.length > 0 ? html`<div class="buttons">${view.buttons.map((b) => button(ctx, b))}</div>` : ''}
${view.links !== undefined && view.links.length > 0 ? html`<p class="links">${view.links.map((k) => link(l, k))}</p>` : ''}`;
}

function link(l: Localiser, k: NonNullable<View['links']>[number]): SafeHtml {
  // Only web addresses become links; anything else (a `javascript:` URL) is shown as text.
  if (!/^https?:\/\//i.test(k.url)) return html`<span class="link-text">${l.format('web.link.text', { label: k.label, url: k.url })}</span> `;
  return html`<a class="link-btn" href="${k.url}" target="_blank" rel="noopener noreferrer">${k.label}<span class="visually-hidden">${l.format('web.link.newTab')}</span></a> `;
}

/** The DOM id of a message, for links to it (`#m-<id>`). */
export const entryId = (ref: string): string => `m-${ref.slice(ref.lastIndexOf(':') + 1)}`;

/** `where`: the session space an entry was written in, when it is shown outside that space's own view. */
export function renderEntry(entry: Entry, ctx: RenderContext, owner: UserRef | null, where?: string): SafeHtml {
  const l = wordsOf(ctx);
  const at = html`<time datetime="${entry.at.toISOString()}">${ctx.time(entry.at)}</time>${where === undefined ? '' : html` <span class="where">${l.format('web.entry.where', { where })}</span>`}`;
  if (entry.kind === 'mention') {
    const channel = `#${entry.channel.slice(entry.channel.lastIndexOf(':') + 1)}`;
    return html`<article class="entry mention" id="${entryId(entry.ref)}"><p class="meta"><span class="who">${l.format('web.entry.mentioned', { channel })}</span> ${at}</p><p class="view-text"><a href="#${entryId(entry.message)}">${entry.title}</a></p></article>`;
  }
  if (entry.kind === 'person') {
    const name = entry.author === owner ? l.format('web.entry.you') : ctx.nameOf(entry.author);
    const who = entry.toBot ? l.format('web.entry.toBot', { who: name }) : name;
    return html`<article class="entry person" id="${entryId(entry.ref)}"><p class="meta"><span class="who">${who}</span> ${at}</p><p class="view-text">${multiline(entry.text)}</p></article>`;
  }
  const tone = entry.view.tone ?? 'neutral';
  const meta = entry.onlyVisibleTo !== undefined ? l.format('web.entry.onlyYou') : 'Peerline';
  return html`<article class="entry bot tone-${tone}" id="${entryId(entry.ref)}"><p class="meta"><span class="who">${meta}</span> ${at}</p>${renderView(entry.view, ctx)}</article>`;
}

function field(formId: string, f: FormField): SafeHtml {
  const id = `${formId}-${f.id}`;
  switch (f.kind) {
    case 'select':
      return html`<div class="control"><label for="${id}">${f.label}</label>
<select id="${id}" name="${f.id}">${f.options.map((o) => html`<option value="${o.value}"${o.value === f.initial ? html` selected` : ''}>${o.label}</option>`)}</select></div>`;
    case 'text': {
      const hint = f.hint === undefined ? '' : html`<p class="hint" id="${id}-hint">${f.hint}</p>`;
      const described = f.hint === undefined ? '' : html` aria-describedby="${id}-hint"`;
      const input = f.multiline
        ? html`<textarea id="${id}" name="${f.id}" maxlength="${f.maxLength}" rows="2"${f.required ? html` required` : ''}${described}></textarea>`
        : html`<input id="${id}" name="${f.id}" maxlength="${f.maxLength}"${f.required ? html` required` : ''}${described}>`;
      return html`<div class="control"><label for="${id}">${f.label}</label>${input}${hint}</div>`;
    }
    case 'checkbox':
      // The hint says what ticking it means, so it is the checkbox's label; the short label names the group.
      return html`<div class="control check"><input type="checkbox" id="${id}" name="${f.id}" value="on"><label for="${id}">${f.hint ?? f.label}</label></div>`;
    case 'datetime':
      return html`<div class="control"><label for="${id}">${f.label}</label><input type="datetime-local" id="${id}" name="${f.id}" required></div>`;
    case 'users':
    case 'user':
      // The playground has no people picker: refs are typed, comma-separated for several.
      return html`<div class="control"><label for="${id}">${f.label}</label><input id="${id}" name="${f.id}" required></div>`;
    case 'info':
      return html`<p class="hint">${f.text}</p>`;
  }
}

/** A core form as an HTML form posting to `action`; `hidden` adds fields such as who is acting. */
/** A core form as HTML, in `options.locale` (the community's default, or a page's words; English when not given). */
export function renderForm(source: TextForm, options: { action: string; domId: string; hidden: Record<string, string>; locale?: Locale | Localiser }): SafeHtml {
  const form: FormView = localiseForm(source, options.locale ?? 'en');
  return html`<form class="core-form" method="post" action="${options.action}" aria-label="${form.title}">
${Object.entries(options.hidden).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
<input type="hidden" name="form" value="${form.id}">
${form.fields.map((f) => field(options.domId, f))}
<button type="submit" class="btn btn-primary">${form.submitLabel}</button></form>`;
}

/** Reads a submitted core form back into the values core's parsers expect: strings, and booleans for checkboxes. */
export function formValues(form: TextForm, body: URLSearchParams): Record<string, string | boolean> {
  const values: Record<string, string | boolean> = {};
  for (const f of form.fields) {
    if (f.kind === 'checkbox') values[f.id] = body.get(f.id) === 'on';
    else {
      const value = body.get(f.id);
      if (value !== null) values[f.id] = value;
    }
  }
  return values;
}
