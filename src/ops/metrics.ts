/**
 * Prometheus metrics for operators, on a registry handed in by main.ts (no module-level registry, so
 * two bots in one test process do not share counters). Counters and histograms are fed by core, the
 * scheduler and the adapters through the `Metrics` port; gauges of what the database holds are read
 * when scraped. Labels are small fixed sets (state, urgency, tier, source, platform, outcome): never a
 * person, a community or any text.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { Metrics } from '../core/index.js';
import type { Database } from '../db/client.js';
import { databaseSnapshot, serverConnections, type DatabaseSnapshot } from '../db/queries/metrics.js';

export interface MetricsOptions {
  readonly registry: Registry;
  readonly database: Database;
  readonly clock: () => Date;
  /** A pending job this long past due counts as late (milliseconds); the scheduler's own threshold. */
  readonly lateAfterMs?: number;
  /** A scrape's database queries give up after this long (milliseconds); the gauges then keep their last values. */
  readonly queryTimeoutMs?: number;
}

const STATES = ['queued', 'accepted', 'active', 'closed', 'cancelled', 'expired'] as const;
const URGENCIES = ['routine', 'urgent', 'crisis'] as const;
/** Seconds, from 10 s to a day: how long a request waits. */
const WAIT_BUCKETS = [10, 30, 60, 120, 300, 600, 1800, 3600, 7200, 21600, 86400];

/** Builds every Peerline metric on `o.registry` and returns the port core and the adapters feed. */
export function createMetrics(o: MetricsOptions): Metrics {
  const registers = [o.registry];
  collectDefaultMetrics({ register: o.registry, prefix: '' });

  const histogram = (name: string, help: string, buckets: number[], labelNames: string[] = []) => new Histogram({ name, help, labelNames, buckets, registers });
  const waited = histogram('peerline_request_wait_seconds', 'How long requests waited in the queue before they were accepted or cancelled.', WAIT_BUCKETS, ['outcome']);
  const timeToAccept = histogram('peerline_request_time_to_accept_seconds', 'From a request being made to a volunteer accepting it.', WAIT_BUCKETS);
  const crisis = new Counter({
    name: 'peerline_crisis_events_total',
    help: 'Crisis language detected since this process started, by tier and where it was read (counts only).',
    labelNames: ['tier', 'source'],
    registers,
  });
  const acked = histogram(
    'peerline_interaction_ack_seconds',
    'From an interaction reaching the bot to its acknowledgement (platforms drop it after 3 s).',
    [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 2.5, 3, 5],
    ['platform'],
  );
  const lateness = histogram('peerline_job_lateness_seconds', 'How long after its due time a job started (first attempt).', [0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600]);

  // One snapshot serves every database gauge of a scrape; it is shared for a second.
  const lateAfterMs = o.lateAfterMs ?? 60_000;
  const timeoutMs = o.queryTimeoutMs ?? 1_000;
  let cached: { readonly at: number; readonly value: Promise<DatabaseSnapshot | null> } | null = null;
  const snapshot = (): Promise<DatabaseSnapshot | null> => {
    const now = Date.now();
    if (cached !== null && now - cached.at < 1_000) return cached.value;
    const value = withTimeout(databaseSnapshot(o.database.db, o.clock(), lateAfterMs), timeoutMs).catch(() => null);
    cached = { at: now, value };
    return value;
  };

  new Gauge({
    name: 'peerline_database_scrape_ok',
    help: '1 when this scrape read the database in time; 0 when the database gauges keep stale values.',
    registers,
    async collect() {
      this.set((await snapshot()) === null ? 0 : 1);
    },
  });
  /** A gauge set from the scrape's database snapshot; it keeps its last values when the snapshot could not be read. */
  const snapshotGauge = <L extends string>(name: string, help: string, labelNames: readonly L[], read: (gauge: Gauge<L>, s: DatabaseSnapshot) => void) =>
    new Gauge<L>({
      name,
      help,
      labelNames,
      registers,
      async collect() {
        const s = await snapshot();
        if (s !== null) read(this, s);
      },
    });
  snapshotGauge('peerline_requests', 'Requests in the database by state.', ['state'], (gauge, s) => {
    for (const state of STATES) gauge.set({ state }, sum(s.requests.filter((r) => r.status === state)));
  });
  snapshotGauge('peerline_queue_length', 'Requests waiting for a listener, by urgency.', ['urgency'], (gauge, s) => {
    for (const urgency of URGENCIES) gauge.set({ urgency }, sum(s.requests.filter((r) => r.status === 'queued' && r.urgency === urgency)));
  });
  snapshotGauge('peerline_queue_oldest_wait_seconds', 'How long the oldest waiting request has waited (0 when none waits).', [], (gauge, s) => gauge.set(s.oldestQueuedSeconds));
  snapshotGauge('peerline_volunteers_on_duty', 'Volunteers on duty now, over every community.', [], (gauge, s) => gauge.set(s.volunteersOnDuty));
  snapshotGauge(
    'peerline_jobs',
    `Jobs by condition: due (pending, past due), late (pending, more than ${lateAfterMs / 1000} s past due), dead (out of attempts).`,
    ['condition'],
    (gauge, s) => {
      gauge.set({ condition: 'due' }, s.jobs.due);
      gauge.set({ condition: 'late' }, s.jobs.late);
      gauge.set({ condition: 'dead' }, s.jobs.dead);
    },
  );
  new Gauge({
    name: 'peerline_db_pool_max',
    help: 'Connections this process may open to the database (PGlite: 1).',
    registers,
    collect() {
      this.set(o.database.maxConnections);
    },
  });
  if (o.database.kind === 'postgres') {
    new Gauge({
      name: 'peerline_db_connections',
      help: "Connections named 'peerline' on the PostgreSQL server, by state (every instance of the bot).",
      labelNames: ['state'],
      registers,
      async collect() {
        const rows = await withTimeout(serverConnections(o.database.db), timeoutMs).catch(() => null);
        if (rows === null) return;
        this.reset();
        for (const row of rows) this.set({ state: row.state }, row.n);
      },
    });
  }

  return {
    requestLeftQueue(outcome, waitedMs) {
      waited.observe({ outcome }, waitedMs / 1000);
      if (outcome === 'accepted') timeToAccept.observe(waitedMs / 1000);
    },
    crisisDetected(tier, source) {
      crisis.inc({ tier, source });
    },
    interactionAcked(platform, ackMs) {
      acked.observe({ platform }, ackMs / 1000);
    },
    jobStarted(latenessMs) {
      lateness.observe(Math.max(0, latenessMs) / 1000);
    },
  };
}

function sum(rows: readonly { readonly n: number }[]): number {
  return rows.reduce((total, r) => total + r.n, 0);
}

/** `promise`, or a rejection after `ms` milliseconds (the work itself is not cancelled). */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
