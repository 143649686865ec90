/**
 * Exactly once in effect across instances: two scheduler loops, each on its own connections (two bot
 * instances on one database), drain 10,000 due jobs; every job runs once, none twice. On PGlite (one
 * connection, one process) a single loop drains the same set.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.js';
import { scheduleJobs } from '../../src/db/queries/jobs.js';
import { createTestCore } from '../support/core.js';
import { createTestDatabase, onPostgres, type TestDatabase } from '../support/db.js';
import { createRunner } from '../support/scheduler.js';

const JOBS = 10_000;
let database: TestDatabase;
const extra: Database[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await Promise.all(extra.map((d) => d.close()));
  await database.dispose();
});

describe(`draining ${JOBS} due jobs (${onPostgres ? 'two loops, separate connections' : 'one loop on PGlite'})`, () => {
  it('runs every job exactly once', async () => {
    const base = createTestCore(database);
    const now = base.clock.read();
    for (let i = 0; i < JOBS; i += 1000) {
      await scheduleJobs(
        database.db,
        Array.from({ length: 1000 }, (_, j) => ({ kind: 'test-once', dueAt: new Date(now.getTime() - (i + j)), payload: { n: i + j }, key: `drain-${i + j}`, communityId: null })),
        now,
      );
    }
    const runs = new Map<number, number>();
    const handler = { 'test-once': async (ctx: { job: { id: number } }) => void runs.set(ctx.job.id, (runs.get(ctx.job.id) ?? 0) + 1) };
    const loops = [createRunner(base, { instanceId: 'loop-a', extraHandlers: handler })];
    if (database.url !== null) {
      const second = await openDatabase({ kind: 'postgres', url: database.url, maxConnections: 4 });
      extra.push(second);
      loops.push(createRunner(createTestCore(second, base.clock), { instanceId: 'loop-b', extraHandlers: handler }));
    }
    const claimedBy = await Promise.all(
      loops.map(async (loop) => {
        let total = 0;
        for (;;) {
          const { claimed } = await loop.tick(now);
          total += claimed;
          if (claimed === 0) return total;
        }
      }),
    );
    expect(runs.size).toBe(JOBS);
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    expect(claimedBy.reduce((a, b) => a + b, 0)).toBe(JOBS);
    if (loops.length === 2) expect(claimedBy.every((n) => n > 0)).toBe(true);
    const result = await database.db.execute(sql`select state::text as state, count(*)::int as n from jobs group by state`);
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { state: string; n: number }[];
    expect(rows).toEqual([{ state: 'done', n: JOBS }]);
  }, 120_000);
});
