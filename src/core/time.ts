/** Small, pure time helpers. All stored times are UTC; communities have a time zone for display. */

/**
 * Building an `Intl.DateTimeFormat` costs far more than using one (it showed in CPU profiles under
 * load): one per time zone and option set, kept. Time zones are a bounded set; a name that does not
 * exist throws (as before) and is never cached.
 */
const dateFormatters = new Map<string, Intl.DateTimeFormat>();
const zoneFormatters = new Map<string, Intl.DateTimeFormat>();
const localFormatters = new Map<string, Intl.DateTimeFormat>();

function cached(formatters: Map<string, Intl.DateTimeFormat>, timeZone: string, build: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = build();
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar date (YYYY-MM-DD) at `at` in `timeZone`. */
export function localDate(at: Date, timeZone: string): string {
  return cached(dateFormatters, timeZone, () => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })).format(at);
}

export const addMinutes = (at: Date, minutes: number): Date => new Date(at.getTime() + minutes * 60_000);
export const addHours = (at: Date, hours: number): Date => new Date(at.getTime() + hours * 3_600_000);

/** A formatter that reads wall-clock parts in `timeZone` (one per zone, kept). */
export function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  return cached(zoneFormatters, timeZone, () => new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }));
}

/** Milliseconds the formatter's time zone is ahead of UTC at the instant `at`. */
export function zoneOffsetMs(at: Date, zone: string | Intl.DateTimeFormat): number {
  const parts = (typeof zone === 'string' ? zoneFormatter(zone) : zone).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/** The UTC instant of `hour`:00 local time on `date` (YYYY-MM-DD, may overflow: day 32 is next month) in `timeZone`. */
export function zonedDateTime(date: string, hour: number, timeZone: string, addDays = 0): Date {
  return zonedMinute(date, hour * 60, timeZone, addDays);
}

/** The UTC instant of the local wall time `minuteOfDay` minutes after midnight on `date` (+ `addDays`) in `timeZone`. */
export function zonedMinute(date: string, minuteOfDay: number, timeZone: string, addDays = 0): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d + addDays, 0, minuteOfDay);
  // Two passes settle the offset even when the guess lands across a daylight-saving change.
  let guess = wall - zoneOffsetMs(new Date(wall), timeZone);
  guess = wall - zoneOffsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

/** "Thu 3 Dec 2026, 14:00" in `timeZone`, for dates people act on (due dates, reminders). */
export function formatLocal(at: Date, timeZone: string): string {
  return cached(localFormatters, timeZone, () => new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone })).format(at);
}

export const addDays = (at: Date, days: number): Date => new Date(at.getTime() + days * 86_400_000);

/** The moment to remind someone of something due at `at`: then, or 09:00 local that day if `at` is earlier in the day. */
export function dayReminderAt(at: Date, timeZone: string): Date {
  const nine = zonedDateTime(localDate(at, timeZone), 9, timeZone);
  return nine > at ? nine : at;
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/;

/**
 * The UTC instant of "YYYY-MM-DD HH:MM" (24-hour) read as wall-clock time in `timeZone`, or null when
 * the text is not such a time (wrong shape, 30 February, 24:00). A time skipped by a daylight-saving
 * change reads as the same wall time with the offset before the change.
 */
export function parseLocalDateTime(text: string, timeZone: string): Date | null {
  const m = LOCAL_DATE_TIME.exec(text.trim());
  if (m === null) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59) return null;
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // Date.UTC rolls 30 February over into March; such a date does not exist.
  if (new Date(wall).getUTCDate() !== d) return null;
  let guess = wall - zoneOffsetMs(new Date(wall), timeZone);
  guess = wall - zoneOffsetMs(new Date(guess), timeZone);
  return new Date(guess);
}
