/**
 * Issue 20, swaps: a volunteer offers their shift; the volunteers who could hold it are asked (training
 * valid on its date, room under their cap, not on it already); the first to take it gets it — twenty at
 * once give one winner (each on its own connection on PostgreSQL) — and its reminders and duty follow
 * the new volunteer; the coordinators are told 24 hours before if nobody has taken it.
 */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { defineSlot, offerSwap, setShiftCap, signUp, takeSwap } from '../../src/core/index.js';
import { handleAction } from '../../src/core/use-cases/handle-action.js';
import { enrolVolunteer } from '../../src/core/use-cases/manage-volunteers.js';
import { jobs, rotaSignups, volunteers } from '../../src/db/schema.js';
import type { JobRunner } from '../../src/scheduler/runner.js';
import { actor, must, racingCores } from '../support/core.js';
import { words } from '../support/words.js';
import { useCoreFixture } from '../support/fixture.js';
import { alice, bob, coordinator, setUpCommunity, VOLUNTEER_CHANNEL } from '../support/fixtures.js';
import { createRunner } from '../support/scheduler.js';

const fx = useCoreFixture({ community: false });
const carol = actor('carol'); // training runs out before the shift
let loops: JobRunner[];

beforeEach(async () => {
  fx.core.clock.now = new Date('2026-10-14T09:00:00Z'); // Wednesday, 10:00 BST
  await setUpCommunity(fx.core, { onDuty: false });
  must(await enrolVolunteer(fx.core.deps, coordinator, { user: carol.user, trainedUntil: '2026-10-18' }));
  must(await defineSlot(fx.core.deps, coordinator, { kind: 'weekly', days: 'mon-fri', start: '18:00', end: '22:00', wanted: 2 }));
  must(await signUp(fx.core.deps, alice, { number: 1, date: '2026-10-19' }));
  loops = [createRunner(fx.core, { instanceId: 'peerline-a' }), createRunner(fx.core, { instanceId: 'peerline-b' })];
});

async function tickTo(iso: string): Promise<void> {
  fx.core.clock.now = new Date(iso);
  for (const loop of loops) await loop.tick(fx.core.clock.read());
}
const dmsTo = (user: string) => fx.core.platform.privateTo(user).map((v) => words(v).title);
const code = (r: { ok: boolean; error?: { code: string; reason?: { id: string } } }) => (r.ok ? null : `${r.error?.code}:${r.error?.reason?.id ?? ''}`);

