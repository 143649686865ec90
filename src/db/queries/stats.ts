/** Counts behind the coordinators' statistics: requests and crisis events in a window, never anyone's identity. */
import { and, eq, gte, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { crisisEvents, supportRequests } from '../schema.js';

export interface RequestTotals {
  readonly requests: number;
  readonly accepted: number;
  /** Ended without a listener: cancelled or expired before acceptance. */
  readonly unanswered: number;
  /** Still queued now. */
  readonly waiting: number;
  /** Median and 90th percentile of creation to acceptance, in milliseconds; null with no accepted request. */
  readonly waitP50Ms: number | null;
  readonly waitP90Ms: number | null;
}

const r = supportRequests;
const madeSince = (communityId: string, since: Date) => and(eq(r.communityId, communityId), gte(r.createdAt, since));

/** Totals over the community's requests made since `since`. */
export async function requestTotalsSince(db: Db, communityId: string, since: Date): Promise<RequestTotals> {
  const waitMs = sql`extract(epoch from (${r.acceptedAt} - ${r.createdAt})) * 1000`;
  const [totals] = await db
    .select({
      requests: sql<number>`count(*)::int`,
      accepted: sql<number>`count(${r.acceptedAt})::int`,
      unanswered: sql<number>`count(*) filter (where ${r.acceptedAt} is null and ${r.status} in ('cancelled', 'expired'))::int`,
      waiting: sql<number>`count(*) filter (where ${r.status} = 'queued')::int`,
      p50: sql<number | null>`(percentile_cont(0.5) within group (order by ${waitMs}))::float8`,
      p90: sql<number | null>`(percentile_cont(0.9) within group (order by ${waitMs}))::float8`,
    })
    .from(r)
    .where(madeSince(communityId, since));
  return {
    requests: totals?.requests ?? 0,
    accepted: totals?.accepted ?? 0,
    unanswered: totals?.unanswered ?? 0,
    waiting: totals?.waiting ?? 0,
    waitP50Ms: totals?.p50 === null || totals?.p50 === undefined ? null : Number(totals.p50),
    waitP90Ms: totals?.p90 === null || totals?.p90 === undefined ? null : Number(totals.p90),
  };
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
