/**
 * Working hours: when reminders to staff may be sent, in the community's time zone. Pure: the next
 * moment inside the hours, and the setting as people write it ("Mon–Fri 09:00–17:30", "any time").
 * Wall times are read in the zone at each instant, so a daylight-saving change between now and the
 * next working day moves nothing: 09:00 stays 09:00 local. The words come from the catalogue, and hours
 * written with any language's day names are read.
 */
import { CATALOGUE, LOCALES, localise, type Locale, type MessageId, t, type Text } from '../i18n/index.js';
import type { WorkingHours } from './settings.js';
import { zonedMinute, zoneOffsetMs } from './time.js';

/** The days' names in the catalogue, Sunday first (0 = Sunday … 6 = Saturday, as `WorkingHours` counts). */
const DAY_IDS = [
  'replies.hours.day.0',
  'replies.hours.day.1',
  'replies.hours.day.2',
  'replies.hours.day.3',
  'replies.hours.day.4',
  'replies.hours.day.5',
  'replies.hours.day.6',
] as const satisfies readonly MessageId[];
const MINUTES_PER_DAY = 24 * 60;

/** `at` when it falls within the hours (or there are none), else the start of the next working period. */
export function nextWorkingTime(at: Date, hours: WorkingHours | null, timeZone: string): Date {
  if (hours === null) return at;
  const local = new Date(at.getTime() + zoneOffsetMs(at, timeZone));
  const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
  const date = local.toISOString().slice(0, 10);
  for (let k = 0; k <= 7; k += 1) {
    if (!hours.days.includes((local.getUTCDay() + k) % 7)) continue;
    if (k === 0 && minute >= hours.endMinute) continue;
    if (k === 0 && minute >= hours.startMinute) return at;
    return zonedMinute(date, hours.startMinute, timeZone, k);
  }
  // The schema keeps at least one day, so a start is always found within a week.
  return at;
}

const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

const dayName = (d: number): Text => t(DAY_IDS[d]!);

/** Days as a list, "Mon, Wed, Fri": each name and each comma from the catalogue. */
const dayList = (days: readonly number[]): Text =>
  days.length === 1 ? dayName(days[0]!) : t('replies.hours.list', { first: dayName(days[0]!), rest: dayList(days.slice(1)) });

/** "Mon–Fri 09:00–17:30", "every day 09:00–17:30", "Mon, Wed, Fri 08:00–12:00", or "any time", as catalogue text. */
export function workingHoursText(hours: WorkingHours | null): Text {
  if (hours === null) return t('replies.hours.any-time');
  const days = [...hours.days].sort((a, b) => a - b);
  const run = days.every((d, i) => i === 0 || d === days[i - 1]! + 1);
  const named =
    days.length === 7 ? t('replies.hours.every-day') : run && days.length > 2 ? t('replies.hours.run', { first: dayName(days[0]!), last: dayName(days.at(-1)!) }) : dayList(days);
  return t('replies.hours.range', { days: named, start: hhmm(hours.startMinute), end: hhmm(hours.endMinute) });
}

/** The hours in `locale`'s words (English unless said): what a setting shows. */
export function formatWorkingHours(hours: WorkingHours | null, locale: Locale = 'en'): string {
  return localise(workingHoursText(hours), locale);
}

/** Each language's words for a day, "every day" and "any time", lower case: hours are read as written in any of them. */
const WORDS = LOCALES.map((l) => CATALOGUE[l]);
const DAY_WORDS = WORDS.flatMap((m) => DAY_IDS.map((id, day) => ({ day, word: m[id].toLowerCase() })))
  // Longest first, so "dim" (French, Sunday) wins over "di" (German, Tuesday) for "dimanche".
  .sort((a, b) => b.word.length - a.word.length);
// i18n-exempt: words read in what coordinators write (English synonyms), never shown
const EVERY_DAY = new Set(['every day', 'daily', 'all week', ...WORDS.map((m) => m['replies.hours.every-day'].toLowerCase())]);
const ANY_TIME = new Set(WORDS.map((m) => m['replies.hours.any-time'].toLowerCase()));

const dayOf = (word: string): number | null => {
  const w = word.toLowerCase();
  return word.length > 9 ? null : (DAY_WORDS.find((d) => w.startsWith(d.word))?.day ?? null);
};

function readDays(text: string): number[] | Text {
  const lower = text.trim().toLowerCase();
  // No days written: every day.
  if (lower === '' || EVERY_DAY.has(lower)) return [0, 1, 2, 3, 4, 5, 6];
  const days: number[] = [];
  for (const part of lower.split(/\s*,\s*|\s+/).filter((p) => p.length > 0)) {
    const [from, to, ...more] = part.split(/[-–]/);
    const a = dayOf(from ?? '');
    const b = to === undefined ? a : dayOf(to);
    if (a === null || b === null || more.length > 0) return t('replies.hours.not-a-day', { part: part.slice(0, 20) });
    // A range may wrap past Sunday: Fri-Mon is Fri, Sat, Sun, Mon.
    for (let d = a; ; d = (d + 1) % 7) {
      if (!days.includes(d)) days.push(d);
      if (d === b) break;
    }
  }
  return days.length === 0 ? t('replies.hours.name-days') : days.sort((x, y) => x - y);
}

function readTime(text: string, end: boolean): number | Text {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(text);
  const minute = m === null ? NaN : Number(m[1]) * 60 + Number(m[2]);
  const fits = m !== null && Number(m[2]) < 60 && (minute < MINUTES_PER_DAY || (end && minute === MINUTES_PER_DAY));
  return fits ? minute : t('replies.hours.not-a-time', { time: text.slice(0, 10) });
}

/** What is wrong with hours as written, as catalogue text. */
export interface HoursProblem {
  readonly problem: Text;
}

/**
 * The hours as written ("Mon-Fri 09:00-17:30", "any time", or the same in any language Peerline speaks),
 * or what is wrong with them. Checked again by the schema.
 */
export function parseWorkingHours(text: string): WorkingHours | null | HoursProblem {
  const written = text.trim();
  if (/^(any ?time|always|off|none)$/i.test(written) || ANY_TIME.has(written.toLowerCase())) return null;
  const m = /^(.*?)\s*(\d{1,2}[:.]\d{2})\s*(?:-|–|to)\s*(\d{1,2}[:.]\d{2})$/i.exec(written);
  if (m === null) return { problem: t('replies.hours.how') };
  const days = readDays(m[1]!);
  if (!Array.isArray(days)) return { problem: days };
  const startMinute = readTime(m[2]!, false);
  if (typeof startMinute !== 'number') return { problem: startMinute };
  const endMinute = readTime(m[3]!, true);
  if (typeof endMinute !== 'number') return { problem: endMinute };
  if (endMinute <= startMinute) return { problem: t('replies.hours.overnight') };
  return { days, startMinute, endMinute };
}

/** The hours as written, or a sentence in `locale`'s words (English unless said) saying what is wrong. */
export function readWorkingHours(text: string, locale: Locale = 'en'): WorkingHours | null | string {
  const read = parseWorkingHours(text);
  return read !== null && 'problem' in read ? localise(read.problem, locale) : read;
}
