/** node-cron only ticks: with the default every-second tick, a due job runs without anyone calling tick(). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleJobs } from '../../src/db/queries/jobs.js';
import { DEFAULT_TICK, startTicking } from '../../src/scheduler/cron.js';
import { createTestCore } from '../support/core.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { createRunner } from '../support/scheduler.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.dispose());

describe('the cron tick', () => {
  it('runs due jobs on its own each second, and stops cleanly', async () => {
    const core = createTestCore(database);
    const ran: number[] = [];
    const runner = createRunner(core, { extraHandlers: { 'test-tick': async (ctx) => void ran.push(ctx.job.id) } });
    const now = new Date();
    await scheduleJobs(database.db, [{ kind: 'test-tick', dueAt: now, payload: {}, key: 'tick-1', communityId: null }], now);
    const ticking = startTicking(runner, { expression: DEFAULT_TICK, log: core.log, clock: () => new Date() });
    const until = Date.now() + 5000;
    while (ran.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    await ticking.stop();
    expect(ran).toHaveLength(1);
  }, 10_000);

  it('refuses an invalid expression', () => {
    const core = createTestCore(database);
    expect(() => startTicking(createRunner(core), { expression: 'every second', log: core.log, clock: () => new Date() })).toThrow(/cron expression/);
  });
});
