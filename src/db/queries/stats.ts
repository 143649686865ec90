/** Counts behind the coordinators' statistics: requests and crisis events in a window, never anyone's identity. */
import { and, eq, gte, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { crisisEvents, supportRequests } from '../schema.js';

export interface RequestTimes {
  readonly createdAt: Date;
  readonly acceptedAt: Date | null;
  readonly endedAt: Date | null;
  readonly status: string;
}

const r = supportRequests;
const madeSince = (communityId: string, since: Date) => and(eq(r.communityId, communityId), gte(r.createdAt, since));

/** One row per request made since `since` (times and status only): outcomes and censored waits need each one. */
export async function requestTimesSince(db: Db, communityId: string, since: Date): Promise<RequestTimes[]> {
  return db.select({ createdAt: r.createdAt, acceptedAt: r.acceptedAt, endedAt: r.endedAt, status: r.status }).from(r).where(madeSince(communityId, since));
}

/** Requests made since `since` per topic, most first, then by topic. */
export async function requestsByTopicSince(db: Db, communityId: string, since: Date): Promise<{ readonly topic: string; readonly n: number }[]> {
  return db
    .select({ topic: r.topic, n: sql<number>`count(*)::int` })
    .from(r)
    .where(madeSince(communityId, since))
    .groupBy(r.topic)
    .orderBy(sql`count(*) desc`, r.topic);
}

/** Crisis events recorded in the community since `since`. */
export async function crisisEventCountSince(db: Db, communityId: string, since: Date): Promise<number> {
  const [crisis] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(crisisEvents)
    .where(and(eq(crisisEvents.communityId, communityId), gte(crisisEvents.createdAt, since)));
  return crisis?.n ?? 0;
}
