/** Who holds a TRiM role in a community: the reads and writes behind role checks and role changes. */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client.js';
import { trimCases, trimIncidents, trimStaff } from '../schema.js';

export type TrimStaffRow = typeof trimStaff.$inferSelect;
export type TrimStaffRole = TrimStaffRow['role'];

/** The user's TRiM role in the community, or null when they hold none. */
export async function trimRoleOf(db: Db, communityId: string, user: string): Promise<TrimStaffRole | null> {
  const [row] = await db
    .select({ role: trimStaff.role })
    .from(trimStaff)
    .where(and(eq(trimStaff.communityId, communityId), eq(trimStaff.userRef, user)));
  return row?.role ?? null;
}

/** Everyone with a TRiM role in the community, role by role (managers after practitioners), oldest first. */
export async function trimStaffOf(db: Db, communityId: string): Promise<TrimStaffRow[]> {
  return db.select().from(trimStaff).where(eq(trimStaff.communityId, communityId)).orderBy(asc(trimStaff.role), asc(trimStaff.createdAt));
}

/** Each TRiM role holder's ref and role, in no particular order. */
export async function trimStaffRoles(db: Db, communityId: string): Promise<{ user: string; role: TrimStaffRole }[]> {
  return db.select({ user: trimStaff.userRef, role: trimStaff.role }).from(trimStaff).where(eq(trimStaff.communityId, communityId));
}

/** The refs of everyone with a TRiM role in the community. */
export async function trimStaffRefs(db: Db, communityId: string): Promise<string[]> {
  const rows = await db.select({ userRef: trimStaff.userRef }).from(trimStaff).where(eq(trimStaff.communityId, communityId));
  return rows.map((r) => r.userRef);
}

/**
 * The community's TRiM staff rows, locked until the caller's transaction ends, so that two changes to
 * who is a manager cannot both read the same set.
 */
export async function lockTrimStaff(tx: Db, communityId: string): Promise<TrimStaffRow[]> {
  return tx.select().from(trimStaff).where(eq(trimStaff.communityId, communityId)).for('update');
}

/** Gives `user` the role, or changes the role they hold. */
export async function upsertTrimRole(tx: Db, input: { communityId: string; user: string; role: TrimStaffRole; by: string; now: Date }): Promise<void> {
  await tx
    .insert(trimStaff)
    .values({ communityId: input.communityId, userRef: input.user, role: input.role, assignedBy: input.by, createdAt: input.now })
    .onConflictDoUpdate({ target: [trimStaff.communityId, trimStaff.userRef], set: { role: input.role, assignedBy: input.by } });
}

/** Takes the user's TRiM role away; returns the role they held, or null when they held none. */
export async function deleteTrimRole(tx: Db, communityId: string, user: string): Promise<TrimStaffRole | null> {
  const removed = await tx
    .delete(trimStaff)
    .where(and(eq(trimStaff.communityId, communityId), eq(trimStaff.userRef, user)))
    .returning({ role: trimStaff.role });
  return removed[0]?.role ?? null;
}

/** How many open cases the practitioner holds in the community. */
export async function openCaseCountOf(db: Db, communityId: string, practitioner: string): Promise<number> {
  const open = await db
    .select({ id: trimCases.id })
    .from(trimCases)
    .where(and(eq(trimCases.communityId, communityId), eq(trimCases.practitionerRef, practitioner), isNull(trimCases.closedAt)));
  return open.length;
}

/** Whether the community has at least one open incident. */
export async function hasOpenIncident(db: Db, communityId: string): Promise<boolean> {
  const open = await db.select({ id: trimIncidents.id }).from(trimIncidents).where(and(eq(trimIncidents.communityId, communityId), isNull(trimIncidents.closedAt))).limit(1);
  return open.length > 0;
}