describe('rota swaps', () => {
  it('asks those who could hold the shift; the first to take it gets it, with its reminders; the next is told it is gone', async () => {
    expect(code(await offerSwap(fx.core.deps, bob, { number: 1, date: '2026-10-19' }))).toBe('conflict:rota-not-signed-up');
    const offered = words(must(await offerSwap(fx.core.deps, alice, { number: 1, date: '2026-10-19' })));
    expect(offered.text).toContain('I am asking 1 volunteer');
    await tickTo('2026-10-14T09:01:00Z');
    expect(dmsTo(bob.user)).toEqual(['Can you take a shift?']);
    // Carol's training ends before the shift, the coordinator has none, alice offered it: none of them is asked.
    expect(dmsTo(carol.user)).toEqual([]);
    expect(dmsTo(coordinator.user)).toEqual([]);
    expect(dmsTo(alice.user)).toEqual([]);
    const ask = words(fx.core.platform.privateTo(bob.user)[0]!);
    expect(ask.text).toContain('Mon 19 Oct, 18:00–22:00');

    expect(code(await handleAction(fx.core.deps, alice, ask.buttons![0]!.action))).toBe('conflict:rota-own-shift');
    expect(code(await handleAction(fx.core.deps, carol, ask.buttons![0]!.action))).toBe('training-expired:rota-training');
    expect(words(must(await handleAction(fx.core.deps, bob, ask.buttons![0]!.action))).title).toBe('The shift is yours');
    expect(dmsTo(alice.user)).toEqual(['Your shift was taken']);
    must(await enrolVolunteer(fx.core.deps, coordinator, { user: carol.user, trainedUntil: '2027-01-01' }));
    expect(code(await handleAction(fx.core.deps, carol, ask.buttons![0]!.action))).toBe('already-taken:rota-swap-gone');

    const [row] = await fx.database.db.select().from(rotaSignups);
    const [bobRow] = await fx.database.db.select().from(volunteers).where(eq(volunteers.userRef, bob.user));
    expect(row).toMatchObject({ volunteerId: bobRow!.id, offeredAt: null });
    fx.core.platform.clear();
    await tickTo('2026-10-18T17:00:00Z'); // the evening before, and 24 h before
    expect(dmsTo(bob.user)).toEqual(['Your shift tomorrow']);
    expect(dmsTo(alice.user)).toEqual([]);
    expect(fx.core.platform.of('postToChannel')).toEqual([]);
  });

  it('twenty volunteers taking one offered shift at once: exactly one gets it, the others are told it is gone', async () => {
    const takers = Array.from({ length: 20 }, (_, i) => actor(`taker-${i}`));
    for (const t of takers) must(await enrolVolunteer(fx.core.deps, coordinator, { user: t.user, trainedUntil: '2027-06-30' }));
    must(await offerSwap(fx.core.deps, alice, { number: 1, date: '2026-10-19' }));
    const [signup] = await fx.database.db.select().from(rotaSignups);
    const { cores, close } = await racingCores(fx.database, fx.core.clock, takers.length);
    try {
      const results = await Promise.all(cores.map((core, i) => takeSwap(core.deps, takers[i]!, signup!.id)));
      const winners = results.flatMap((r, i) => (r.ok ? [takers[i]!.user] : []));
      expect(winners).toHaveLength(1);
      expect(new Set(results.filter((r) => !r.ok).map(code))).toEqual(new Set(['already-taken:rota-swap-gone']));
      const [row] = await fx.database.db.select().from(rotaSignups);
      const [winner] = await fx.database.db.select().from(volunteers).where(eq(volunteers.userRef, winners[0]!));
      expect(row?.volunteerId).toBe(winner!.id);
      // Only the winner's shift jobs were booked (besides alice's, which now find the shift is not hers).
      const starts = await fx.database.db.select().from(jobs).where(eq(jobs.kind, 'rota-start'));
      expect(starts.map((j) => j.payload['volunteerId']).filter((v) => v !== row?.volunteerId)).toHaveLength(1);
      expect(starts).toHaveLength(2);
    } finally {
      await close();
    }
  });

  it('tells the coordinators once, 24 hours before, when nobody has taken it; at once when offered later than that', async () => {
    must(await setShiftCap(fx.core.deps, bob, 1));
    must(await signUp(fx.core.deps, bob, { number: 1, date: '2026-10-20' }));
    const offered = words(must(await offerSwap(fx.core.deps, alice, { number: 1, date: '2026-10-19' })));
    expect(offered.text).toContain('Nobody else can take it right now');
    await tickTo('2026-10-18T16:59:00Z');
    expect(fx.core.platform.of('postToChannel')).toEqual([]);
    await tickTo('2026-10-18T17:00:00Z');
    await tickTo('2026-10-18T17:01:00Z');
    const posts = fx.core.platform.of('postToChannel');
    expect(posts).toHaveLength(1);
    expect({ ...posts[0], view: words(posts[0]!.view) }).toMatchObject({ channel: VOLUNTEER_CHANNEL, view: { title: 'Coordinators: an offered shift has no taker', mentions: [coordinator.user] } });
    expect(posts[0]?.view.fields?.[0]?.about).toBe(alice.user);

    // Bob's cap keeps him from taking it; offered with less than 24 h to go, the coordinators hear at once.
    const ask = await takeSwap(fx.core.deps, bob, (await fx.database.db.select().from(rotaSignups).where(eq(rotaSignups.occursOn, '2026-10-19')))[0]!.id);
    expect(code(ask)).toBe('conflict:rota-cap');
    fx.core.platform.clear();
    must(await signUp(fx.core.deps, alice, { number: 1, date: '2026-10-21' }));
    await tickTo('2026-10-21T09:00:00Z');
    must(await offerSwap(fx.core.deps, alice, { number: 1, date: '2026-10-21' }));
    await tickTo('2026-10-21T09:00:30Z');
    expect(fx.core.platform.of('postToChannel').map((p) => words(p.view).text)).toEqual([expect.stringContaining('Wed 21 Oct, 18:00–22:00')]);
  });
});
