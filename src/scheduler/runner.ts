/**
 * Runs due jobs. Each tick claims batches (SKIP LOCKED, leased; the lease is extended by a heartbeat
 * while the batch runs, so it can be short and a dead instance's jobs are taken over within seconds),
 * runs each job's handler, marks the batch done in one statement, and retries failures with backoff
 * until a job is dead — then the community's coordinators are told. Handlers send through `once`: an
 * effect is marked `sending` before and `sent` after the platform confirmed it, and a job is marked done
 * only after that, so a crash at any point delivers the message on the re-run, at most once more — and
 * not even that where the platform lets the adapter find its earlier message (see core/effects.ts).
 */
import { randomUUID } from 'node:crypto';
import { type CoreDeps, deadJobView, deliverOnce, type Effect, errorName, type JobKind, type JobPayload, jobPayloads } from '../core/index.js';
import { findCommunityById } from '../db/queries/communities.js';
import { trimManagers } from '../db/queries/trim.js';
import { coordinatorsOf } from '../db/queries/volunteers.js';
import { claimDueJobs, completeJobs, extendLeases, failJob, LEASE_MS, type JobRow } from './queue.js';

export interface JobContext {
  readonly deps: CoreDeps;
  /** The tick's time: handlers compare against it, never against the wall clock. */
  readonly now: Date;
  readonly job: JobRow;
  /**
   * Runs `effect` unless an effect with this key was confirmed before; returns whether it ran. Pass the
   * `Delivery` it is given to the platform call, so a re-send after a crash can be recognised there.
   */
  once(key: string, effect: Effect): Promise<boolean>;
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
  /** Milliseconds a claim holds without a heartbeat; a job whose holder stopped extending it is then taken over. */
  readonly leaseMs?: number;
  /** Milliseconds between heartbeats that extend the leases of running jobs (default a third of the lease). */
  readonly heartbeatMs?: number;
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
  readonly #o: Required<Omit<RunnerOptions, 'extraHandlers' | 'instanceId' | 'heartbeatMs'>> & Pick<RunnerOptions, 'extraHandlers'> & { readonly heartbeatMs: number };
  #running: Promise<TickReport> | null = null;

  constructor(options: RunnerOptions) {
    this.instanceId = options.instanceId ?? `peerline-${randomUUID()}`;
    const leaseMs = options.leaseMs ?? LEASE_MS;
    this.#o = {
      batchSize: 200,
      concurrency: 16,
      lateAfterMs: 60_000,
      maxBatchesPerTick: 50,
      ...options,
      leaseMs,
      heartbeatMs: options.heartbeatMs ?? leaseMs / 3,
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
      const held = new Set(jobs.map((j) => j.id));
      const heartbeat = this.#heartbeat(held);
      try {
        await this.#runAll(jobs, async (job) => {
          const outcome = await this.#runOne(job, now);
          if (outcome === 'done') succeeded.push(job.id);
          else {
            held.delete(job.id);
            if (outcome === 'pending') retried += 1;
            else dead += 1;
          }
        });
        await completeJobs(deps.db, succeeded, this.instanceId, now);
      } finally {
        clearInterval(heartbeat);
      }
      done += succeeded.length;
      if (jobs.length < batchSize) break;
    }
    if (claimed > 0) deps.log.debug('scheduler.tick', { claimed, done, retried, dead });
    return { claimed, done, retried, dead };
  }

  /** Extends the leases of the jobs still held, on a real timer: the lease is about the process being alive. */
  #heartbeat(held: ReadonlySet<number>): NodeJS.Timeout {
    const { deps, leaseMs, heartbeatMs } = this.#o;
    let failing = false;
    const timer = setInterval(() => {
      extendLeases(deps.db, [...held], this.instanceId, new Date(deps.clock().getTime() + leaseMs)).then(
        () => {
          if (failing) deps.log.info('scheduler.heartbeat_recovered', { instance: this.instanceId });
          failing = false;
        },
        (error: unknown) => {
          // One line per change of state, not per beat: the database may be down for a while.
          if (!failing) deps.log.warn('scheduler.heartbeat_failed', { instance: this.instanceId, error: errorName(error) });
          failing = true;
        },
      );
    }, heartbeatMs);
    timer.unref();
    return timer;
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
    if (job.attempts === 1) deps.metrics?.jobStarted(lateness);
    const ctx: JobContext = {
      deps,
      now,
      job,
      once: async (key, effect) => (await deliverOnce(deps.db, key, now, effect)).ran,
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
