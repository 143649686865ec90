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
import { extendHeldLeases, failJob, finishJobWithEffects, insertHeldJob, LEASE_MS, type JobRow, type NewJob } from '../db/queries/jobs.js';
import type { CoreDeps } from './deps.js';
import { errorName } from './error-name.js';

/** The longest a use case may hold a job by heartbeat before it is left to the scheduler, in milliseconds. */
export const MAX_HOLD_MS = 60_000;

/** Saves `job` as claimed by this process; call inside the transaction that saves the data it acts on. */
export async function holdNewJob(tx: Db, job: NewJob, now: Date): Promise<JobRow | null> {
  const { holder } = newHold(now);
  return insertHeldJob(tx, job, holder, LEASE_MS, now);
}

/** Who holds a new held job, and until when, for a statement that saves it itself (`holdNewJob` otherwise). */
export function newHold(now: Date): { readonly holder: string; readonly lockedUntil: Date } {
  return { holder: `inline-${randomUUID()}`, lockedUntil: new Date(now.getTime() + LEASE_MS) };
}

export interface Lease {
  /** Stops the heartbeat (idempotent); the lease then runs out unless the job was finished. */
  release(): void;
}

/** A held job whose lease this process keeps (`keepLease`, `keepWhileWaiting`). */
interface KeptJob {
  readonly id: number;
  readonly holder: string;
  /** The clock of the core that holds it: leases are on core's clock. */
  readonly clock: () => Date;
  /** Milliseconds on `clock`: the lease's end that the database last confirmed (at first, the one it was saved with). */
  leasedUntil: number;
  /** Date.now() after which it is no longer kept (`MAX_HOLD_MS`), or null while its work waits its turn. */
  readonly stopAt: number | null;
}

/** The held jobs whose leases this process keeps, by database handle, with the one timer that keeps them. */
interface Kept {
  readonly jobs: Set<KeptJob>;
  timer: NodeJS.Timeout | null;
}
const keptByDb = new WeakMap<Db, Kept>();

/**
 * Keeps `held`'s lease until released: one statement every third of LEASE_MS, on a real timer (the lease
 * is about this process being alive), extends the leases of all the jobs kept on this database, each only
 * while its own holder still holds it (`extendHeldLeases`), and says which it extended. Under a burst on
 * a rate-limited platform hundreds of jobs wait at once (cards for their turn, Accepts for their REST
 * requests): one statement per beat for all of them, where each had its own.
 */
function keep(deps: Pick<CoreDeps, 'db' | 'clock' | 'log'>, held: JobRow, stopAt: number | null): KeptJob & Lease {
  let kept = keptByDb.get(deps.db);
  if (kept === undefined) {
    kept = { jobs: new Set(), timer: null };
    keptByDb.set(deps.db, kept);
  }
  const all = kept;
  const job: KeptJob = { id: held.id, holder: held.lockedBy ?? '', clock: deps.clock, leasedUntil: held.lockedUntil?.getTime() ?? 0, stopAt };
  all.jobs.add(job);
  if (all.timer === null) {
    let failing = false;
    all.timer = setInterval(() => {
      const now = Date.now();
      for (const j of all.jobs) if (j.stopAt !== null && now > j.stopAt) all.jobs.delete(j);
      if (all.jobs.size === 0) {
        if (all.timer !== null) clearInterval(all.timer);
        all.timer = null;
        return;
      }
      const sent = [...all.jobs].map((j) => ({ job: j, until: j.clock().getTime() + LEASE_MS }));
      extendHeldLeases(
        deps.db,
        sent.map(({ job: j, until }) => ({ id: j.id, holder: j.holder, until: new Date(until) })),
      ).then(
        (extended) => {
          failing = false;
          // Also for a job released meanwhile: what the database confirmed holds either way.
          const ids = new Set(extended);
          for (const { job: j, until } of sent) if (ids.has(j.id)) j.leasedUntil = Math.max(j.leasedUntil, until);
        },
        (error: unknown) => {
          if (!failing) deps.log.warn('job.heartbeat_failed', { jobs: sent.length, error: errorName(error) });
          failing = true;
        },
      );
    }, LEASE_MS / 3);
    all.timer.unref();
  }
  return Object.assign(job, { release: () => void all.jobs.delete(job) });
}

/**
 * Keeps a held job's lease while a use case works on it, for at most MAX_HOLD_MS, so a use case that
 * throws half-way never keeps its job forever (see `keep`).
 */
export function keepLease(deps: Pick<CoreDeps, 'db' | 'clock' | 'log'>, held: JobRow): Lease {
  const job = keep(deps, held, Date.now() + MAX_HOLD_MS);
  return { release: () => job.release() };
}

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
 * burst on a rate-limited platform can queue cards for minutes), and says until when the database last
 * confirmed it (see `keep`). A job leaves when its work starts (then `keepLease`, with its limit) or
 * ends. The queue moves on its own, so there is no limit here: if the process dies, so does the timer,
 * and the leases run out.
 */
export function keepWhileWaiting(deps: Pick<CoreDeps, 'db' | 'clock' | 'log'>, held: JobRow): WaitingLease {
  const job = keep(deps, held, null);
  return { release: () => job.release(), leasedUntil: () => job.leasedUntil };
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
