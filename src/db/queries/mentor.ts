/** Mentoring pairs and mentors (core/programmes/mentoring). Refs only, never text. */
import { and, asc, count, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.js';
import { mentorCapacities, mentorPairs, volunteers } from '../schema.js';

export type PairRow = typeof mentorPairs.$inferSelect;
/** A pair with its mentor's ref (null while requested, or when the mentor's volunteer row is gone). */
export type PairWithMentor = PairRow & { readonly mentorRef: string | null };

const OPEN = ['active', 'paused'] as const;

/** How many pairs (active or paused) `userRef` is the mentor of in a community. */
export async function openPairsMentoredBy(db: Db, communityId: string, userRef: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(mentorPairs)
    .innerJoin(volunteers, eq(volunteers.id, mentorPairs.mentorId))
    .where(and(eq(mentorPairs.communityId, communityId), eq(volunteers.userRef, userRef), inArray(mentorPairs.status, [...OPEN])));
  return row?.n ?? 0;
}

/** A mentor's own capacity of mentees, or null (the default applies). */
export async function mentorCapacityOf(db: Db, communityId: string, userRef: string): Promise<number | null> {
  const [row] = await db
    .select({ capacity: mentorCapacities.capacity })
    .from(mentorCapacities)
    .where(and(eq(mentorCapacities.communityId, communityId), eq(mentorCapacities.userRef, userRef)));
  return row?.capacity ?? null;
}

export async function setMentorCapacity(db: Db, c: { communityId: string; userRef: string; capacity: number; by: string; now: Date }): Promise<void> {
  await db
    .insert(mentorCapacities)
    .values({ communityId: c.communityId, userRef: c.userRef, capacity: c.capacity, setBy: c.by, updatedAt: c.now })
    .onConflictDoUpdate({ target: [mentorCapacities.communityId, mentorCapacities.userRef], set: { capacity: c.capacity, setBy: c.by, updatedAt: c.now } });
}

/** Locks the mentor's volunteer row for the transaction, so pairings with this mentor take turns at their capacity. */
export async function lockMentorVolunteer(tx: Db, volunteerId: string): Promise<void> {
  await tx.select({ id: volunteers.id }).from(volunteers).where(eq(volunteers.id, volunteerId)).for('update');
}

/** Mentees a mentor has now (pairs active or paused). */
export async function openPairCount(db: Db, mentorId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(mentorPairs)
    .where(and(eq(mentorPairs.mentorId, mentorId), inArray(mentorPairs.status, [...OPEN])));
  return row?.n ?? 0;
}

/** Each of `userRefs` (mentors) with their own capacity (null: the default) and how many mentees they have now. */
export async function mentorLoads(db: Db, communityId: string, userRefs: readonly string[]): Promise<{ userRef: string; capacity: number | null; open: number }[]> {
  if (userRefs.length === 0) return [];
  const rows = await db
    .select({
      userRef: volunteers.userRef,
      // Qualified by hand: inside a subquery drizzle writes a column unqualified, which would bind to the inner table.
      open: sql<number>`(select count(*)::int from ${mentorPairs} p where p.mentor_id = "volunteers"."id" and p.status in ('active', 'paused'))`,
      capacity: sql<number | null>`(select c.capacity from ${mentorCapacities} c where c.community_id = "volunteers"."community_id" and c.user_ref = "volunteers"."user_ref")`,
    })
    .from(volunteers)
    .where(and(eq(volunteers.communityId, communityId), inArray(volunteers.userRef, [...userRefs])));
  const found = new Map(rows.map((r) => [r.userRef, r]));
  return userRefs.map((userRef) => {
    const r = found.get(userRef);
    return { userRef, capacity: r?.capacity ?? null, open: Number(r?.open ?? 0) };
  });
}

/** Saves a pair (or a request) with the community's next number; a second open one for the mentee violates a unique index. */
export async function insertPair(db: Db, values: Omit<typeof mentorPairs.$inferInsert, 'number' | 'id'>): Promise<PairRow> {
  const [row] = await db
    .insert(mentorPairs)
    .values({ ...values, number: sql`(select coalesce(max(${mentorPairs.number}), 0) + 1 from ${mentorPairs} where ${mentorPairs.communityId} = ${values.communityId})` })
    .returning();
  if (row === undefined) throw new Error('insert returned no row');
  return row;
}

const withMentor = { pair: mentorPairs, mentorRef: volunteers.userRef } as const;

/** The pairs matching `where`, by number, each with its mentor's ref. */
async function pairsWhere(db: Db, where: SQL | undefined): Promise<PairWithMentor[]> {
  const rows = await db.select(withMentor).from(mentorPairs).leftJoin(volunteers, eq(volunteers.id, mentorPairs.mentorId)).where(where).orderBy(asc(mentorPairs.number));
  return rows.map((r) => ({ ...r.pair, mentorRef: r.mentorRef }));
}

/** The mentee's open pair or request in a community (at most one: a unique index). */
export async function openPairOfMentee(db: Db, communityId: string, menteeRef: string): Promise<PairWithMentor | null> {
  const [row] = await pairsWhere(db, and(eq(mentorPairs.communityId, communityId), eq(mentorPairs.menteeRef, menteeRef), ne(mentorPairs.status, 'ended')));
  return row ?? null;
}

/** A mentor's open pairs (active or paused), by number. */
export function openPairsOfMentor(db: Db, mentorId: string): Promise<PairWithMentor[]> {
  return pairsWhere(db, and(eq(mentorPairs.mentorId, mentorId), inArray(mentorPairs.status, [...OPEN])));
}

export async function pairById(db: Db, id: string): Promise<PairWithMentor | null> {
  const [row] = await pairsWhere(db, eq(mentorPairs.id, id));
  return row ?? null;
}

/** The pair an engine consent question was asked for. */
export async function pairByConsent(db: Db, consentId: string): Promise<PairWithMentor | null> {
  const [row] = await pairsWhere(db, eq(mentorPairs.consentId, consentId));
  return row ?? null;
}

/** The community's pairs and requests not ended, by number. */
export function openPairsOf(db: Db, communityId: string): Promise<PairWithMentor[]> {
  return pairsWhere(db, and(eq(mentorPairs.communityId, communityId), ne(mentorPairs.status, 'ended')));
}

/**
 * Changes a pair only if it is in one of `from` (a single conditional UPDATE, so two changes at once
 * cannot both apply); returns the changed row, or null when it was not in any of them.
 */
export async function movePair(db: Db, id: string, from: readonly PairRow['status'][], set: Partial<Omit<PairRow, 'id' | 'communityId' | 'number'>>): Promise<PairRow | null> {
  const [row] = await db
    .update(mentorPairs)
    .set(set)
    .where(and(eq(mentorPairs.id, id), inArray(mentorPairs.status, [...from])))
    .returning();
  return row ?? null;
}

/** Counts the prompt due at `dueAt` as sent and books the next one (null: none), if nothing moved it since. */
export async function advancePrompt(db: Db, id: string, dueAt: Date, next: Date | null): Promise<PairRow | null> {
  const [row] = await db
    .update(mentorPairs)
    .set({ nextPromptAt: next, prompts: sql`${mentorPairs.prompts} + 1` })
    .where(and(eq(mentorPairs.id, id), eq(mentorPairs.status, 'active'), eq(mentorPairs.nextPromptAt, dueAt)))
    .returning();
  return row ?? null;
}

/** Links the pair to the engine consent question its mentee was asked when it ended. */
export async function setPairConsentQuestion(db: Db, id: string, consentId: string): Promise<void> {
  await db.update(mentorPairs).set({ consentId }).where(eq(mentorPairs.id, id));
}

/** Records the mentee's answer to the consent question, once. */
export async function recordPairConsent(db: Db, id: string, consent: NonNullable<PairRow['consent']>): Promise<PairRow | null> {
  const [row] = await db
    .update(mentorPairs)
    .set({ consent })
    .where(and(eq(mentorPairs.id, id), eq(mentorPairs.status, 'ended'), sql`${mentorPairs.consent} is null`))
    .returning();
  return row ?? null;
}

/** Records the mentee's feedback, once, and only where they consented to share it. */
export async function recordPairFeedback(db: Db, id: string, helped: NonNullable<PairRow['helped']>): Promise<PairRow | null> {
  const [row] = await db
    .update(mentorPairs)
    .set({ helped })
    .where(and(eq(mentorPairs.id, id), eq(mentorPairs.consent, 'shared'), sql`${mentorPairs.helped} is null`))
    .returning();
  return row ?? null;
}

/** `/forget-me`: the member's pairs and requests go (the mentors' counts follow from the rows). */
export async function deletePairsOfMentee(tx: Db, communityId: string, menteeRef: string): Promise<PairRow[]> {
  return tx
    .delete(mentorPairs)
    .where(and(eq(mentorPairs.communityId, communityId), eq(mentorPairs.menteeRef, menteeRef)))
    .returning();
}
