/**
 * Weekday and month names for the rota's dates, in each language, as ICU selects: the names are CLDR's
 * (read once per language from Intl at start-up, in their form inside a date such as "Mo., 7. Dez."),
 * and each language's messages put them in its own order. A select rather than an ICU date argument
 * because a rota date is a local date in the community's time zone, and an ICU date argument formats in
 * the server's time zone (intl-messageformat takes no time zone).
 */

/** The select keys: ISO weekdays 1–7 and months 1–12, as the rota's views pass them. */
export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];
export type MonthKey = (typeof MONTH_KEYS)[number];

const select = (param: string, keys: readonly string[], names: readonly string[]) =>
  `{${param}, select, ${keys.map((k, i) => `${k} {${names[i] ?? k}}`).join(' ')} other {}}`;

/** The short names as they stand in a date (weekday, day, month), e.g. "Mo." and "Dez." in German. */
function partNames(tag: string, type: 'weekday' | 'month', dates: readonly Date[]): string[] {
  const format = new Intl.DateTimeFormat(tag, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  return dates.map((d) => format.formatToParts(d).find((p) => p.type === type)?.value ?? '');
}

/** 2024-01-01 was a Monday. */
const WEEK = WEEKDAY_KEYS.map((_, i) => new Date(Date.UTC(2024, 0, 1 + i, 12)));
const YEAR = MONTH_KEYS.map((_, i) => new Date(Date.UTC(2024, i, 15, 12)));

/** `{day, select, mon {Mon} …}` in the language of `tag`. */
export const weekdayNames = (tag: string): string => select('day', WEEKDAY_KEYS, partNames(tag, 'weekday', WEEK));
/** `{month, select, jan {Jan} …}` in the language of `tag`. */
export const monthNames = (tag: string): string => select('month', MONTH_KEYS, partNames(tag, 'month', YEAR));
