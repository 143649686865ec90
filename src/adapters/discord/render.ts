/**
 * Core views as Discord message payloads: one embed, buttons in action rows, mentions in the content
 * with `allowed_mentions` limited to exactly those people (a card never pings @everyone).
 */
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';
import { localiseView, type TextView, type View } from '../../core/index.js';
import type { Locale } from '../../i18n/index.js';
import { parseId } from './refs.js';

const COLOR: Record<NonNullable<View['tone']>, number> = {
  neutral: 0x5865f2,
  success: 0x2e7d32,
  warning: 0xb26a00,
  danger: 0xc62828,
  crisis: 0xb71c1c,
};

// Crisis is marked in words as well as colour.
const MARK: Partial<Record<NonNullable<View['tone']>, string>> = { crisis: '🆘 ', warning: '⚠️ ' };

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** A message body as Discord's REST API takes it. */
export interface DiscordMessage {
  readonly content: string;
  readonly embeds: APIEmbed[];
  readonly components: APIActionRowComponent<APIButtonComponent>[];
  readonly allowed_mentions: { readonly parse: []; readonly users: string[] };
}

/** The view in the reader's words (`locale`; a view with its own locale keeps it), as a message body. */
export function renderView(source: TextView, locale: Locale): DiscordMessage {
  const view: View = localiseView(source, locale);
  const tone = view.tone ?? 'neutral';
  const embed: APIEmbed = {
    color: COLOR[tone],
    description: clip(view.text, 4096),
    ...(view.title === undefined ? {} : { title: clip(`${MARK[tone] ?? ''}${view.title}`, 256) }),
    ...(view.fields === undefined || view.fields.length === 0
      ? {}
      : { fields: view.fields.slice(0, 25).map((f) => {
            // A mention inside an embed shows the name and notifies nobody.
            const value = `${f.about === undefined ? '' : `<@${parseId(f.about).id}> `}${f.value}`;
            return { name: clip(f.label, 256), value: clip(value === '' ? '—' : value, 1024), inline: value.length < 40 };
          }) }),
  };
  const buttons: APIButtonComponent[] = [
    ...(view.buttons ?? []).map(
      (b): APIButtonComponent => ({
        type: ComponentType.Button,
        custom_id: b.action,
        label: clip(b.label, 80),
        style: b.style === 'primary' ? ButtonStyle.Primary : b.style === 'danger' ? ButtonStyle.Danger : ButtonStyle.Secondary,
      }),
    ),
    ...(view.links ?? []).map((l): APIButtonComponent => ({ type: ComponentType.Button, style: ButtonStyle.Link, url: l.url, label: clip(l.label, 80) })),
  ];
  const components: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let i = 0; i < buttons.length && components.length < 5; i += 5) components.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + 5) });
  const users = (view.mentions ?? []).map((m) => parseId(m).id);
  return {
    content: users.map((u) => `<@${u}>`).join(' '),
    embeds: [embed],
    components,
    allowed_mentions: { parse: [], users },
  };
}
