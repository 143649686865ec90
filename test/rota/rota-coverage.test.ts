/**
 * Issue 20, coverage foreseen: from the last 8 weeks of requests per local hour of the week, a shift
 * needs as many listeners as its busiest hour's average (rounded up); the rota list marks shifts with
 * fewer signed up, and the coordinators are told 48 hours ahead — once per shift, with two scheduler
 * loops and across a restart. Fixed clock, Europe/London, across the end of summer time.
 */
import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { defineSlot, showRota, signUp } from '../../src/core/index.js';
import { ensureDailyJobs } from '../../src/scheduler/jobs/index.js';
import { jobs, supportRequests } from '../../src/db/schema.js';
import type { JobRunner } from '../../src/scheduler/runner.js';
import { must } from '../support/core.js';
import { words } from '../support/words.js';
import { useCoreFixture } from '../support/fixture.js';
import { alice, bob, coordinator, setUpCommunity, VOLUNTEER_CHANNEL } from '../support/fixtures.js';
import { createRunner } from '../support/scheduler.js';

const fx = useCoreFixture({ community: false });
let loops: JobRunner[];

/** Past requests at these UTC instants (closed, no member: as the retention purge leaves them). */
async function requestsAt(times: readonly string[]): Promise<void> {
  const communityId = fx.core.deps.communities.peek('test:guild-1')!.id;
  await fx.database.db.insert(supportRequests).values(times.map((t) => ({ communityId, memberRef: null, topic: 'stress', status: 'closed' as const, createdAt: new Date(t) })));
}

beforeEach(async () => {
  fx.core.clock.now = new Date('2026-10-14T09:00:00Z'); // Wednesday, 10:00 BST
  await setUpCommunity(fx.core, { onDuty: false });
  // The eight Mondays before: three requests between 18:00 and 19:00 BST, one between 20:00 and 21:00.
  const mondays = ['08-24', '08-31', '09-07', '09-14', '09-21', '09-28', '10-05', '10-12'];
  await requestsAt(mondays.flatMap((d) => [`2026-${d}T17:05:00Z`, `2026-${d}T17:30:00Z`, `2026-${d}T17:55:00Z`, `2026-${d}T19:15:00Z`]));
  // Nine weeks back: outside the window, so it must not count.
  await requestsAt(Array.from({ length: 8 }, () => '2026-08-17T17:10:00Z'));
  must(await defineSlot(fx.core.deps, coordinator, { kind: 'weekly', days: 'mon', start: '18:00', end: '22:00', wanted: 2 }));
  must(await defineSlot(fx.core.deps, coordinator, { kind: 'weekly', days: 'thu', start: '09:00', end: '10:00', wanted: 1 }));
  loops = [createRunner(fx.core, { instanceId: 'peerline-a' }), createRunner(fx.core, { instanceId: 'peerline-b' })];
});

/** Hour by hour to `until`, both loops running what is due; the volunteer-channel posts, with when. */
async function runTo(until: string): Promise<[string, string][]> {
  const posts: [string, string][] = [];
  while (fx.core.clock.now < new Date(until)) {
    fx.core.clock.advanceMinutes(60);
    for (const loop of loops) await loop.tick(fx.core.clock.read());
    for (const call of fx.core.platform.calls.splice(0)) {
      if (call.op === 'postToChannel' && call.channel === VOLUNTEER_CHANNEL) posts.push([fx.core.clock.now.toISOString().slice(0, 16), words(call.view).text]);
    }
  }
  return posts;
}

describe('rota coverage', () => {
  it('marks a shift whose busiest hour expects more listeners than are signed up', async () => {
    must(await signUp(fx.core.deps, alice, { number: 1, date: '2026-10-19' }));
    const list = words(must(await showRota(fx.core.deps, alice, 1))).text;
    expect(list).toContain('#1 Mon 19 Oct, 18:00–22:00 (2026-10-19) — 1 of 2, 1 wanted · expected demand 3: not covered · you');
    expect(list).toMatch(/#2 Thu 15 Oct, 09:00–10:00 \(2026-10-15\) — 0 of 1, 1 wanted\n/);
  });

  it('tells the coordinators 48 hours ahead, once per shift, with two loops and across a restart', async () => {
    must(await signUp(fx.core.deps, alice, { number: 1, date: '2026-10-19' }));
    await ensureDailyJobs(fx.database.db, fx.core.clock.read());
    await ensureDailyJobs(fx.database.db, fx.core.clock.read()); // a second instance starting: still one chain
    const first = await runTo('2026-10-19T17:00:00Z');
    expect(first).toEqual([
      ['2026-10-17T17:00', 'Slot 1, Mon 19 Oct, 18:00–22:00: the last 8 weeks of requests suggest 3 listeners at its busiest hour, and 1 is signed up. It starts in about 48 hours.'],
    ]);

    // A restart: new loops pick the chain up. The Monday after the clocks go back is 18:00 GMT: told at 18:00 UTC on Saturday.
    loops = [createRunner(fx.core, { instanceId: 'peerline-c' }), createRunner(fx.core, { instanceId: 'peerline-d' })];
    must(await signUp(fx.core.deps, bob, { number: 1, date: '2026-10-26' }));
    const second = await runTo('2026-10-25T12:00:00Z');
    expect(second.map(([at]) => at)).toEqual(['2026-10-24T18:00']);
    expect(second[0]?.[1]).toContain('Mon 26 Oct, 18:00–22:00');
    const pending = await fx.database.db.select().from(jobs).where(and(eq(jobs.kind, 'rota-coverage'), eq(jobs.state, 'pending')));
    expect(pending).toHaveLength(1);
  });

  it('a start in the middle of an hour books that hour\'s check due now, not in the past (so it is not reported late)', async () => {
    fx.core.clock.now = new Date('2026-10-14T09:37:00Z');
    await ensureDailyJobs(fx.database.db, fx.core.clock.read());
    const [check] = await fx.database.db.select().from(jobs).where(eq(jobs.kind, 'rota-coverage'));
    expect(check?.payload).toEqual({ hour: '2026-10-14T09:00:00.000Z' });
    expect(check?.dueAt.toISOString()).toBe('2026-10-14T09:37:00.000Z');
  });

  it('a late chain (the bot was down) catches up: a shift now less than 48 hours away is still told once', async () => {
    await ensureDailyJobs(fx.database.db, fx.core.clock.read());
    fx.core.clock.now = new Date('2026-10-18T09:00:00Z'); // down from Wednesday until Sunday morning
    const posts = await runTo('2026-10-18T12:00:00Z');
    expect(posts.map(([, text]) => text)).toEqual([expect.stringContaining('Mon 19 Oct, 18:00–22:00: the last 8 weeks of requests suggest 3 listeners')]);
  });
});
