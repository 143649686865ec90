/**
 * `/peer` sub-commands (and `/listen` as `/peer listen`): the words are read into a tagged union with an
 * `unsupported` case, then into the shared command union with refs built (or a command that opens a
 * form). Slack sends user mentions in command text as `<@U123|name>` when the manifest asks it to
 * escape them.
 */
import type { ChatCommand } from '../command-table.js';
import { lines, t, type Text } from '../../i18n/index.js';
import { spaceRef, userRef } from './refs.js';
import { parseProfileCommand, parseResourceCommand, parseSettingsCommand, parseWatchCommand, type SettingsFormCommand } from './settings-commands.js';
import { parseRotaCommand } from './rota-commands.js';
import { parseMentorCommand } from './mentor-commands.js';
import { parseStrawCommand } from './straw-commands.js';
import { parseTrimCommand, type TrimFormCommand } from './trim-commands.js';

export type PeerCommand =
  | { readonly kind: 'listen'; readonly note: string | null }
  | { readonly kind: 'cancel' }
  | { readonly kind: 'resources'; readonly country: string | null }
  | { readonly kind: 'forget-me' }
  | { readonly kind: 'help' }
  | { readonly kind: 'duty'; readonly mode: 'on' | 'off' | 'status' }
  | { readonly kind: 'end' }
  | { readonly kind: 'setup' }
  | { readonly kind: 'volunteer-add'; readonly user: string; readonly tags: readonly string[]; readonly trainedUntil: string | null }
  | { readonly kind: 'volunteer-remove'; readonly user: string }
  | { readonly kind: 'volunteers' }
  | { readonly kind: 'stats'; readonly days: number | null }
  | { readonly kind: 'dashboard' }
  | { readonly kind: 'trim'; readonly words: readonly string[] }
  | { readonly kind: 'rota'; readonly words: readonly string[] }
  | { readonly kind: 'mentor'; readonly words: readonly string[] }
  /** StRaW: the text after `straw` as typed (notes and JSON keep their spacing). */
  | { readonly kind: 'straw'; readonly rest: string }
  /** Settings, watched channels, resources and profiles: read in settings-commands.ts from the text as typed. */
  | { readonly kind: 'settings-family'; readonly sub: 'settings' | 'watch' | 'unwatch' | 'resource' | 'profile'; readonly rest: string; readonly words: readonly string[] }
  | { readonly kind: 'unsupported'; readonly reason: Text };

const MENTION = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/;

/** Sub-commands that take nothing: each is read as the command of the same name. */
const BARE = ['cancel', 'forget-me', 'end', 'setup', 'volunteers', 'dashboard'] as const;
const isBare = (sub: string): sub is (typeof BARE)[number] => BARE.some((b) => b === sub);

export function parsePeerCommand(command: string, text: string): PeerCommand {
  const trimmed = text.trim();
  if (command === '/listen') return { kind: 'listen', note: trimmed === '' ? null : trimmed };
  const [head = '', ...rest] = trimmed.split(/\s+/).filter((w) => w.length > 0);
  const sub = head.toLowerCase();
  if (isBare(sub)) return { kind: sub };
  switch (sub) {
    case '':
    case 'help':
      return { kind: 'help' };
    case 'listen': {
      const note = trimmed.slice(head.length).trim();
      return { kind: 'listen', note: note === '' ? null : note };
    }
    case 'resources':
      return { kind: 'resources', country: rest[0] ?? null };
    case 'duty': {
      const mode = (rest[0] ?? 'status').toLowerCase();
      return mode === 'on' || mode === 'off' || mode === 'status' ? { kind: 'duty', mode } : { kind: 'unsupported', reason: t('adapter.slack.usage.duty') };
    }
    case 'stats': {
      if (rest[0] === undefined) return { kind: 'stats', days: null };
      const days = Number(rest[0]);
      return Number.isInteger(days) ? { kind: 'stats', days } : { kind: 'unsupported', reason: t('adapter.slack.usage.stats') };
    }
    case 'volunteer':
      return parseVolunteer(rest);
    case 'trim':
      return { kind: 'trim', words: rest };
    case 'rota':
      return { kind: 'rota', words: rest };
    case 'mentor':
      return { kind: 'mentor', words: rest };
    case 'straw':
      return { kind: 'straw', rest: trimmed.slice(head.length) };
    case 'settings':
    case 'watch':
    case 'unwatch':
    case 'resource':
    case 'profile':
      return { kind: 'settings-family', sub, rest: trimmed.slice(head.length), words: rest };
    default:
      return { kind: 'unsupported', reason: t('adapter.slack.unknown', { word: head.slice(0, 30) }) };
  }
}

