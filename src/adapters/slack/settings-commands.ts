/**
 * `/peer settings …`, `/peer watch`, `/peer unwatch`, `/peer resource …` and `/peer profile …` on Slack,
 * read into the shared command union (refs built in `team`). Typed values keep their own spacing and
 * lines: they are core's to read (`settings-text.ts`).
 */
import { isTextSettingKey, TEXT_SETTING_KEYS, TEXT_SETTINGS } from '../../core/index.js';
import { lines, t, type Text } from '../../i18n/index.js';
import type { ChatCommand } from '../command-table.js';
import { channelRef } from './refs.js';

/** Opens the settings modal: it needs the command's trigger within 3 s. */
export type SettingsFormCommand = { readonly kind: 'settings-form' };

const CHANNEL = /^<#([CG][A-Z0-9]+)(?:\|[^>]*)?>$/;

const unsupported = (reason: Text): ChatCommand => ({ kind: 'unsupported', topic: 'settings', reason });

/** `rest` is the text after `/peer settings`, as typed. */
export function parseSettingsCommand(rest: string): ChatCommand | SettingsFormCommand {
  const [sub = '', key = ''] = rest.trim().split(/\s+/);
  switch (sub.toLowerCase()) {
    case '':
      return { kind: 'settings-form' };
    case 'show':
      return { kind: 'settings' };
    case 'help':
      return { kind: 'help', topic: 'settings' };
    case 'set': {
      if (!isTextSettingKey(key)) return unsupported(key === '' ? t('setup.slack.usage.which') : t('setup.slack.usage.noSetting', { key: key.slice(0, 30) }));
      // The value is everything after the key, new lines included (extra resources are one a line).
      const value = rest.trim().slice(sub.length).trimStart().slice(key.length).trim();
      return { kind: 'settings-set', values: { [key]: value } };
    }
    default:
      return unsupported(t('setup.slack.usage.unknown', { sub: sub.slice(0, 30) }));
  }
}

/** `/peer watch [#channel]`: the channel named, or the one the command was typed in. */
export function parseWatchCommand(team: string, here: string, words: readonly string[], watch: boolean): ChatCommand {
  const word = words[0];
  const id = word === undefined ? here : CHANNEL.exec(word)?.[1];
  if (id === undefined) return unsupported(t('setup.slack.usage.watch', { command: watch ? 'watch' : 'unwatch' }));
  return { kind: 'watch', channel: channelRef(team, id), watch };
}

/** `/peer resource add name | how to reach | hours | link` or `/peer resource remove 2`. */
export function parseResourceCommand(rest: string): ChatCommand {
  const text = rest.trim();
  const [sub = ''] = text.split(/\s+/);
  const after = text.slice(sub.length).trim();
  if (sub === 'remove') {
    const n = Number(after);
    return Number.isInteger(n) && n > 0 ? { kind: 'resource-remove', number: n } : unsupported(t('setup.slack.usage.resourceRemove'));
  }
  if (sub !== 'add') return unsupported(t('setup.slack.usage.resource'));
  const [name = '', reach = '', hours = '', url = '', ...more] = after.split('|').map((p) => p.trim());
  if (more.length > 0 || name === '') return unsupported(t('setup.slack.usage.resourceAdd'));
  return { kind: 'resource-add', name, reach, hours, url };
}

/** `/peer profile`, `/peer profile name Alex`, `/peer profile tags grief, loss` (an empty value clears it). */
export function parseProfileCommand(rest: string): ChatCommand {
  const text = rest.trim();
  const [sub = ''] = text.split(/\s+/);
  const value = text.slice(sub.length).trim();
  switch (sub.toLowerCase()) {
    case '':
      return { kind: 'profile', displayName: null, tags: null };
    case 'name':
      return { kind: 'profile', displayName: value, tags: null };
    case 'tags': {
      const tags = (value.includes(',') ? value.split(',') : value.split(/\s+/)).map((t) => t.trim()).filter((t) => t.length > 0);
      return { kind: 'profile', displayName: null, tags };
    }
    default:
      return { kind: 'unsupported', topic: 'main', reason: t('setup.slack.usage.profile') };
  }
}

/** `/peer settings help`, with Slack's markup (the help is shown without it). */
export const SETTINGS_HELP: Text = lines(
  t('setup.slack.help.title'),
  t('setup.slack.help.form'),
  t('setup.slack.help.show'),
  t('setup.slack.help.set'),
  ...TEXT_SETTING_KEYS.map((key) => t('setup.slack.help.setting', { key, hint: TEXT_SETTINGS[key].hint })),
  t('setup.slack.help.resource'),
  t('setup.slack.help.watch'),
  t('setup.slack.help.setup'),
  '',
  t('setup.slack.help.volunteers'),
  t('setup.slack.help.profile'),
);
