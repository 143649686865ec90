/**
 * The community settings coordinators change as text — in Slack's settings modal, with
 * `/peer-admin settings set` on Discord, and in the dashboard's settings form — read and written the
 * same way everywhere. Each setting has a key (what commands and forms call it), how its value is
 * shown, and how typed text becomes the stored value, which core's zod schema (`model/settings.ts`)
 * then checks. Settings that are channels or roles are picked with the platform's own pickers, and
 * watched channels are opted in and out one at a time (`watch-channel.ts`): their refs are built by
 * adapters, never typed. Labels, hints and refusals are `Text` for the edge to word in the reader's
 * language; the keys, and the words a value is read by (`other`, `call`, `remention` …), stay English.
 */
import type { z } from 'zod';
import { communityResource, communitySettings, type CommunityResource, type CommunitySettings, INTERNATIONAL } from './settings.js';
import { formatWorkingHours, readWorkingHours } from './working-hours.js';
import { catalogueWords, issueText } from './schema-words.js';
import { isLocale, t, type Text } from '../i18n/index.js';

type Patch = Partial<Record<keyof CommunitySettings, unknown>>;

/** What is wrong with a typed value, for the person who typed it (a patch or a value never has `problem`). */
export interface Refusal {
  readonly problem: Text;
}

const refuse = (problem: Text): Refusal => ({ problem });

export const isRefusal = (read: unknown): read is Refusal => typeof read === 'object' && read !== null && 'problem' in read;

interface TextSetting {
  readonly label: Text;
  /** How to write it, with an example: shown as help and after every refusal (at most 150 characters in every language: Slack's limit for a hint). */
  readonly hint: Text;
  /** Whether the value can run over several lines (a form shows a multi-line box). */
  readonly multiline: boolean;
  readonly maxLength: number;
  readonly format: (s: CommunitySettings) => string;
  /** The stored fields this text changes, or what is wrong with it. */
  readonly read: (text: string, current: CommunitySettings) => Patch | Refusal;
}

const LADDER_ACTIONS = ['remention', 'page-coordinators', 'tell-member'] as const;

const formatLadder = (steps: CommunitySettings['escalation']['routine']) => steps.map((s) => `${s.afterMinutes} ${s.action}`).join(', ');

/** How the escalation ladder for `urgency` is shown and read. */
const ladder = (urgency: keyof CommunitySettings['escalation']): Pick<TextSetting, 'format' | 'read'> => ({
  format: (s) => formatLadder(s.escalation[urgency]),
  read: (text, current) => {
    const steps = readLadder(text);
    return isRefusal(steps) ? steps : { escalation: { ...current.escalation, [urgency]: steps } };
  },
});

