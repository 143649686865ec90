/**
 * Issue 20, the rota in core on a fixed clock: coordinators define slots in the community's local time
 * (Europe/London), volunteers list the next weeks and sign up or withdraw; training must be valid on the
 * shift's date and a volunteer's own weekly cap holds. A weekly slot keeps its wall-clock hours across
 * the end of British Summer Time (Sunday 25 October 2026, 02:00 BST → 01:00 GMT).
 */
import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { defineSlot, removeSlot, setShiftCap, showRota, signUp, withdraw } from '../../src/core/index.js';
import { enrolVolunteer } from '../../src/core/use-cases/manage-volunteers.js';
import { errorText } from '../../src/core/views/errors.js';
import type { Result } from '../../src/core/result.js';
import { auditLog, jobs, rotaSignups } from '../../src/db/schema.js';
import { actor, errorCode, must } from '../support/core.js';
import { words } from '../support/words.js';
import { useCoreFixture } from '../support/fixture.js';
import { alice, bob, coordinator, setUpCommunity } from '../support/fixtures.js';

const fx = useCoreFixture({ community: false });
const carol = actor('carol');

beforeEach(async () => {
  // Wednesday 14 October 2026, 10:00 BST: British Summer Time ends on Sunday the 25th.
  fx.core.clock.now = new Date('2026-10-14T09:00:00Z');
  await setUpCommunity(fx.core, { onDuty: false });
});

const reason = <T>(r: Result<T>) => (r.ok ? null : { code: r.error.code, id: r.error.reason?.id, text: errorText(r.error) });
const jobsOf = async (kind: string) =>
  (await fx.database.db.select().from(jobs).where(eq(jobs.kind, kind))).map((j) => ({ due: j.dueAt.toISOString(), payload: j.payload })).sort((a, b) => a.due.localeCompare(b.due));

