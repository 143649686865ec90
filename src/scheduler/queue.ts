/**
 * The jobs table as a queue. PostgreSQL decides what is due and who runs it: a batch is claimed with
 * `FOR UPDATE SKIP LOCKED` and leased to one instance; a lease that runs out (the instance crashed) makes
 * the job claimable again. Times come from the caller (`now`), never from the database clock.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { jobEffects, jobs } from '../db/schema.js';

export type JobRow = typeof jobs.$inferSelect;

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

/** Marks jobs done — only those this instance still holds, so a job taken over after a lapsed lease is not touched. */
export async function completeJobs(db: Db, ids: readonly number[], instanceId: string, now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(jobs)
    .set({ state: 'done', lockedBy: null, lockedUntil: null, updatedAt: now, finishedAt: now })
    .where(and(inArray(jobs.id, [...ids]), eq(jobs.lockedBy, instanceId), eq(jobs.state, 'running')));
}

/** Base and cap of the retry backoff: 30 s, 1 min, 2 min, … up to 1 h. */
export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_MAX_MS = 3_600_000;

export function backoffMs(attempts: number): number {
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
}

/** Puts a failed job back with backoff, or marks it dead once it has used its attempts. Returns its new state. */
export async function failJob(db: Db, job: JobRow, instanceId: string, errorCode: string, now: Date): Promise<'pending' | 'dead'> {
  const dead = job.attempts >= job.maxAttempts;
  await db
    .update(jobs)
    .set({
      state: dead ? 'dead' : 'pending',
      dueAt: dead ? job.dueAt : new Date(now.getTime() + backoffMs(job.attempts)),
      lockedBy: null,
      lockedUntil: null,
      lastError: errorCode.slice(0, 200),
      updatedAt: now,
      finishedAt: dead ? now : null,
    })
    .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, instanceId)));
  return dead ? 'dead' : 'pending';
}

/**
 * Records that an effect (a message) is about to happen. Returns false if it was recorded before — a
 * re-run after a crash between the effect and "done" then skips it: at most once, never twice.
 */
export async function claimEffect(db: Db, key: string, now: Date): Promise<boolean> {
  const rows = await db.insert(jobEffects).values({ key, at: now }).onConflictDoNothing().returning({ key: jobEffects.key });
  return rows.length === 1;
}

/** Forgets an effect whose delivery failed, so the job's retry may try it again. */
export async function releaseEffect(db: Db, key: string): Promise<void> {
  await db.delete(jobEffects).where(eq(jobEffects.key, key));
}
