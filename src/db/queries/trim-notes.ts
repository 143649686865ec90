/** Notes as stored ciphertext — TRiM's and the other programmes' — for re-encrypting them under a new key (`peerline trim:rekey`). */
import { and, asc, eq, gt, isNotNull } from 'drizzle-orm';
import type { Db } from '../client.js';
import { programmeSteps, trimAssessments } from '../schema.js';

export interface StoredNote {
  readonly id: string;
  readonly communityId: string;
  readonly ciphertext: string;
}

/** Up to `limit` assessments with notes, in id order after `afterId` (null: from the first). */
export async function notesAfter(db: Db, afterId: string | null, limit: number): Promise<StoredNote[]> {
  const rows = await db
    .select({ id: trimAssessments.id, communityId: trimAssessments.communityId, ciphertext: trimAssessments.notesCiphertext })
    .from(trimAssessments)
    .where(and(isNotNull(trimAssessments.notesCiphertext), afterId === null ? undefined : gt(trimAssessments.id, afterId)))
    .orderBy(asc(trimAssessments.id))
    .limit(limit);
  return rows.flatMap((r) => (r.ciphertext === null ? [] : [{ id: r.id, communityId: r.communityId, ciphertext: r.ciphertext }]));
}

/** Replaces a note's ciphertext, only if it is still `from` (another writer's change is never overwritten). True when replaced. */
export async function replaceNotesCiphertext(db: Db, id: string, from: string, to: string): Promise<boolean> {
  const updated = await db
    .update(trimAssessments)
    .set({ notesCiphertext: to })
    .where(and(eq(trimAssessments.id, id), eq(trimAssessments.notesCiphertext, from)))
    .returning({ id: trimAssessments.id });
  return updated.length > 0;
}

/** The same for programme steps (StRaW, mentoring, …): each note is bound to its step's id. */
export async function programmeNotesAfter(db: Db, afterId: string | null, limit: number): Promise<StoredNote[]> {
  const rows = await db
    .select({ id: programmeSteps.id, communityId: programmeSteps.communityId, ciphertext: programmeSteps.notesCiphertext })
    .from(programmeSteps)
    .where(and(isNotNull(programmeSteps.notesCiphertext), afterId === null ? undefined : gt(programmeSteps.id, afterId)))
    .orderBy(asc(programmeSteps.id))
    .limit(limit);
  return rows.flatMap((r) => (r.ciphertext === null ? [] : [{ id: r.id, communityId: r.communityId, ciphertext: r.ciphertext }]));
}

export async function replaceProgrammeNotesCiphertext(db: Db, id: string, from: string, to: string): Promise<boolean> {
  const updated = await db
    .update(programmeSteps)
    .set({ notesCiphertext: to })
    .where(and(eq(programmeSteps.id, id), eq(programmeSteps.notesCiphertext, from)))
    .returning({ id: programmeSteps.id });
  return updated.length > 0;
}
