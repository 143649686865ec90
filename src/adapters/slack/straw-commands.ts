/** `/peer straw …` sub-commands, parsed into the shared command union with refs built. */
import type { ChatCommand } from '../command-table.js';
import type { UserRef } from '../../core/index.js';
import { mentioned } from './trim-commands.js';
import { lines, t, type Text } from '../../i18n/index.js';

const unsupported = (reason: Text): ChatCommand => ({ kind: 'unsupported', topic: 'straw', reason });

const caseNumber = (word: string | undefined): number | null => {
  const n = Number((word ?? '').replace(/^#/, ''));
  return Number.isInteger(n) && n >= 1 ? n : null;
};

/**
 * Reads the text after `/peer straw` (`rest`, as typed, so notes and JSON keep their spacing); `ref`
 * builds the user ref of a mentioned Slack user id.
 */
export function parseStrawCommand(rest: string, ref: (user: string) => UserRef): ChatCommand {
  const words = rest.trim().split(/\s+/).filter((w) => w.length > 0);
  const [head = 'help', ...args] = words;
  const person = (word: string | undefined) => {
    const id = mentioned(word);
    return id === null ? null : ref(id);
  };
  const n = caseNumber(args[0]);
  switch (head.toLowerCase()) {
    case 'help':
      return { kind: 'help', topic: 'straw' };
    case 'enable':
    case 'disable':
      return { kind: 'programme-switch', programme: 'straw', enabled: head.toLowerCase() === 'enable' };
    case 'refer': {
      if (args.length === 0) return { kind: 'straw-refer', person: null };
      const who = person(args[0]);
      return who === null ? unsupported(t('straw.usage.refer')) : { kind: 'straw-refer', person: who };
    }
    case 'due':
      return { kind: 'straw-due' };
    case 'case':
      return n === null ? unsupported(t('straw.usage.case', { command: 'case' })) : { kind: 'straw-case', number: n };
    case 'close':
      return n === null ? unsupported(t('straw.usage.case', { command: 'close' })) : { kind: 'straw-close', number: n };
    case 'assign': {
      const practitioner = person(args[1]);
      return n === null || practitioner === null ? unsupported(t('straw.usage.assign')) : { kind: 'straw-assign', number: n, practitioner };
    }
    case 'record':
      return n === null ? unsupported(RECORD_USAGE) : parseRecord(n, rest.trim().slice(head.length).trim().slice(args[0]!.length));
    case 'tool': {
      if (args[0]?.toLowerCase() !== 'save') return { kind: 'programme-tool', programme: 'straw' };
      const json = rest.trim().slice(head.length).trim().slice(args[0].length).trim();
      return json === '' ? unsupported(t('straw.usage.tool')) : { kind: 'programme-tool-save', programme: 'straw', json };
    }
    case 'role': {
      const [action, who, role] = args;
      const user = person(who);
      if (action === 'remove' && user !== null) return { kind: 'programme-role-remove', programme: 'straw', user };
      if (action === 'add' && user !== null && (role === 'practitioner' || role === 'manager')) return { kind: 'programme-role-add', programme: 'straw', user, role };
      return unsupported(t('straw.usage.role'));
    }
    case 'roles':
      return { kind: 'programme-roles', programme: 'straw' };
    default:
      return unsupported(t('straw.usage.unknown', { command: head.slice(0, 30) }));
  }
}

const RECORD_USAGE = t('straw.usage.record');

/** `yes a,b` `outcome x` `notes the rest…`, in that order or any order before `notes`. */
function parseRecord(number: number, text: string): ChatCommand {
  const notesAt = text.search(/(^|\s)notes(\s|$)/i);
  const head = notesAt === -1 ? text : text.slice(0, notesAt);
  const notes = notesAt === -1 ? null : text.slice(notesAt).trim().slice('notes'.length).trim();
  const words = head.trim().split(/\s+/).filter((w) => w.length > 0);
  let yes: string[] = [];
  let outcome: string | null = null;
  for (let i = 0; i < words.length; i += 2) {
    const key = words[i]!.toLowerCase();
    const value = words[i + 1];
    if (value === undefined) return unsupported(RECORD_USAGE);
    if (key === 'yes') yes = value.split(',').filter((v) => v.length > 0);
    else if (key === 'outcome') outcome = value.toLowerCase();
    else return unsupported(RECORD_USAGE);
  }
  return { kind: 'straw-record', number, yes, outcome, notes: notes === '' ? null : notes };
}

/** `/peer straw help`, shown without Slack's markup like the other help. */
export const STRAW_HELP: Text = lines(
  t('help.straw.slack.intro'),
  '',
  t('adapter.slack.help.everyone'),
  t('help.straw.slack.referSelf'),
  t('help.straw.slack.referColleague'),
  '',
  t('help.straw.slack.practitioners'),
  t('help.straw.slack.due'),
  t('help.straw.slack.case'),
  t('help.straw.slack.record'),
  t('help.straw.slack.tool'),
  '',
  t('help.straw.slack.managers'),
  t('help.straw.slack.manage'),
  '',
  t('help.straw.slack.coordinators'),
  t('help.straw.slack.roles'),
);
