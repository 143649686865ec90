/**
 * TRiM reminders held to the community's working hours, with a fixed clock and the real scheduler:
 * a reminder falling due in the evening or at the weekend is sent at the next working start (as the
 * hours are set then), once, and 09:00 stays 09:00 local across the October clock change.
 */
import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { logIncident } from '../../src/core/trim/incident.js';
import { assignTrimRole } from '../../src/core/trim/roles.js';
import { changeSettings } from '../../src/core/use-cases/community-settings.js';
import { jobs } from '../../src/db/schema.js';
import { actor, errorCode, must } from '../support/core.js';
import { useCoreFixture } from '../support/fixture.js';
import { coordinator } from '../support/fixtures.js';
import { createRunner } from '../support/scheduler.js';

const fx = useCoreFixture({ community: true });
const pat = actor('pat');
const mia = actor('mia');
const p1 = actor('person-1').user;

beforeEach(async () => {
  must(await assignTrimRole(fx.core.deps, coordinator, { user: pat.user, role: 'practitioner' }));
  must(await assignTrimRole(fx.core.deps, coordinator, { user: mia.user, role: 'manager' }));
});

/** Runs the scheduler at `at` and returns the titles of the DMs it sent to `who` then. */
async function tickAt(at: string, who: string): Promise<string[]> {
  fx.core.clock.now = new Date(at);
  fx.core.platform.clear();
  await createRunner(fx.core).tick(fx.core.clock.read());
  return fx.core.platform.of('sendPrivate').filter((c) => c.user === who).map((c) => c.view.title ?? '');
}

/** Wednesday 21 October 2026, 20:00 BST (19:00Z), logged half an hour later: initial assessment due Saturday 24 October 20:00 BST. */
const logEveningIncident = async () => {
  fx.core.clock.now = new Date('2026-10-21T19:30:00Z');
  must(await logIncident(fx.core.deps, pat, { title: 'Depot 3 collision', occurredAt: '2026-10-21T19:00:00Z', people: [{ person: p1, practitioner: pat.user }] }));
};

describe('TRiM reminders within working hours', () => {
  it('holds an evening or weekend reminder to the next working start, across the clock change, and sends it once', async () => {
    must(await changeSettings(fx.core.deps, coordinator, { 'working-hours': 'Mon-Fri 09:00-17:30' }));
    await logEveningIncident();
    // The managers' planning reminder, due at once at 20:30 BST, waits for Thursday 09:00 BST (08:00Z).
    expect(await tickAt('2026-10-21T19:30:00Z', mia.user)).toEqual([]);
    expect(await tickAt('2026-10-22T07:59:00Z', mia.user)).toEqual([]);
    expect(await tickAt('2026-10-22T08:00:00Z', mia.user)).toEqual(['TRiM planning meeting to arrange']);
    expect(await tickAt('2026-10-22T08:01:00Z', mia.user)).toEqual([]);

    // The initial assessment falls due on Saturday at 20:00 BST: nothing then, nothing on Sunday, nor
    // at 08:00Z on Monday (which would be 09:00 had the clocks not gone back): at 09:00 GMT.
    expect(await tickAt('2026-10-24T19:00:00Z', pat.user)).toEqual([]);
    const held = await fx.database.db
      .select()
      .from(jobs)
      .where(and(eq(jobs.kind, 'trim-assessment'), eq(jobs.state, 'pending')));
    expect(held.map((j) => j.dueAt.toISOString())).toContain('2026-10-26T09:00:00.000Z');
    expect(await tickAt('2026-10-25T12:00:00Z', pat.user)).toEqual([]);
    expect(await tickAt('2026-10-26T08:00:00Z', pat.user)).toEqual([]);
    expect(await tickAt('2026-10-26T09:00:00Z', pat.user)).toEqual(['TRiM initial risk assessment due']);
    expect(await tickAt('2026-10-26T09:05:00Z', pat.user)).toEqual([]);
  });

  it('follows the hours as set when a reminder falls due, and sends at any time when there are none', async () => {
    // The default holds an evening reminder to 09:00 the next day.
    await logEveningIncident();
    expect(await tickAt('2026-10-21T19:30:00Z', mia.user)).toEqual([]);
    // Changed to start at 10:00 before it runs again: at 09:00 BST it is held once more, to 10:00.
    must(await changeSettings(fx.core.deps, coordinator, { 'working-hours': 'every day 10:00-17:30' }));
    expect(await tickAt('2026-10-22T08:00:00Z', mia.user)).toEqual([]);
    expect(await tickAt('2026-10-22T09:00:00Z', mia.user)).toEqual(['TRiM planning meeting to arrange']);
    // With no working hours, the Saturday-evening assessment reminder is sent on Saturday evening.
    must(await changeSettings(fx.core.deps, coordinator, { 'working-hours': 'any time' }));
    expect(await tickAt('2026-10-24T19:00:00Z', pat.user)).toEqual(['TRiM initial risk assessment due']);
  });

  it('refuses working hours it cannot read, saving nothing', async () => {
    const refused = await changeSettings(fx.core.deps, coordinator, { 'working-hours': 'Mon-Fri 18:00-08:00' });
    expect(errorCode(refused)).toBe('bad-input');
    expect(refused.ok ? '' : JSON.stringify(refused.error.reason)).toContain('no overnight hours');
    expect(errorCode(await changeSettings(fx.core.deps, pat, { 'working-hours': 'any time' }))).toBe('not-allowed');
    const community = await fx.core.deps.communities.get(fx.core.deps.db, 'test:guild-1');
    expect(community?.settings.workingHours).toEqual({ days: [0, 1, 2, 3, 4, 5, 6], startMinute: 540, endMinute: 1050 });
  });
});