function parseVolunteer(words: readonly string[]): PeerCommand {
  const [action, who, ...more] = words;
  const user = who === undefined ? null : (MENTION.exec(who)?.[1] ?? null);
  if ((action === 'add' || action === 'remove') && user === null) {
    return { kind: 'unsupported', reason: t('adapter.slack.usage.mention', { action }) };
  }
  if (action === 'remove') return { kind: 'volunteer-remove', user: user! };
  if (action !== 'add') return { kind: 'unsupported', reason: t('adapter.slack.usage.volunteer') };
  const tags: string[] = [];
  let trainedUntil: string | null = null;
  for (let i = 0; i < more.length; i += 1) {
    const word = more[i]!;
    if (word === 'trained-until') {
      trainedUntil = more[i + 1] ?? '';
      i += 1;
    } else {
      tags.push(word);
    }
  }
  return { kind: 'volunteer-add', user: user!, tags, trainedUntil };
}

/** A command that opens a form: it needs the command's trigger, within 3 s, before anything else. */
export type SlackFormCommand = { readonly kind: 'listen-form' } | { readonly kind: 'setup-form' } | SettingsFormCommand | TrimFormCommand;

/** What a `/peer` or `/listen` invocation asks for, with refs built in `team`. */
export function parseSlackCommand(p: { readonly command: string; readonly text: string; readonly team_id: string; readonly channel_id: string }): ChatCommand | SlackFormCommand {
  const team = p.team_id;
  const cmd = parsePeerCommand(p.command, p.text);
  switch (cmd.kind) {
    case 'help':
      return { kind: 'help', topic: 'main' };
    case 'unsupported':
      return { kind: 'unsupported', topic: 'main', reason: cmd.reason };
    case 'listen':
      return cmd.note === null ? { kind: 'listen-form' } : { kind: 'listen', input: { note: cmd.note } };
    case 'setup':
      return { kind: 'setup-form' };
    case 'end':
      return { kind: 'end', space: spaceRef(team, p.channel_id) };
    case 'volunteer-add':
      return { kind: 'volunteer-add', user: userRef(team, cmd.user), tags: cmd.tags, trainedUntil: cmd.trainedUntil, capacity: null };
    case 'volunteer-remove':
      return { kind: 'volunteer-remove', user: userRef(team, cmd.user) };
    case 'trim':
      return parseTrimCommand(cmd.words, (user) => userRef(team, user));
    case 'rota':
      return parseRotaCommand(cmd.words);
    case 'mentor':
      return parseMentorCommand(cmd.words, (user) => userRef(team, user));
    case 'straw':
      return parseStrawCommand(cmd.rest, (user) => userRef(team, user));
    case 'settings-family':
      if (cmd.sub === 'settings') return parseSettingsCommand(cmd.rest);
      if (cmd.sub === 'resource') return parseResourceCommand(cmd.rest);
      if (cmd.sub === 'profile') return parseProfileCommand(cmd.rest);
      return parseWatchCommand(team, p.channel_id, cmd.words, cmd.sub === 'watch');
    default:
      // The rest carry no ids: they are the shared commands as they are.
      return cmd;
  }
}

export const isFormCommand = (cmd: ChatCommand | SlackFormCommand): cmd is SlackFormCommand =>
  cmd.kind === 'listen-form' || cmd.kind === 'setup-form' || cmd.kind === 'settings-form' || cmd.kind === 'trim-incident-form' || cmd.kind === 'trim-assess-form' || cmd.kind === 'trim-tool-form';


/** `/peer help`, as shown (without Slack markup: help is rendered plain). */
export const HELP: Text = lines(
  t('adapter.slack.help.intro'),
  '',
  t('adapter.slack.help.everyone'),
  t('adapter.slack.help.listen'),
  t('adapter.slack.help.cancel'),
  t('adapter.slack.help.resources'),
  t('adapter.slack.help.forgetMe'),
  '',
  t('adapter.slack.help.volunteers'),
  t('adapter.slack.help.duty'),
  t('adapter.slack.help.end'),
  t('adapter.slack.help.profile'),
  t('adapter.slack.help.rota'),
  '',
  t('adapter.slack.help.mentoring'),
  t('adapter.slack.help.mentor'),
  '',
  t('adapter.slack.help.coordinators'),
  t('adapter.slack.help.setup'),
  t('adapter.slack.help.settings'),
  t('adapter.slack.help.volunteer'),
  t('adapter.slack.help.stats'),
  t('adapter.slack.help.dashboard'),
  '',
  t('adapter.slack.help.trimStaff'),
  t('adapter.slack.help.trim'),
  '',
  t('adapter.slack.help.strawTitle'),
  t('adapter.slack.help.straw'),
);
