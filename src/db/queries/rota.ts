/** The shift rota's SQL: slots, sign-ups, swaps and caps (core/rota decides what they mean). */
import { and, asc, count, eq, gte, isNotNull, isNull, lt, lte, ne, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { rotaCaps, rotaFeeds, rotaSignups, rotaSlots, supportRequests, volunteers } from '../schema.js';

export type SlotRow = typeof rotaSlots.$inferSelect;
export type SignupRow = typeof rotaSignups.$inferSelect;
export type NewSlot = Pick<SlotRow, 'communityId' | 'weekdays' | 'onDate' | 'startMinute' | 'durationMinutes' | 'wanted' | 'createdBy' | 'createdAt'>;

/** Saves a slot with the community's next number. Two at once: one of them fails the unique number (the caller retries). */
export async function insertSlot(db: Db, slot: NewSlot): Promise<SlotRow> {
  const [row] = await db
    .insert(rotaSlots)
    .values({ ...slot, number: sql`(select coalesce(max(${rotaSlots.number}), 0) + 1 from ${rotaSlots} where ${rotaSlots.communityId} = ${slot.communityId})` })
    .returning();
  if (row === undefined) throw new Error('insert returned no slot');
  return row;
}

/** The community's slots still in use, by number. */
export async function activeSlots(db: Db, communityId: string): Promise<SlotRow[]> {
  return db.select().from(rotaSlots).where(and(eq(rotaSlots.communityId, communityId), isNull(rotaSlots.removedAt))).orderBy(asc(rotaSlots.number));
}

/** A slot still in use by its number, locked for the transaction when `lock` (sign-ups to it then take turns). */
export async function slotByNumber(db: Db, communityId: string, number: number, lock = false): Promise<SlotRow | null> {
  const q = db.select().from(rotaSlots).where(and(eq(rotaSlots.communityId, communityId), eq(rotaSlots.number, number), isNull(rotaSlots.removedAt)));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function removeSlotRow(db: Db, slotId: string, now: Date): Promise<void> {
  await db.update(rotaSlots).set({ removedAt: now }).where(eq(rotaSlots.id, slotId));
}

export interface SignupWithPeople extends SignupRow {
  readonly userRef: string;
  readonly displayName: string | null;
}

/** Sign-ups of the community on local dates `from` to `to`, with who they are. */
export async function signupsBetween(db: Db, communityId: string, from: string, to: string): Promise<SignupWithPeople[]> {
  const rows = await db
    .select({ signup: rotaSignups, userRef: volunteers.userRef, displayName: volunteers.displayName })
    .from(rotaSignups)
    .innerJoin(volunteers, eq(volunteers.id, rotaSignups.volunteerId))
    .where(and(eq(rotaSignups.communityId, communityId), gte(rotaSignups.occursOn, from), lte(rotaSignups.occursOn, to)))
    .orderBy(asc(rotaSignups.createdAt));
  return rows.map((r) => ({ ...r.signup, userRef: r.userRef, displayName: r.displayName }));
}

/** How many are signed up for the slot on `date`. */
export async function signupCount(db: Db, slotId: string, date: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(rotaSignups).where(and(eq(rotaSignups.slotId, slotId), eq(rotaSignups.occursOn, date)));
  return row?.n ?? 0;
}

/** How many shifts the volunteer is signed up for on local dates `from` to `to`. */
export async function volunteerShiftCount(db: Db, volunteerId: string, from: string, to: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(rotaSignups)
    .where(and(eq(rotaSignups.volunteerId, volunteerId), gte(rotaSignups.occursOn, from), lte(rotaSignups.occursOn, to)));
  return row?.n ?? 0;
}

/** Signs the volunteer up; null when they were already. */
export async function insertSignup(db: Db, s: Pick<SignupRow, 'slotId' | 'communityId' | 'occursOn' | 'volunteerId'>, now: Date): Promise<SignupRow | null> {
  const [row] = await db.insert(rotaSignups).values({ ...s, createdAt: now, updatedAt: now }).onConflictDoNothing().returning();
  return row ?? null;
}

/** The volunteer's sign-up for the slot on `date`, or null. */
export async function findSignup(db: Db, slotId: string, date: string, volunteerId: string): Promise<SignupRow | null> {
  const [row] = await db.select().from(rotaSignups).where(and(eq(rotaSignups.slotId, slotId), eq(rotaSignups.occursOn, date), eq(rotaSignups.volunteerId, volunteerId)));
  return row ?? null;
}

export async function deleteSignup(db: Db, signupId: string): Promise<void> {
  await db.delete(rotaSignups).where(eq(rotaSignups.id, signupId));
}

/** A sign-up with its slot (even a removed one, so jobs can see it was removed). */
export async function signupWithSlot(db: Db, signupId: string): Promise<{ signup: SignupRow; slot: SlotRow } | null> {
  const [row] = await db.select({ signup: rotaSignups, slot: rotaSlots }).from(rotaSignups).innerJoin(rotaSlots, eq(rotaSlots.id, rotaSignups.slotId)).where(eq(rotaSignups.id, signupId));
  return row ?? null;
}

/** The volunteer's own cap on shifts a week, or null when they set none. */
export async function rotaCapOf(db: Db, volunteerId: string): Promise<number | null> {
  const [row] = await db.select({ perWeek: rotaCaps.perWeek }).from(rotaCaps).where(eq(rotaCaps.volunteerId, volunteerId));
  return row?.perWeek ?? null;
}

export async function setRotaCap(db: Db, volunteerId: string, perWeek: number | null): Promise<void> {
  if (perWeek === null) {
    await db.delete(rotaCaps).where(eq(rotaCaps.volunteerId, volunteerId));
    return;
  }
  await db.insert(rotaCaps).values({ volunteerId, perWeek }).onConflictDoUpdate({ target: rotaCaps.volunteerId, set: { perWeek } });
}

/** Records the duty shift the rota began for this sign-up, once (false: an earlier run did). */
export async function markRotaDuty(db: Db, signupId: string, volunteerId: string, since: Date): Promise<boolean> {
  const rows = await db
    .update(rotaSignups)
    .set({ dutySince: since, updatedAt: since })
    .where(and(eq(rotaSignups.id, signupId), eq(rotaSignups.volunteerId, volunteerId), isNull(rotaSignups.dutySince)))
    .returning({ id: rotaSignups.id });
  return rows.length > 0;
}

export async function markDeclined(db: Db, signupId: string, now: Date): Promise<void> {
  await db.update(rotaSignups).set({ declinedAt: now, updatedAt: now }).where(eq(rotaSignups.id, signupId));
}

/** Offers the sign-up to others (keeps the first offer's time when offered again). */
export async function offerSignup(db: Db, signupId: string, now: Date): Promise<SignupRow | null> {
  const [row] = await db
    .update(rotaSignups)
    .set({ offeredAt: sql`coalesce(${rotaSignups.offeredAt}, ${now.toISOString()}::timestamptz)`, updatedAt: now })
    .where(eq(rotaSignups.id, signupId))
    .returning();
  return row ?? null;
}

/**
 * The taker becomes the sign-up's volunteer if it is still on offer — one conditional update, so of many
 * takers at once exactly one wins. Null: taken already, withdrawn, no longer `fromId`'s, or the taker's own.
 */
export async function takeOfferedSignup(db: Db, o: { signupId: string; fromId: string; takerId: string; now: Date }): Promise<SignupRow | null> {
  const { signupId, fromId, takerId, now } = o;
  const [row] = await db
    .update(rotaSignups)
    .set({ volunteerId: takerId, offeredAt: null, dutySince: null, declinedAt: null, updatedAt: now })
    .where(and(eq(rotaSignups.id, signupId), isNotNull(rotaSignups.offeredAt), eq(rotaSignups.volunteerId, fromId), ne(rotaSignups.volunteerId, takerId)))
    .returning();
  return row ?? null;
}

/** Sign-ups on local dates `from` to `to` on slots still in use and not declined, with the slot and the volunteer's training date. */
export async function signupsWithSlots(db: Db, communityId: string, from: string, to: string): Promise<{ signup: SignupRow; slot: SlotRow; trainingValidUntil: string | null }[]> {
  return db
    .select({ signup: rotaSignups, slot: rotaSlots, trainingValidUntil: volunteers.trainingValidUntil })
    .from(rotaSignups)
    .innerJoin(rotaSlots, eq(rotaSlots.id, rotaSignups.slotId))
    .innerJoin(volunteers, eq(volunteers.id, rotaSignups.volunteerId))
    .where(and(eq(rotaSignups.communityId, communityId), gte(rotaSignups.occursOn, from), lte(rotaSignups.occursOn, to), isNull(rotaSlots.removedAt), isNull(rotaSignups.declinedAt)));
}

/** Who is signed up for the slot on `date` (volunteer ids). */
export async function volunteersOnShift(db: Db, slotId: string, date: string): Promise<string[]> {
  const rows = await db.select({ id: rotaSignups.volunteerId }).from(rotaSignups).where(and(eq(rotaSignups.slotId, slotId), eq(rotaSignups.occursOn, date)));
  return rows.map((r) => r.id);
}

/** Requests per local hour of the week (ISO weekday 1–7, hour 0–23) made from `from` until `to`, in `timeZone`. */
export async function requestsByHourOfWeek(db: Db, o: { communityId: string; timeZone: string; from: Date; to: Date }): Promise<{ weekday: number; hour: number; n: number }[]> {
  const local = sql`(${supportRequests.createdAt} at time zone ${o.timeZone})`;
  return db
    .select({ weekday: sql<number>`extract(isodow from ${local})::int`, hour: sql<number>`extract(hour from ${local})::int`, n: sql<number>`count(*)::int` })
    .from(supportRequests)
    .where(and(eq(supportRequests.communityId, o.communityId), gte(supportRequests.createdAt, o.from), lt(supportRequests.createdAt, o.to)))
    .groupBy(sql`1`, sql`2`);
}

/** Communities with at least one slot in use. */
export async function communitiesWithSlots(db: Db): Promise<string[]> {
  const rows = await db.selectDistinct({ id: rotaSlots.communityId }).from(rotaSlots).where(isNull(rotaSlots.removedAt));
  return rows.map((r) => r.id);
}

/** Sets the volunteer's feed token (by its hash), replacing any earlier one. */
export async function saveFeedToken(db: Db, volunteerId: string, tokenHash: string, now: Date): Promise<void> {
  await db.insert(rotaFeeds).values({ volunteerId, tokenHash, createdAt: now }).onConflictDoUpdate({ target: rotaFeeds.volunteerId, set: { tokenHash, createdAt: now } });
}

/** Removes the volunteer's feed; returns whether there was one. */
export async function deleteFeed(db: Db, volunteerId: string): Promise<boolean> {
  return (await db.delete(rotaFeeds).where(eq(rotaFeeds.volunteerId, volunteerId)).returning({ id: rotaFeeds.volunteerId })).length > 0;
}

/** The volunteer whose feed token has this hash, or null. */
export async function feedOwner(db: Db, tokenHash: string): Promise<{ volunteerId: string; communityId: string } | null> {
  const [row] = await db
    .select({ volunteerId: volunteers.id, communityId: volunteers.communityId })
    .from(rotaFeeds)
    .innerJoin(volunteers, eq(volunteers.id, rotaFeeds.volunteerId))
    .where(eq(rotaFeeds.tokenHash, tokenHash));
  return row ?? null;
}

/** The volunteer's sign-ups on local dates `from` to `to`, on slots still in use, with their slots. */
export async function signupsOfVolunteer(db: Db, volunteerId: string, from: string, to: string): Promise<{ signup: SignupRow; slot: SlotRow }[]> {
  return db
    .select({ signup: rotaSignups, slot: rotaSlots })
    .from(rotaSignups)
    .innerJoin(rotaSlots, eq(rotaSlots.id, rotaSignups.slotId))
    .where(and(eq(rotaSignups.volunteerId, volunteerId), gte(rotaSignups.occursOn, from), lte(rotaSignups.occursOn, to), isNull(rotaSlots.removedAt)))
    .orderBy(asc(rotaSignups.occursOn));
}
