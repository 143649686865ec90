/**
 * The community settings coordinators change as text — in Slack's settings modal, with
 * `/peer-admin settings set` on Discord, and in the dashboard's settings form — read and written the
 * same way everywhere. Each setting has a key (what commands and forms call it), how its value is
 * shown, and how typed text becomes the stored value, which core's zod schema (`model/settings.ts`)
 * then checks. Settings that are channels or roles are picked with the platform's own pickers, and
 * watched channels are opted in and out one at a time (`watch-channel.ts`): their refs are built by
 * adapters, never typed.
 */
import { communityResource, communitySettings, type CommunityResource, type CommunitySettings, INTERNATIONAL } from './settings.js';
import { formatWorkingHours, readWorkingHours } from './working-hours.js';
import { schemaWords } from './views/errors.js';
import { isLocale } from '../i18n/index.js';

type Patch = Partial<Record<keyof CommunitySettings, unknown>>;

interface TextSetting {
  readonly label: string;
  /** How to write it, with an example: shown as help and after every refusal (at most 150 characters: Slack's limit for a hint). */
  readonly hint: string;
  /** Whether the value can run over several lines (a form shows a multi-line box). */
  readonly multiline: boolean;
  readonly maxLength: number;
  readonly format: (s: CommunitySettings) => string;
  /** The stored fields this text changes, or a sentence saying what is wrong with it. */
  readonly read: (text: string, current: CommunitySettings) => Patch | string;
}

const LADDER_ACTIONS = ['remention', 'page-coordinators', 'tell-member'] as const;

const formatLadder = (steps: CommunitySettings['escalation']['routine']) => steps.map((s) => `${s.afterMinutes} ${s.action}`).join(', ');

/** How the escalation ladder for `urgency` is shown and read. */
const ladder = (urgency: keyof CommunitySettings['escalation']): Pick<TextSetting, 'format' | 'read'> => ({
  format: (s) => formatLadder(s.escalation[urgency]),
  read: (text, current) => {
    const steps = readLadder(text);
    return typeof steps === 'string' ? steps : { escalation: { ...current.escalation, [urgency]: steps } };
  },
});

function readLadder(text: string): CommunitySettings['escalation']['routine'] | string {
  const steps: { afterMinutes: number; action: (typeof LADDER_ACTIONS)[number] }[] = [];
  for (const part of splitList(text)) {
    const m = /^(\d{1,5})\s*(?:m|min|minutes?)?\s+([a-z-]+)$/i.exec(part);
    const action = m?.[2]?.toLowerCase();
    if (m === null || !LADDER_ACTIONS.some((a) => a === action)) return `"${part.slice(0, 40)}" is not a step: write minutes then one of ${LADDER_ACTIONS.join(', ')}.`;
    steps.push({ afterMinutes: Number(m[1]), action: action as (typeof LADDER_ACTIONS)[number] });
  }
  for (let i = 1; i < steps.length; i += 1) {
    if (steps[i]!.afterMinutes <= steps[i - 1]!.afterMinutes) return 'Steps must come in order, each later than the one before.';
  }
  return steps;
}

/** Items separated by commas, semicolons or new lines, trimmed, empty ones dropped. */
function splitList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

function readWhole(text: string): number | string {
  const t = text.trim();
  return /^\d{1,6}$/.test(t) ? Number(t) : 'Write a whole number.';
}

function readWholeList(text: string): number[] | string {
  const parts = splitList(text);
  if (parts.some((p) => !/^\d{1,4}$/.test(p))) return 'Write whole numbers separated by commas.';
  const hours = parts.map(Number);
  return [...new Set(hours)].sort((a, b) => a - b);
}

const num = (key: keyof CommunitySettings) => (text: string) => {
  const n = readWhole(text);
  return typeof n === 'string' ? n : { [key]: n };
};

/** One resource as a line: `name | how to reach | hours | link`. */
export function formatResource(r: CommunityResource): string {
  const how = [r.phone === undefined ? null : `call ${r.phone}`, r.sms === undefined ? null : `text ${r.sms}`].filter((w) => w !== null).join(', ');
  return [r.name, how, r.hours, r.url ?? ''].join(' | ').replace(/( \| )+$/, '');
}

/**
 * A resource from its line. "How to reach" is `call <number>`, `text <number>`, both (comma-separated)
 * or a bare number (to call); it may be empty when a link is given.
 */
