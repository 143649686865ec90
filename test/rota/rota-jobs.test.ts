/**
 * Issue 20, the rota's jobs on a fixed clock: reminders the evening before and 30 minutes before, duty on
 * at the start with a one-click "Not now", off at the end with "Stay on duty" — each delivered once with
 * two scheduler loops on one database (on PostgreSQL each on its own connections, as two bot instances),
 * and once across a restart after a failed message. Withdrawn sign-ups and removed slots do nothing.
 */
import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { defineSlot, removeSlot, signUp, withdraw } from '../../src/core/index.js';
import { handleAction } from '../../src/core/use-cases/handle-action.js';
import type { View } from '../../src/core/views/types.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { auditLog, jobs, volunteers } from '../../src/db/schema.js';
import type { JobRunner } from '../../src/scheduler/runner.js';
import { createTestCore, must } from '../support/core.js';
import { words } from '../support/words.js';
import { useCoreFixture } from '../support/fixture.js';
import { alice, bob, coordinator, member, setUpCommunity } from '../support/fixtures.js';
import { requestListener } from '../../src/core/use-cases/request-listener.js';
import { createRunner } from '../support/scheduler.js';

const fx = useCoreFixture({ community: false });
const extra: Database[] = [];
let loops: JobRunner[];

/** Two scheduler loops: the second on its own connection on PostgreSQL (one PGlite is one connection), both telling the same platform. */
async function twoLoops(names: readonly [string, string] = ['peerline-a', 'peerline-b']): Promise<JobRunner[]> {
  const first = createRunner(fx.core, { instanceId: names[0] });
  if (fx.database.url === null) return [first, createRunner(fx.core, { instanceId: names[1] })];
  const second = await openDatabase({ kind: 'postgres', url: fx.database.url, maxConnections: 4 });
  extra.push(second);
  const other = createTestCore(second, fx.core.clock);
  return [first, createRunner({ ...other, deps: { ...other.deps, platform: fx.core.platform } }, { instanceId: names[1] })];
}

beforeEach(async () => {
  fx.core.clock.now = new Date('2026-10-14T09:00:00Z'); // Wednesday, 10:00 BST
  await setUpCommunity(fx.core, { onDuty: false });
  must(await defineSlot(fx.core.deps, coordinator, { kind: 'weekly', days: 'mon', start: '18:00', end: '22:00', wanted: 2 }));
  loops = await twoLoops();
});
afterAll(async () => Promise.all(extra.map((d) => d.close())));

interface Seen {
  readonly at: string;
  readonly user: string;
  readonly view: View;
}

/** Moves the clock in 15-minute steps to `until`, each loop running what is due; returns the DMs people got, with when. */
async function runTo(until: string, each: () => Promise<void> = async () => undefined): Promise<Seen[]> {
  const seen: Seen[] = [];
  while (fx.core.clock.now < new Date(until)) {
    fx.core.clock.advanceMinutes(15);
    await Promise.all(loops.map((loop) => loop.tick(fx.core.clock.read())));
    for (const call of fx.core.platform.calls.splice(0)) {
      if (call.op === 'sendPrivate') seen.push({ at: fx.core.clock.now.toISOString().slice(0, 16), user: call.user, view: words(call.view) });
    }
    await each();
  }
  return seen;
}

const to = (seen: readonly Seen[], user: string) => seen.filter((s) => s.user === user).map((s) => [s.at, s.view.title]);
const onDuty = async () => (await fx.database.db.select().from(volunteers).where(isNotNull(volunteers.dutySince))).map((v) => v.userRef).sort();

