/**
 * Runs due jobs. Each tick claims batches (SKIP LOCKED, leased), runs each job's handler, marks the
 * batch done in one statement, and retries failures with backoff until a job is dead — then the
 * community's coordinators are told. Handlers send through `once`, which records the effect before it
 * happens, so a job re-run after a crash never sends twice.
 */
import { randomUUID } from 'node:crypto';
import type { CoreDeps } from '../core/deps.js';
import { jobPayloads, type JobKind, type JobPayload } from '../core/jobs.js';
import { errorName } from '../core/use-cases/route-crisis.js';
import { findCommunityById } from '../db/queries/communities.js';
import { trimManagers } from '../db/queries/trim.js';
import { coordinatorsOf } from '../db/queries/volunteers.js';
import { deadJobView } from '../core/views/scheduled.js';
import { claimDueJobs, claimEffect, completeJobs, failJob, releaseEffect, type JobRow } from './queue.js';

export interface JobContext {
  readonly deps: CoreDeps;
  /** The tick's time: handlers compare against it, never against the wall clock. */
  readonly now: Date;
  readonly job: JobRow;
  /** Runs `effect` unless an effect with this key already happened; returns whether it ran. */
  once(key: string, effect: () => Promise<unknown>): Promise<boolean>;
}

export type JobHandler<K extends JobKind> = (ctx: JobContext, payload: JobPayload<K>) => Promise<void>;
export type JobHandlers = { readonly [K in JobKind]: JobHandler<K> };

export interface RunnerOptions {
  readonly deps: CoreDeps;
  readonly handlers: JobHandlers;
  /** Extra kinds, for tests and benchmarks; payloads are passed unparsed. */
  readonly extraHandlers?: Readonly<Record<string, (ctx: JobContext, payload: unknown) => Promise<void>>>;
  readonly instanceId?: string;
  readonly batchSize?: number;
  /** Milliseconds a claim holds; a job still running after this may be taken over. */
  readonly leaseMs?: number;
  /** Jobs run at once within a batch. */
  readonly concurrency?: number;
  /** Lateness (ms after due) above which a job's start is logged as late. */
  readonly lateAfterMs?: number;
  /** Batches one tick may claim before yielding to the next tick. */
  readonly maxBatchesPerTick?: number;
}

export interface TickReport {
  readonly claimed: number;
  readonly done: number;
  readonly retried: number;
  readonly dead: number;
}

export class JobRunner {
  readonly instanceId: string;
  readonly #o: Required<Omit<RunnerOptions, 'extraHandlers' | 'instanceId'>> & Pick<RunnerOptions, 'extraHandlers'>;
  #running: Promise<TickReport> | null = null;

  constructor(options: RunnerOptions) {
    this.instanceId = options.instanceId ?? `peerline-${randomUUID()}`;
    this.#o = {
      batchSize: 200,
      leaseMs: 120_000,
      concurrency: 16,
      lateAfterMs: 60_000,
      maxBatchesPerTick: 50,
      ...options,
    };
  }

  /** Runs what is due at `now`. Overlapping calls share the tick in progress rather than racing it. */
  tick(now: Date = this.#o.deps.clock()): Promise<TickReport> {
    if (this.#running !== null) return this.#running;
    this.#running = this.#tick(now).finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  /** Resolves when no tick is in progress (for shutdown). */
  async drain(): Promise<void> {
    await this.#running?.catch(() => undefined);
  }

  async #tick(now: Date): Promise<TickReport> {
    const { deps, batchSize, leaseMs, maxBatchesPerTick } = this.#o;
    let claimed = 0;
    let done = 0;
    let retried = 0;
    let dead = 0;
    for (let batch = 0; batch < maxBatchesPerTick; batch += 1) {
      const jobs = await claimDueJobs(deps.db, { now, instanceId: this.instanceId, batchSize, leaseMs });
      claimed += jobs.length;
      if (jobs.length === 0) break;
      const succeeded: number[] = [];
      await this.#runAll(jobs, async (job) => {
        const outcome = await this.#runOne(job, now);
        if (outcome === 'done') succeeded.push(job.id);
        else if (outcome === 'pending') retried += 1;
        else dead += 1;
      });
      await completeJobs(deps.db, succeeded, this.instanceId, now);
      done += succeeded.length;
      if (jobs.length < batchSize) break;
    }
    if (claimed > 0) deps.log.debug('scheduler.tick', { claimed, done, retried, dead });
    return { claimed, done, retried, dead };
  }

  async #runAll(jobs: readonly JobRow[], run: (job: JobRow) => Promise<void>): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < jobs.length) {
        const job = jobs[next]!;
        next += 1;
        await run(job);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.#o.concurrency, jobs.length) }, worker));
  }

  async #runOne(job: JobRow, now: Date): Promise<'done' | 'pending' | 'dead'> {
    const { deps, lateAfterMs } = this.#o;
    const lateness = now.getTime() - job.dueAt.getTime();
    if (job.attempts === 1 && lateness > lateAfterMs) deps.log.warn('job.late', { job: job.id, kind: job.kind, latenessMs: lateness });
    const ctx: JobContext = {
      deps,
      now,
      job,
      once: async (key, effect) => {
        if (!(await claimEffect(deps.db, key, now))) return false;
        try {
          await effect();
        } catch (error) {
          await releaseEffect(deps.db, key);
          throw error;
        }
        return true;
      },
    };
    try {
      await this.#dispatch(ctx, job);
      return 'done';
    } catch (error) {
      const code = errorName(error);
      const state = await failJob(deps.db, job, this.instanceId, code, now);
      deps.log[state === 'dead' ? 'error' : 'warn']('job.failed', { job: job.id, kind: job.kind, attempts: job.attempts, state, error: code });
      if (state === 'dead') await this.#reportDead(job);
      return state;
    }
  }

  async #dispatch(ctx: JobContext, job: JobRow): Promise<void> {
    const extra = this.#o.extraHandlers?.[job.kind];
    if (extra !== undefined) return extra(ctx, job.payload);
    if (!Object.hasOwn(jobPayloads, job.kind)) throw new Error(`unknown job kind ${job.kind}`);
    const kind = job.kind as JobKind;
    const payload = jobPayloads[kind].parse(job.payload);
    // The parsed payload matches `kind` by construction of jobPayloads; TypeScript cannot correlate the two.
    return this.#o.handlers[kind](ctx, payload as never);
  }

  async #reportDead(job: JobRow): Promise<void> {
    const { deps } = this.#o;
    try {
      if (job.communityId === null) return;
      if (job.kind.startsWith('trim-')) {
        // TRiM never reaches a shared channel, not even as a failure notice: its managers are told by DM.
        for (const manager of await trimManagers(deps.db, job.communityId)) {
          await deps.platform.sendPrivate(manager, deadJobView({ kind: job.kind, jobId: job.id, attempts: job.attempts, mentions: [] }));
        }
        return;
      }
      const community = await findCommunityById(deps.db, job.communityId);
      const channel = community?.settings.volunteerChannel ?? null;
      if (community === null || channel === null) return;
      const mentions = (await coordinatorsOf(deps.db, community.id)).map((c) => c.userRef);
      await deps.platform.postToChannel(channel, deadJobView({ kind: job.kind, jobId: job.id, attempts: job.attempts, mentions }));
    } catch (error) {
      deps.log.error('job.dead_report_failed', { job: job.id, error: errorName(error) });
    }
  }
}
