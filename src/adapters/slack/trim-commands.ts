/** `/peer trim …` sub-commands, parsed into the shared command union, or a form command, with refs built. */
import type { ChatCommand } from '../command-table.js';
import { isTrimTimingKey, TRIM_TIMING_KEYS, type TrimTimingKey, type UserRef } from '../../core/index.js';
import { type Locale, lines, localise, type Msg, t, type Text } from '../../i18n/index.js';

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

/** `reason` in the reader's words: the command table carries it as a string. */
const refusal = (locale: Locale) => (reason: Msg): TrimCommand => ({ kind: 'unsupported', topic: 'trim', reason: localise(reason, locale) });

/** Reads the words after `/peer trim`; `ref` builds the user ref of a mentioned Slack user id; `locale`: the reader's, for what did not parse. */
export function parseTrimCommand(words: readonly string[], ref: (user: string) => UserRef, locale: Locale = 'en'): TrimCommand {
  const unsupported = refusal(locale);
  const [head = 'help', ...rest] = words;
  const n = incidentNumber(rest[0]);
  const person = (word: string | undefined) => {
    const id = mentioned(word);
    return id === null ? null : ref(id);
  };
  const needsNumber = (usage: string): TrimCommand => unsupported(t('trim.slack.needsNumber', { usage }));
  switch (head.toLowerCase()) {
    case 'help':
      return { kind: 'help', topic: 'trim' };
    case 'role':
      return parseRole(rest, person, unsupported);
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
      return n === null || who === null ? unsupported(t('trim.slack.usage.assess')) : { kind: 'trim-assess-form', number: n, person: who };
    }
    case 'case':
      // i18n-exempt: command syntax, the same in every language
      return n === null ? needsNumber('/peer trim case 3') : { kind: 'trim-case', number: n };
    case 'planned':
      // i18n-exempt: command syntax, the same in every language
      return n === null ? needsNumber('/peer trim planned 3') : { kind: 'trim-planned', number: n };
    case 'assign': {
      const who = person(rest[1]);
      const practitioner = person(rest[2]);
      return n === null || who === null || practitioner === null
        ? unsupported(t('trim.slack.usage.assign'))
        : { kind: 'trim-assign', number: n, person: who, practitioner };
    }
    case 'close': {
      const who = rest[1] === undefined ? null : person(rest[1]);
      if (n === null || (rest[1] !== undefined && who === null)) return unsupported(t('trim.slack.usage.close'));
      return { kind: 'trim-close', number: n, person: who };
    }
    case 'tool':
      return rest[0]?.toLowerCase() === 'edit' ? { kind: 'trim-tool-form' } : { kind: 'trim-tool' };
    case 'timings':
      return parseTimings(rest, unsupported);
    default:
      return unsupported(t('trim.slack.unknown', { word: head.slice(0, 30) }));
  }
}

function parseRole(words: readonly string[], person: (word: string | undefined) => UserRef | null, unsupported: (reason: Msg) => TrimCommand): TrimCommand {
  const [action, who, role] = words;
  const user = person(who);
  if (action === 'remove' && user !== null) return { kind: 'trim-role-remove', user };
  if (action === 'add' && user !== null && (role === 'practitioner' || role === 'manager')) return { kind: 'trim-role-add', user, role };
  return unsupported(t('trim.slack.usage.role'));
}

/** `timings initial 96 follow-up 35`: pairs of a timing and a whole number (checked in core). */
function parseTimings(words: readonly string[], unsupported: (reason: Msg) => TrimCommand): TrimCommand {
  const usage = t('trim.slack.usage.timings', { keys: TRIM_TIMING_KEYS.join(', ') });
  if (words.length % 2 !== 0) return unsupported(t('trim.slack.timings.pairs', { usage }));
  const values: Partial<Record<TrimTimingKey, string>> = {};
  for (let i = 0; i < words.length; i += 2) {
    const key = words[i]!.toLowerCase();
    if (!isTrimTimingKey(key)) return unsupported(t('trim.slack.timings.unknown', { key: key.slice(0, 30), usage }));
    values[key] = words[i + 1]!;
  }
  return { kind: 'trim-timings', values };
}

/** `/peer trim help`, in the catalogue's words. */
export const TRIM_HELP_TEXT: Text = lines(
  t('trim.slack.help.intro'),
  '',
  t('trim.slack.help.incident'),
  t('trim.slack.help.due'),
  t('trim.slack.help.page'),
  t('trim.slack.help.assess'),
  t('trim.slack.help.case'),
  t('trim.slack.help.tool'),
  t('trim.slack.help.timings'),
  '',
  t('trim.slack.help.managers'),
  t('trim.slack.help.planned'),
  t('trim.slack.help.assignClose'),
  t('trim.slack.help.timingsChange'),
  '',
  t('trim.slack.help.coordinators'),
  t('trim.slack.help.roles'),
);