export function readResource(line: string): CommunityResource | string {
  const [name = '', how = '', hours = '', url = '', ...more] = line.split('|').map((p) => p.trim());
  if (more.length > 0) return `"${name.slice(0, 40)}": too many parts. Write name | how to reach | hours | link.`;
  const raw: Record<string, string> = { name, hours };
  for (const way of how.split(',').map((w) => w.trim()).filter((w) => w.length > 0)) {
    const m = /^(call|phone|text|sms)\s+(.+)$/i.exec(way);
    const kind = m === null ? 'call' : m[1]!.toLowerCase();
    const number = m === null ? way : m[2]!.trim();
    if (!/^[+\d][\d\s()+-]*$/.test(number) && !(kind === 'text' || kind === 'sms')) return `"${name.slice(0, 40)}": "${way.slice(0, 40)}" is not a number to call. Write "call 0800 123 456" or "text SHOUT to 85258".`;
    raw[kind === 'text' || kind === 'sms' ? 'sms' : 'phone'] = number;
  }
  if (url !== '') raw['url'] = url;
  if (raw['phone'] === undefined && raw['sms'] === undefined && raw['url'] === undefined) return `"${name.slice(0, 40)}": say how to reach it (a number to call or text) or give a link.`;
  const parsed = communityResource.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = String(issue?.path[0] ?? '');
  const why =
    where === 'url'
      ? 'the link must start with http:// or https:// (at most 200 characters)'
      : where === 'name'
        ? 'the name is needed (at most 80 characters)'
        : where === 'hours'
          ? 'say when it is open, e.g. "Mon–Fri 9:00–17:00" or "24/7" (at most 60 characters)'
          : where === 'phone' || where === 'sms'
            ? `the number to ${where === 'phone' ? 'call' : 'text'} must be 3 to ${where === 'phone' ? 40 : 60} characters`
            : `${where}: ${schemaWords(issue?.message) ?? 'not valid'}`;
  return `"${name.slice(0, 40) || 'a resource'}": ${why}.`;
}

export const TEXT_SETTINGS = {
  country: {
    label: 'Country for crisis lines',
    hint: 'A two-letter code such as GB, US or IE, or "other" for the international directory of helplines.',
    multiline: false,
    maxLength: 20,
    format: (s) => (s.country === null ? '' : s.country === INTERNATIONAL ? 'other' : s.country),
    read: (text) => ({ country: text.trim() === '' ? null : text.trim() }),
  },
  'time-zone': {
    label: 'Time zone',
    hint: 'An IANA name such as Europe/London or America/New_York.',
    multiline: false,
    maxLength: 60,
    format: (s) => s.timeZone,
    read: (text) => ({ timeZone: text.trim() }),
  },
  language: {
    label: 'Default language',
    hint: 'en, es, pt, fr or de: used in the volunteer channel and for people whose own language the platform does not tell Peerline.',
    multiline: false,
    maxLength: 5,
    format: (s) => s.language,
    read: (text) => {
      const tag = text.trim().toLowerCase();
      return isLocale(tag) ? { language: tag } : `"${text.trim().slice(0, 20)}" is not a language Peerline speaks: use en, es, pt, fr or de.`;
    },
  },
  'working-hours': {
    label: 'Working hours (TRiM reminders)',
    hint: 'When reminders to TRiM staff may be sent, in the community time zone, e.g. Mon-Fri 09:00-17:30 (others wait for the next start), or "any time".',
    multiline: false,
    maxLength: 60,
    format: (s) => formatWorkingHours(s.workingHours),
    read: (text) => {
      const hours = readWorkingHours(text);
      return typeof hours === 'string' ? hours : { workingHours: hours };
    },
  },
  'escalation-routine': {
    label: 'Escalation ladder (routine and urgent requests)',
    hint: 'Minutes after the request, then what happens: remention, page-coordinators or tell-member. E.g. 5 remention, 15 page-coordinators, 60 tell-member.',
    multiline: false,
    maxLength: 400,
    ...ladder('routine'),
  },
  'escalation-crisis': {
    label: 'Escalation ladder (crisis requests)',
    hint: 'As for routine requests, e.g. 1 remention, 3 page-coordinators, 10 tell-member. Crisis requests are also re-posted every 10 minutes.',
    multiline: false,
    maxLength: 400,
    ...ladder('crisis'),
  },
  'check-in-offsets': {
    label: 'Check-in offsets (hours)',
    hint: 'The times a member may choose for a check-in after a session, in hours: up to 5, e.g. 4, 24, 72.',
    multiline: false,
    maxLength: 60,
    format: (s) => s.checkInOffsetsHours.join(', '),
    read: (text, current) => {
      const hours = readWholeList(text);
      if (typeof hours === 'string') return hours;
      // The default must stay one of the choices.
      return { checkInOffsetsHours: hours, defaultCheckInHours: hours.includes(current.defaultCheckInHours) ? current.defaultCheckInHours : (hours[0] ?? current.defaultCheckInHours) };
    },
  },
  'retention-days': {
    label: 'Keep closed requests for (days)',
    hint: 'Days before the names and ids of closed requests, sessions and crisis events are removed (1 to 3650); counts stay.',
    multiline: false,
    maxLength: 6,
    format: (s) => String(s.retentionDays),
    read: num('retentionDays'),
  },
  'max-sessions': {
    label: 'Sessions at once per volunteer (cap)',
    hint: "The most sessions any volunteer holds at once, whatever their own capacity (1 to 10).",
    multiline: false,
    maxLength: 3,
    format: (s) => String(s.maxSessionsPerVolunteer),
    read: num('maxSessionsPerVolunteer'),
  },
  'max-shift-hours': {
    label: 'Longest shift (hours)',
    hint: 'Volunteers are asked to confirm, then taken off duty, after this many hours (1 to 24).',
    multiline: false,
    maxLength: 3,
    format: (s) => String(s.maxShiftHours),
    read: num('maxShiftHours'),
  },
  'crisis-cooldown': {
    label: 'Crisis alert cooldown (minutes)',
    hint: 'Minutes before the coordinators are alerted again about the same person, unless it gets worse (0 to 1440). The person is always answered.',
    multiline: false,
    maxLength: 5,
    format: (s) => String(s.crisisCooldownMinutes),
    read: num('crisisCooldownMinutes'),
  },
  topics: {
    label: 'Topics members choose from',
    hint: 'Separated by commas, up to 25, each up to 40 characters. The last is used when a member picks none.',
    multiline: false,
    maxLength: 1100,
    format: (s) => s.topics.join(', '),
    read: (text) => ({ topics: [...new Set(splitList(text).map((t) => t.toLowerCase()))] }),
  },
  'extra-resources': {
    label: 'Extra resources (shown after the national line)',
    hint: 'Up to 5, one a line: name | how to reach | hours | link, e.g. Counselling | call 01234 567890 | Mon–Fri 9–17 | https://example.edu',
    multiline: true,
    maxLength: 1500,
    format: (s) => s.extraResources.map(formatResource).join('\n'),
    read: (text) => {
      const resources: CommunityResource[] = [];
      for (const line of text.split(/[\n;]/).map((l) => l.trim()).filter((l) => l.length > 0)) {
        const r = readResource(line);
        if (typeof r === 'string') return r;
        resources.push(r);
      }
      return resources.length > 5 ? `At most 5 resources (you gave ${resources.length}).` : { extraResources: resources };
    },
  },
} as const satisfies Record<string, TextSetting>;

