/** `/peer straw …` sub-commands, parsed into the shared command union with refs built. */
import type { ChatCommand } from '../command-table.js';
import type { UserRef } from '../../core/index.js';
import { mentioned } from './trim-commands.js';
import { t, type Text } from '../../i18n/index.js';

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

export const STRAW_HELP = [
  '*StRaW* (Sustaining Resilience at Work) — peer support for work stress, from trained StRaW practitioners (peers, not counsellors). Off until a coordinator switches it on.',
  '',
  '*Everyone*',
  '`/peer straw refer` — ask for StRaW support for yourself (private to StRaW staff)',
  '`/peer straw refer @colleague` — suggest it for a colleague: they are asked first, by DM, and you hear only whether they go ahead',
  '',
  '*StRaW practitioners and managers*',
  '`/peer straw due` — open cases and their next step (yours; a manager sees all)',
  '`/peer straw case 3` — the record of case 3',
  '`/peer straw record 3 yes sleep,mood` — the score and the tool\'s suggestion; add `outcome peer-support|signpost|close` to record it, and `notes …` (stored encrypted). A meeting needs no answers: `/peer straw record 3`',
  '`/peer straw tool` — the conversation tool in use (a default to check against your StRaW training)',
  '',
  '*StRaW managers*',
  '`/peer straw assign 3 @practitioner` · `/peer straw close 3` · `/peer straw tool save {json}`',
  '',
  '*Coordinators and StRaW managers*',
  '`/peer straw enable` · `/peer straw disable` (coordinators) · `/peer straw role add @name practitioner|manager` · `/peer straw role remove @name` · `/peer straw roles`',
].join('\n');
