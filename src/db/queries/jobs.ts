import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../client.js';
import { executedRows } from '../executed.js';
import { jobEffects, jobs } from '../schema.js';
import { perDb, placeholders } from './prepared.js';

export type JobRow = typeof jobs.$inferSelect;

/**
 * How long a claim holds without a heartbeat, in milliseconds. Running work extends it every third of
 * this, so a job is taken over by another instance within this (plus one tick) after its holder died.
 */
export const LEASE_MS = 10_000;

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

/** A job's columns as first saved. */
export const jobValues = (j: NewJob, now: Date) => ({
  kind: j.kind,
  dueAt: j.dueAt,
  payload: j.payload,
  idempotencyKey: j.key,
  communityId: j.communityId,
  maxAttempts: j.maxAttempts ?? 5,
  createdAt: now,
  updatedAt: now,
});

/** Inserts jobs, skipping any whose idempotency key exists already. Returns how many were new. */
export async function scheduleJobs(db: Db, list: readonly NewJob[], now: Date): Promise<number> {
  if (list.length === 0) return 0;
  const rows = await db
    .insert(jobs)
    .values(list.map((j) => jobValues(j, now)))
    .onConflictDoNothing({ target: jobs.idempotencyKey })
    .returning({ id: jobs.id });
  return rows.length;
}

/**
 * Inserts a job already claimed by `holder` (its first attempt), for work the caller does at once, in
 * this process: if the process dies before finishing, the lease runs out and the scheduler takes the job
 * over. Returns the row, or null if a job with this key exists already.
 */
export async function insertHeldJob(db: Db, job: NewJob, holder: string, leaseMs: number, now: Date): Promise<JobRow | null> {
  const [row] = await insertHeldJobStatement(db).execute({ ...jobValues(job, now), lockedBy: holder, lockedUntil: new Date(now.getTime() + leaseMs) });
  return row ?? null;
}

// In the transaction of every winning Accept (a new request saves its card's job in its own statement,
// new-request.ts): built once (prepared.ts).
const insertHeldJobStatement = perDb((db) =>
  db
    .insert(jobs)
    .values({
      ...placeholders('kind', 'dueAt', 'payload', 'idempotencyKey', 'communityId', 'maxAttempts', 'createdAt', 'updatedAt', 'lockedBy', 'lockedUntil'),
      state: 'running',
      attempts: 1,
    })
    .onConflictDoNothing({ target: jobs.idempotencyKey })
    .returning()
    .prepare('insert_held_job'),
);

/** Extends the leases `holder` still has on `ids` (a heartbeat while they run). Returns how many it kept. */
export async function extendLeases(db: Db, ids: readonly number[], holder: string, until: Date): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await db
    .update(jobs)
    .set({ lockedUntil: until })
    .where(and(inArray(jobs.id, [...ids]), eq(jobs.lockedBy, holder), eq(jobs.state, 'running')))
    .returning({ id: jobs.id });
  return rows.length;
}

/** A running job's lease to extend to `until`, while `holder` still holds it. */
export interface HeldLease {
  readonly id: number;
  readonly holder: string;
  readonly until: Date;
}

const extendedRows = z.array(z.object({ id: z.coerce.number() }));

/**
 * Extends the leases of running jobs, each only while its own holder still holds it, in one statement.
 * Returns the ids of the jobs it extended.
 */
export async function extendHeldLeases(db: Db, held: readonly HeldLease[]): Promise<number[]> {
  if (held.length === 0) return [];
  const rows = JSON.stringify(held.map(({ id, holder, until }) => ({ id, holder, until: until.toISOString() })));
  const result = await db.execute(sql`update ${jobs} set "locked_until" = held."until"
    from jsonb_to_recordset(${rows}::jsonb) as held("id" bigint, "holder" text, "until" timestamptz)
    where ${jobs}."id" = held."id" and ${jobs}."locked_by" = held."holder" and ${jobs}."state" = 'running'
    returning ${jobs}."id"`);
  return executedRows(extendedRows, result).map((r) => r.id);
}

/** Marks jobs done — only those `holder` still holds, so a job taken over after a lapsed lease is not touched. */
export async function completeJobs(db: Db, ids: readonly number[], holder: string, now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(jobs)
    .set({ state: 'done', lockedBy: null, lockedUntil: null, updatedAt: now, finishedAt: now })
    .where(and(inArray(jobs.id, [...ids]), eq(jobs.lockedBy, holder), eq(jobs.state, 'running')));
}

/**
 * Marks a held job done (as `completeJobs`) and records `effects` as delivered (state `sent`, no ref, as
 * `beginEffect` + `confirmEffect` leave them), in one statement: one round trip where a transaction of
 * BEGIN, two statements per effect, the update and COMMIT took 5 or more. A single statement is atomic.
 */
