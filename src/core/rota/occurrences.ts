/**
 * Rota times, pure. A slot is wall-clock time in the community's time zone: its occurrence on a local
 * date starts at that date's local start time and ends at the local time `durationMinutes` later, each
 * turned into a UTC instant on its own — so across a daylight-saving change a shift keeps its wall-clock
 * hours (18:00–22:00 stays 18:00–22:00) and its UTC instants move.
 */
import { t, type Text } from '../../i18n/index.js';
import { MONTH_KEYS, WEEKDAY_KEYS } from '../../i18n/messages/rota/names.js';
import { localDate, zonedMinute, zoneFormatter } from '../time.js';

/** What of a slot row the rota's times depend on. */
export interface SlotTimes {
  /** ISO weekdays (1 = Monday … 7 = Sunday); empty for a one-off. */
  readonly weekdays: readonly number[];
  /** The one-off's local date (YYYY-MM-DD); null for a weekly slot. */
  readonly onDate: string | null;
  readonly startMinute: number;
  readonly durationMinutes: number;
}

export interface Occurrence {
  /** The local date the shift starts on (YYYY-MM-DD). */
  readonly date: string;
  readonly start: Date;
  readonly end: Date;
}

const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD `days` after `date` (calendar arithmetic, no time zone). */
export function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday and Sunday (local dates) of the week `date` falls in. */
export function weekOf(date: string): { readonly monday: string; readonly sunday: string } {
  const monday = shiftDate(date, 1 - isoWeekday(date));
  return { monday, sunday: shiftDate(monday, 6) };
}

/** Whether the slot has an occurrence on `date`. */
export function occursOn(slot: SlotTimes, date: string): boolean {
  return slot.onDate === null ? slot.weekdays.includes(isoWeekday(date)) : slot.onDate === date;
}

/** The slot's occurrence on `date` (whether or not it has one there: check `occursOn` first). */
export function occurrence(slot: SlotTimes, date: string, timeZone: string): Occurrence {
  return { date, start: zonedMinute(date, slot.startMinute, timeZone), end: zonedMinute(date, slot.startMinute + slot.durationMinutes, timeZone) };
}

/** The slot's occurrences starting on local dates `from` to `to` (inclusive), in order. */
export function occurrencesBetween(slot: SlotTimes, from: string, to: string, timeZone: string): Occurrence[] {
  const out: Occurrence[] = [];
  for (let date = from; date <= to; date = shiftDate(date, 1)) {
    if (occursOn(slot, date)) out.push(occurrence(slot, date, timeZone));
  }
  return out;
}

/** "18:00" for minutes after midnight (past 24 h wraps round). */
export function clock(minute: number): string {
  const m = ((minute % 1440) + 1440) % 1440;
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/** A weekday's short name (ISO 1 = Monday … 7 = Sunday), in the reader's language. */
export function weekdayText(isoDay: number): Text {
  return t('rota.weekday', { day: WEEKDAY_KEYS[isoDay - 1] ?? 'sun' });
}

/** "Mon 7 Dec" for a local date (YYYY-MM-DD), in the reader's language. */
export function dateText(date: string): Text {
  return t('rota.date', { weekday: weekdayText(isoWeekday(date)), day: Number(date.slice(8, 10)), month: monthText(date) });
}

/** The short name of a local date's month (YYYY-MM-DD), in the reader's language. */
function monthText(date: string): Text {
  return t('rota.month', { month: MONTH_KEYS[Number(date.slice(5, 7)) - 1] ?? 'dec' });
}

/** "Mon–Fri", "Mon, Wed, Sat", "once on 2026-12-24". */
export function describeDays(slot: Pick<SlotTimes, 'weekdays' | 'onDate'>): Text {
  if (slot.onDate !== null) return t('rota.days.once', { date: slot.onDate });
  const days = [...slot.weekdays].sort((a, b) => a - b);
  const first = days[0];
  const last = days[days.length - 1];
  const run = first !== undefined && last !== undefined && days.length >= 3 && last - first === days.length - 1;
  if (run) return t('rota.days.run', { from: weekdayText(first), to: weekdayText(last) });
  return listText(days.map(weekdayText), 'rota.comma');
}

/** Texts in a row, each pair joined by the message `by` ("a, b", "a · b"); empty for none. */
export function listText(items: readonly Text[], by: 'rota.comma' | 'rota.dot'): Text {
  return items.reduceRight<Text | null>((rest, first) => (rest === null ? first : t(by, { first, rest })), null) ?? '';
}

/** "18:00" in `timeZone`. */
function hm(at: Date, timeZone: string): string {
  const parts = zoneFormatter(timeZone).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${pad(Number(part('hour')))}:${part('minute').padStart(2, '0')}`;
}

/** "Mon 7 Dec, 18:00–22:00" in `timeZone`, in the reader's language. */
export function describeOccurrence(o: Occurrence, timeZone: string): Text {
  return t('rota.shift', { date: dateText(o.date), start: hm(o.start, timeZone), end: hm(o.end, timeZone) });
}

/** "Mon, 26 Oct 2026, 18:00" in `timeZone`, in the reader's language. */
export function dateTimeText(at: Date, timeZone: string): Text {
  const date = localDate(at, timeZone);
  return t('rota.dateTime', {
    weekday: weekdayText(isoWeekday(date)),
    day: Number(date.slice(8, 10)),
    month: monthText(date),
    year: date.slice(0, 4),
    time: hm(at, timeZone),
  });
}

const DAY_WORDS: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

/** Reads "mon-fri", "mon,wed,fri", "sat" (three-letter English names, any case) into ISO weekdays; null if it cannot. */
export function parseWeekdays(text: string): number[] | null {
  const days = new Set<number>();
  for (const part of text.toLowerCase().split(/[,\s]+/).filter((p) => p.length > 0)) {
    const [a = '', b, ...more] = part.split(/[-–]/);
    const from = DAY_WORDS[a.slice(0, 3)];
    const to = b === undefined ? from : DAY_WORDS[b.slice(0, 3)];
    if (from === undefined || to === undefined || more.length > 0 || to < from) return null;
    for (let d = from; d <= to; d += 1) days.add(d);
  }
  return days.size === 0 ? null : [...days].sort((x, y) => x - y);
}

/** Reads "18:00" or "9:30" into minutes after midnight; null if it cannot. */
export function parseClock(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (m === null) return null;
  const [h, mi] = [Number(m[1]), Number(m[2])];
  return h > 23 || mi > 59 ? null : h * 60 + mi;
}
