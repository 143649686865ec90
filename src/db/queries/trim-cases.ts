/** Writes to TRiM incidents, cases and assessments, and the reads only they need; core decides when each is allowed. */
import { and, eq, isNull, max } from 'drizzle-orm';
import type { Db } from '../client.js';
import { communities, trimAssessments, trimCases, trimIncidents } from '../schema.js';
import type { TrimAssessmentRow, TrimIncidentRow } from './trim.js';

export type NewTrimIncident = typeof trimIncidents.$inferInsert;
export type NewTrimCase = typeof trimCases.$inferInsert;
export type NewTrimAssessment = typeof trimAssessments.$inferInsert;
export type TrimCloseReason = NonNullable<(typeof trimCases.$inferSelect)['closeReason']>;

export async function findIncidentById(db: Db, incidentId: string): Promise<TrimIncidentRow | null> {
  const [row] = await db.select().from(trimIncidents).where(eq(trimIncidents.id, incidentId));
  return row ?? null;
}

/**
 * The next incident number in the community, inside the caller's transaction. The community row stays
 * locked until that transaction ends, so two incidents logged at once get 4 and 5, not 4 twice.
 */
export async function nextIncidentNumber(tx: Db, communityId: string): Promise<number> {
  await tx.select({ id: communities.id }).from(communities).where(eq(communities.id, communityId)).for('update');
  const [last] = await tx.select({ n: max(trimIncidents.number) }).from(trimIncidents).where(eq(trimIncidents.communityId, communityId));
  return (last?.n ?? 0) + 1;
}

/** The incident a logging step with this key already stored, or null. */
export async function findIncidentByKey(db: Db, communityId: string, key: string): Promise<TrimIncidentRow | null> {
  const [row] = await db
    .select()
    .from(trimIncidents)
    .where(and(eq(trimIncidents.communityId, communityId), eq(trimIncidents.idempotencyKey, key)));
  return row ?? null;
}

/** Stores an incident and its cases (two statements: run them in the caller's transaction). */
export async function insertIncidentWithCases(tx: Db, incident: NewTrimIncident, cases: readonly NewTrimCase[]): Promise<void> {
  await tx.insert(trimIncidents).values(incident);
  await tx.insert(trimCases).values([...cases]);
}

/** Records the planning meeting as held at `now`, unless it was recorded already. */
export async function markPlanningHeld(tx: Db, incidentId: string, now: Date): Promise<void> {
  await tx.update(trimIncidents).set({ planningHeldAt: now }).where(and(eq(trimIncidents.id, incidentId), isNull(trimIncidents.planningHeldAt)));
}

/** Gives the person's open case in the incident a new practitioner; returns the case id, or null when there is no open case. */
export async function reassignOpenCase(tx: Db, incidentId: string, person: string, practitioner: string): Promise<string | null> {
  const updated = await tx
    .update(trimCases)
    .set({ practitionerRef: practitioner })
    .where(and(eq(trimCases.incidentId, incidentId), eq(trimCases.personRef, person), isNull(trimCases.closedAt)))
    .returning({ id: trimCases.id });
  return updated[0]?.id ?? null;
}

/** Stores an assessment; false when the case already has one for that stage (the unique (case, stage) index). */
export async function insertAssessment(tx: Db, assessment: NewTrimAssessment): Promise<boolean> {
  const inserted = await tx.insert(trimAssessments).values(assessment).onConflictDoNothing().returning({ id: trimAssessments.id });
  return inserted.length > 0;
}

/** The stages already recorded for the case. */
export async function recordedStages(db: Db, caseId: string): Promise<TrimAssessmentRow['stage'][]> {
  const rows = await db.select({ stage: trimAssessments.stage }).from(trimAssessments).where(eq(trimAssessments.caseId, caseId));
  return rows.map((r) => r.stage);
}

/** Locks the incident row until the caller's transaction ends: closings of its cases then run one after another. */
export async function lockIncident(tx: Db, incidentId: string): Promise<void> {
  await tx.select({ id: trimIncidents.id }).from(trimIncidents).where(eq(trimIncidents.id, incidentId)).for('update');
}

/** Closes the case, unless it is closed already. */
export async function markCaseClosed(tx: Db, caseId: string, reason: TrimCloseReason, by: string, now: Date): Promise<void> {
  await tx.update(trimCases).set({ closedAt: now, closedBy: by, closeReason: reason }).where(and(eq(trimCases.id, caseId), isNull(trimCases.closedAt)));
}

/** Whether any case of the incident is still open. */
export async function incidentHasOpenCase(db: Db, incidentId: string): Promise<boolean> {
  const open = await db.select({ id: trimCases.id }).from(trimCases).where(and(eq(trimCases.incidentId, incidentId), isNull(trimCases.closedAt)));
  return open.length > 0;
}

/** Closes the incident, unless it is closed already. */
export async function markIncidentClosed(tx: Db, incidentId: string, now: Date): Promise<void> {
  await tx.update(trimIncidents).set({ closedAt: now }).where(and(eq(trimIncidents.id, incidentId), isNull(trimIncidents.closedAt)));
}
