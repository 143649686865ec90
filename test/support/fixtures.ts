/** A set-up community with a coordinator and two trained volunteers, the starting point of most core tests. */
import { configureCommunity } from '../../src/core/use-cases/configure-community.js';
import { duty } from '../../src/core/use-cases/duty.js';
import { enrolVolunteer } from '../../src/core/use-cases/manage-volunteers.js';
import { actor, must, type TestCore } from './core.js';

export const VOLUNTEER_CHANNEL = 'test:chan:volunteers';
export const coordinator = actor('coord', { platformAdmin: true });
export const alice = actor('alice'); // volunteer, lived experience of grief
export const bob = actor('bob'); // volunteer, no tags
export const member = actor('member');
export const other = actor('other-member');

export async function setUpCommunity(core: TestCore, options: { onDuty?: boolean; country?: string } = {}): Promise<void> {
  must(
    await configureCommunity(core.deps, coordinator, {
      name: 'Test Guild',
      settings: { volunteerChannel: VOLUNTEER_CHANNEL, country: options.country ?? 'GB', timeZone: 'Europe/London' },
    }),
  );
  must(await enrolVolunteer(core.deps, coordinator, { user: alice.user, tags: ['grief'], trainedUntil: '2027-06-30', capacity: 2 }));
  must(await enrolVolunteer(core.deps, coordinator, { user: bob.user, tags: [], trainedUntil: '2027-06-30' }));
  if (options.onDuty !== false) {
    must(await duty(core.deps, alice, 'on'));
    must(await duty(core.deps, bob, 'on'));
  }
  core.platform.clear();
}
