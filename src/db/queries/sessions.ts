import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.js';
import { feedback, sessions, supportRequests, volunteers } from '../schema.js';
import { perDb, placeholders } from './prepared.js';

export type SessionRow = typeof sessions.$inferSelect;
export type SessionWithListener = SessionRow & { readonly listenerRef: string | null };

const withListener = { session: sessions, listenerRef: volunteers.userRef } as const;

export async function findSession(db: Db, communityId: string, id: string): Promise<SessionWithListener | null> {
  return sessionWhere(db, and(eq(sessions.communityId, communityId), eq(sessions.id, id)));
}

export async function findOpenSessionBySpace(db: Db, spaceRef: string): Promise<SessionWithListener | null> {
  return sessionWhere(db, and(eq(sessions.spaceRef, spaceRef), isNull(sessions.endedAt)));
}

/** The member's open anonymous session, if any — where their DMs to the bot are relayed. */
export async function findOpenRelayForMember(db: Db, memberRef: string): Promise<SessionWithListener | null> {
  return sessionWhere(db, and(eq(sessions.memberRef, memberRef), eq(sessions.relay, true), isNull(sessions.endedAt)));
}

/** The first session matching `where`, with its listener's ref. */
async function sessionWhere(db: Db, where: SQL | undefined): Promise<SessionWithListener | null> {
  const [row] = await db
    .select(withListener)
    .from(sessions)
    .leftJoin(volunteers, eq(volunteers.id, sessions.volunteerId))
    .where(where);
  return row === undefined ? null : { ...row.session, listenerRef: row.listenerRef };
}

/** What a check-in answer needs of its session: the member, the listener and the request's topic. */
export async function checkInSession(db: Db, communityId: string, sessionId: string): Promise<{ memberRef: string | null; volunteerId: string | null; topic: string } | null> {
  const [row] = await db
    .select({ memberRef: sessions.memberRef, volunteerId: sessions.volunteerId, topic: supportRequests.topic })
    .from(sessions)
    .innerJoin(supportRequests, eq(supportRequests.id, sessions.requestId))
    .where(and(eq(sessions.id, sessionId), eq(sessions.communityId, communityId)));
  return row ?? null;
}

/** The listener's ref for a session, or null when the session (or its listener) is gone. */
export async function sessionListenerRef(db: Db, sessionId: string): Promise<string | null> {
  const [row] = await db
    .select({ listener: volunteers.userRef })
    .from(sessions)
    .innerJoin(volunteers, eq(volunteers.id, sessions.volunteerId))
    .where(eq(sessions.id, sessionId));
  return row?.listener ?? null;
}

export type FeedbackRow = typeof feedback.$inferSelect;

export async function feedbackForSession(db: Db, sessionId: string): Promise<FeedbackRow | null> {
  const [row] = await db.select().from(feedback).where(eq(feedback.sessionId, sessionId));
  return row ?? null;
}

/**
 * A session's space is open: records it and makes the request active, in one statement (atomic, one
 * round trip instead of BEGIN, two updates, COMMIT). A space already used by another session fails the
 * whole statement with the unique violation, as the two updates in a transaction did.
 */
export async function activateSession(db: Db, sessionId: string, requestId: string, spaceRef: string): Promise<void> {
  await db.execute(sql`with opened as (
      update ${sessions} set "space_ref" = ${spaceRef} where "id" = ${sessionId}
    )
    update ${supportRequests} set "status" = 'active' where "id" = ${requestId}`);
}

/** A new session's row; returns its id. */
export async function insertSession(
  tx: Db,
  values: Pick<typeof sessions.$inferInsert, 'communityId' | 'requestId' | 'volunteerId' | 'memberRef' | 'relay' | 'startedAt'>,
): Promise<string> {
  const [session] = await insertSessionStatement(tx).execute({
    communityId: values.communityId,
    requestId: values.requestId,
    volunteerId: values.volunteerId,
    memberRef: values.memberRef ?? null,
    relay: values.relay ?? false,
    startedAt: values.startedAt,
  });
  if (session === undefined) throw new Error('insert returned no row');
  return session.id;
}

