import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { scheduleJobs } from '../../src/db/queries/jobs.js';
import { jobs } from '../../src/db/schema.js';
import { backoffMs } from '../../src/scheduler/queue.js';
import { useCoreFixture } from '../support/fixture.js';
import { coordinator, member, VOLUNTEER_CHANNEL } from '../support/fixtures.js';
import { createRunner } from '../support/scheduler.js';
import { listen, must } from '../support/core.js';

const fx = useCoreFixture({ community: true });

const communityId = async () => fx.core.deps.communities.peek(member.community)!.id;

describe('job runner', () => {
  it('makes one job of the same thing scheduled twice', async () => {
    const due = fx.core.clock.read();
    const spec = { kind: 'test-count', dueAt: due, payload: {}, key: 'same', communityId: null };
    expect(await scheduleJobs(fx.database.db, [spec], due)).toBe(1);
    expect(await scheduleJobs(fx.database.db, [spec], due)).toBe(0);
    let runs = 0;
    const runner = createRunner(fx.core, { extraHandlers: { 'test-count': async () => void (runs += 1) } });
    await runner.tick(due);
    await runner.tick(due);
    expect(runs).toBe(1);
  });

  it('runs jobs that fell due while the bot was down, once each, and logs their lateness', async () => {
    const start = fx.core.clock.read();
    await scheduleJobs(
      fx.database.db,
      [1, 2, 3].map((i) => ({ kind: 'test-count', dueAt: new Date(start.getTime() + i * 60_000), payload: {}, key: `late-${i}`, communityId: null })),
      start,
    );
    const seen: number[] = [];
    // "Restart" two hours later: a fresh runner, as a new process would have.
    fx.core.clock.advanceMinutes(120);
    const restarted = createRunner(fx.core, { instanceId: 'after-restart', extraHandlers: { 'test-count': async (ctx) => void seen.push(ctx.job.id) } });
    const report = await restarted.tick(fx.core.clock.read());
    expect(report).toMatchObject({ claimed: 3, done: 3 });
    expect(new Set(seen).size).toBe(3);
    await restarted.tick(fx.core.clock.read());
    expect(seen).toHaveLength(3);
    const late = fx.core.log.entries.filter((e) => e.code === 'job.late');
    expect(late.map((e) => e.fields['latenessMs']).sort()).toEqual([117 * 60_000, 118 * 60_000, 119 * 60_000]);
  });

  it('retries a failing job with growing backoff, then marks it dead and tells the coordinators', async () => {
    const now = fx.core.clock.read();
    await scheduleJobs(fx.database.db, [{ kind: 'test-throw', dueAt: now, payload: {}, key: 'boom', communityId: await communityId(), maxAttempts: 3 }], now);
    let attempts = 0;
    const runner = createRunner(fx.core, {
      extraHandlers: {
        'test-throw': async () => {
          attempts += 1;
          throw new TypeError('handler broke');
        },
      },
    });
    await runner.tick(fx.core.clock.read());
    const [first] = await fx.database.db.select().from(jobs).where(eq(jobs.idempotencyKey, 'boom'));
    expect(first).toMatchObject({ state: 'pending', attempts: 1, lastError: 'TypeError' });
    expect(first!.dueAt.getTime() - now.getTime()).toBe(backoffMs(1));
    fx.core.clock.advanceMinutes(0.4);
    await runner.tick(fx.core.clock.read()); // not due yet
    expect(attempts).toBe(1);
    fx.core.clock.now = first!.dueAt;
    await runner.tick(fx.core.clock.read());
    const [second] = await fx.database.db.select().from(jobs).where(eq(jobs.idempotencyKey, 'boom'));
    expect(second!.dueAt.getTime() - fx.core.clock.now.getTime()).toBe(backoffMs(2));
    expect(backoffMs(2)).toBe(2 * backoffMs(1));
    fx.core.clock.now = second!.dueAt;
    fx.core.platform.clear();
    await runner.tick(fx.core.clock.read());
    const [last] = await fx.database.db.select().from(jobs).where(eq(jobs.idempotencyKey, 'boom'));
    expect(last).toMatchObject({ state: 'dead', attempts: 3 });
    expect(attempts).toBe(3);
    const [report] = fx.core.platform.of('postToChannel');
    expect(report?.channel).toBe(VOLUNTEER_CHANNEL);
    expect(report?.view).toMatchObject({ title: 'A scheduled task kept failing', mentions: [coordinator.user] });
    fx.core.clock.advanceMinutes(600);
    await runner.tick(fx.core.clock.read());
    expect(attempts).toBe(3);
  });

  it('does not send twice when a job is re-run after a crash between its effect and "done"', async () => {
    must(await listen(fx.core, member, {}));
    fx.core.platform.clear();
    fx.core.clock.advanceMinutes(15);
    // Crash: the first instance claims the 5-min step, sends, and dies before marking it done.
    const crashing = createRunner(fx.core, { instanceId: 'crashing', leaseMs: 60_000, batchSize: 1, maxBatchesPerTick: 1 });
    await crashing.tick(fx.core.clock.read());
    const sentBefore = fx.core.platform.calls.length;
    expect(sentBefore).toBeGreaterThan(0);
    await fx.database.db.update(jobs).set({ state: 'running', lockedBy: 'crashing', lockedUntil: new Date(fx.core.clock.now.getTime() + 60_000) }).where(eq(jobs.kind, 'escalate'));
    // After the lease runs out another instance takes every job over; the effects already sent are skipped.
    fx.core.clock.advanceMinutes(2);
    const survivor = createRunner(fx.core, { instanceId: 'survivor' });
    await survivor.tick(fx.core.clock.read());
    const reMentions = fx.core.platform.of('postToChannel').filter((c) => c.view.title === 'A request is still waiting');
    expect(reMentions).toHaveLength(1);
    const all = await fx.database.db.select().from(jobs).where(eq(jobs.kind, 'escalate'));
    expect(all.filter((j) => j.dueAt <= fx.core.clock.now).every((j) => j.state === 'done')).toBe(true);
  });
});
