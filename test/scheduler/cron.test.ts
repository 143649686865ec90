/** node-cron only ticks: with the default every-second tick, a due job runs without anyone calling tick(). */
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { scheduleJobs } from '../../src/db/queries/jobs.js';
import { DEFAULT_TICK, startTicking } from '../../src/scheduler/cron.js';
import { createTestCore } from '../support/core.js';
import { createTestDatabase, onPostgres, type TestDatabase } from '../support/db.js';
import { createRunner } from '../support/scheduler.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.dispose());

const waitFor = async (done: () => boolean, ms: number) => {
  const until = Date.now() + ms;
  while (!done() && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
};

/** Everything printed through the console while a test runs (node-cron's own logger prints there). */
function consoleLines(): { lines: unknown[][]; restore(): void } {
  const lines: unknown[][] = [];
  const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void lines.push(args)));
  return { lines, restore: () => spies.forEach((s) => s.mockRestore()) };
}

describe('the cron tick', () => {
  afterEach(async () => {
    await database.db.execute(sql`alter table if exists jobs_away rename to jobs`);
  });

  it('runs due jobs on its own each second, and stops cleanly', async () => {
    const core = createTestCore(database);
    const ran: number[] = [];
    const runner = createRunner(core, { extraHandlers: { 'test-tick': async (ctx) => void ran.push(ctx.job.id) } });
    const now = new Date();
    await scheduleJobs(database.db, [{ kind: 'test-tick', dueAt: now, payload: {}, key: 'tick-1', communityId: null }], now);
    const ticking = startTicking(runner, { expression: DEFAULT_TICK, log: core.log, clock: () => new Date() });
    await waitFor(() => ran.length > 0, 5000);
    await ticking.stop();
    expect(ran).toHaveLength(1);
  }, 10_000);

  it('logs one structured line when ticks start failing and one when they recover, and prints nothing else', async () => {
    const core = createTestCore(database);
    const runner = createRunner(core);
    const printed = consoleLines();
    try {
      // A real fault: the jobs table disappears from under the running scheduler, then comes back.
      await database.db.execute(sql`alter table jobs rename to jobs_away`);
      const ticking = startTicking(runner, { expression: DEFAULT_TICK, log: core.log, clock: () => new Date() });
      // The first failure, then three seconds more (two or more ticks that fail without a line of their own).
      await waitFor(() => core.log.entries.some((e) => e.code === 'scheduler.tick_failed'), 15_000);
      await waitFor(() => false, 3_000);
      await database.db.execute(sql`alter table jobs_away rename to jobs`);
      await waitFor(() => core.log.entries.some((e) => e.code === 'scheduler.recovered'), 5000);
      await ticking.stop();
    } finally {
      printed.restore();
    }
    const codes = core.log.entries.map((e) => e.code).filter((c) => c.startsWith('scheduler.'));
    expect(codes).toEqual(['scheduler.tick_failed', 'scheduler.recovered']);
    const recovered = core.log.entries.find((e) => e.code === 'scheduler.recovered');
    expect(recovered?.fields).toMatchObject({ after: 'failing' });
    expect(Number(recovered?.fields['ticksSkipped'])).toBeGreaterThanOrEqual(2);
    expect(printed.lines).toEqual([]);
  }, 40_000);

  it.skipIf(!onPostgres)('reports a tick that hangs on a locked table once, and its recovery, without a line per second', async () => {
    const core = createTestCore(database);
    const runner = createRunner(core);
    const printed = consoleLines();
    const locker = postgres(database.url!, { max: 1, onnotice: () => undefined });
    try {
      let release: () => void = () => undefined;
      const held = locker.begin(async (tx) => {
        await tx`lock table jobs in access exclusive mode`;
        await new Promise<void>((resolve) => (release = resolve));
      });
      await waitFor(() => false, 300);
      const ticking = startTicking(runner, { expression: DEFAULT_TICK, log: core.log, clock: () => new Date(), stallAfterMs: 1000 });
      // Until the stall is seen (two beats of the cron, the second over a second into the hang: about 3 s
      // on a quiet machine, later when the cron's beats are late under load), then two more beats that
      // must not add a line.
      await waitFor(() => core.log.entries.some((e) => e.code === 'scheduler.tick_stalled'), 15_000);
      await waitFor(() => false, 2_000);
      release();
      await held;
      await waitFor(() => core.log.entries.some((e) => e.code === 'scheduler.recovered'), 5000);
      await ticking.stop();
    } finally {
      printed.restore();
      await locker.end();
    }
    const codes = core.log.entries.map((e) => e.code).filter((c) => c.startsWith('scheduler.'));
    expect(codes).toEqual(['scheduler.tick_stalled', 'scheduler.recovered']);
    expect(printed.lines).toEqual([]);
  }, 40_000);

  it('refuses an invalid expression', () => {
    const core = createTestCore(database);
    expect(() => startTicking(createRunner(core), { expression: 'every second', log: core.log, clock: () => new Date() })).toThrow(/cron expression/);
  });
});
