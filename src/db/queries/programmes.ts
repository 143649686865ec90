/** Programme reads and writes shared by every programme on the engine: switching on, staff roles, tool versions, consent. */
import { and, asc, desc, eq, isNull, max } from 'drizzle-orm';
import type { ProgrammeTool } from '../../model/programme-tool.js';
import type { Db } from '../client.js';
import { communities, programmeConsents, programmeSettings, programmeStaff, programmeTools } from '../schema.js';

export type ProgrammeStaffRow = typeof programmeStaff.$inferSelect;
export type ProgrammeConsentRow = typeof programmeConsents.$inferSelect;

/** Who saved the shipped default tool when a community first needs one (same marker as TRiM's). */
export const DEFAULT_PROGRAMME_TOOL_AUTHOR = 'peerline:default';

/** Whether the programme was switched on or off in the community; null when nobody has said. */
export async function programmeEnabledRow(db: Db, communityId: string, programme: string): Promise<boolean | null> {
  const [row] = await db
    .select({ enabled: programmeSettings.enabled })
    .from(programmeSettings)
    .where(and(eq(programmeSettings.communityId, communityId), eq(programmeSettings.programme, programme)));
  return row?.enabled ?? null;
}

export async function setProgrammeEnabledRow(db: Db, input: { communityId: string; programme: string; enabled: boolean; by: string; now: Date }): Promise<void> {
  await db
    .insert(programmeSettings)
    .values({ communityId: input.communityId, programme: input.programme, enabled: input.enabled, changedBy: input.by, changedAt: input.now })
    .onConflictDoUpdate({ target: [programmeSettings.communityId, programmeSettings.programme], set: { enabled: input.enabled, changedBy: input.by, changedAt: input.now } });
}

const staffOf = (communityId: string, programme: string) => and(eq(programmeStaff.communityId, communityId), eq(programmeStaff.programme, programme));

export async function programmeRoleOf(db: Db, communityId: string, programme: string, user: string): Promise<string | null> {
  const [row] = await db
    .select({ role: programmeStaff.role })
    .from(programmeStaff)
    .where(and(staffOf(communityId, programme), eq(programmeStaff.userRef, user)));
  return row?.role ?? null;
}

/** Everyone with a role in the programme here, by role then oldest first. */
export async function programmeStaffOf(db: Db, communityId: string, programme: string): Promise<ProgrammeStaffRow[]> {
  return db.select().from(programmeStaff).where(staffOf(communityId, programme)).orderBy(asc(programmeStaff.role), asc(programmeStaff.createdAt));
}

/** The same rows, locked until the caller's transaction ends (two role changes cannot read the same set). */
export async function lockProgrammeStaff(tx: Db, communityId: string, programme: string): Promise<ProgrammeStaffRow[]> {
  return tx.select().from(programmeStaff).where(staffOf(communityId, programme)).for('update');
}

export async function upsertProgrammeRole(tx: Db, input: { communityId: string; programme: string; user: string; role: string; by: string; now: Date }): Promise<void> {
  await tx
    .insert(programmeStaff)
    .values({ communityId: input.communityId, programme: input.programme, userRef: input.user, role: input.role, assignedBy: input.by, createdAt: input.now })
    .onConflictDoUpdate({ target: [programmeStaff.communityId, programmeStaff.programme, programmeStaff.userRef], set: { role: input.role, assignedBy: input.by } });
}

/** Takes the role away; the role they held, or null. */
export async function deleteProgrammeRole(tx: Db, communityId: string, programme: string, user: string): Promise<string | null> {
  const removed = await tx
    .delete(programmeStaff)
    .where(and(staffOf(communityId, programme), eq(programmeStaff.userRef, user)))
    .returning({ role: programmeStaff.role });
  return removed[0]?.role ?? null;
}

/** The newest saved version of the programme's tool, or null when none is saved yet. */
export async function latestProgrammeTool(db: Db, communityId: string, programme: string): Promise<{ version: number; tool: ProgrammeTool; createdBy: string } | null> {
  const [row] = await db
    .select()
    .from(programmeTools)
    .where(and(eq(programmeTools.communityId, communityId), eq(programmeTools.programme, programme)))
    .orderBy(desc(programmeTools.version))
    .limit(1);
  return row === undefined ? null : { version: row.version, tool: row.definition, createdBy: row.createdBy };
}

export async function programmeToolVersion(db: Db, communityId: string, programme: string, version: number): Promise<{ tool: ProgrammeTool; createdBy: string } | null> {
  const [row] = await db
    .select({ tool: programmeTools.definition, createdBy: programmeTools.createdBy })
    .from(programmeTools)
    .where(and(eq(programmeTools.communityId, communityId), eq(programmeTools.programme, programme), eq(programmeTools.version, version)));
  return row ?? null;
}

/** Saves `tool` as `version` 1 if none exists (a racing first read stores it once). */
export async function insertFirstProgrammeTool(db: Db, input: { communityId: string; programme: string; tool: ProgrammeTool; by: string; now: Date }): Promise<void> {
  await db
    .insert(programmeTools)
    .values({ communityId: input.communityId, programme: input.programme, version: 1, definition: input.tool, createdBy: input.by, createdAt: input.now })
    .onConflictDoNothing();
}

/** Saves `tool` as the next version, inside the caller's transaction (the community row lock serialises saves). */
export async function saveProgrammeToolVersion(tx: Db, input: { communityId: string; programme: string; tool: ProgrammeTool; by: string; now: Date }): Promise<number> {
  await tx.select({ id: communities.id }).from(communities).where(eq(communities.id, input.communityId)).for('update');
  const [row] = await tx
    .select({ v: max(programmeTools.version) })
    .from(programmeTools)
    .where(and(eq(programmeTools.communityId, input.communityId), eq(programmeTools.programme, input.programme)));
  const version = (row?.v ?? 0) + 1;
  await tx.insert(programmeTools).values({ communityId: input.communityId, programme: input.programme, version, definition: input.tool, createdBy: input.by, createdAt: input.now });
  return version;
}

/** Records a question of consent; null when one is already waiting for this person in this programme. */
export async function insertConsent(tx: Db, input: { communityId: string; programme: string; person: string; askedBy: string; now: Date }): Promise<ProgrammeConsentRow | null> {
  const rows = await tx
    .insert(programmeConsents)
    .values({ communityId: input.communityId, programme: input.programme, personRef: input.person, askedBy: input.askedBy, askedAt: input.now })
    .onConflictDoNothing()
    .returning();
  return rows[0] ?? null;
}

export async function findConsent(db: Db, id: string): Promise<ProgrammeConsentRow | null> {
  const [row] = await db.select().from(programmeConsents).where(eq(programmeConsents.id, id));
  return row ?? null;
}

/** Records the answer once: false when it was already answered (a second click, or a retry). */
export async function answerConsentRow(tx: Db, id: string, answer: 'given' | 'declined', now: Date): Promise<boolean> {
  const rows = await tx
    .update(programmeConsents)
    .set({ answer, answeredAt: now })
    .where(and(eq(programmeConsents.id, id), isNull(programmeConsents.answer)))
    .returning({ id: programmeConsents.id });
  return rows.length > 0;
}

export async function linkConsentToCase(tx: Db, id: string, caseId: string): Promise<void> {
  await tx.update(programmeConsents).set({ caseId }).where(eq(programmeConsents.id, id));
}

/** Removes a question that could not be delivered, so the referral can be made again. */
export async function deleteConsent(db: Db, id: string): Promise<void> {
  await db.delete(programmeConsents).where(and(eq(programmeConsents.id, id), isNull(programmeConsents.answer)));
}
