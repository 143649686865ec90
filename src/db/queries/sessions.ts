import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { feedback, sessions, supportRequests, volunteers } from '../schema.js';

export type SessionRow = typeof sessions.$inferSelect;
export type SessionWithListener = SessionRow & { readonly listenerRef: string | null };

const withListener = { session: sessions, listenerRef: volunteers.userRef } as const;

export async function findSession(db: Db, communityId: string, id: string): Promise<SessionWithListener | null> {
  const [row] = await db
    .select(withListener)
    .from(sessions)
    .leftJoin(volunteers, eq(volunteers.id, sessions.volunteerId))
    .where(and(eq(sessions.communityId, communityId), eq(sessions.id, id)));
  return row === undefined ? null : { ...row.session, listenerRef: row.listenerRef };
}

export async function findOpenSessionBySpace(db: Db, spaceRef: string): Promise<SessionWithListener | null> {
  const [row] = await db
    .select(withListener)
    .from(sessions)
    .leftJoin(volunteers, eq(volunteers.id, sessions.volunteerId))
    .where(and(eq(sessions.spaceRef, spaceRef), isNull(sessions.endedAt)));
  return row === undefined ? null : { ...row.session, listenerRef: row.listenerRef };
}

/** The member's open anonymous session, if any — where their DMs to the bot are relayed. */
export async function findOpenRelayForMember(db: Db, memberRef: string): Promise<SessionWithListener | null> {
  const [row] = await db
    .select(withListener)
    .from(sessions)
    .leftJoin(volunteers, eq(volunteers.id, sessions.volunteerId))
    .where(and(eq(sessions.memberRef, memberRef), eq(sessions.relay, true), isNull(sessions.endedAt)));
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
  const [session] = await tx
    .insert(sessions)
    .values({
      communityId: values.communityId,
      requestId: values.requestId,
      volunteerId: values.volunteerId,
      memberRef: values.memberRef,
      relay: values.relay,
      startedAt: values.startedAt,
    })
    .returning({ id: sessions.id });
  if (session === undefined) throw new Error('insert returned no row');
  return session.id;
}

export async function deleteSession(tx: Db, sessionId: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.id, sessionId));
}
