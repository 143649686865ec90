/**
 * When the rota next has a listener: the earliest shift not yet begun with a volunteer signed up, who
 * has not said "not now" and whose training is valid that day. Members who ask while nobody is on duty
 * are told this, honestly — or that the rota has nobody for the next two weeks. A community without a
 * rota is not told about one.
 */
import { activeSlots, signupsWithSlots } from '../../db/queries/rota.js';
import type { CommunityRecord } from '../communities.js';
import type { CoreDeps } from '../deps.js';
import { localDate } from '../time.js';
import { occurrence, shiftDate } from './occurrences.js';

/** How far ahead the rota is searched, in days. */
export const NEXT_LISTENER_DAYS = 14;

/** `usesRota` false: the community has no slots, so the rota says nothing either way. */
export async function nextListenerExpected(deps: Pick<CoreDeps, 'db'>, community: CommunityRecord, now: Date): Promise<{ usesRota: boolean; next: Date | null }> {
  const tz = community.settings.timeZone;
  const today = localDate(now, tz);
  const [rows, slots] = await Promise.all([signupsWithSlots(deps.db, community.id, today, shiftDate(today, NEXT_LISTENER_DAYS)), activeSlots(deps.db, community.id)]);
  let next: Date | null = null;
  for (const { signup, slot, trainingValidUntil } of rows) {
    if (trainingValidUntil === null || trainingValidUntil < signup.occursOn) continue;
    const { start } = occurrence(slot, signup.occursOn, tz);
    if (start > now && (next === null || start < next)) next = start;
  }
  return { usesRota: slots.length > 0, next };
}
