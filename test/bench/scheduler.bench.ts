/**
 * Scheduler throughput and lateness on PostgreSQL.
 * - Drain: 100,000 due no-op jobs with 1 and then 2 loops (each its own connections): jobs/s, duplicates.
 * - Lateness: jobs falling due at a steady rate while node-cron ticks every second (the default),
 *   time from due to start, p50/p99.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { scheduleJobs } from '../../src/db/queries/jobs.js';
import { DEFAULT_TICK, startTicking } from '../../src/scheduler/cron.js';
import { handlers } from '../../src/scheduler/jobs/index.js';
import { JobRunner } from '../../src/scheduler/runner.js';
import { createTestCore } from '../support/core.js';
import { fmt, percentile, runIfMain, scratchDatabase, type BenchResult } from './support.js';

const DRAIN_JOBS = 100_000;

async function seed(db: Database, count: number, dueAt: (i: number) => Date, prefix: string): Promise<void> {
  const now = new Date();
  for (let i = 0; i < count; i += 5000) {
    const n = Math.min(5000, count - i);
    await scheduleJobs(
      db.db,
      Array.from({ length: n }, (_, j) => ({ kind: 'bench-noop', dueAt: dueAt(i + j), payload: {}, key: `${prefix}-${i + j}`, communityId: null })),
      now,
    );
  }
}

async function drain(url: string, loops: number): Promise<string> {
  const dbs: Database[] = [];
  try {
    for (let i = 0; i < loops; i += 1) dbs.push(await openDatabase({ kind: 'postgres', url, maxConnections: 4 }));
    await dbs[0]!.db.execute(sql`truncate jobs`);
    const start = Date.now();
    await seed(dbs[0]!, DRAIN_JOBS, (i) => new Date(start - DRAIN_JOBS + i), `drain${loops}`);
    const runs = new Map<number, number>();
    const extraHandlers = { 'bench-noop': async (ctx: { job: { id: number } }) => void runs.set(ctx.job.id, (runs.get(ctx.job.id) ?? 0) + 1) };
    const runners = dbs.map((d, i) => new JobRunner({ deps: createTestCore(d).deps, handlers, extraHandlers, instanceId: `bench-${i}`, batchSize: 500, concurrency: 32 }));
    const t0 = performance.now();
    await Promise.all(
      runners.map(async (r) => {
        for (;;) if ((await r.tick(new Date())).claimed === 0) return;
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    const duplicates = [...runs.values()].filter((n) => n > 1).length;
    if (runs.size !== DRAIN_JOBS) throw new Error(`ran ${runs.size} of ${DRAIN_JOBS}`);
    return `${loops} loop${loops === 1 ? '' : 's'}: ${DRAIN_JOBS.toLocaleString('en-GB')} jobs in ${fmt(seconds, 2)} s = ${fmt(DRAIN_JOBS / seconds, 0)} jobs/s, duplicates ${duplicates}`;
  } finally {
    await Promise.all(dbs.map((d) => d.close()));
  }
}

async function lateness(url: string): Promise<string> {
  const dbs: Database[] = [];
  const tickers: { stop(): Promise<void> }[] = [];
  try {
    for (let i = 0; i < 2; i += 1) dbs.push(await openDatabase({ kind: 'postgres', url, maxConnections: 4 }));
    await dbs[0]!.db.execute(sql`truncate jobs`);
    const seconds = 20;
    const perSecond = 1000;
    const start = Date.now() + 2000;
    await seed(dbs[0]!, seconds * perSecond, (i) => new Date(start + Math.floor((i * 1000) / perSecond)), 'late');
    const late: number[] = [];
    const extraHandlers = { 'bench-noop': async (ctx: { job: { dueAt: Date } }) => void late.push(Date.now() - ctx.job.dueAt.getTime()) };
    for (const [i, d] of dbs.entries()) {
      const core = createTestCore(d);
      const runner = new JobRunner({ deps: core.deps, handlers, extraHandlers, instanceId: `late-${i}` });
      tickers.push(startTicking(runner, { expression: DEFAULT_TICK, log: core.log, clock: () => new Date() }));
    }
    const deadline = Date.now() + (seconds + 15) * 1000;
    while (late.length < seconds * perSecond && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    const sorted = [...late].sort((a, b) => a - b);
    return `lateness at the default 1 s tick, 2 loops, ${late.length.toLocaleString('en-GB')} jobs due at ${perSecond}/s for ${seconds} s: p50 ${fmt(percentile(sorted, 50) / 1000, 3)} s, p99 ${fmt(percentile(sorted, 99) / 1000, 3)} s`;
  } finally {
    await Promise.all(tickers.map((t) => t.stop()));
    await Promise.all(dbs.map((d) => d.close()));
  }
}

export async function run(): Promise<BenchResult> {
  const scratch = await scratchDatabase();
  try {
    const setup = await openDatabase({ kind: 'postgres', url: scratch.url, maxConnections: 1 });
    await migrateDatabase(setup);
    await setup.close();
    return { name: 'Scheduler (jobs table on PostgreSQL)', lines: [await drain(scratch.url, 1), await drain(scratch.url, 2), await lateness(scratch.url)] };
  } finally {
    await scratch.drop();
  }
}

runIfMain(import.meta.url, run);
