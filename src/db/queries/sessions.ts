import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { sessions, supportRequests, volunteers } from '../schema.js';

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