export async function finishJobWithEffects(db: Db, id: number, holder: string, now: Date, effects: readonly string[]): Promise<void> {
  const keys = [...new Set(effects)];
  if (keys.length === 0) return completeJobs(db, [id], holder, now);
  const at = sql`${now.toISOString()}::timestamptz`;
  const rows = sql.join(
    keys.map((key) => sql`(${key}, ${at}, 'sent', null)`),
    sql`, `,
  );
  await db.execute(sql`with marked as (
      insert into ${jobEffects} ("key", "at", "state", "ref") values ${rows}
      on conflict ("key") do update set "state" = 'sent', "ref" = null
    )
    update ${jobs} set "state" = 'done', "locked_by" = null, "locked_until" = null, "updated_at" = ${at}, "finished_at" = ${at}
    where "id" = ${id} and "locked_by" = ${holder} and "state" = 'running'`);
}

/** Base and cap of the retry backoff: 30 s, 1 min, 2 min, … up to 1 h. */
export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_MAX_MS = 3_600_000;

export function backoffMs(attempts: number): number {
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
}

/** Puts a failed job back with backoff, or marks it dead once it has used its attempts. Returns its new state. */
export async function failJob(db: Db, job: JobRow, holder: string, errorCode: string, now: Date): Promise<'pending' | 'dead'> {
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
    .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, holder)));
  return dead ? 'dead' : 'pending';
}

/** Neutralises pending jobs of `kind` whose payload field `field` equals `value`. */
export async function cancelPendingJobs(db: Db, kind: string, field: string, value: string, now: Date): Promise<number> {
  const rows = await cancelPendingJobsStatement(db).execute({ kind, field, value, now: now.toISOString() });
  return rows.length;
}

// In every winning Accept's transaction (its escalation ladder): built once (prepared.ts).
const cancelPendingJobsStatement = perDb((db) => {
  const now = sql`${sql.placeholder('now')}::timestamptz`;
  return db
    .update(jobs)
    .set({ state: 'cancelled', updatedAt: now, finishedAt: now })
    .where(and(eq(jobs.state, 'pending'), eq(jobs.kind, sql.placeholder('kind')), sql`${jobs.payload} ->> ${sql.placeholder('field')}::text = ${sql.placeholder('value')}::text`))
    .returning({ id: jobs.id })
    .prepare('cancel_pending_jobs');
});

/**
 * Where an effect stands. `new`: never begun (now recorded as `sending`). `sending`: begun at `since` and
 * never confirmed — it may have been delivered. `sent`: confirmed; never repeat it.
 */
export type EffectStart = { readonly state: 'new' } | { readonly state: 'sending'; readonly since: Date } | { readonly state: 'sent'; readonly ref: string | null };

/** Records that an effect is about to happen, unless it was begun before; says which. */
export async function beginEffect(db: Db, key: string, now: Date): Promise<EffectStart> {
  const inserted = await beginEffectStatement(db).execute({ key, at: now });
  if (inserted.length === 1) return { state: 'new' };
  const [row] = await db.select().from(jobEffects).where(eq(jobEffects.key, key));
  if (row === undefined) return beginEffect(db, key, now); // deleted in between (retention): begin afresh
  return row.state === 'sent' ? { state: 'sent', ref: row.ref } : { state: 'sending', since: row.at };
}

/**
 * Records an effect as delivered without a `sending` step, for one whose delivery is not a platform call
 * of its own: a new request's member answered by the reply to their own command. Answered first, that is
 * written with the request (new-request.ts); this is for a request whose card went first and failed.
 */
export async function recordEffectSent(db: Db, key: string, now: Date): Promise<void> {
  await recordEffectSentStatement(db).execute({ key, at: now });
}

/** Records that an effect was delivered (with the platform's ref for it, when there is one). */
export async function confirmEffect(db: Db, key: string, ref: string | null): Promise<void> {
  await confirmEffectStatement(db).execute({ key, ref });
}

// Two of every platform call's statements (the sending/sent pair): built once (prepared.ts).
const beginEffectStatement = perDb((db) =>
  db
    .insert(jobEffects)
    .values({ key: sql.placeholder('key'), at: sql.placeholder('at'), state: 'sending' })
    .onConflictDoNothing()
    .returning({ key: jobEffects.key })
    .prepare('begin_effect'),
);
const recordEffectSentStatement = perDb((db) =>
  db
    .insert(jobEffects)
    .values({ key: sql.placeholder('key'), at: sql.placeholder('at'), state: 'sent' })
    .onConflictDoUpdate({ target: jobEffects.key, set: { state: 'sent', ref: null } })
    .prepare('record_effect_sent'),
);
const confirmEffectStatement = perDb((db) =>
  db.update(jobEffects).set({ state: 'sent', ref: sql`${sql.placeholder('ref')}` }).where(eq(jobEffects.key, sql.placeholder('key'))).prepare('confirm_effect'),
);

/** Whether an effect was confirmed as delivered. */
export async function effectSent(db: Db, key: string): Promise<boolean> {
  const [row] = await db.select({ state: jobEffects.state }).from(jobEffects).where(eq(jobEffects.key, key));
  return row?.state === 'sent';
}

/** The state of the job with this idempotency key, or null when there is none. */
export async function jobStateByKey(db: Db, key: string): Promise<JobRow['state'] | null> {
  const [row] = await db.select({ state: jobs.state }).from(jobs).where(eq(jobs.idempotencyKey, key));
  return row?.state ?? null;
}
