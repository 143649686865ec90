/**
 * Reads and writes behind the coordinator dashboard (and the sign-in of the TRiM page, which shares its
 * tokens and sessions under another scope). Sign-in tokens and sessions are stored only as SHA-256 hashes. Nothing returned here names a member: requests come back as topic, urgency and times,
 * volunteers as their display name (or a number), never as platform refs.
 */
import { createHash } from 'node:crypto';
import { and, asc, eq, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { auditLog, crisisEvents, dashboardSessions, dashboardTokens, sessions, supportRequests, volunteers, type dashboardScope } from '../schema.js';

/** Hex SHA-256: what is stored for a token or a session cookie instead of the value itself. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** What a sign-in opens: the coordinator dashboard, or the TRiM page. A token or session of one scope is unknown to the other. */
export type DashboardScope = (typeof dashboardScope.enumValues)[number];

export interface DashboardGrant {
  readonly communityId: string;
  /** Whose link or session (a coordinator, or TRiM staff in scope `trim`). */
  readonly coordinatorRef: string;
  readonly scope: DashboardScope;
  readonly expiresAt: Date;
}

export async function insertDashboardToken(db: Db, token: string, grant: DashboardGrant & { readonly now: Date }): Promise<void> {
  await db.insert(dashboardTokens).values({
    tokenHash: hashSecret(token),
    communityId: grant.communityId,
    coordinatorRef: grant.coordinatorRef,
    scope: grant.scope,
    createdAt: grant.now,
    expiresAt: grant.expiresAt,
  });
}

/** The token's row, if it is of `scope`, unused and not expired. */
const liveToken = (token: string, scope: DashboardScope, now: Date) =>
  and(
    eq(dashboardTokens.tokenHash, hashSecret(token)),
    eq(dashboardTokens.scope, scope),
    isNull(dashboardTokens.usedAt),
    sql`${dashboardTokens.expiresAt} > ${now.toISOString()}::timestamptz`,
  );

/** Whether the token would still sign someone in to `scope`, without using it (the sign-in page's GET). */
export async function peekDashboardToken(db: Db, token: string, scope: DashboardScope, now: Date): Promise<boolean> {
  const [row] = await db.select({ hash: dashboardTokens.tokenHash }).from(dashboardTokens).where(liveToken(token, scope, now));
  return row !== undefined;
}

/**
 * Uses the token, once: a single conditional UPDATE, so two simultaneous redemptions give one session.
 * Returns who it was issued to, or null when unknown, of another scope, used or expired (a token of
 * another scope is left unused).
 */
export async function redeemDashboardToken(db: Db, token: string, scope: DashboardScope, now: Date): Promise<Omit<DashboardGrant, 'expiresAt'> | null> {
  const [row] = await db
    .update(dashboardTokens)
    .set({ usedAt: now })
    .where(liveToken(token, scope, now))
    .returning({ communityId: dashboardTokens.communityId, coordinatorRef: dashboardTokens.coordinatorRef, scope: dashboardTokens.scope });
  return row ?? null;
}

export async function insertDashboardSession(db: Db, secret: string, grant: DashboardGrant & { readonly now: Date }): Promise<void> {
  await db.insert(dashboardSessions).values({
    sessionHash: hashSecret(secret),
    communityId: grant.communityId,
    coordinatorRef: grant.coordinatorRef,
    scope: grant.scope,
    createdAt: grant.now,
    expiresAt: grant.expiresAt,
  });
}

/** The session behind a cookie, if it is of `scope` and has not expired. */
export async function findDashboardSession(db: Db, secret: string, scope: DashboardScope, now: Date): Promise<DashboardGrant | null> {
  const [row] = await db
    .select({ communityId: dashboardSessions.communityId, coordinatorRef: dashboardSessions.coordinatorRef, scope: dashboardSessions.scope, expiresAt: dashboardSessions.expiresAt })
    .from(dashboardSessions)
    .where(and(eq(dashboardSessions.sessionHash, hashSecret(secret)), eq(dashboardSessions.scope, scope), sql`${dashboardSessions.expiresAt} > ${now.toISOString()}::timestamptz`));
  return row ?? null;
}

/**
 * Marks the session as watching its community's live page for `seconds` more, by the database's own clock
 * (the trigger that reads it compares with `now()`).
 */
export async function markDashboardSessionLive(db: Db, secret: string, seconds: number): Promise<void> {
  await db
    .update(dashboardSessions)
    .set({ liveUntil: sql`now() + make_interval(secs => ${seconds})` })
    .where(eq(dashboardSessions.sessionHash, hashSecret(secret)));
}

export async function deleteDashboardSession(db: Db, secret: string): Promise<void> {
  await db.delete(dashboardSessions).where(eq(dashboardSessions.sessionHash, hashSecret(secret)));
}

/**
 * Ends a person's access of one scope in a community at once: their sessions and their unused sign-in
 * links are deleted (when they are removed, or stop being a coordinator; for `trim`, when their TRiM
 * role is gone). Their access of the other scope is theirs still. Returns how many rows went.
 */
export async function revokeDashboardAccess(db: Db, communityId: string, userRef: string, scope: DashboardScope = 'coordinator'): Promise<number> {
  const sessionsGone = await db
    .delete(dashboardSessions)
    .where(and(eq(dashboardSessions.communityId, communityId), eq(dashboardSessions.coordinatorRef, userRef), eq(dashboardSessions.scope, scope)))
    .returning({ hash: dashboardSessions.sessionHash });
  const tokensGone = await db
    .delete(dashboardTokens)
    .where(and(eq(dashboardTokens.communityId, communityId), eq(dashboardTokens.coordinatorRef, userRef), eq(dashboardTokens.scope, scope)))
    .returning({ hash: dashboardTokens.tokenHash });
  return sessionsGone.length + tokensGone.length;
}

/** Drops tokens and sessions that expired before `before`; they can never be used again. */
export async function purgeExpiredDashboardGrants(db: Db, before: Date): Promise<void> {
  await db.delete(dashboardTokens).where(lt(dashboardTokens.expiresAt, before));
  await db.delete(dashboardSessions).where(lt(dashboardSessions.expiresAt, before));
}

export interface QueuedRequest {
  readonly topic: string;
  readonly urgency: 'routine' | 'urgent' | 'crisis';
  readonly anonymous: boolean;
  readonly createdAt: Date;
}

/** The queue as volunteers see it: urgency first, then age. Topic and times only. */
export async function queueNow(db: Db, communityId: string): Promise<QueuedRequest[]> {
  const r = supportRequests;
  return db
    .select({ topic: r.topic, urgency: r.urgency, anonymous: r.anonymous, createdAt: r.createdAt })
    .from(r)
    .where(and(eq(r.communityId, communityId), eq(r.status, 'queued')))
    .orderBy(sql`${r.urgency} desc`, asc(r.createdAt), asc(r.id));
}

export interface StaffMember {
  readonly id: string;
  /** The display name, or "Volunteer N" by order of enrolment. */
  readonly name: string;
  /** The display name they set, or null (the pages then name them by `number`, in the reader's language). */
  readonly displayName: string | null;
  /** Their place in the order of enrolment, from 1. */
  readonly number: number;
  readonly role: 'volunteer' | 'coordinator';
  readonly tags: readonly string[];
  readonly trainingValidUntil: string | null;
  readonly capacity: number;
  readonly dutySince: Date | null;
  readonly openSessions: number;
}

/** Everyone enrolled, by display name; numbered in enrolment order where no name is set. */
export async function staffOf(db: Db, communityId: string): Promise<StaffMember[]> {
  const open = db
    .select({ volunteerId: sessions.volunteerId, n: sql<number>`count(*)::int`.as('n') })
    .from(sessions)
    .where(and(eq(sessions.communityId, communityId), isNull(sessions.endedAt)))
    .groupBy(sessions.volunteerId)
    .as('open');
  const rows = await db
    .select({
      id: volunteers.id,
      displayName: volunteers.displayName,
      role: volunteers.role,
      tags: volunteers.tags,
      trainingValidUntil: volunteers.trainingValidUntil,
      capacity: volunteers.capacity,
      dutySince: volunteers.dutySince,
      openSessions: open.n,
    })
    .from(volunteers)
    .leftJoin(open, eq(open.volunteerId, volunteers.id))
    .where(eq(volunteers.communityId, communityId))
    .orderBy(asc(volunteers.createdAt), asc(volunteers.id));
  return rows.map((row, index) => ({
    id: row.id,
    name: row.displayName ?? `Volunteer ${index + 1}`,
    displayName: row.displayName,
    number: index + 1,
    role: row.role,
    tags: row.tags,
    trainingValidUntil: row.trainingValidUntil,
    capacity: row.capacity,
    dutySince: row.dutySince,
    openSessions: Number(row.openSessions ?? 0),
  }));
}

export interface RequestFacts {
  readonly createdAt: Date;
  readonly acceptedAt: Date | null;
  readonly endedAt: Date | null;
  readonly status: 'queued' | 'accepted' | 'active' | 'closed' | 'cancelled' | 'expired';
}

/** Times and outcomes of the requests made since `since` — no member, topic or note. */
export async function requestFacts(db: Db, communityId: string, since: Date): Promise<RequestFacts[]> {
  const r = supportRequests;
  return db
    .select({ createdAt: r.createdAt, acceptedAt: r.acceptedAt, endedAt: r.endedAt, status: r.status })
    .from(r)
    .where(and(eq(r.communityId, communityId), gte(r.createdAt, since)))
    .orderBy(asc(r.createdAt));
}

export interface CrisisFact {
  readonly createdAt: Date;
  readonly tier: 'elevated' | 'high' | 'imminent';
}

/** When crisis language was met, and how serious: counts only, never who or what. */
export async function crisisFacts(db: Db, communityId: string, since: Date): Promise<CrisisFact[]> {
  return db
    .select({ createdAt: crisisEvents.createdAt, tier: crisisEvents.tier })
    .from(crisisEvents)
    .where(and(eq(crisisEvents.communityId, communityId), gte(crisisEvents.createdAt, since)))
    .orderBy(asc(crisisEvents.createdAt));
}

/** Audit actions that begin or end a duty shift (as written by core's duty use case and the scheduler). */
export const DUTY_STARTS = ['duty.on', 'duty.confirmed'] as const;
export const DUTY_ENDS = ['duty.off', 'duty.timed_out', 'duty.training_expired'] as const;

export interface DutyEvent {
  /** Opaque key for the person, used only to pair starts with ends; it never leaves the server. */
  readonly who: string;
  readonly kind: 'start' | 'end';
  readonly at: Date;
}

/** Duty shifts starting and ending since `since`, from the audit log. */
export async function dutyEvents(db: Db, communityId: string, since: Date): Promise<DutyEvent[]> {
  const a = auditLog;
  const rows = await db
    .select({ action: a.action, actorRef: a.actorRef, subjectRef: a.subjectRef, at: a.at })
    .from(a)
    .where(
      and(
        eq(a.communityId, communityId),
        gte(a.at, since),
        or(inArray(a.action, [...DUTY_STARTS]), inArray(a.action, [...DUTY_ENDS])),
      ),
    )
    .orderBy(asc(a.at), asc(a.id));
  const starts: readonly string[] = DUTY_STARTS;
  return rows.flatMap((row) => {
    // Volunteers act for themselves (actor); the scheduler ends shifts on their behalf (subject).
    const who = row.subjectRef ?? row.actorRef;
    return who === null ? [] : [{ who, kind: starts.includes(row.action) ? ('start' as const) : ('end' as const), at: row.at }];
  });
}

/** Who is on duty now (keyed like `dutyEvents`), so a shift still running is counted up to now. */
export async function onDutyNow(db: Db, communityId: string): Promise<{ who: string; since: Date }[]> {
  const rows = await db
    .select({ who: volunteers.userRef, since: volunteers.dutySince })
    .from(volunteers)
    .where(and(eq(volunteers.communityId, communityId), sql`${volunteers.dutySince} is not null`));
  return rows.flatMap((row) => (row.since === null ? [] : [{ who: row.who, since: row.since }]));
}
