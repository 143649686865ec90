/** Mentoring pairs and mentors (core/programmes/mentoring). Refs only, never text. */
import { and, asc, count, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { mentorMentors, mentorPairs, volunteers } from '../schema.js';

export type MentorRow = typeof mentorMentors.$inferSelect;
export type PairRow = typeof mentorPairs.$inferSelect;
/** A pair with its mentor's ref (null while requested, or when the mentor's volunteer row is gone). */
export type PairWithMentor = PairRow & { readonly mentorRef: string | null };

const OPEN = ['active', 'paused'] as const;

/** Names a volunteer as a mentor with a capacity, or changes the capacity. */
export async function upsertMentor(db: Db, m: { volunteerId: string; communityId: string; capacity: number; addedBy: string; now: Date }): Promise<void> {
  await db
    .insert(mentorMentors)
    .values({ volunteerId: m.volunteerId, communityId: m.communityId, capacity: m.capacity, addedBy: m.addedBy, createdAt: m.now })
    .onConflictDoUpdate({ target: mentorMentors.volunteerId, set: { capacity: m.capacity } });
}

export async function deleteMentor(db: Db, volunteerId: string): Promise<boolean> {
  const rows = await db.delete(mentorMentors).where(eq(mentorMentors.volunteerId, volunteerId)).returning({ id: mentorMentors.volunteerId });
  return rows.length > 0;
}

/** The mentor row, locked for the transaction when `lock` (pairings with this mentor then take turns). */
export async function mentorOf(db: Db, volunteerId: string, lock = false): Promise<MentorRow | null> {
  const q = db.select().from(mentorMentors).where(eq(mentorMentors.volunteerId, volunteerId));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

/** Mentees a mentor has now (pairs active or paused). */
export async function openPairCount(db: Db, mentorId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(mentorPairs)
    .where(and(eq(mentorPairs.mentorId, mentorId), inArray(mentorPairs.status, [...OPEN])));
  return row?.n ?? 0;
}

/** The community's mentors with their capacity and how many mentees each has now. */
export async function mentorsWithLoad(db: Db, communityId: string): Promise<{ userRef: string; capacity: number; open: number }[]> {
  const rows = await db
    .select({
      userRef: volunteers.userRef,
      capacity: mentorMentors.capacity,
      open: sql<number>`(select count(*)::int from ${mentorPairs} p where p.mentor_id = ${mentorMentors.volunteerId} and p.status in ('active', 'paused'))`,
    })
    .from(mentorMentors)
    .innerJoin(volunteers, eq(volunteers.id, mentorMentors.volunteerId))
    .where(eq(mentorMentors.communityId, communityId))
    .orderBy(asc(mentorMentors.createdAt));
  return rows.map((r) => ({ ...r, open: Number(r.open) }));
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
const flat = (r: { pair: PairRow; mentorRef: string | null }): PairWithMentor => ({ ...r.pair, mentorRef: r.mentorRef });

/** The mentee's open pair or request in a community. */
export async function openPairOfMentee(db: Db, communityId: string, menteeRef: string): Promise<PairWithMentor | null> {
  const [row] = await db
    .select(withMentor)
    .from(mentorPairs)
    .leftJoin(volunteers, eq(volunteers.id, mentorPairs.mentorId))
    .where(and(eq(mentorPairs.communityId, communityId), eq(mentorPairs.menteeRef, menteeRef), ne(mentorPairs.status, 'ended')));
  return row === undefined ? null : flat(row);
}

/** A mentor's open pairs (active or paused), oldest first. */
export async function openPairsOfMentor(db: Db, mentorId: string): Promise<PairWithMentor[]> {
  const rows = await db
    .select(withMentor)
    .from(mentorPairs)
    .leftJoin(volunteers, eq(volunteers.id, mentorPairs.mentorId))
    .where(and(eq(mentorPairs.mentorId, mentorId), inArray(mentorPairs.status, [...OPEN])))
    .orderBy(asc(mentorPairs.number));
  return rows.map(flat);
}

export async function pairById(db: Db, id: string): Promise<PairWithMentor | null> {
  const [row] = await db.select(withMentor).from(mentorPairs).leftJoin(volunteers, eq(volunteers.id, mentorPairs.mentorId)).where(eq(mentorPairs.id, id));
  return row === undefined ? null : flat(row);
}

export async function pairByNumber(db: Db, communityId: string, number: number): Promise<PairWithMentor | null> {
  const [row] = await db
    .select(withMentor)
    .from(mentorPairs)
    .leftJoin(volunteers, eq(volunteers.id, mentorPairs.mentorId))
    .where(and(eq(mentorPairs.communityId, communityId), eq(mentorPairs.number, number)));
  return row === undefined ? null : flat(row);
}

/** The community's pairs and requests not ended, by number. */
export async function openPairsOf(db: Db, communityId: string): Promise<PairWithMentor[]> {
  const rows = await db
    .select(withMentor)
    .from(mentorPairs)
    .leftJoin(volunteers, eq(volunteers.id, mentorPairs.mentorId))
    .where(and(eq(mentorPairs.communityId, communityId), ne(mentorPairs.status, 'ended')))
    .orderBy(asc(mentorPairs.number));
  return rows.map(flat);
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

/** Records the mentee's answer about sharing feedback, once. */
export async function recordPairConsent(db: Db, id: string, consent: NonNullable<PairRow['consent']>, helped: PairRow['helped']): Promise<PairRow | null> {
  const [row] = await db
    .update(mentorPairs)
    .set({ consent, helped })
    .where(and(eq(mentorPairs.id, id), eq(mentorPairs.status, 'ended'), sql`${mentorPairs.consent} is null`))
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
