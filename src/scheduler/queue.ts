/**
 * The jobs table as a queue. PostgreSQL decides what is due and who runs it: a batch is claimed with
 * `FOR UPDATE SKIP LOCKED` and leased to one instance, which extends the lease while it works; a lease
 * that runs out (the instance died) makes the job claimable again. Times come from the caller (`now`),
 * never from the database clock.
 */
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { JobRow } from '../db/queries/jobs.js';
import { jobs } from '../db/schema.js';

export { BACKOFF_BASE_MS, BACKOFF_MAX_MS, backoffMs, completeJobs, extendLeases, failJob, LEASE_MS, type JobRow } from '../db/queries/jobs.js';

export interface ClaimOptions {
  readonly now: Date;
  readonly instanceId: string;
  readonly batchSize: number;
  /** How long the claim holds before another instance may take the job over, in milliseconds. */
  readonly leaseMs: number;
}

export async function claimDueJobs(db: Db, o: ClaimOptions): Promise<JobRow[]> {
  const now = o.now.toISOString();
  const until = new Date(o.now.getTime() + o.leaseMs).toISOString();
  const due = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      sql`(${jobs.state} = 'pending' and ${jobs.dueAt} <= ${now}::timestamptz)
        or (${jobs.state} = 'running' and ${jobs.lockedUntil} < ${now}::timestamptz)`,
    )
    .orderBy(jobs.dueAt, jobs.id)
    .limit(o.batchSize)
    .for('update', { skipLocked: true });
  return db
    .update(jobs)
    .set({
      state: 'running',
      lockedBy: o.instanceId,
      lockedUntil: sql`${until}::timestamptz`,
      attempts: sql`${jobs.attempts} + 1`,
      updatedAt: o.now,
    })
    .where(inArray(jobs.id, due))
    .returning();
}
