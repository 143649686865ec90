/**
 * The dashboard's figures, computed from the rows `db/queries/dashboard.ts` returns: pure functions of
 * times and counts, in the community's time zone. Nothing here sees who anybody is.
 */
import type { CrisisFact, DutyEvent, RequestFacts } from '../../../db/queries/dashboard.js';
import { requestOutcome, zoneFormatter, zoneOffsetMs } from '../../../core/index.js';
import type { MessageId } from '../../../i18n/index.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Waiting-time buckets for accepted requests, in milliseconds (upper bound exclusive). */
export const WAIT_BUCKETS: readonly { readonly label: MessageId; readonly below: number }[] = [
  { label: 'dash.bucket.under1', below: 60_000 },
  { label: 'dash.bucket.1to5', below: 5 * 60_000 },
  { label: 'dash.bucket.5to15', below: 15 * 60_000 },
  { label: 'dash.bucket.15to30', below: 30 * 60_000 },
  { label: 'dash.bucket.30to60', below: HOUR_MS },
  { label: 'dash.bucket.1to4h', below: 4 * HOUR_MS },
  { label: 'dash.bucket.4hPlus', below: Number.POSITIVE_INFINITY },
];

export function waitHistogram(facts: readonly RequestFacts[]): number[] {
  const counts = WAIT_BUCKETS.map(() => 0);
  for (const f of facts) {
    if (f.acceptedAt === null) continue;
    const wait = Math.max(0, f.acceptedAt.getTime() - f.createdAt.getTime());
    const index = WAIT_BUCKETS.findIndex((b) => wait < b.below);
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}

/** Local wall-clock parts of an instant, with the zone offset memoised per UTC hour (offsets change on the hour or half hour at most). */
export class ZonedCalendar {
  readonly #offsets = new Map<number, number>();
  readonly #format: Intl.DateTimeFormat;

  constructor(readonly timeZone: string) {
    this.#format = zoneFormatter(timeZone);
  }

  #offsetMs(ms: number): number {
    const key = Math.floor(ms / (HOUR_MS / 2));
    const hit = this.#offsets.get(key);
    if (hit !== undefined) return hit;
    const offset = zoneOffsetMs(new Date(key * (HOUR_MS / 2)), this.#format);
    this.#offsets.set(key, offset);
    return offset;
  }

  /** The instant as if local time were UTC: read it with getUTC* methods. */
  local(at: Date | number): Date {
    const ms = typeof at === 'number' ? at : at.getTime();
    return new Date(ms + this.#offsetMs(ms));
  }

  /** 0 = Monday … 6 = Sunday, and the local hour. */
  hourOfWeek(at: Date | number): { day: number; hour: number } {
    const local = this.local(at);
    return { day: (local.getUTCDay() + 6) % 7, hour: local.getUTCHours() };
  }

  /** YYYY-MM-DD, local. */
  date(at: Date | number): string {
    return this.local(at).toISOString().slice(0, 10);
  }
}

export interface Interval {
  readonly start: number;
  readonly end: number;
}

/**
 * Duty shifts as intervals within [from, to]. A shift whose start is before the events read begins at
 * `from`; one still open ends now if the person is on duty now, and otherwise after the longest shift
 * the community allows (the scheduler would have ended it; its row may be gone with the volunteer).
 */
export function dutyIntervals(events: readonly DutyEvent[], onNow: readonly { who: string }[], window: { from: Date; to: Date }, maxShiftHours: number): Interval[] {
  const from = window.from.getTime();
  const to = window.to.getTime();
  const live = new Set(onNow.map((p) => p.who));
  const open = new Map<string, number>();
  const out: Interval[] = [];
  const push = (start: number, end: number) => {
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    if (e > s) out.push({ start: s, end: e });
  };
  for (const event of events) {
    const at = event.at.getTime();
    const started = open.get(event.who);
    if (event.kind === 'start') {
      if (started === undefined) open.set(event.who, at);
    } else {
      push(started ?? from, at);
      open.delete(event.who);
    }
  }
  for (const [who, start] of open) push(start, live.has(who) ? to : start + maxShiftHours * HOUR_MS);
  return out;
}

export interface CoverageCell {
  /** 0 = Monday … 6 = Sunday. */
  readonly day: number;
  readonly hour: number;
  readonly requests: number;
  /** Volunteer-hours on duty in this hour of the week over the whole window. */
  readonly volunteerHours: number;
}

/** Slices duty is measured in: fine enough for half-hour time zones and short shifts. */
const SLICE_MS = 15 * 60_000;

/** 168 cells, Monday 00:00 first: requests made and volunteer-hours on duty in each local hour of the week. */
export function coverage(requests: readonly Date[], shifts: readonly Interval[], calendar: ZonedCalendar): CoverageCell[] {
  const req = new Array<number>(168).fill(0);
  const hours = new Array<number>(168).fill(0);
  const index = (at: number) => {
    const { day, hour } = calendar.hourOfWeek(at);
    return day * 24 + hour;
  };
  for (const at of requests) {
    const i = index(at.getTime());
    req[i] = (req[i] ?? 0) + 1;
  }
  for (const shift of shifts) {
    for (let t = Math.floor(shift.start / SLICE_MS) * SLICE_MS; t < shift.end; t += SLICE_MS) {
      const overlap = Math.min(shift.end, t + SLICE_MS) - Math.max(shift.start, t);
      if (overlap <= 0) continue;
      const i = index(t);
      hours[i] = (hours[i] ?? 0) + overlap / HOUR_MS;
    }
  }
  return req.map((requests, i) => ({ day: Math.floor(i / 24), hour: i % 24, requests, volunteerHours: hours[i] ?? 0 }));
}

/**
 * Listeners planned on the rota in each local hour of the week (168, Monday 00:00 first): a shift adds
 * its sign-ups to every hour it overlaps, so two shifts in one hour add up.
 */
export function plannedByHour(shifts: readonly { start: Date; end: Date; signedUp: number }[], calendar: ZonedCalendar): number[] {
  const out = new Array<number>(168).fill(0);
  for (const shift of shifts) {
    const hours = new Set<number>();
    for (let t = shift.start.getTime(); t < shift.end.getTime(); t += SLICE_MS) {
      const { day, hour } = calendar.hourOfWeek(t);
      hours.add(day * 24 + hour);
    }
    for (const i of hours) out[i] = (out[i] ?? 0) + shift.signedUp;
  }
  return out;
}

/**
 * How a cell's demand compares with its coverage. A request needs about an hour of a listener, so a
 * cell is short when it had fewer volunteer-hours on duty than requests, and uncovered with none.
 */
export type CoverageState = 'quiet' | 'covered' | 'short' | 'uncovered';

export function coverageState(cell: CoverageCell): CoverageState {
  if (cell.requests === 0) return cell.volunteerHours > 0 ? 'covered' : 'quiet';
  if (cell.volunteerHours === 0) return 'uncovered';
  return cell.volunteerHours < cell.requests ? 'short' : 'covered';
}

export interface DayOutcome {
  readonly date: string;
  readonly accepted: number;
  readonly cancelled: number;
  readonly expired: number;
  readonly waiting: number;
}

/** Requests made on each of the last `days` local days (oldest first), by what became of them. */
export function outcomesByDay(facts: readonly RequestFacts[], days: number, now: Date, calendar: ZonedCalendar): DayOutcome[] {
  const dates = Array.from({ length: days }, (_, i) => calendar.date(now.getTime() - (days - 1 - i) * DAY_MS));
  const rows = new Map(dates.map((date) => [date, { date, accepted: 0, cancelled: 0, expired: 0, waiting: 0 }]));
  for (const f of facts) {
    const row = rows.get(calendar.date(f.createdAt));
    if (row === undefined) continue;
    // The glossary's outcomes, the same the tiles count.
    const outcome = requestOutcome(f);
    if (outcome === 'no-listener') row.expired += 1;
    else row[outcome] += 1;
  }
  return [...rows.values()];
}

export interface WeekCrisis {
  /** Local date of the week's Monday. */
  readonly week: string;
  readonly elevated: number;
  readonly high: number;
  readonly imminent: number;
}

/** Crisis events per local week (Monday first) for the last `weeks` weeks, oldest first: counts only. */
export function crisisByWeek(facts: readonly CrisisFact[], weeks: number, now: Date, calendar: ZonedCalendar): WeekCrisis[] {
  // Date arithmetic at noon UTC on the local date, so a daylight-saving change cannot shift the day.
  const mondayOf = (at: number) => new Date(Date.parse(`${calendar.date(at)}T12:00:00Z`) - calendar.hourOfWeek(at).day * DAY_MS).toISOString().slice(0, 10);
  const thisMonday = mondayOf(now.getTime());
  const start = Date.parse(`${thisMonday}T12:00:00Z`);
  const list = Array.from({ length: weeks }, (_, i) => new Date(start - (weeks - 1 - i) * 7 * DAY_MS).toISOString().slice(0, 10));
  const rows = new Map(list.map((week) => [week, { week, elevated: 0, high: 0, imminent: 0 }]));
  for (const f of facts) {
    const row = rows.get(mondayOf(f.createdAt.getTime()));
    if (row !== undefined) row[f.tier] += 1;
  }
  return [...rows.values()];
}
