/** A programme's cases and the steps of their timelines. */
import { and, asc, eq, inArray, isNull, max } from 'drizzle-orm';
import type { Db } from '../client.js';
import { communities, programmeCases, programmeSteps } from '../schema.js';

export type ProgrammeCaseRow = typeof programmeCases.$inferSelect;
export type ProgrammeStepRow = typeof programmeSteps.$inferSelect;
export type NewProgrammeStep = typeof programmeSteps.$inferInsert;

/** The next case number, with the community row locked until the transaction ends (two openings get 4 and 5). */
export async function nextCaseNumber(tx: Db, communityId: string, programme: string): Promise<number> {
  await tx.select({ id: communities.id }).from(communities).where(eq(communities.id, communityId)).for('update');
  const [last] = await tx
    .select({ n: max(programmeCases.number) })
    .from(programmeCases)
    .where(and(eq(programmeCases.communityId, communityId), eq(programmeCases.programme, programme)));
  return (last?.n ?? 0) + 1;
}

export async function findCaseByKey(db: Db, communityId: string, programme: string, key: string): Promise<ProgrammeCaseRow | null> {
  const [row] = await db
    .select()
    .from(programmeCases)
    .where(and(eq(programmeCases.communityId, communityId), eq(programmeCases.programme, programme), eq(programmeCases.idempotencyKey, key)));
  return row ?? null;
}

export async function insertCase(tx: Db, row: typeof programmeCases.$inferInsert): Promise<void> {
  await tx.insert(programmeCases).values(row);
}

export async function findProgrammeCase(db: Db, id: string): Promise<ProgrammeCaseRow | null> {
  const [row] = await db.select().from(programmeCases).where(eq(programmeCases.id, id));
  return row ?? null;
}

export async function findCaseByNumber(db: Db, communityId: string, programme: string, number: number): Promise<ProgrammeCaseRow | null> {
  const [row] = await db
    .select()
    .from(programmeCases)
    .where(and(eq(programmeCases.communityId, communityId), eq(programmeCases.programme, programme), eq(programmeCases.number, number)));
  return row ?? null;
}

/** Open cases of the programme here: all, or those held by `practitioner`. */
export async function openProgrammeCases(db: Db, communityId: string, programme: string, practitioner: string | null): Promise<ProgrammeCaseRow[]> {
  return db
    .select()
    .from(programmeCases)
    .where(
      and(
        eq(programmeCases.communityId, communityId),
        eq(programmeCases.programme, programme),
        isNull(programmeCases.closedAt),
        practitioner === null ? undefined : eq(programmeCases.practitionerRef, practitioner),
      ),
    )
    .orderBy(asc(programmeCases.number));
}

/** The person's open case in the programme, if any. */
export async function openCaseOfPerson(db: Db, communityId: string, programme: string, person: string): Promise<ProgrammeCaseRow | null> {
  const [row] = await db
    .select()
    .from(programmeCases)
    .where(and(eq(programmeCases.communityId, communityId), eq(programmeCases.programme, programme), eq(programmeCases.personRef, person), isNull(programmeCases.closedAt)));
  return row ?? null;
}

export async function setPractitioner(tx: Db, caseId: string, practitioner: string): Promise<boolean> {
  const rows = await tx
    .update(programmeCases)
    .set({ practitionerRef: practitioner })
    .where(and(eq(programmeCases.id, caseId), isNull(programmeCases.closedAt)))
    .returning({ id: programmeCases.id });
  return rows.length > 0;
}

export async function setCaseOutcome(tx: Db, caseId: string, outcome: string): Promise<void> {
  await tx.update(programmeCases).set({ outcome }).where(eq(programmeCases.id, caseId));
}

/** Closes the case once: false when it was already closed. */
export async function markProgrammeCaseClosed(tx: Db, caseId: string, reason: string, by: string, now: Date): Promise<boolean> {
  const rows = await tx
    .update(programmeCases)
    .set({ closedAt: now, closedBy: by, closeReason: reason })
    .where(and(eq(programmeCases.id, caseId), isNull(programmeCases.closedAt)))
    .returning({ id: programmeCases.id });
  return rows.length > 0;
}

/** Adds steps; a step the case already has is kept as it is. */
export async function insertSteps(tx: Db, steps: readonly NewProgrammeStep[]): Promise<void> {
  if (steps.length > 0) await tx.insert(programmeSteps).values([...steps]).onConflictDoNothing();
}

export async function stepsOf(db: Db, caseIds: readonly string[]): Promise<ProgrammeStepRow[]> {
  if (caseIds.length === 0) return [];
  return db.select().from(programmeSteps).where(inArray(programmeSteps.caseId, [...caseIds])).orderBy(asc(programmeSteps.dueAt));
}

export async function findStep(db: Db, id: string): Promise<ProgrammeStepRow | null> {
  const [row] = await db.select().from(programmeSteps).where(eq(programmeSteps.id, id));
  return row ?? null;
}

/** Records a step as done, once: false when it was already done (two submissions at once: one wins). */
export async function completeStep(
  tx: Db,
  id: string,
  done: { doneAt: Date; doneBy: string; toolVersion: number | null; answers: Record<string, boolean>; score: number | null; recommendation: string | null; outcome: string | null; notesCiphertext: string | null },
): Promise<boolean> {
  const rows = await tx
    .update(programmeSteps)
    .set(done)
    .where(and(eq(programmeSteps.id, id), isNull(programmeSteps.doneAt)))
    .returning({ id: programmeSteps.id });
  return rows.length > 0;
}
