import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client.js';
import { sessions, volunteers } from '../schema.js';

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
