/** Crisis events: what happened (rule ids, tier, who reached the person), never text. */
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../client.js';
import { crisisEvents } from '../schema.js';

export type CrisisEventRow = typeof crisisEvents.$inferSelect;

export async function crisisEventById(db: Db, id: string): Promise<CrisisEventRow | null> {
  const [row] = await db.select().from(crisisEvents).where(eq(crisisEvents.id, id));
  return row ?? null;
}

/** Records a crisis event; returns its id, or null when `values.id` exists already (an earlier attempt got this far). */
export async function insertCrisisEvent(db: Db, values: typeof crisisEvents.$inferInsert): Promise<string | null> {
  const [row] = await db.insert(crisisEvents).values(values).onConflictDoNothing().returning({ id: crisisEvents.id });
  return row?.id ?? null;
}

/**
 * Remembers where the event's alert was posted, so "Reach them" can update it. Returns who took the event
 * already, if a coordinator pressed "Reach them" before this (the claim found no alert to update), else null.
 */
export async function setCrisisAlertRef(db: Db, eventId: string, alertRef: string): Promise<string | null> {
  const [row] = await db.update(crisisEvents).set({ alertRef }).where(eq(crisisEvents.id, eventId)).returning({ reachedBy: crisisEvents.reachedBy });
  return row?.reachedBy ?? null;
}

/**
 * A coordinator takes the event ("Reach them"): a single conditional UPDATE, so exactly one of them
 * wins. Returns the event, or null when someone took it already or the person was forgotten.
 */
export async function claimCrisisEvent(db: Db, o: { eventId: string; communityId: string; reachedBy: string; now: Date }): Promise<CrisisEventRow | null> {
  const e = crisisEvents;
  const [won] = await db
    .update(e)
    .set({ reachedBy: o.reachedBy, reachedAt: o.now })
    .where(and(eq(e.id, o.eventId), eq(e.communityId, o.communityId), isNull(e.reachedBy), isNotNull(e.subjectRef)))
    .returning();
  return won ?? null;
}

/** Who took the event and whom it is about, or null when there is no such event in the community. */
export async function crisisEventClaim(db: Db, eventId: string, communityId: string): Promise<Pick<CrisisEventRow, 'reachedBy' | 'subjectRef'> | null> {
  const e = crisisEvents;
  const [current] = await db.select({ reachedBy: e.reachedBy, subjectRef: e.subjectRef }).from(e).where(and(eq(e.id, eventId), eq(e.communityId, communityId)));
  return current ?? null;
}

/** Undoes `claimCrisisEvent` by `reachedBy`, so another coordinator can try. */
export async function releaseCrisisEvent(db: Db, eventId: string, reachedBy: string): Promise<void> {
  const e = crisisEvents;
  await db.update(e).set({ reachedBy: null, reachedAt: null }).where(and(eq(e.id, eventId), eq(e.reachedBy, reachedBy)));
}
