import { words } from '../support/words.js';
/**
 * Issue 20: a member who asks for a listener while nobody is on duty is told honestly when the rota next
 * has one — the earliest shift not yet begun with someone signed up (not declined, training valid, slot
 * still in use) — or that the rota has nobody for the next two weeks. Fixed clock, Europe/London.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { defineSlot, removeSlot, signUp } from '../../src/core/index.js';
import { duty } from '../../src/core/use-cases/duty.js';
import { enrolVolunteer } from '../../src/core/use-cases/manage-volunteers.js';
import { requestListener } from '../../src/core/use-cases/request-listener.js';
import { actor, must } from '../support/core.js';
import { useCoreFixture } from '../support/fixture.js';
import { alice, bob, coordinator, member, setUpCommunity } from '../support/fixtures.js';

const fx = useCoreFixture({ community: false });

beforeEach(async () => {
  fx.core.clock.now = new Date('2026-10-21T09:00:00Z'); // Wednesday 21 October, 10:00 BST
  await setUpCommunity(fx.core, { onDuty: false });
  must(await defineSlot(fx.core.deps, coordinator, { kind: 'weekly', days: 'mon', start: '18:00', end: '22:00', wanted: 2 }));
  must(await defineSlot(fx.core.deps, coordinator, { kind: 'once', date: '2026-10-23', start: '12:00', end: '14:00', wanted: 1 }));
});

const reply = async () => words(must(await requestListener(fx.core.deps, member, {})).view).text;

describe('the next listener expected', () => {
  it('names the next shift with someone on it, in local time after the clocks go back', async () => {
    must(await signUp(fx.core.deps, alice, { number: 1, date: '2026-10-26' }));
    must(await signUp(fx.core.deps, bob, { number: 1, date: '2026-11-02' }));
    const text = await reply();
    expect(text).toContain('No listeners are on duty right now. The next listener is expected at Mon, 26 Oct 2026, 18:00 (Europe/London), from the rota.');
  });

  it('skips a removed slot: the next shift with someone on it counts', async () => {
    must(await signUp(fx.core.deps, bob, { number: 2, date: '2026-10-23' }));
    must(await signUp(fx.core.deps, alice, { number: 1, date: '2026-10-26' }));
    expect(await reply()).toContain('expected at Fri, 23 Oct 2026, 12:00');
    must(await removeSlot(fx.core.deps, coordinator, 2));
    expect(words(must(await requestListener(fx.core.deps, actor('member-2'), {})).view).text).toContain('expected at Mon, 26 Oct 2026, 18:00');
  });

  it('skips a volunteer whose training runs out before their shift', async () => {
    must(await signUp(fx.core.deps, alice, { number: 1, date: '2026-10-26' }));
    must(await signUp(fx.core.deps, bob, { number: 1, date: '2026-11-02' }));
    must(await enrolVolunteer(fx.core.deps, coordinator, { user: alice.user, trainedUntil: '2026-10-25' }));
    expect(await reply()).toContain('expected at Mon, 2 Nov 2026, 18:00');
  });

  it('says honestly when the rota has nobody for two weeks, and says nothing of the rota when someone is on duty', async () => {
    must(await signUp(fx.core.deps, alice, { number: 1, date: '2026-10-26' }));
    fx.core.clock.now = new Date('2026-10-26T21:30:00Z'); // her shift has ended; nobody is signed up after it
    expect(await reply()).toContain('No listeners are on duty right now. No listener is on the rota for the next two weeks either.');
  });

  it('says nothing of a rota to a community that has none', async () => {
    must(await removeSlot(fx.core.deps, coordinator, 1));
    must(await removeSlot(fx.core.deps, coordinator, 2));
    const text = await reply();
    expect(text).toContain('No listeners are on duty right now. Your request stays in the queue');
    expect(text).not.toContain('rota');
  });

  it('says nothing of the rota when a listener is on duty', async () => {
    must(await signUp(fx.core.deps, alice, { number: 1, date: '2026-10-26' }));
    must(await duty(fx.core.deps, bob, 'on'));
    const text = await reply();
    expect(text).toContain('1 listener is on duty right now.');
    expect(text).not.toContain('rota');
  });
});
