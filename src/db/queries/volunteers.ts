import { and, asc, count, eq, isNotNull, isNull, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../client.js';
import { sessions, supportRequests, volunteers } from '../schema.js';
import { perDb } from './prepared.js';
import type { RequestRow } from './requests.js';

export type VolunteerRow = typeof volunteers.$inferSelect;

export async function findVolunteer(db: Db, communityId: string, userRef: string): Promise<VolunteerRow | null> {
  const [row] = await db
    .select()
    .from(volunteers)
    .where(and(eq(volunteers.communityId, communityId), eq(volunteers.userRef, userRef)));
  return row ?? null;
}

/** Locks the volunteer's row for the rest of the transaction, so their accepts and duty changes serialise. */
export async function lockVolunteer(tx: Db, communityId: string, userRef: string): Promise<VolunteerRow | null> {
  const [row] = await lockVolunteerStatement(tx).execute({ communityId, userRef });
  return row ?? null;
}

/**
 * `lockVolunteer` and the count of their open sessions, sent together: postgres.js pipelines them on the
 * transaction's connection (one round trip), and the server runs them in order, so the count is taken
 * after the lock is held and sees every session committed before it — as when the count waited for the
 * lock's answer. (One statement with the count as a subquery would not: under READ COMMITTED a
 * subquery keeps the snapshot from before the lock wait, and parallel accepts could exceed capacity.)
 */
export async function lockVolunteerCountingSessions(tx: Db, communityId: string, userRef: string): Promise<{ volunteer: VolunteerRow; openSessions: number } | null> {
  const [volunteer, [open]] = await Promise.all([
    lockVolunteer(tx, communityId, userRef),
    openSessionsOfStatement(tx).execute({ communityId, userRef }),
  ]);
  return volunteer === null ? null : { volunteer, openSessions: open?.n ?? 0 };
}

/**
 * What an Accept can be refused on, read in one statement without a lock: the volunteer (null when not
 * enrolled), their open sessions, and the request's status and member (null when there is no such
 * request in the community). The answer may be out of date by the time it arrives; an Accept uses it
 * only to refuse, and checks again under the lock (`lockVolunteerCountingSessions`) before it claims.
 */
export interface AcceptCheck {
  readonly volunteer: Pick<VolunteerRow, 'trainingValidUntil' | 'dutySince' | 'capacity'> | null;
  readonly openSessions: number;
  readonly request: Pick<RequestRow, 'status' | 'memberRef'> | null;
}

export async function readAcceptCheck(db: Db, communityId: string, userRef: string, requestId: string): Promise<AcceptCheck> {
  const [row] = await acceptCheckStatement(db).execute({ communityId, userRef, requestId });
  if (row === undefined) return { volunteer: null, openSessions: 0, request: null };
  const { requestStatus, requestMember, openSessions, ...volunteer } = row;
  return {
    volunteer: volunteer.capacity === null ? null : { ...volunteer, capacity: volunteer.capacity },
    openSessions,
    request: requestStatus === null ? null : { status: requestStatus, memberRef: requestMember },
  };
}

// The first statement of every Accept: built once (prepared.ts). One row whether or not the volunteer
// or the request exists: both are left-joined to a one-row select.
const acceptCheckStatement = perDb((db) => {
  const p = sql.placeholder;
  return db
    .select({
      trainingValidUntil: volunteers.trainingValidUntil,
      dutySince: volunteers.dutySince,
      capacity: volunteers.capacity,
      openSessions: sql<number>`(select count(*) from ${sessions} where ${sessions.volunteerId} = ${volunteers.id} and ${sessions.endedAt} is null)`.mapWith(Number),
      requestStatus: supportRequests.status,
      requestMember: supportRequests.memberRef,
    })
    .from(sql`(select 1) as "one"`)
    .leftJoin(volunteers, and(eq(volunteers.communityId, p('communityId')), eq(volunteers.userRef, p('userRef'))))
    .leftJoin(supportRequests, and(eq(supportRequests.id, p('requestId')), eq(supportRequests.communityId, p('communityId'))))
    .prepare('accept_check');
});

// Every Accept's first two statements, in its transaction: built once (prepared.ts).
const lockVolunteerStatement = perDb((db) =>
  db
    .select()
    .from(volunteers)
    .where(and(eq(volunteers.communityId, sql.placeholder('communityId')), eq(volunteers.userRef, sql.placeholder('userRef'))))
    .for('update')
    .prepare('lock_volunteer'),
);
const openSessionsOfStatement = perDb((db) =>
  db
    .select({ n: count() })
    .from(sessions)
    .innerJoin(volunteers, eq(volunteers.id, sessions.volunteerId))
    .where(and(eq(volunteers.communityId, sql.placeholder('communityId')), eq(volunteers.userRef, sql.placeholder('userRef')), isNull(sessions.endedAt)))
    .prepare('open_sessions_of'),
);

export async function openSessionCount(db: Db, volunteerId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(sessions)
    .where(and(eq(sessions.volunteerId, volunteerId), isNull(sessions.endedAt)));
  return row?.n ?? 0;
}

/** What a new request needs of each volunteer on duty: who they are, for the card's mentions and the reply's count. */
export type OnDutyVolunteer = Pick<VolunteerRow, 'id' | 'userRef' | 'tags'>;

/** Volunteers on duty now whose training is valid on `today` (YYYY-MM-DD), longest on duty first. */
export async function onDutyVolunteers(db: Db, communityId: string, today: string): Promise<OnDutyVolunteer[]> {
  return onDutyStatement(db).execute({ communityId, today });
}

// Read for a card posted by a takeover or the escalation ladder, and a reply built again (a new request reads
// the same volunteers, `onDutyOn`, in its own statement: new-request.ts): built once (prepared.ts), and only
// the columns used, so a busy rota is not a page of rows to parse per card.
const onDutyStatement = perDb((db) =>
  db
    .select({ id: volunteers.id, userRef: volunteers.userRef, tags: volunteers.tags })
    .from(volunteers)
    .where(onDutyOn(sql.placeholder('communityId'), sql.placeholder('today')))
    .orderBy(volunteers.dutySince)
    .prepare('on_duty_volunteers'),
);

/** The community's volunteers on duty whose training is valid on `today` (a YYYY-MM-DD value). */
export const onDutyOn = (communityId: SQLWrapper, today: SQLWrapper): SQL | undefined =>
  and(eq(volunteers.communityId, communityId), isNotNull(volunteers.dutySince), sql`${volunteers.trainingValidUntil} >= ${today}::date`);

export async function coordinatorsOf(db: Db, communityId: string): Promise<VolunteerRow[]> {
  return db
    .select()
    .from(volunteers)
    .where(and(eq(volunteers.communityId, communityId), eq(volunteers.role, 'coordinator')));
}

/** The person's staff role in the community, or null when they are not enrolled. */
export async function staffRoleOf(db: Db, communityId: string, userRef: string): Promise<VolunteerRow['role'] | null> {
  const [row] = await db
    .select({ role: volunteers.role })
    .from(volunteers)
    .where(and(eq(volunteers.communityId, communityId), eq(volunteers.userRef, userRef)));
  return row?.role ?? null;
}

/** Enrols the person as a coordinator, or makes them one if they are already enrolled. */
export async function enrolCoordinator(db: Db, o: { communityId: string; userRef: string; now: Date }): Promise<void> {
  await db
    .insert(volunteers)
    .values({ communityId: o.communityId, userRef: o.userRef, role: 'coordinator', enrolledBy: o.userRef, createdAt: o.now, updatedAt: o.now })
    .onConflictDoUpdate({ target: [volunteers.communityId, volunteers.userRef], set: { role: 'coordinator', updatedAt: o.now } });
}

export async function volunteerById(db: Db, id: string): Promise<VolunteerRow | null> {
  const [row] = await db.select().from(volunteers).where(eq(volunteers.id, id));
  return row ?? null;
}

/** A volunteer's own display name and experience tags (only the ones given change). Null when not enrolled. */
export async function updateVolunteerProfile(
  db: Db,
  o: { communityId: string; userRef: string; displayName?: string | null; tags?: readonly string[]; now: Date },
): Promise<VolunteerRow | null> {
  const [row] = await db
    .update(volunteers)
    .set({
      ...(o.displayName === undefined ? {} : { displayName: o.displayName }),
      ...(o.tags === undefined ? {} : { tags: [...o.tags] }),
      updatedAt: o.now,
    })
    .where(and(eq(volunteers.communityId, o.communityId), eq(volunteers.userRef, o.userRef)))
    .returning();
  return row ?? null;
}

/** Puts the volunteer on duty, in a shift that begins `now` (a new shift when they confirm). */
export async function startShift(tx: Db, volunteerId: string, now: Date): Promise<void> {
  await tx.update(volunteers).set({ dutySince: now, updatedAt: now }).where(eq(volunteers.id, volunteerId));
}

/** Takes the volunteer off duty if they are still in the shift that began at `since`; returns whether they were. */
export async function endShift(tx: Db, volunteerId: string, since: Date, now: Date): Promise<boolean> {
  const taken = await tx
    .update(volunteers)
    .set({ dutySince: null, updatedAt: now })
    .where(and(eq(volunteers.id, volunteerId), eq(volunteers.dutySince, since)))
    .returning({ id: volunteers.id });
  return taken.length > 0;
}

/** The community's volunteers on duty, locked for the rest of the transaction (in id order, so lockers take turns). */
export async function lockOnDutyVolunteers(tx: Db, communityId: string): Promise<{ id: string }[]> {
  return tx
    .select({ id: volunteers.id })
    .from(volunteers)
    .where(and(eq(volunteers.communityId, communityId), isNotNull(volunteers.dutySince)))
    .orderBy(volunteers.id)
    .for('update');
}

/** What enrolling sets on a volunteer, whether they are new or enrolled again. */
export type VolunteerEnrolment = Pick<VolunteerRow, 'tags' | 'trainingValidUntil' | 'capacity' | 'role' | 'updatedAt'>;

/** Enrols the person, or updates their enrolment if they are enrolled already; returns the volunteer's id. */
export async function upsertVolunteer(tx: Db, o: { communityId: string; userRef: string; enrolledBy: string; now: Date; values: VolunteerEnrolment }): Promise<string> {
  const [row] = await tx
    .insert(volunteers)
    .values({ communityId: o.communityId, userRef: o.userRef, enrolledBy: o.enrolledBy, createdAt: o.now, ...o.values })
    .onConflictDoUpdate({ target: [volunteers.communityId, volunteers.userRef], set: o.values })
    .returning({ id: volunteers.id });
  if (row === undefined) throw new Error('upsert returned no row');
  return row.id;
}

export async function deleteVolunteer(tx: Db, volunteerId: string): Promise<void> {
  await tx.delete(volunteers).where(eq(volunteers.id, volunteerId));
}

/** Everyone enrolled in the community: coordinators and volunteers (by role), oldest first. */
export async function volunteersOf(db: Db, communityId: string): Promise<VolunteerRow[]> {
  return db.select().from(volunteers).where(eq(volunteers.communityId, communityId)).orderBy(asc(volunteers.role), asc(volunteers.createdAt));
}

/** Everyone enrolled in the community, locked for the rest of the transaction. */
export async function lockVolunteersOf(tx: Db, communityId: string): Promise<VolunteerRow[]> {
  return tx.select().from(volunteers).where(eq(volunteers.communityId, communityId)).for('update');
}

export async function setVolunteerRole(tx: Db, volunteerId: string, role: VolunteerRow['role'], now: Date): Promise<void> {
  await tx.update(volunteers).set({ role, updatedAt: now }).where(eq(volunteers.id, volunteerId));
}

/** Enrols these people as coordinators, without training (none of them may be enrolled already). */
export async function insertCoordinators(tx: Db, o: { communityId: string; userRefs: readonly string[]; enrolledBy: string; now: Date }): Promise<void> {
  await tx
    .insert(volunteers)
    .values(o.userRefs.map((userRef) => ({ communityId: o.communityId, userRef, role: 'coordinator' as const, enrolledBy: o.enrolledBy, createdAt: o.now, updatedAt: o.now })));
}

/**
 * Everyone in the community with training valid on `today` (YYYY-MM-DD), on duty or not, and with
 * `withCoordinators` every coordinator as well: their refs, those on duty first, then the other
 * volunteers, then coordinators — the people most able to accept lead.
 */
export async function trainedVolunteerRefs(db: Db, communityId: string, today: string, withCoordinators: boolean): Promise<string[]> {
  const rows = await db
    .select({ userRef: volunteers.userRef })
    .from(volunteers)
    .where(and(eq(volunteers.communityId, communityId), or(sql`${volunteers.trainingValidUntil} >= ${today}::date`, withCoordinators ? eq(volunteers.role, 'coordinator') : sql`false`)))
    .orderBy(sql`${volunteers.dutySince} is null`, sql`${volunteers.role} = 'coordinator'`, volunteers.createdAt, volunteers.userRef);
  return rows.map((r) => r.userRef);
}
