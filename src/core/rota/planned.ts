/**
 * The rota's shifts between two local dates, each with who is signed up and the listeners the last 8
 * weeks of requests suggest: what the chat rota list and the dashboard's week grid both show.
 */
import { activeSlots, signupsBetween, type SignupWithPeople, type SlotRow } from '../../db/queries/rota.js';
import type { CommunityRecord } from '../communities.js';
import type { CoreDeps } from '../deps.js';
import { demandOf, listenersNeeded } from './coverage.js';
import { occurrencesBetween, type Occurrence } from './occurrences.js';

export interface PlannedShift {
  readonly slot: SlotRow;
  readonly occ: Occurrence;
  readonly signups: readonly SignupWithPeople[];
  /** Listeners the expected demand at the shift's busiest hour calls for. */
  readonly needed: number;
}

/** The community's active slots and their shifts starting on local dates `from` to `to`, by start then slot number. */
export async function plannedShifts(deps: Pick<CoreDeps, 'db'>, community: CommunityRecord, from: string, to: string, now: Date): Promise<{ slots: SlotRow[]; shifts: PlannedShift[] }> {
  const tz = community.settings.timeZone;
  const [slots, signups, demand] = await Promise.all([activeSlots(deps.db, community.id), signupsBetween(deps.db, community.id, from, to), demandOf(deps, community, now)]);
  const shifts = slots.flatMap((slot) =>
    occurrencesBetween(slot, from, to, tz).map((occ) => ({
      slot,
      occ,
      signups: signups.filter((s) => s.slotId === slot.id && s.occursOn === occ.date),
      needed: listenersNeeded(demand, occ, tz),
    })),
  );
  shifts.sort((a, b) => a.occ.start.getTime() - b.occ.start.getTime() || a.slot.number - b.slot.number);
  return { slots, shifts };
}
