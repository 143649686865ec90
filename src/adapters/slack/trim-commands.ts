/** `/peer trim …` sub-commands, parsed into a tagged union with an `unsupported` case. */
import type { TrimRecordCommand } from '../trim-records.js';

export type TrimCommand =
  | TrimRecordCommand
  | { readonly kind: 'help' }
  | { readonly kind: 'incident' }
  | { readonly kind: 'assess'; readonly number: number; readonly person: string }
  | { readonly kind: 'tool-edit' }
  | { readonly kind: 'unsupported'; readonly reason: string };

/** Commands that open a form, and so need the command's trigger. */
export type TrimFormCommand = Extract<TrimCommand, { kind: 'incident' | 'assess' | 'tool-edit' }>;

const MENTION = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/;

/** The Slack user id in a mention (`<@U123|name>`), or null. */
export const mentioned = (word: string | undefined): string | null => (word === undefined ? null : (MENTION.exec(word)?.[1] ?? null));

const incidentNumber = (word: string | undefined): number | null => {
  const n = Number((word ?? '').replace(/^#/, ''));
  return Number.isInteger(n) && n >= 1 ? n : null;
};

export function parseTrimCommand(words: readonly string[]): TrimCommand {
  const [head = 'help', ...rest] = words;
  const n = incidentNumber(rest[0]);
  const needsNumber = (usage: string): TrimCommand => ({ kind: 'unsupported', reason: `Give the incident number: \`${usage}\`.` });
  switch (head.toLowerCase()) {
    case 'help':
      return { kind: 'help' };
    case 'role':
      return parseRole(rest);
    case 'roles':
      return { kind: 'roles' };
    case 'incident':
      return { kind: 'incident' };
    case 'due':
      return { kind: 'due' };
    case 'assess': {
      // Without a case the due list is the picker: each line has its own Assess button.
      if (rest.length === 0) return { kind: 'due' };
      const person = mentioned(rest[1]);
      return n === null || person === null ? { kind: 'unsupported', reason: 'Use `/peer trim assess` to pick from your list, or `/peer trim assess 3 @name`.' } : { kind: 'assess', number: n, person };
    }
    case 'case':
      return n === null ? needsNumber('/peer trim case 3') : { kind: 'case', number: n };
    case 'planned':
      return n === null ? needsNumber('/peer trim planned 3') : { kind: 'planned', number: n };
    case 'assign': {
      const person = mentioned(rest[1]);
      const practitioner = mentioned(rest[2]);
      return n === null || person === null || practitioner === null
        ? { kind: 'unsupported', reason: 'Use `/peer trim assign 3 @person @practitioner`.' }
        : { kind: 'assign', number: n, person, practitioner };
    }
    case 'close': {
      const person = rest[1] === undefined ? null : mentioned(rest[1]);
      if (n === null || (rest[1] !== undefined && person === null)) return { kind: 'unsupported', reason: 'Use `/peer trim close 3` (every case) or `/peer trim close 3 @person`.' };
      return { kind: 'close', number: n, person };
    }
    case 'tool':
      return rest[0]?.toLowerCase() === 'edit' ? { kind: 'tool-edit' } : { kind: 'tool' };
    default:
      return { kind: 'unsupported', reason: `I do not know \`trim ${head.slice(0, 30)}\`.` };
  }
}

function parseRole(words: readonly string[]): TrimCommand {
  const [action, who, role] = words;
  const user = mentioned(who);
  if (action === 'remove' && user !== null) return { kind: 'role-remove', user };
  if (action === 'add' && user !== null && (role === 'practitioner' || role === 'manager')) return { kind: 'role-add', user, role };
  return { kind: 'unsupported', reason: 'Use `/peer trim role add @name practitioner|manager` or `/peer trim role remove @name`.' };
}

export const TRIM_HELP = [
  '*TRiM* (Trauma Risk Management) — for TRiM practitioners and managers only. Records are private to them; reminders come by DM.',
  '',
  '`/peer trim incident` — log an incident: a short title, when, the people involved, a practitioner each',
  '`/peer trim due` — assessments due and overdue (yours; a manager sees everyone\'s), each with an Assess button',
  '`/peer trim assess 3 @name` — record the next assessment for that person in incident 3 (from 72 hours after)',
  '`/peer trim case 3` — the record of incident 3 (a practitioner sees their own cases)',
  '`/peer trim tool` — the risk tool in use · `/peer trim tool edit` — managers: save a new version',
  '',
  '*Managers*',
  '`/peer trim planned 3` — the planning meeting for incident 3 was held',
  '`/peer trim assign 3 @person @practitioner` · `/peer trim close 3 [@person]`',
  '',
  '*Coordinators and managers*',
  '`/peer trim role add @name practitioner|manager` · `/peer trim role remove @name` · `/peer trim roles`',
].join('\n');