function readLadder(text: string): CommunitySettings['escalation']['routine'] | Refusal {
  const steps: { afterMinutes: number; action: (typeof LADDER_ACTIONS)[number] }[] = [];
  for (const part of splitList(text)) {
    const m = /^(\d{1,5})\s*(?:m|min|minutes?)?\s+([a-z-]+)$/i.exec(part);
    const action = m?.[2]?.toLowerCase();
    if (m === null || !LADDER_ACTIONS.some((a) => a === action)) return refuse(t('settings.problem.step', { step: part.slice(0, 40), actions: LADDER_ACTIONS.join(', ') }));
    steps.push({ afterMinutes: Number(m[1]), action: action as (typeof LADDER_ACTIONS)[number] });
  }
  for (let i = 1; i < steps.length; i += 1) {
    if (steps[i]!.afterMinutes <= steps[i - 1]!.afterMinutes) return refuse(t('settings.problem.stepOrder'));
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

function readWhole(text: string): number | Refusal {
  const trimmed = text.trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : refuse(t('settings.problem.wholeNumber'));
}

function readWholeList(text: string): number[] | Refusal {
  const parts = splitList(text);
  if (parts.some((p) => !/^\d{1,4}$/.test(p))) return refuse(t('settings.problem.wholeNumbers'));
  const hours = parts.map(Number);
  return [...new Set(hours)].sort((a, b) => a - b);
}

const num = (key: keyof CommunitySettings) => (text: string) => {
  const n = readWhole(text);
  return isRefusal(n) ? n : { [key]: n };
};

/** One resource as a line: `name | how to reach | hours | link` (`call` and `text` are the words `readResource` reads, in every language). */
export function formatResource(r: CommunityResource): string {
  const how = [r.phone === undefined ? null : `call ${r.phone}`, r.sms === undefined ? null : `text ${r.sms}`].filter((w) => w !== null).join(', ');
  return [r.name, how, r.hours, r.url ?? ''].join(' | ').replace(/( \| )+$/, '');
}

/**
 * A resource from its line. "How to reach" is `call <number>`, `text <number>`, both (comma-separated)
 * or a bare number (to call); it may be empty when a link is given.
 */
export function readResource(line: string): CommunityResource | Refusal {
  const [name = '', how = '', hours = '', url = '', ...more] = line.split('|').map((p) => p.trim());
  if (more.length > 0) return refuse(t('settings.resource.parts', { name: name.slice(0, 40) }));
  const raw: Record<string, string> = { name, hours };
  for (const way of how.split(',').map((w) => w.trim()).filter((w) => w.length > 0)) {
    const m = /^(call|phone|text|sms)\s+(.+)$/i.exec(way);
    const kind = m === null ? 'call' : m[1]!.toLowerCase();
    const number = m === null ? way : m[2]!.trim();
    if (!/^[+\d][\d\s()+-]*$/.test(number) && !(kind === 'text' || kind === 'sms')) return refuse(t('settings.resource.notNumber', { name: name.slice(0, 40), way: way.slice(0, 40) }));
    raw[kind === 'text' || kind === 'sms' ? 'sms' : 'phone'] = number;
  }
  if (url !== '') raw['url'] = url;
  if (raw['phone'] === undefined && raw['sms'] === undefined && raw['url'] === undefined) return refuse(t('settings.resource.noWay', { name: name.slice(0, 40) }));
  const parsed = communityResource.safeParse(raw, { error: catalogueWords });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = String(issue?.path[0] ?? '');
  const why: Text =
    where === 'url'
      ? t('settings.resource.url')
      : where === 'name'
        ? t('settings.resource.name')
        : where === 'hours'
          ? t('settings.resource.hours')
          : where === 'phone' || where === 'sms'
            ? t('settings.resource.number', { way: where === 'phone' ? 'call' : 'text', max: where === 'phone' ? 40 : 60 })
            : t('settings.resource.field', { field: where, message: schemaMessage(issue) });
  return refuse(t('settings.resource.problem', { name: name.slice(0, 40) || t('settings.resource.unnamed'), why }));
}

export const TEXT_SETTINGS = {
  country: {
    label: t('settings.country.label'),
    hint: t('settings.country.hint'),
    multiline: false,
    maxLength: 20,
    format: (s) => (s.country === null ? '' : s.country === INTERNATIONAL ? 'other' : s.country),
    read: (text) => ({ country: text.trim() === '' ? null : text.trim() }),
  },
  'time-zone': {
    label: t('settings.time-zone.label'),
    hint: t('settings.time-zone.hint'),
    multiline: false,
    maxLength: 60,
    format: (s) => s.timeZone,
    read: (text) => ({ timeZone: text.trim() }),
  },
  language: {
    label: t('settings.language.label'),
    hint: t('settings.language.hint'),
    multiline: false,
    maxLength: 5,
    format: (s) => s.language,
    read: (text) => {
      const tag = text.trim().toLowerCase();
      return isLocale(tag) ? { language: tag } : refuse(t('settings.problem.language', { given: text.trim().slice(0, 20) }));
    },
  },
  'working-hours': {
    label: t('settings.working-hours.label'),
    hint: t('settings.working-hours.hint'),
    multiline: false,
    maxLength: 60,
    format: (s) => formatWorkingHours(s.workingHours),
    read: (text) => {
      const hours = readWorkingHours(text);
      return typeof hours === 'string' ? refuse(hours) : { workingHours: hours };
    },
  },
  'escalation-routine': {
    label: t('settings.escalation-routine.label'),
    hint: t('settings.escalation-routine.hint'),
    multiline: false,
    maxLength: 400,
    ...ladder('routine'),
  },
  'escalation-crisis': {
    label: t('settings.escalation-crisis.label'),
    hint: t('settings.escalation-crisis.hint'),
    multiline: false,
    maxLength: 400,
    ...ladder('crisis'),
  },
  'check-in-offsets': {
    label: t('settings.check-in-offsets.label'),
    hint: t('settings.check-in-offsets.hint'),
    multiline: false,
    maxLength: 60,
    format: (s) => s.checkInOffsetsHours.join(', '),
    read: (text, current) => {
      const hours = readWholeList(text);
      if (isRefusal(hours)) return hours;
      // The default must stay one of the choices.
      return { checkInOffsetsHours: hours, defaultCheckInHours: hours.includes(current.defaultCheckInHours) ? current.defaultCheckInHours : (hours[0] ?? current.defaultCheckInHours) };
    },
  },
  'retention-days': {
    label: t('settings.retention-days.label'),
    hint: t('settings.retention-days.hint'),
    multiline: false,
    maxLength: 6,
    format: (s) => String(s.retentionDays),
    read: num('retentionDays'),
  },
  'max-sessions': {
    label: t('settings.max-sessions.label'),
    hint: t('settings.max-sessions.hint'),
    multiline: false,
    maxLength: 3,
    format: (s) => String(s.maxSessionsPerVolunteer),
    read: num('maxSessionsPerVolunteer'),
  },
  'max-shift-hours': {
    label: t('settings.max-shift-hours.label'),
    hint: t('settings.max-shift-hours.hint'),
    multiline: false,
    maxLength: 3,
    format: (s) => String(s.maxShiftHours),
    read: num('maxShiftHours'),
  },
  'crisis-cooldown': {
    label: t('settings.crisis-cooldown.label'),
    hint: t('settings.crisis-cooldown.hint'),
    multiline: false,
    maxLength: 5,
    format: (s) => String(s.crisisCooldownMinutes),
    read: num('crisisCooldownMinutes'),
  },
  topics: {
    label: t('settings.topics.label'),
    hint: t('settings.topics.hint'),
    multiline: false,
    maxLength: 1100,
    format: (s) => s.topics.join(', '),
    read: (text) => ({ topics: [...new Set(splitList(text).map((t) => t.toLowerCase()))] }),
  },
  'extra-resources': {
    label: t('settings.extra-resources.label'),
    hint: t('settings.extra-resources.hint'),
    multiline: true,
    maxLength: 1500,
    format: (s) => s.extraResources.map(formatResource).join('\n'),
    read: (text) => {
      const resources: CommunityResource[] = [];
      for (const line of text.split(/[\n;]/).map((l) => l.trim()).filter((l) => l.length > 0)) {
        const r = readResource(line);
        if (isRefusal(r)) return r;
        resources.push(r);
      }
      return resources.length > 5 ? refuse(t('settings.problem.resources', { count: resources.length })) : { extraResources: resources };
    },
  },
} as const satisfies Record<string, TextSetting>;

export type TextSettingKey = keyof typeof TEXT_SETTINGS;
export const TEXT_SETTING_KEYS = Object.keys(TEXT_SETTINGS) as TextSettingKey[];

export const isTextSettingKey = (key: string): key is TextSettingKey => Object.hasOwn(TEXT_SETTINGS, key);

/** One problem with a typed setting: which, and what to write instead. */
export interface SettingProblem {
  readonly setting: TextSettingKey;
  readonly message: Text;
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
      problems.push({ setting: key, message: t('settings.problem.tooLong', { max: String(setting.maxLength) }) });
      continue;
    }
    if (text.trim() === setting.format(current).trim()) continue;
    const read = setting.read(text, current);
    if (isRefusal(read)) {
      problems.push({ setting: key, message: read.problem });
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
  const merged = communitySettings.safeParse({ ...current, ...patch }, { error: catalogueWords });
  if (!merged.success) return { ok: false, problems: [{ setting: changed[0] ?? 'topics', message: schemaMessage(merged.error.issues[0]) }] };
  return { ok: true, settings: merged.data, changed };
}

function firstProblem(patch: Patch): Text | null {
  for (const [field, value] of Object.entries(patch)) {
    const schema = communitySettings.shape[field as keyof CommunitySettings];
    const parsed = schema.safeParse(value, { error: catalogueWords });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const message = schemaMessage(issue);
      return issue?.path.length ? t('settings.problem.schemaAt', { message, path: issue.path.join('.') }) : t('settings.problem.schema', { message });
    }
  }
  return null;
}

/** A schema's words for a problem, or "not valid" when it gave none. */
const schemaMessage = (issue: z.core.$ZodIssue | undefined): Text => (issue === undefined ? t('settings.problem.notValid') : issueText(issue));
