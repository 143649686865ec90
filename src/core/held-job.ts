/**
 * Work a use case does at once but must not lose if the process dies half-way (posting a new request's
 * card). The use case saves the work as a job already claimed by this process, in the same transaction
 * as the data; it then does the work in this process (at once, or once the person has been answered),
 * holding the job's lease with a heartbeat while it works. If the process dies, the lease runs out and
 * any instance's scheduler takes the job over and finishes it (its handler runs the same code), so the
 * effect is neither lost nor repeated.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client.js';
import { extendHeldLeases, extendLeases, failJob, finishJobWithEffects, insertHeldJob, LEASE_MS, type JobRow, type NewJob } from '../db/queries/jobs.js';
import type { CoreDeps } from './deps.js';
import { errorName } from './error-name.js';

/** The longest a use case may hold a job by heartbeat before it is left to the scheduler, in milliseconds. */
export const MAX_HOLD_MS = 60_000;

/** Saves `job` as claimed by this process; call inside the transaction that saves the data it acts on. */
export async function holdNewJob(tx: Db, job: NewJob, now: Date): Promise<JobRow | null> {
  return insertHeldJob(tx, job, `inline-${randomUUID()}`, LEASE_MS, now);
}

export interface Lease {
  /** Stops the heartbeat (idempotent); the lease then runs out unless the job was finished. */
  release(): void;
}

/**
 * Extends a held job's lease every third of LEASE_MS on a real timer (the lease is about this process
 * being alive), for at most MAX_HOLD_MS, so a use case that throws half-way never keeps its job forever.
 */
export function keepLease(deps: Pick<CoreDeps, 'db' | 'clock' | 'log'>, held: JobRow): Lease {
  const holder = held.lockedBy ?? '';
  const started = Date.now();
  let failing = false;
  const heartbeat = setInterval(() => {
    if (Date.now() - started > MAX_HOLD_MS) {
      clearInterval(heartbeat);
      return;
    }
    extendLeases(deps.db, [held.id], holder, new Date(deps.clock().getTime() + LEASE_MS)).then(
      () => void (failing = false),
      (error: unknown) => {
        if (!failing) deps.log.warn('job.heartbeat_failed', { job: held.id, error: errorName(error) });
        failing = true;
      },
    );
  }, LEASE_MS / 3);
  heartbeat.unref();
  return { release: () => clearInterval(heartbeat) };
}

/** A held job whose work waits its turn: its holder, its core's clock (leases are on core's clock), and its lease's end as last confirmed. */
interface WaitingJob {
  readonly holder: string;
  readonly clock: () => Date;
  /** Milliseconds on `clock`: the lease's end that the database last confirmed (at first, the one it was saved with). */
  leasedUntil: number;
}

/** Held jobs whose work waits its turn in this process, by database handle, with the one timer that keeps them. */
interface Waiting {
  readonly jobs: Map<number, WaitingJob>;
  timer: NodeJS.Timeout | null;
}
const waitingByDb = new WeakMap<Db, Waiting>();

/** A waiting job's lease (`keepWhileWaiting`). */
export interface WaitingLease extends Lease {
  /**
   * Until when (milliseconds on core's clock) the job is this process's for certain: the end of the lease
   * the database last confirmed it holds. No other instance takes the job over before then, so work that
   * starts well before it need not ask the database again (`postNewOffer`).
   */
  leasedUntil(): number;
}

/**
 * Keeps a held job's lease while its work waits its turn in this process (core's background work: a
 * burst on a rate-limited platform can queue cards for minutes). One statement every third of LEASE_MS
 * extends every waiting job's lease, and says which it extended (`leasedUntil`); a job leaves when its
 * work starts (then `keepLease`, with its limit) or ends. The queue moves on its own, so there is no
 * limit here: if the process dies, so does the timer, and the leases run out.
 */
export function keepWhileWaiting(deps: Pick<CoreDeps, 'db' | 'clock' | 'log'>, held: JobRow): WaitingLease {
  let waiting = waitingByDb.get(deps.db);
  if (waiting === undefined) {
    waiting = { jobs: new Map(), timer: null };
    waitingByDb.set(deps.db, waiting);
  }
  const all = waiting;
  const job: WaitingJob = { holder: held.lockedBy ?? '', clock: deps.clock, leasedUntil: held.lockedUntil?.getTime() ?? 0 };
  all.jobs.set(held.id, job);
  if (all.timer === null) {
    let failing = false;
    all.timer = setInterval(() => {
      if (all.jobs.size === 0) {
        if (all.timer !== null) clearInterval(all.timer);
        all.timer = null;
        return;
      }
      const sent = new Map([...all.jobs].map(([id, job]) => [id, { job, until: job.clock().getTime() + LEASE_MS }]));
      const leases = [...sent].map(([id, { job, until }]) => ({ id, holder: job.holder, until: new Date(until) }));
      extendHeldLeases(deps.db, leases).then(
        (extended) => {
          failing = false;
          // Also for a job whose work started meanwhile: what the database confirmed holds either way.
          for (const id of extended) {
            const kept = sent.get(id);
            if (kept !== undefined) kept.job.leasedUntil = Math.max(kept.job.leasedUntil, kept.until);
          }
        },
        (error: unknown) => {
          if (!failing) deps.log.warn('job.heartbeat_failed', { jobs: all.jobs.size, error: errorName(error) });
          failing = true;
        },
      );
    }, LEASE_MS / 3);
    all.timer.unref();
  }
  return { release: () => void all.jobs.delete(held.id), leasedUntil: () => job.leasedUntil };
}

/**
 * Runs `work` for a held job. On failure the job goes back to the queue with backoff (the scheduler
 * retries it) and the error is logged. Returns the work's value, or null when it failed.
 */
export async function runHeldJob<T>(deps: Pick<CoreDeps, 'db' | 'clock' | 'log'>, held: JobRow, work: () => Promise<T>): Promise<{ readonly value: T } | null> {
  try {
    return { value: await work() };
  } catch (error) {
    deps.log.warn('job.inline_failed', { job: held.id, kind: held.kind, error: errorName(error) });
    try {
      await failJob(deps.db, held, held.lockedBy ?? '', errorName(error), deps.clock());
    } catch (failError) {
      // The lease runs out on its own and the scheduler takes the job over.
      deps.log.warn('job.inline_release_failed', { job: held.id, error: errorName(failError) });
    }
    return null;
  }
}

/**
 * Marks a held job done, confirming `effects` in the same statement — e.g. that the person was answered
 * inline, so a takeover after a crash before this point answers them instead.
 */
export async function finishHeldJob(db: Db, held: JobRow, now: Date, effects: readonly string[] = []): Promise<void> {
  await finishJobWithEffects(db, held.id, held.lockedBy ?? '', now, effects);
}