// In every winning Accept's transaction: built once (prepared.ts).
const insertSessionStatement = perDb((db) =>
  db
    .insert(sessions)
    .values(placeholders('communityId', 'requestId', 'volunteerId', 'memberRef', 'relay', 'startedAt'))
    .returning({ id: sessions.id })
    .prepare('insert_session'),
);

export async function deleteSession(tx: Db, sessionId: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Marks a session as one that met crisis language (its listener is prompted to debrief when it ends). */
export async function markSessionHadCrisis(db: Db, sessionId: string): Promise<void> {
  await db.update(sessions).set({ hadCrisis: true }).where(eq(sessions.id, sessionId));
}

/** Whether the session is an anonymous relay; false when there is no such session. */
export async function sessionIsRelay(db: Db, sessionId: string): Promise<boolean> {
  const [s] = await db.select({ relay: sessions.relay }).from(sessions).where(eq(sessions.id, sessionId));
  return s?.relay === true;
}

/** Ends the session if it is still open; returns its row, or null when it had ended already. */
export async function endOpenSession(tx: Db, sessionId: string, endedBy: string, now: Date): Promise<SessionRow | null> {
  const [row] = await tx
    .update(sessions)
    .set({ endedAt: now, endedBy })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.endedAt)))
    .returning();
  return row ?? null;
}

/** The member's feedback row for an ended session: asked when the session ends, answered later. */
export async function insertFeedback(tx: Db, values: Pick<typeof feedback.$inferInsert, 'sessionId' | 'communityId' | 'memberRef' | 'checkInHours' | 'createdAt' | 'updatedAt'>): Promise<void> {
  await tx.insert(feedback).values({
    sessionId: values.sessionId,
    communityId: values.communityId,
    memberRef: values.memberRef,
    checkInHours: values.checkInHours,
    createdAt: values.createdAt,
    updatedAt: values.updatedAt,
  });
}

/** A session's feedback row in a community, with when the session ended; null when there is none. */
export async function feedbackWithSessionEnd(db: Db, communityId: string, sessionId: string): Promise<{ feedback: FeedbackRow; endedAt: Date | null } | null> {
  const [row] = await db
    .select({ feedback, endedAt: sessions.endedAt })
    .from(feedback)
    .innerJoin(sessions, eq(sessions.id, feedback.sessionId))
    .where(and(eq(feedback.sessionId, sessionId), eq(feedback.communityId, communityId)));
  return row ?? null;
}

export async function setFeedbackHelped(db: Db, feedbackId: string, helped: NonNullable<FeedbackRow['helped']>, now: Date): Promise<void> {
  await db.update(feedback).set({ helped, updatedAt: now }).where(eq(feedback.id, feedbackId));
}

/** Records the member's check-in choice: after `hours`, or declined (null). */
export async function setFeedbackCheckIn(tx: Db, feedbackId: string, hours: number | null, now: Date): Promise<void> {
  await tx
    .update(feedback)
    .set({ checkInHours: hours, checkInDeclined: hours === null, updatedAt: now })
    .where(eq(feedback.id, feedbackId));
}

/** The community a session belongs to, or null when there is no such session (its accept was undone). */
export async function sessionCommunityId(db: Db, sessionId: string): Promise<string | null> {
  const [row] = await db.select({ communityId: sessions.communityId }).from(sessions).where(eq(sessions.id, sessionId));
  return row?.communityId ?? null;
}

/** Records the session's space, unless one was recorded already. */
export async function setSpaceIfUnset(tx: Db, sessionId: string, spaceRef: string): Promise<void> {
  await tx.update(sessions).set({ spaceRef }).where(and(eq(sessions.id, sessionId), isNull(sessions.spaceRef)));
}
