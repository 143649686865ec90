/**
 * The dashboard's rota tab: one local week (Monday to Sunday) of shifts, each with the listeners
 * wanted, signed up and expected by the last 8 weeks of requests; coordinators add and remove slots
 * through the same use cases as the chat commands. Access (session and coordinator role) is checked on
 * every request, and the rota use cases check the role again. Counts only: no names, no notes.
 */
import type { CoreDeps } from '../deps.js';
import { ok, type Result } from '../result.js';
import { shiftDate, weekOf } from '../rota/occurrences.js';
import { plannedShifts } from '../rota/planned.js';
import { ROTA_WEEKS_MAX } from '../rota/signups.js';
import { defineSlot, describeSlot, removeSlot, type SlotInput } from '../rota/slots.js';
import { localDate } from '../time.js';
import type { TextView as View } from '../views/types.js';
import { dashboardAccess, dashboardActor, type DashboardAccess } from './dashboard-access.js';

/** Weeks the grid can show: this week (0) and the next ones, as far as volunteers can see ahead. */
export const ROTA_GRID_WEEKS = ROTA_WEEKS_MAX;

/** One shift in the grid. */
export interface GridShift {
  readonly number: number;
  /** Local date it starts on (YYYY-MM-DD). */
  readonly date: string;
  readonly start: Date;
  readonly end: Date;
  readonly wanted: number;
  readonly signedUp: number;
  /** Listeners the expected demand at its busiest hour calls for. */
  readonly needed: number;
}

export interface RotaGridPage {
  readonly access: DashboardAccess;
  readonly now: Date;
  /** 0 = this week, 1 = next week, … */
  readonly week: number;
  /** The seven local dates shown, Monday first. */
  readonly days: readonly string[];
  /** The active slots: number and "Mon–Fri 18:00–22:00, 2 listeners". */
  readonly slots: readonly { readonly number: number; readonly describe: string }[];
  readonly shifts: readonly GridShift[];
}

/** What a change made from the tab did (saved, or why not), with the page as it is after it. */
export interface RotaGridChange extends RotaGridPage {
  readonly outcome: Result<View>;
}

/** The week asked for, or this week when it is not a whole number of weeks the grid shows. */
const weekAsked = (week: number) => (Number.isInteger(week) && week >= 0 && week < ROTA_GRID_WEEKS ? week : 0);

export async function dashboardRotaPage(deps: CoreDeps, sessionSecret: string | null | undefined, week: number): Promise<Result<RotaGridPage>> {
  const access = await dashboardAccess(deps, sessionSecret);
  if (!access.ok) return access;
  const { community } = access.value;
  const now = deps.clock();
  const shown = weekAsked(week);
  const monday = shiftDate(weekOf(localDate(now, community.settings.timeZone)).monday, 7 * shown);
  const days = Array.from({ length: 7 }, (_, i) => shiftDate(monday, i));
  const { slots, shifts } = await plannedShifts(deps, community, monday, shiftDate(monday, 6), now);
  return ok({
    access: access.value,
    now,
    week: shown,
    days,
    slots: slots.map((s) => ({ number: s.number, describe: describeSlot(s) })),
    shifts: shifts.map(({ slot, occ, signups, needed }) => ({ number: slot.number, date: occ.date, start: occ.start, end: occ.end, wanted: slot.wanted, signedUp: signups.length, needed })),
  });
}

/** Adds a weekly or one-off slot as the signed-in coordinator (`defineSlot`, as `/peer rota add` does). */
export async function dashboardAddSlot(deps: CoreDeps, sessionSecret: string | null | undefined, week: number, input: SlotInput): Promise<Result<RotaGridChange>> {
  return change(deps, sessionSecret, week, (access) => defineSlot(deps, dashboardActor(access), input));
}

/** Removes a slot by number as the signed-in coordinator (`removeSlot`, as `/peer rota remove` does). */
export async function dashboardRemoveSlot(deps: CoreDeps, sessionSecret: string | null | undefined, week: number, number: number): Promise<Result<RotaGridChange>> {
  return change(deps, sessionSecret, week, (access) => removeSlot(deps, dashboardActor(access), number));
}

async function change(deps: CoreDeps, sessionSecret: string | null | undefined, week: number, act: (access: DashboardAccess) => Promise<Result<View>>): Promise<Result<RotaGridChange>> {
  const access = await dashboardAccess(deps, sessionSecret);
  if (!access.ok) return access;
  const outcome = await act(access.value);
  // Read again, so the grid shows what was saved.
  const after = await dashboardRotaPage(deps, sessionSecret, week);
  return after.ok ? ok({ ...after.value, outcome }) : after;
}
