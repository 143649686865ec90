import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { jobs } from '../schema.js';

export interface NewJob {
  readonly kind: string;
  readonly dueAt: Date;
  /** Ids only — never message content. */
  readonly payload: Record<string, unknown>;
  /** Unique: scheduling the same thing twice makes one job. */
  readonly key: string;
  readonly communityId: string | null;
  readonly maxAttempts?: number;
}

/** Inserts jobs, skipping any whose idempotency key exists already. Returns how many were new. */
export async function scheduleJobs(db: Db, list: readonly NewJob[], now: Date): Promise<number> {
  if (list.length === 0) return 0;
  const rows = await db
    .insert(jobs)
    .values(
      list.map((j) => ({
        kind: j.kind,
        dueAt: j.dueAt,
        payload: j.payload,
        idempotencyKey: j.key,
        communityId: j.communityId,
        maxAttempts: j.maxAttempts ?? 5,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .onConflictDoNothing({ target: jobs.idempotencyKey })
    .returning({ id: jobs.id });
  return rows.length;
}

/** Neutralises pending jobs of `kind` whose payload field `field` equals `value`. */
export async function cancelPendingJobs(db: Db, kind: string, field: string, value: string, now: Date): Promise<number> {
  const rows = await db
    .update(jobs)
    .set({ state: 'cancelled', updatedAt: now, finishedAt: now })
    .where(and(eq(jobs.state, 'pending'), eq(jobs.kind, kind), sql`${jobs.payload} ->> ${field} = ${value}`))
    .returning({ id: jobs.id });
  return rows.length;
}