describe('rota reminders and automatic duty', () => {
  it('reminds the evening before and 30 minutes before, puts both on duty at the start and off at the end — once each, with two loops', async () => {
    must(await signUp(fx.core.deps, alice, { number: 1, date: '2026-10-19' }));
    must(await signUp(fx.core.deps, bob, { number: 1, date: '2026-10-19' }));
    const during: string[][] = [];
    const seen = await runTo('2026-10-20T09:00:00Z', async () => {
      if (fx.core.clock.now.toISOString() === '2026-10-19T19:00:00.000Z') during.push(await onDuty());
    });
    const expected = [
      ['2026-10-18T17:00', 'Your shift tomorrow'],
      ['2026-10-19T16:30', 'Your shift starts in 30 minutes'],
      ['2026-10-19T17:00', 'Your shift has started: you are on duty'],
      ['2026-10-19T21:00', 'Your shift has ended: you are off duty'],
    ];
    expect(to(seen, alice.user)).toEqual(expected);
    expect(to(seen, bob.user)).toEqual(expected);
    expect(during).toEqual([[alice.user, bob.user].sort()]);
    expect(await onDuty()).toEqual([]);
    const started = seen.find((s) => s.user === alice.user && s.view.title?.startsWith('Your shift has started'));
    expect(started?.view.text).toContain('Mon 19 Oct, 18:00–22:00');
    expect(started?.view.buttons?.map((b) => b.label)).toEqual(['Not now']);
    const ended = seen.find((s) => s.user === alice.user && s.view.title?.startsWith('Your shift has ended'));
    expect(ended?.view.buttons?.map((b) => b.label)).toEqual(['Stay on duty']);
    // No "are you still there?" at the end: the rota ended the shift, and the timeout counts from its end.
    expect(seen.some((s) => s.view.title?.includes('still'))).toBe(false);
    const duties = await fx.database.db.select().from(auditLog).where(eq(auditLog.action, 'rota.duty_on'));
    expect(duties).toHaveLength(2);

    // "Stay on duty" puts the volunteer back on duty, in one click.
    expect(words(must(await handleAction(fx.core.deps, alice, ended!.view.buttons![0]!.action))).title).toBe('You are on duty');
    expect(await onDuty()).toEqual([alice.user]);
  });

  it('"Not now" at the start takes the volunteer off duty; the end then leaves them be; a second press is out of date', async () => {
    must(await signUp(fx.core.deps, alice, { number: 1, date: '2026-10-19' }));
    const seen = await runTo('2026-10-19T17:00:00Z');
    const started = seen.find((s) => s.view.title?.startsWith('Your shift has started'));
    expect(await onDuty()).toEqual([alice.user]);
    const notNow = started!.view.buttons![0]!.action;
    expect(words(must(await handleAction(fx.core.deps, alice, notNow))).title).toBe('Not now: you are off duty');
    expect(await onDuty()).toEqual([]);
    const again = await handleAction(fx.core.deps, alice, notNow);
    expect(again.ok ? null : again.error.code).toBe('stale');
    // Someone else pressing her button changes nothing.
    const other = await handleAction(fx.core.deps, bob, notNow);
    expect(other.ok ? null : other.error.code).toBe('stale');
    const later = await runTo('2026-10-20T00:00:00Z');
    expect(to(later, alice.user)).toEqual([]);
  });

  it('a volunteer already on duty stays in their own shift: the rota neither starts nor ends it, and its own timeout applies', async () => {
    must(await signUp(fx.core.deps, alice, { number: 1, date: '2026-10-19' }));
    await runTo('2026-10-19T16:45:00Z');
    must(await handleAction(fx.core.deps, alice, 'pl:duty-on'));
    const seen = await runTo('2026-10-19T21:15:00Z');
    // Her own shift began at 16:45 (17:45 BST): its 4-hour check, not the rota's end, takes her off.
    expect(to(seen, alice.user)).toEqual([
      ['2026-10-19T20:45', 'Are you still on duty?'],
      ['2026-10-19T21:00', 'You are off duty'],
    ]);
    expect(await fx.database.db.select().from(auditLog).where(eq(auditLog.action, 'rota.duty_on'))).toHaveLength(0);
  });

  it('at the end, the last volunteer on duty while a crisis request waits is kept on and asked again, as at any shift end', async () => {
    must(await signUp(fx.core.deps, alice, { number: 1, date: '2026-10-19' }));
    await runTo('2026-10-19T20:45:00Z');
    must(await requestListener(fx.core.deps, member, { urgency: 'crisis' }));
    const seen = await runTo('2026-10-19T21:15:00Z');
    expect(await onDuty()).toEqual([alice.user]);
    expect(to(seen, alice.user).map(([, title]) => title)).toContain('Please stay on duty if you can');
    expect(to(seen, alice.user).map(([, title]) => title)).not.toContain('Your shift has ended: you are off duty');
  });

  it('delivers each once across a restart after a failed message: on duty once, told once', async () => {
    must(await signUp(fx.core.deps, alice, { number: 1, date: '2026-10-19' }));
    await runTo('2026-10-19T16:45:00Z');
    fx.core.platform.failNext('sendPrivate');
    const failed = await runTo('2026-10-19T17:00:00Z');
    expect(failed).toEqual([]);
    expect(await onDuty()).toEqual([alice.user]);
    const [start] = await fx.database.db.select().from(jobs).where(and(eq(jobs.kind, 'rota-start')));
    expect(start).toMatchObject({ state: 'pending', attempts: 1 });
    // The bot restarts: two new loops, as two new processes would be.
    loops = await twoLoops(['peerline-c', 'peerline-d']);
    const after = await runTo('2026-10-19T22:00:00Z');
    expect(to(after, alice.user)).toEqual([
      ['2026-10-19T17:15', 'Your shift has started: you are on duty'],
      ['2026-10-19T21:00', 'Your shift has ended: you are off duty'],
    ]);
    expect(await fx.database.db.select().from(auditLog).where(eq(auditLog.action, 'rota.duty_on'))).toHaveLength(1);
    expect(await fx.database.db.select().from(jobs).where(eq(jobs.kind, 'duty-timeout'))).toHaveLength(1);
  });

  it('a withdrawn sign-up and a removed slot remind nobody and put nobody on duty', async () => {
    must(await signUp(fx.core.deps, alice, { number: 1, date: '2026-10-19' }));
    must(await signUp(fx.core.deps, bob, { number: 1, date: '2026-10-19' }));
    must(await withdraw(fx.core.deps, alice, { number: 1, date: '2026-10-19' }));
    const seen = await runTo('2026-10-18T18:00:00Z');
    expect(to(seen, alice.user)).toEqual([]);
    expect(to(seen, bob.user)).toEqual([['2026-10-18T17:00', 'Your shift tomorrow']]);
    must(await removeSlot(fx.core.deps, coordinator, 1));
    expect(await runTo('2026-10-20T00:00:00Z')).toEqual([]);
    expect(await onDuty()).toEqual([]);
  });
});
