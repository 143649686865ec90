/**
 * The dashboard's pages, one use case each. Every one starts with `dashboardAccess` (session and
 * coordinator role, on every request) and returns the facts its page shows: topics, counts, times and
 * display names, never a member's identity or words.
 */
import {
  crisisFacts,
  dutyEvents,
  onDutyNow,
  queueNow,
  requestFacts,
  staffOf,
  type CrisisFact,
  type DutyEvent,
  type QueuedRequest,
  type RequestFacts,
  type StaffMember,
} from '../../db/queries/dashboard.js';
import type { CoreDeps } from '../deps.js';
import { ok, type Result } from '../result.js';
import { shiftDate } from '../rota/occurrences.js';
import { plannedShifts } from '../rota/planned.js';
import { localDate } from '../time.js';
import { computeStats, type Stats } from './stats.js';
import { dashboardAccess, type DashboardAccess } from './dashboard-access.js';

/** Windows (days) the statistics page offers; anything else shows the default. */
export const STATS_WINDOWS: readonly number[] = [7, 30, 90];
const DEFAULT_DAYS = 30;
const DAY_MS = 86_400_000;
/** Weeks of duty coverage, days of outcomes and weeks of crisis counts the statistics page draws. */
export const COVERAGE_WEEKS = 4;
export const OUTCOME_DAYS = 14;
export const CRISIS_WEEKS = 12;

export interface NowPage {
  readonly access: DashboardAccess;
  readonly now: Date;
  readonly queue: readonly QueuedRequest[];
  readonly staff: readonly StaffMember[];
}

export async function dashboardNowPage(deps: CoreDeps, sessionSecret: string | null | undefined): Promise<Result<NowPage>> {
  const access = await dashboardAccess(deps, sessionSecret);
  if (!access.ok) return access;
  const id = access.value.community.id;
  const [queue, staff] = await Promise.all([queueNow(deps.db, id), staffOf(deps.db, id)]);
  return ok({ access: access.value, now: deps.clock(), queue, staff });
}

export interface VolunteersPage {
  readonly access: DashboardAccess;
  readonly now: Date;
  readonly staff: readonly StaffMember[];
}

export async function dashboardVolunteersPage(deps: CoreDeps, sessionSecret: string | null | undefined): Promise<Result<VolunteersPage>> {
  const access = await dashboardAccess(deps, sessionSecret);
  if (!access.ok) return access;
  return ok({ access: access.value, now: deps.clock(), staff: await staffOf(deps.db, access.value.community.id) });
}

export interface StatsPage {
  readonly access: DashboardAccess;
  readonly now: Date;
  readonly days: number;
  readonly stats: Stats;
  /** Requests since the earliest date any figure needs. */
  readonly facts: readonly RequestFacts[];
  readonly crisis: readonly CrisisFact[];
  readonly events: readonly DutyEvent[];
  readonly live: readonly { who: string; since: Date }[];
  /** Start of the duty-coverage window. */
  readonly coverageFrom: Date;
  /** The rota's shifts of the next 7 days (from today, local) not yet ended: when, and how many signed up. */
  readonly planned: readonly { readonly start: Date; readonly end: Date; readonly signedUp: number }[];
}

export async function dashboardStatsPage(deps: CoreDeps, sessionSecret: string | null | undefined, askedDays: number): Promise<Result<StatsPage>> {
  const access = await dashboardAccess(deps, sessionSecret);
  if (!access.ok) return access;
  const id = access.value.community.id;
  const days = STATS_WINDOWS.includes(askedDays) ? askedDays : DEFAULT_DAYS;
  const now = deps.clock();
  const coverageFrom = new Date(now.getTime() - COVERAGE_WEEKS * 7 * DAY_MS);
  const factsFrom = new Date(now.getTime() - Math.max(days, COVERAGE_WEEKS * 7, OUTCOME_DAYS) * DAY_MS);
  const [stats, facts, crisis, events, live] = await Promise.all([
    computeStats(deps, id, days),
    requestFacts(deps.db, id, factsFrom),
    crisisFacts(deps.db, id, new Date(now.getTime() - CRISIS_WEEKS * 7 * DAY_MS)),
    // Two days before the window: a shift under way when it opened started (or was confirmed) then.
    dutyEvents(deps.db, id, new Date(coverageFrom.getTime() - 2 * DAY_MS)),
    onDutyNow(deps.db, id),
  ]);
  const today = localDate(now, access.value.community.settings.timeZone);
  const { shifts } = await plannedShifts(deps, access.value.community, today, shiftDate(today, 6), now);
  const planned = shifts.filter((s) => s.occ.end > now).map((s) => ({ start: s.occ.start, end: s.occ.end, signedUp: s.signups.length }));
  return ok({ access: access.value, now, days, stats, facts, crisis, events, live, coverageFrom, planned });
}