describe('rota slots', () => {
  it('only a coordinator defines or removes a slot; bad days, times and counts get a clear reply and save nothing', async () => {
    expect(errorCode(await defineSlot(fx.core.deps, alice, { kind: 'weekly', days: 'mon-fri', start: '18:00', end: '22:00', wanted: 2 }))).toBe('not-allowed');
    expect(reason(await defineSlot(fx.core.deps, coordinator, { kind: 'weekly', days: 'funday', start: '18:00', end: '22:00', wanted: 2 }))?.text).toContain('mon-fri');
    expect(reason(await defineSlot(fx.core.deps, coordinator, { kind: 'weekly', days: 'mon', start: '25:00', end: '22:00', wanted: 2 }))?.text).toContain('HH:MM');
    expect(reason(await defineSlot(fx.core.deps, coordinator, { kind: 'once', date: '2026-02-30', start: '18:00', end: '22:00', wanted: 1 }))?.text).toContain('YYYY-MM-DD');
    expect(reason(await defineSlot(fx.core.deps, coordinator, { kind: 'once', date: '2026-10-20', start: '18:00', end: '18:05', wanted: 1 }))?.text).toContain('at least 15 minutes');
    expect(reason(await defineSlot(fx.core.deps, coordinator, { kind: 'weekly', days: 'mon', start: '18:00', end: '22:00', wanted: 0 }))?.text).toContain('at least 1 listener');
    expect(words(must(await showRota(fx.core.deps, alice, null))).title).toBe('The rota is empty');

    expect(words(must(await defineSlot(fx.core.deps, coordinator, { kind: 'weekly', days: 'mon-fri', start: '18:00', end: '22:00', wanted: 2 }))).title).toBe('Rota slot 1 saved');
    expect(words(must(await defineSlot(fx.core.deps, coordinator, { kind: 'once', date: '2026-10-24', start: '22:00', end: '06:00', wanted: 1 }))).text).toContain('once on 2026-10-24 22:00–06:00, 1 listener');
    expect(errorCode(await removeSlot(fx.core.deps, bob, 1))).toBe('not-allowed');
    must(await removeSlot(fx.core.deps, coordinator, 2));
    expect(reason(await removeSlot(fx.core.deps, coordinator, 2))).toMatchObject({ code: 'not-found', id: 'rota-no-slot' });
    const list = words(must(await showRota(fx.core.deps, alice, 1)));
    expect(list.text).toContain('#1 Mon–Fri 18:00–22:00, 2 listeners');
    expect(list.text).not.toContain('#2');
    const actions = (await fx.database.db.select().from(auditLog)).map((a) => a.action).filter((a) => a.startsWith('rota.'));
    expect(actions).toEqual(['rota.slot_added', 'rota.slot_added', 'rota.slot_removed']);
  });

  it('a weekly slot keeps its local hours across the end of summer time; its jobs move an hour in UTC', async () => {
    must(await defineSlot(fx.core.deps, coordinator, { kind: 'weekly', days: 'mon', start: '18:00', end: '22:00', wanted: 2 }));
    const list = words(must(await showRota(fx.core.deps, alice, 3)));
    expect(list.text).toContain('Times are in Europe/London.');
    expect(list.text).toContain('#1 Mon 19 Oct, 18:00–22:00 (2026-10-19) — 0 of 2, 2 wanted');
    expect(list.text).toContain('#1 Mon 26 Oct, 18:00–22:00 (2026-10-26) — 0 of 2, 2 wanted');
    expect(list.text).toContain('#1 Mon 2 Nov, 18:00–22:00 (2026-11-02)');

    expect(words(must(await signUp(fx.core.deps, alice, { number: 1, date: '2026-10-19' }))).text).toContain('Mon 19 Oct, 18:00–22:00');
    must(await signUp(fx.core.deps, alice, { number: 1, date: '2026-10-26' }));
    expect((await jobsOf('rota-start')).map((j) => j.due)).toEqual(['2026-10-19T17:00:00.000Z', '2026-10-26T18:00:00.000Z']);
    expect((await jobsOf('rota-end')).map((j) => j.due)).toEqual(['2026-10-19T21:00:00.000Z', '2026-10-26T22:00:00.000Z']);
    // The evening before at 18:00 local: Sunday the 18th in BST, Sunday the 25th (the day of the change) in GMT.
    const reminders = await jobsOf('rota-reminder');
    expect(reminders.map((j) => [j.due, j.payload['when']])).toEqual([
      ['2026-10-18T17:00:00.000Z', 'evening'],
      ['2026-10-19T16:30:00.000Z', 'soon'],
      ['2026-10-25T18:00:00.000Z', 'evening'],
      ['2026-10-26T17:30:00.000Z', 'soon'],
    ]);
    expect(words(must(await showRota(fx.core.deps, alice, 3))).text).toContain('#1 Mon 26 Oct, 18:00–22:00 (2026-10-26) — 1 of 2, 1 wanted · you');
  });

  it('a night shift across the change runs 22:00–06:00 local: nine hours by the clock on the wall that night', async () => {
    must(await defineSlot(fx.core.deps, coordinator, { kind: 'once', date: '2026-10-24', start: '22:00', end: '06:00', wanted: 1 }));
    must(await signUp(fx.core.deps, bob, { number: 1, date: '2026-10-24' }));
    expect((await jobsOf('rota-start')).map((j) => j.due)).toEqual(['2026-10-24T21:00:00.000Z']);
    expect((await jobsOf('rota-end')).map((j) => j.due)).toEqual(['2026-10-25T06:00:00.000Z']);
    expect(words(must(await showRota(fx.core.deps, bob, 2))).text).toContain('#1 Sat 24 Oct, 22:00–06:00 (2026-10-24) — 1 of 1, covered · you');
  });

  it('refuses a sign-up when training is not valid on the shift date, and says until when it is', async () => {
    must(await enrolVolunteer(fx.core.deps, coordinator, { user: carol.user, trainedUntil: '2026-10-20' }));
    must(await defineSlot(fx.core.deps, coordinator, { kind: 'weekly', days: 'mon', start: '18:00', end: '22:00', wanted: 2 }));
    const refused = reason(await signUp(fx.core.deps, carol, { number: 1, date: '2026-10-26' }));
    expect(refused).toMatchObject({ code: 'training-expired', id: 'rota-training' });
    expect(refused?.text).toContain('valid until 2026-10-20, so you cannot sign up for a shift on 2026-10-26');
    must(await signUp(fx.core.deps, carol, { number: 1, date: '2026-10-19' }));
    expect(await fx.database.db.select().from(rotaSignups)).toHaveLength(1);
    // A coordinator without training is refused the same way.
    expect(reason(await signUp(fx.core.deps, coordinator, { number: 1, date: '2026-10-19' }))).toMatchObject({ code: 'training-expired', id: 'rota-training' });
    expect(errorCode(await signUp(fx.core.deps, actor('stranger'), { number: 1, date: '2026-10-19' }))).toBe('not-enrolled');
  });

  it("keeps to a volunteer's own weekly cap (Monday to Sunday), the places wanted, and the days the slot has", async () => {
    must(await defineSlot(fx.core.deps, coordinator, { kind: 'weekly', days: 'mon-fri', start: '18:00', end: '22:00', wanted: 1 }));
    expect(words(must(await setShiftCap(fx.core.deps, bob, 1))).text).toContain('more than 1 shift a week');
    expect(reason(await setShiftCap(fx.core.deps, bob, 40))?.text).toContain('at most 14');
    must(await signUp(fx.core.deps, bob, { number: 1, date: '2026-10-19' }));
    const capped = reason(await signUp(fx.core.deps, bob, { number: 1, date: '2026-10-23' }));
    expect(capped).toMatchObject({ code: 'conflict', id: 'rota-cap' });
    expect(capped?.text).toContain('cap of 1 shift a week, and the week from 2026-10-19');
    must(await signUp(fx.core.deps, bob, { number: 1, date: '2026-10-26' }));
    must(await setShiftCap(fx.core.deps, bob, null));
    must(await signUp(fx.core.deps, bob, { number: 1, date: '2026-10-23' }));

    expect(reason(await signUp(fx.core.deps, alice, { number: 1, date: '2026-10-19' }))).toMatchObject({ code: 'conflict', id: 'rota-full' });
    expect(reason(await signUp(fx.core.deps, bob, { number: 1, date: '2026-10-19' }))).toMatchObject({ code: 'conflict', id: 'rota-signed-up' });
    expect(reason(await signUp(fx.core.deps, alice, { number: 1, date: '2026-10-24' }))).toMatchObject({ code: 'bad-input', id: 'rota-not-on-day' });
    expect(reason(await signUp(fx.core.deps, alice, { number: 9, date: '2026-10-19' }))).toMatchObject({ code: 'not-found', id: 'rota-no-slot' });
    expect(reason(await signUp(fx.core.deps, alice, { number: 1, date: '19/10/2026' }))?.text).toContain('YYYY-MM-DD');
    // Today's shift has not started (18:00): the last place is open; yesterday's is gone.
    must(await signUp(fx.core.deps, alice, { number: 1, date: '2026-10-14' }));
    expect(reason(await signUp(fx.core.deps, alice, { number: 1, date: '2026-10-13' }))).toMatchObject({ code: 'conflict', id: 'rota-started' });
  });

  it('withdraws a volunteer from a shift that has not started, and not from one that has', async () => {
    must(await defineSlot(fx.core.deps, coordinator, { kind: 'weekly', days: 'wed', start: '09:30', end: '12:00', wanted: 2 }));
    must(await signUp(fx.core.deps, alice, { number: 1, date: '2026-10-21' }));
    expect(reason(await withdraw(fx.core.deps, bob, { number: 1, date: '2026-10-21' }))).toMatchObject({ code: 'conflict', id: 'rota-not-signed-up' });
    expect(words(must(await withdraw(fx.core.deps, alice, { number: 1, date: '2026-10-21' }))).title).toBe('You are off that shift');
    expect(await fx.database.db.select().from(rotaSignups)).toHaveLength(0);
    fx.core.clock.now = new Date('2026-10-21T08:45:00Z'); // 09:45 BST: begun
    expect(reason(await signUp(fx.core.deps, alice, { number: 1, date: '2026-10-21' }))).toMatchObject({ code: 'conflict', id: 'rota-started' });
    const audits = await fx.database.db.select().from(auditLog).where(and(eq(auditLog.actorRef, alice.user)));
    expect(audits.map((a) => a.action).filter((a) => a.startsWith('rota.'))).toEqual(['rota.signed_up', 'rota.withdrawn']);
  });
});
