/** TRiM reads and writes shared by the use cases and the reminder jobs. */
import { and, asc, desc, eq, inArray, isNull, max } from 'drizzle-orm';
import { DEFAULT_RISK_TOOL, type RiskTool } from '../../model/risk-tool.js';
import type { Db } from '../client.js';
import { communities, trimAssessments, trimCases, trimIncidents, trimStaff, trimTools } from '../schema.js';

export type TrimIncidentRow = typeof trimIncidents.$inferSelect;
export type TrimCaseRow = typeof trimCases.$inferSelect;
export type TrimAssessmentRow = typeof trimAssessments.$inferSelect;

export interface VersionedTool {
  readonly version: number;
  readonly tool: RiskTool;
}

/** Who created the shipped default tool when a community first needs one. */
export const DEFAULT_TOOL_AUTHOR = 'peerline:default';

/** The community's newest tool; the shipped default is saved as version 1 the first time one is needed. */
export async function currentTool(db: Db, communityId: string, now: Date): Promise<VersionedTool> {
  const [row] = await db.select().from(trimTools).where(eq(trimTools.communityId, communityId)).orderBy(desc(trimTools.version)).limit(1);
  if (row !== undefined) return { version: row.version, tool: row.definition };
  await db
    .insert(trimTools)
    .values({ communityId, version: 1, definition: DEFAULT_RISK_TOOL, createdBy: DEFAULT_TOOL_AUTHOR, createdAt: now })
    .onConflictDoNothing();
  return currentTool(db, communityId, now);
}

export async function toolVersion(db: Db, communityId: string, version: number): Promise<RiskTool | null> {
  return (await toolVersionRow(db, communityId, version))?.definition ?? null;
}

/** Who saved the community's tool `version` (DEFAULT_TOOL_AUTHOR for the shipped default), or null if there is no such version. */
export async function toolAuthor(db: Db, communityId: string, version: number): Promise<string | null> {
  return (await toolVersionRow(db, communityId, version))?.createdBy ?? null;
}

async function toolVersionRow(db: Db, communityId: string, version: number): Promise<{ definition: RiskTool; createdBy: string } | null> {
  const [row] = await db
    .select({ definition: trimTools.definition, createdBy: trimTools.createdBy })
    .from(trimTools)
    .where(and(eq(trimTools.communityId, communityId), eq(trimTools.version, version)));
  return row ?? null;
}

/** Saves `tool` as the next version, inside the caller's transaction. Returns the version number. */
export async function saveToolVersion(db: Db, communityId: string, tool: RiskTool, by: string, now: Date): Promise<number> {
  // The community row lock serialises saves: two at once would both take max + 1.
  await db.select({ id: communities.id }).from(communities).where(eq(communities.id, communityId)).for('update');
  await currentTool(db, communityId, now);
  const [row] = await db.select({ v: max(trimTools.version) }).from(trimTools).where(eq(trimTools.communityId, communityId));
  const version = (row?.v ?? 0) + 1;
  await db.insert(trimTools).values({ communityId, version, definition: tool, createdBy: by, createdAt: now });
  return version;
}

export async function trimManagers(db: Db, communityId: string): Promise<string[]> {
  const rows = await db
    .select({ userRef: trimStaff.userRef })
    .from(trimStaff)
    .where(and(eq(trimStaff.communityId, communityId), eq(trimStaff.role, 'manager')))
    .orderBy(asc(trimStaff.createdAt));
  return rows.map((r) => r.userRef);
}

export async function findIncidentByNumber(db: Db, communityId: string, number: number): Promise<TrimIncidentRow | null> {
  const [row] = await db
    .select()
    .from(trimIncidents)
    .where(and(eq(trimIncidents.communityId, communityId), eq(trimIncidents.number, number)));
  return row ?? null;
}

export interface CaseWithIncident {
  readonly case: TrimCaseRow;
  readonly incident: TrimIncidentRow;
}

export async function findCase(db: Db, caseId: string): Promise<CaseWithIncident | null> {
  const [row] = await db.select().from(trimCases).innerJoin(trimIncidents, eq(trimCases.incidentId, trimIncidents.id)).where(eq(trimCases.id, caseId));
  return row === undefined ? null : { case: row.trim_cases, incident: row.trim_incidents };
}

export async function casesOfIncident(db: Db, incidentId: string): Promise<TrimCaseRow[]> {
  return db.select().from(trimCases).where(eq(trimCases.incidentId, incidentId)).orderBy(asc(trimCases.personRef));
}

/** Open cases in a community (or only one practitioner's), with their incident, soonest due first. */
export async function openCases(db: Db, communityId: string, practitioner: string | null): Promise<CaseWithIncident[]> {
  const rows = await db
    .select()
    .from(trimCases)
    .innerJoin(trimIncidents, eq(trimCases.incidentId, trimIncidents.id))
    .where(
      and(eq(trimCases.communityId, communityId), isNull(trimCases.closedAt), practitioner === null ? undefined : eq(trimCases.practitionerRef, practitioner)),
    )
    .orderBy(asc(trimCases.initialDueAt), asc(trimIncidents.number), asc(trimCases.personRef));
  return rows.map((r) => ({ case: r.trim_cases, incident: r.trim_incidents }));
}

export async function assessmentsOf(db: Db, caseIds: readonly string[]): Promise<TrimAssessmentRow[]> {
  if (caseIds.length === 0) return [];
  return db.select().from(trimAssessments).where(inArray(trimAssessments.caseId, [...caseIds])).orderBy(asc(trimAssessments.assessedAt));
}
