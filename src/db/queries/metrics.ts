/**
 * What the operators' metrics read from the database at scrape time: counts over every community, with
 * no identifiers and no text. Three small aggregate queries, run together.
 */
import { count, isNotNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../client.js';
import { executedRows } from '../executed.js';
import { jobs, supportRequests, volunteers } from '../schema.js';

export interface DatabaseSnapshot {
  /** Requests by status and urgency (every status, all time: closed rows stay until retention). */
  readonly requests: readonly { readonly status: string; readonly urgency: string; readonly n: number }[];
  /** Seconds the oldest queued request has waited, or 0 when the queue is empty. */
  readonly oldestQueuedSeconds: number;
  readonly volunteersOnDuty: number;
  /** Pending jobs past their due time; of those, the ones more than `lateAfterMs` past it; dead jobs. */
  readonly jobs: { readonly due: number; readonly late: number; readonly dead: number };
}

export async function databaseSnapshot(db: Db, now: Date, lateAfterMs: number): Promise<DatabaseSnapshot> {
  const r = supportRequests;
  const at = sql`${now.toISOString()}::timestamptz`;
  const lateBefore = sql`${new Date(now.getTime() - lateAfterMs).toISOString()}::timestamptz`;
  const [requests, oldest, onDuty, jobCounts] = await Promise.all([
    db.select({ status: r.status, urgency: r.urgency, n: count() }).from(r).groupBy(r.status, r.urgency),
    db
      .select({ seconds: sql<number>`coalesce(extract(epoch from (${at} - min(${r.createdAt}))), 0)::float8` })
      .from(r)
      .where(sql`${r.status} = 'queued'`),
    db.select({ n: count() }).from(volunteers).where(isNotNull(volunteers.dutySince)),
    db
      .select({
        due: sql<number>`(count(*) filter (where ${jobs.state} = 'pending' and ${jobs.dueAt} <= ${at}))::int`,
        late: sql<number>`(count(*) filter (where ${jobs.state} = 'pending' and ${jobs.dueAt} <= ${lateBefore}))::int`,
        dead: sql<number>`(count(*) filter (where ${jobs.state} = 'dead'))::int`,
      })
      .from(jobs),
  ]);
  return {
    requests: requests.map((row) => ({ status: row.status, urgency: row.urgency, n: Number(row.n) })),
    oldestQueuedSeconds: Math.max(0, Number(oldest[0]?.seconds ?? 0)),
    volunteersOnDuty: Number(onDuty[0]?.n ?? 0),
    jobs: { due: Number(jobCounts[0]?.due ?? 0), late: Number(jobCounts[0]?.late ?? 0), dead: Number(jobCounts[0]?.dead ?? 0) },
  };
}

/** Connections this application holds on a PostgreSQL server, by state (`active`, `idle`, …); all instances. */
const connectionRows = z.array(z.object({ state: z.string().nullable(), n: z.coerce.number() }));

export async function serverConnections(db: Db): Promise<readonly { readonly state: string; readonly n: number }[]> {
  const result: unknown = await db.execute(
    sql`select coalesce(state, 'unknown') as state, count(*)::int as n from pg_stat_activity where application_name = 'peerline' group by 1`,
  );
  return executedRows(connectionRows, result).map((row) => ({ state: row.state ?? 'unknown', n: row.n }));
}
