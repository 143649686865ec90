/**
 * `/peer settings …`, `/peer watch`, `/peer unwatch`, `/peer resource …` and `/peer profile …` on Slack,
 * read into the shared command union (refs built in `team`). Typed values keep their own spacing and
 * lines: they are core's to read (`settings-text.ts`).
 */
import { isTextSettingKey, TEXT_SETTING_KEYS, TEXT_SETTINGS } from '../../core/index.js';
import { lines, sentences, type Text } from '../../i18n/index.js';
import type { ChatCommand } from '../command-table.js';
import { channelRef } from './refs.js';

/** Opens the settings modal: it needs the command's trigger within 3 s. */
export type SettingsFormCommand = { readonly kind: 'settings-form' };

const CHANNEL = /^<#([CG][A-Z0-9]+)(?:\|[^>]*)?>$/;

const unsupported = (reason: string): ChatCommand => ({ kind: 'unsupported', topic: 'settings', reason });

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
      if (!isTextSettingKey(key)) return unsupported(key === '' ? 'Say which setting: `/peer settings set <setting> <value>`.' : `There is no setting \`${key.slice(0, 30)}\`.`);
      // The value is everything after the key, new lines included (extra resources are one a line).
      const value = rest.trim().slice(sub.length).trimStart().slice(key.length).trim();
      return { kind: 'settings-set', values: { [key]: value } };
    }
    default:
      return unsupported(`I do not know \`/peer settings ${sub.slice(0, 30)}\`.`);
  }
}

/** `/peer watch [#channel]`: the channel named, or the one the command was typed in. */
export function parseWatchCommand(team: string, here: string, words: readonly string[], watch: boolean): ChatCommand {
  const word = words[0];
  const id = word === undefined ? here : CHANNEL.exec(word)?.[1];
  if (id === undefined) return unsupported(`Name a channel, e.g. \`/peer ${watch ? 'watch' : 'unwatch'} #general\`, or run it in the channel.`);
  return { kind: 'watch', channel: channelRef(team, id), watch };
}

/** `/peer resource add name | how to reach | hours | link` or `/peer resource remove 2`. */
export function parseResourceCommand(rest: string): ChatCommand {
  const text = rest.trim();
  const [sub = ''] = text.split(/\s+/);
  const after = text.slice(sub.length).trim();
  if (sub === 'remove') {
    const n = Number(after);
    return Number.isInteger(n) && n > 0 ? { kind: 'resource-remove', number: n } : unsupported('Use `/peer resource remove 2` (the number in `/peer settings show`).');
  }
  if (sub !== 'add') return unsupported('Use `/peer resource add name | how to reach | hours | link` or `/peer resource remove 2`.');
  const [name = '', reach = '', hours = '', url = '', ...more] = after.split('|').map((p) => p.trim());
  if (more.length > 0 || name === '') return unsupported('Use `/peer resource add Campus counselling | call 01234 567890 | Mon–Fri 9–17 | https://example.edu`.');
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
      return { kind: 'unsupported', topic: 'main', reason: 'Use `/peer profile`, `/peer profile name <your display name>` or `/peer profile tags grief, loss`.' };
  }
}

export const SETTINGS_HELP: Text = lines(
  '*Community settings* (coordinators)',
  '`/peer settings` — a form with every setting below',
  '`/peer settings show` — every setting and its value',
  '`/peer settings set <setting> <value>` — change one; the settings:',
  ...TEXT_SETTING_KEYS.map((k) => sentences(`• \`${k}\` —`, TEXT_SETTINGS[k].hint)),
  '`/peer resource add name | how to reach | hours | link` · `/peer resource remove <number>` — extra resources, shown after the national line',
  '`/peer watch [#channel]` · `/peer unwatch [#channel]` — scan a channel for crisis language, or stop (the channel must have the app in it)',
  '`/peer setup` — volunteer channel, coordinators, country, time zone, retention',
  '',
  '*Volunteers*',
  '`/peer profile` · `/peer profile name <display name>` · `/peer profile tags grief, loss` — what coordinators see on the dashboard, and the topics you are mentioned first for',
);