export type TextSettingKey = keyof typeof TEXT_SETTINGS;
export const TEXT_SETTING_KEYS = Object.keys(TEXT_SETTINGS) as TextSettingKey[];

export const isTextSettingKey = (key: string): key is TextSettingKey => Object.hasOwn(TEXT_SETTINGS, key);

/** One problem with a typed setting: which, and what to write instead. */
export interface SettingProblem {
  readonly setting: TextSettingKey;
  readonly message: string;
}

/**
 * The stored settings after applying `values` to `current`, or every problem at once (each value is
 * read, then checked with the stored schema's rule for its fields). Pure: no database, so an adapter can
 * show the problems beside the form's fields before it closes, and core checks the same again.
 */
export function applySettingsText(current: CommunitySettings, values: Partial<Record<TextSettingKey, string>>): { ok: true; settings: CommunitySettings; changed: TextSettingKey[] } | { ok: false; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];
  let patch: Patch = {};
  const changed: TextSettingKey[] = [];
  for (const key of TEXT_SETTING_KEYS) {
    const text = values[key];
    if (text === undefined) continue;
    const setting: TextSetting = TEXT_SETTINGS[key];
    if (text.length > setting.maxLength) {
      problems.push({ setting: key, message: `Too long: at most ${setting.maxLength} characters.` });
      continue;
    }
    if (text.trim() === setting.format(current).trim()) continue;
    const read = setting.read(text, current);
    if (typeof read === 'string') {
      problems.push({ setting: key, message: read });
      continue;
    }
    const problem = firstProblem(read);
    if (problem !== null) problems.push({ setting: key, message: problem });
    else {
      patch = { ...patch, ...read };
      changed.push(key);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const merged = communitySettings.safeParse({ ...current, ...patch });
  if (!merged.success) return { ok: false, problems: [{ setting: changed[0] ?? 'topics', message: schemaWords(merged.error.issues[0]?.message) ?? 'not valid' }] };
  return { ok: true, settings: merged.data, changed };
}

function firstProblem(patch: Patch): string | null {
  for (const [field, value] of Object.entries(patch)) {
    const schema = communitySettings.shape[field as keyof CommunitySettings];
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue?.path.length ? ` (${issue.path.join('.')})` : '';
      return `${schemaWords(issue?.message) ?? 'not valid'}${path}.`;
    }
  }
  return null;
}
