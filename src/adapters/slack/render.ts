/**
 * Core views as Block Kit. Text is escaped (Slack treats &, < and > as markup) and stays plain; titles
 * become headers; crisis views are marked in words as well as colour.
 */
import type { types } from '@slack/bolt';
import { type FormView, localiseForm, localiseView, type TextForm, type TextView, type View } from '../../core/index.js';
import { type Locale, localise, t } from '../../i18n/index.js';
import { parseId } from './refs.js';

/** Block Kit's limits that bite: 3,000 characters per text object, 10 fields per section, 25 elements per actions block. */
const TEXT_MAX = 3000;

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const clip = (text: string, max = TEXT_MAX) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

const TONE_MARK: Record<NonNullable<View['tone']>, string> = {
  neutral: '',
  success: ':white_check_mark: ',
  warning: ':warning: ',
  danger: ':x: ',
  crisis: ':sos: ',
};

export interface SlackMessage {
  readonly text: string;
  readonly blocks: types.KnownBlock[];
}

export function mentionText(refs: readonly string[]): string {
  return refs.map((r) => `<@${parseId(r).id}>`).join(' ');
}

/** The view in the reader's words (`locale`; a view with its own locale keeps it), as Block Kit. */
export function renderView(source: TextView, locale: Locale): SlackMessage {
  const view: View = localiseView(source, locale);
  const mark = TONE_MARK[view.tone ?? 'neutral'];
  const blocks: types.KnownBlock[] = [];
  if (view.title !== undefined) blocks.push({ type: 'header', text: { type: 'plain_text', text: clip(`${mark}${view.title}`, 150), emoji: true } });
  const mentions = view.mentions !== undefined && view.mentions.length > 0 ? `${mentionText(view.mentions)}\n` : '';
  blocks.push({ type: 'section', text: { type: 'mrkdwn', text: clip(mentions + escapeText(view.text)) } });
  const fields = view.fields ?? [];
  for (let i = 0; i < fields.length; i += 10) {
    blocks.push({
      type: 'section',
      fields: fields.slice(i, i + 10).map((f) => ({
        type: 'mrkdwn',
        text: clip(`*${escapeText(f.label)}*\n${f.about === undefined ? '' : `${mentionText([f.about])} `}${escapeText(f.value)}`, 2000),
      })),
    });
  }
  const buttons: types.Button[] = [
    ...(view.buttons ?? []).map((b) => ({
      type: 'button' as const,
      action_id: b.action,
      value: b.action,
      text: { type: 'plain_text' as const, text: clip(b.label, 75), emoji: true },
      ...(b.style === 'primary' || b.style === 'danger' ? { style: b.style } : {}),
    })),
    ...(view.links ?? []).map((l, i) => ({ type: 'button' as const, action_id: `link:${i}`, url: l.url, text: { type: 'plain_text' as const, text: clip(l.label, 75) } })),
  ];
  for (let i = 0; i < buttons.length; i += 25) blocks.push({ type: 'actions', elements: buttons.slice(i, i + 25) });
  // The notification text: mentions stay markup, everything else is escaped.
  const fallback = [view.title === undefined ? '' : escapeText(`${mark}${view.title}`), mentions + escapeText(view.text)].filter((t) => t.length > 0).join('\n');
  return { text: clip(fallback), blocks };
}

/** A required input block around `element`, with the field's label and hint. */
function input(f: { readonly id: string; readonly label: string; readonly hint?: string }, element: types.InputBlock['element']): types.InputBlock {
  return {
    type: 'input',
    block_id: f.id,
    label: { type: 'plain_text', text: clip(f.label, 2000) },
    ...(f.hint === undefined ? {} : { hint: { type: 'plain_text', text: clip(f.hint, 2000) } }),
    element,
  };
}

/** A core form as a modal. Each field is an input block whose block_id and action_id are the field id. */
export function renderForm(source: TextForm, locale: Locale): types.ModalView {
  const form: FormView = localiseForm(source, locale);
  return {
    type: 'modal',
    callback_id: form.id,
    private_metadata: form.metadata ?? '',
    title: { type: 'plain_text', text: clip(form.title, 24) },
    submit: { type: 'plain_text', text: clip(form.submitLabel, 24) },
    close: { type: 'plain_text', text: localise(t('form.cancel'), locale) },
    blocks: form.fields.map((f): types.KnownBlock => {
      switch (f.kind) {
        case 'select':
          return {
            type: 'input',
            block_id: f.id,
            optional: f.required === false,
            label: { type: 'plain_text', text: f.label },
            element: {
              type: 'static_select',
              action_id: f.id,
              options: f.options.map((o) => ({ text: { type: 'plain_text', text: clip(o.label, 75) }, value: o.value })),
              ...(f.initial === undefined
                ? {}
                : { initial_option: { text: { type: 'plain_text', text: f.options.find((o) => o.value === f.initial)?.label ?? f.initial }, value: f.initial } }),
            },
          };
        case 'text':
          return {
            type: 'input',
            block_id: f.id,
            optional: !f.required,
            label: { type: 'plain_text', text: f.label },
            ...(f.hint === undefined ? {} : { hint: { type: 'plain_text', text: f.hint } }),
            element: { type: 'plain_text_input', action_id: f.id, multiline: f.multiline, max_length: f.maxLength, ...(f.initial === undefined ? {} : { initial_value: f.initial }) },
          };
        case 'checkbox':
          return {
            type: 'input',
            block_id: f.id,
            optional: true,
            label: { type: 'plain_text', text: f.label },
            element: { type: 'checkboxes', action_id: f.id, options: [{ text: { type: 'plain_text', text: f.hint ?? f.label }, value: 'yes' }] },
          };
        case 'datetime':
          return input(f, { type: 'datetimepicker', action_id: f.id, ...(f.initial === undefined ? {} : { initial_date_time: Math.floor(f.initial.getTime() / 1000) }) });
        case 'users':
          return input(f, { type: 'multi_users_select', action_id: f.id, max_selected_items: f.max });
        case 'user':
          return input(f, { type: 'users_select', action_id: f.id, ...(f.initial === undefined ? {} : { initial_user: parseId(f.initial).id }) });
        case 'info':
          return {
            type: 'section',
            block_id: f.id,
            text: { type: 'mrkdwn', text: clip(`${f.about === undefined ? '' : `${mentionText([f.about])} `}${escapeText(f.text)}`) },
          };
      }
    }),
  };
}
