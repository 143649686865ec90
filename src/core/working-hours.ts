/**
 * Working hours: when reminders to staff may be sent, in the community's time zone. Pure: the next
 * moment inside the hours, and the setting as people write it ("Mon–Fri 09:00–17:30", "any time").
 * Wall times are read in the zone at each instant, so a daylight-saving change between now and the
 * next working day moves nothing: 09:00 stays 09:00 local.
 */
import type { WorkingHours } from './settings.js';
import { zonedMinute, zoneOffsetMs } from './time.js';

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
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

/** "Mon–Fri 09:00–17:30", "every day 09:00–17:30", "Mon, Wed, Fri 08:00–12:00", or "any time". */
export function formatWorkingHours(hours: WorkingHours | null): string {
  if (hours === null) return 'any time';
  const days = [...hours.days].sort((a, b) => a - b);
  const run = days.every((d, i) => i === 0 || d === days[i - 1]! + 1);
  const named =
    days.length === 7 ? 'every day' : run && days.length > 2 ? `${DAY_NAMES[days[0]!]}–${DAY_NAMES[days.at(-1)!]}` : days.map((d) => DAY_NAMES[d]).join(', ');
  return `${named} ${hhmm(hours.startMinute)}–${hhmm(hours.endMinute)}`;
}

const dayOf = (word: string): number | null => {
  const i = DAY_NAMES.findIndex((d) => word.toLowerCase().startsWith(d.toLowerCase()));
  return i === -1 || word.length > 9 ? null : i;
};

function readDays(text: string): number[] | string {
  const t = text.trim().toLowerCase();
  if (t === 'every day' || t === 'daily' || t === 'all week') return [0, 1, 2, 3, 4, 5, 6];
  const days: number[] = [];
  for (const part of t.split(/\s*,\s*|\s+/).filter((p) => p.length > 0)) {
    const [from, to, ...more] = part.split(/[-–]/);
    const a = dayOf(from ?? '');
    const b = to === undefined ? a : dayOf(to);
    if (a === null || b === null || more.length > 0) return `"${part.slice(0, 20)}" is not a day or a range of days such as Mon-Fri.`;
    // A range may wrap past Sunday: Fri-Mon is Fri, Sat, Sun, Mon.
    for (let d = a; ; d = (d + 1) % 7) {
      if (!days.includes(d)) days.push(d);
      if (d === b) break;
    }
  }
  return days.length === 0 ? 'Name the days, e.g. Mon-Fri.' : days.sort((x, y) => x - y);
}

function readTime(text: string, end: boolean): number | string {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(text);
  const minute = m === null ? NaN : Number(m[1]) * 60 + Number(m[2]);
  const fits = m !== null && Number(m[2]) < 60 && (minute < MINUTES_PER_DAY || (end && minute === MINUTES_PER_DAY));
  return fits ? minute : `"${text.slice(0, 10)}" is not a time: write 24-hour HH:MM, e.g. 09:00.`;
}

/** The hours as written ("Mon-Fri 09:00-17:30", "any time"), or a sentence saying what is wrong. Checked again by the schema. */
export function readWorkingHours(text: string): WorkingHours | null | string {
  const t = text.trim();
  if (/^(any ?time|always|off|none)$/i.test(t)) return null;
  const m = /^(.*?)\s*(\d{1,2}[:.]\d{2})\s*(?:-|–|to)\s*(\d{1,2}[:.]\d{2})$/i.exec(t);
  if (m === null) return 'Write the days then the hours, e.g. Mon-Fri 09:00-17:30, or "any time".';
  const days = readDays(m[1] === '' ? 'every day' : m[1]!);
  if (typeof days === 'string') return days;
  const startMinute = readTime(m[2]!, false);
  if (typeof startMinute === 'string') return startMinute;
  const endMinute = readTime(m[3]!, true);
  if (typeof endMinute === 'string') return endMinute;
  if (endMinute <= startMinute) return 'The end must come after the start, on the same day (no overnight hours).';
  return { days, startMinute, endMinute };
}
