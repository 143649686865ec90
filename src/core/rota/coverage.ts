/**
 * Coverage foreseen. From the last 8 weeks of requests, the average per local hour of the week; a shift
 * needs as many listeners as its busiest hour's average, rounded up (a listener takes about one request
 * an hour). Where fewer are signed up, the rota list marks the shift, and an hourly job tells the
 * coordinators 48 hours ahead — once per shift, whatever restarts or scheduler loops there are.
 */
import { findCommunityById } from '../../db/queries/communities.js';
import { scheduleJobs } from '../../db/queries/jobs.js';
import { activeSlots, communitiesWithSlots, requestsByHourOfWeek, signupCount } from '../../db/queries/rota.js';
import { coordinatorsOf } from '../../db/queries/volunteers.js';
import type { CommunityRecord } from '../communities.js';
import type { CoreDeps } from '../deps.js';
import type { JobRun } from '../job-run.js';
import { job, type JobPayload } from '../jobs.js';
import { addHours, localDate, zoneFormatter } from '../time.js';
import { describeOccurrence, isoWeekday, occurrencesBetween, shiftDate, type Occurrence } from './occurrences.js';
import { coverageGapView } from './views.js';

/** Weeks of requests the expected demand is averaged over. */
export const DEMAND_WEEKS = 8;
/** Hours ahead of an uncovered busy shift the coordinators are told. */
export const GAP_ALERT_HOURS = 48;

const HOUR_MS = 3_600_000;

/** Average requests per local hour of the week, keyed `weekday:hour` (ISO weekday 1–7, hour 0–23). */
export type Demand = ReadonlyMap<string, number>;

export async function demandOf(deps: Pick<CoreDeps, 'db'>, community: CommunityRecord, now: Date): Promise<Demand> {
  const rows = await requestsByHourOfWeek(deps.db, { communityId: community.id, timeZone: community.settings.timeZone, from: new Date(now.getTime() - DEMAND_WEEKS * 7 * 24 * HOUR_MS), to: now });
  return new Map(rows.map((r) => [`${r.weekday}:${r.hour}`, r.n / DEMAND_WEEKS]));
}

/** Listeners the shift needs on the expected demand: its busiest hour's average requests, rounded up. */
export function listenersNeeded(demand: Demand, occ: Occurrence, timeZone: string): number {
  const f = zoneFormatter(timeZone);
  let peak = 0;
  for (let t = occ.start.getTime(); t < occ.end.getTime(); t += HOUR_MS) {
    const at = new Date(t);
    const hour = Number(f.formatToParts(at).find((p) => p.type === 'hour')?.value ?? 0);
    peak = Math.max(peak, demand.get(`${isoWeekday(localDate(at, timeZone))}:${hour}`) ?? 0);
  }
  // Tolerate float noise (3/8 * 8) before rounding up.
  return Math.ceil(peak - 1e-9);
}

const floorHour = (at: Date) => new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);

/**
 * The coverage check for the hour beginning at `hour` (UTC), due at that hour, or at `notBefore` when
 * the hour has already begun (the check booked at start-up), so it is not reported late.
 */
export function coverageJob(hour: Date, notBefore?: Date) {
  const due = new Date(Math.max(hour.getTime(), notBefore?.getTime() ?? hour.getTime()));
  return job('rota-coverage', { hour: hour.toISOString() }, due, hour.toISOString(), null);
}

/**
 * Checks the shifts starting 48 hours after this job's hour (and after any hours a late run skipped),
 * telling the coordinators of each uncovered busy one, and books the next hour's check first, so the
 * chain goes on even when this run fails.
 */
export async function checkCoverage(deps: CoreDeps, run: JobRun, payload: JobPayload<'rota-coverage'>): Promise<void> {
  const hour = new Date(payload.hour);
  const current = floorHour(run.now);
  const next = addHours(hour > current ? hour : current, 1);
  await scheduleJobs(deps.db, [coverageJob(next)], run.now);
  const from = addHours(hour, GAP_ALERT_HOURS);
  const to = addHours(next, GAP_ALERT_HOURS);
  for (const id of await communitiesWithSlots(deps.db)) {
    const community = await findCommunityById(deps.db, id);
    const channel = community?.settings.volunteerChannel ?? null;
    if (community === null || channel === null) continue;
    const tz = community.settings.timeZone;
    const due = (await activeSlots(deps.db, id)).flatMap((slot) =>
      occurrencesBetween(slot, shiftDate(localDate(from, tz), -1), localDate(to, tz), tz)
        .filter((o) => o.start >= from && o.start < to && o.start > run.now)
        .map((occ) => ({ slot, occ })),
    );
    if (due.length === 0) continue;
    const demand = await demandOf(deps, community, run.now);
    let mentions: string[] | null = null;
    for (const { slot, occ } of due) {
      const needed = listenersNeeded(demand, occ, tz);
      const signedUp = await signupCount(deps.db, slot.id, occ.date);
      if (needed <= signedUp) continue;
      mentions ??= (await coordinatorsOf(deps.db, id)).map((c) => c.userRef);
      const view = coverageGapView({ number: slot.number, shift: describeOccurrence(occ, tz), needed, signedUp, mentions });
      await run.once(`rota-gap:${slot.id}:${occ.date}`, (delivery) => deps.platform.postToChannel(channel, view, delivery));
    }
  }
}
