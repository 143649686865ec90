/** `/peer trim …` sub-commands, parsed into the shared command union, or a form command, with refs built. */
import type { ChatCommand } from '../command-table.js';
import { isTrimTimingKey, TRIM_TIMING_KEYS, type TrimTimingKey, type UserRef } from '../../core/index.js';

/** Commands that open a form, and so need the command's trigger. */
export type TrimFormCommand =
  | { readonly kind: 'trim-incident-form' }
  | { readonly kind: 'trim-assess-form'; readonly number: number; readonly person: UserRef }
  | { readonly kind: 'trim-tool-form' };

export type TrimCommand = ChatCommand | TrimFormCommand;

const MENTION = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/;

/** The Slack user id in a mention (`<@U123|name>`), or null. */
export const mentioned = (word: string | undefined): string | null => (word === undefined ? null : (MENTION.exec(word)?.[1] ?? null));

const incidentNumber = (word: string | undefined): number | null => {
  const n = Number((word ?? '').replace(/^#/, ''));
  return Number.isInteger(n) && n >= 1 ? n : null;
};

const unsupported = (reason: string): TrimCommand => ({ kind: 'unsupported', topic: 'trim', reason });

/** Reads the words after `/peer trim`; `ref` builds the user ref of a mentioned Slack user id. */
export function parseTrimCommand(words: readonly string[], ref: (user: string) => UserRef): TrimCommand {
  const [head = 'help', ...rest] = words;
  const n = incidentNumber(rest[0]);
  const person = (word: string | undefined) => {
    const id = mentioned(word);
    return id === null ? null : ref(id);
  };
  const needsNumber = (usage: string): TrimCommand => unsupported(`Give the incident number: \`${usage}\`.`);
  switch (head.toLowerCase()) {
    case 'help':
      return { kind: 'help', topic: 'trim' };
    case 'role':
      return parseRole(rest, person);
    case 'roles':
      return { kind: 'trim-roles' };
    case 'incident':
      return { kind: 'trim-incident-form' };
    case 'due':
      return { kind: 'trim-due' };
    case 'page':
      return { kind: 'trim-page' };
    case 'assess': {
      // Without a case the due list is the picker: each line has its own Assess button.
      if (rest.length === 0) return { kind: 'trim-due' };
      const who = person(rest[1]);
      return n === null || who === null ? unsupported('Use `/peer trim assess` to pick from your list, or `/peer trim assess 3 @name`.') : { kind: 'trim-assess-form', number: n, person: who };
    }
    case 'case':
      return n === null ? needsNumber('/peer trim case 3') : { kind: 'trim-case', number: n };
    case 'planned':
      return n === null ? needsNumber('/peer trim planned 3') : { kind: 'trim-planned', number: n };
    case 'assign': {
      const who = person(rest[1]);
      const practitioner = person(rest[2]);
      return n === null || who === null || practitioner === null
        ? unsupported('Use `/peer trim assign 3 @person @practitioner`.')
        : { kind: 'trim-assign', number: n, person: who, practitioner };
    }
    case 'close': {
      const who = rest[1] === undefined ? null : person(rest[1]);
      if (n === null || (rest[1] !== undefined && who === null)) return unsupported('Use `/peer trim close 3` (every case) or `/peer trim close 3 @person`.');
      return { kind: 'trim-close', number: n, person: who };
    }
    case 'tool':
      return rest[0]?.toLowerCase() === 'edit' ? { kind: 'trim-tool-form' } : { kind: 'trim-tool' };
    case 'timings':
      return parseTimings(rest);
    default:
      return unsupported(`I do not know \`trim ${head.slice(0, 30)}\`.`);
  }
}

function parseRole(words: readonly string[], person: (word: string | undefined) => UserRef | null): TrimCommand {
  const [action, who, role] = words;
  const user = person(who);
  if (action === 'remove' && user !== null) return { kind: 'trim-role-remove', user };
  if (action === 'add' && user !== null && (role === 'practitioner' || role === 'manager')) return { kind: 'trim-role-add', user, role };
  return unsupported('Use `/peer trim role add @name practitioner|manager` or `/peer trim role remove @name`.');
}

/** `timings initial 96 follow-up 35`: pairs of a timing and a whole number (checked in core). */
function parseTimings(words: readonly string[]): TrimCommand {
  const usage = `Use \`/peer trim timings\` to see them, or \`/peer trim timings initial 96 follow-up 35\` (timings: ${TRIM_TIMING_KEYS.join(', ')}).`;
  if (words.length % 2 !== 0) return unsupported(`Give each timing a value. ${usage}`);
  const values: Partial<Record<TrimTimingKey, string>> = {};
  for (let i = 0; i < words.length; i += 2) {
    const key = words[i]!.toLowerCase();
    if (!isTrimTimingKey(key)) return unsupported(`There is no timing called \`${key.slice(0, 30)}\`. ${usage}`);
    values[key] = words[i + 1]!;
  }
  return { kind: 'trim-timings', values };
}

export const TRIM_HELP = [
  '*TRiM* (Trauma Risk Management) — for TRiM practitioners and managers only. Records are private to them; reminders come by DM.',
  '',
  '`/peer trim incident` — log an incident: a short title, when, the people involved, a practitioner each',
  '`/peer trim due` — assessments due and overdue (yours; a manager sees everyone\'s), each with an Assess button',
  '`/peer trim page` — a private sign-in link to the TRiM web page: the same due list in a browser',
  '`/peer trim assess 3 @name` — record the next assessment for that person in incident 3 (from 72 hours after)',
  '`/peer trim case 3` — the record of incident 3 (a practitioner sees their own cases)',
  '`/peer trim tool` — the risk tool in use · `/peer trim tool edit` — managers: save a new version',
  '`/peer trim timings` — when each step falls due (planning, initial, follow-up, overdue)',
  '',
  '*Managers*',
  '`/peer trim planned 3` — the planning meeting for incident 3 was held',
  '`/peer trim assign 3 @person @practitioner` · `/peer trim close 3 [@person]`',
  '`/peer trim timings initial 96 follow-up 35` — change timings for new incidents (initial: never sooner than 72 hours)',
  '',
  '*Coordinators and managers*',
  '`/peer trim role add @name practitioner|manager` · `/peer trim role remove @name` · `/peer trim roles`',
].join('\n');
