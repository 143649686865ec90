/**
 * A crisis request is never left waiting (issue 13): on a fixed clock ticked every minute by two
 * scheduler instances, it escalates every 10 minutes, widening, until someone accepts; the member hears
 * honestly and now and then; a shift timeout never takes the last volunteer on duty off while it waits;
 * the coordinators hear once when duty falls to nobody while people wait.
 */
import { and, eq, isNotNull } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { acceptRequest } from '../../src/core/use-cases/accept-request.js';
import { cancelRequest } from '../../src/core/use-cases/cancel-request.js';
import { configureCommunity } from '../../src/core/use-cases/configure-community.js';
import { duty } from '../../src/core/use-cases/duty.js';
import { requestListener } from '../../src/core/use-cases/request-listener.js';
import type { View } from '../../src/core/views/types.js';
import { jobs, volunteers } from '../../src/db/schema.js';
import type { JobRunner } from '../../src/scheduler/runner.js';
import { must } from '../support/core.js';
import { useCoreFixture } from '../support/fixture.js';
import { alice, bob, coordinator, member, setUpCommunity, VOLUNTEER_CHANNEL } from '../support/fixtures.js';
import { createRunner } from '../support/scheduler.js';
import { words } from '../support/words.js';

const fx = useCoreFixture({ community: false });
let instances: JobRunner[];
beforeEach(async () => {
  await setUpCommunity(fx.core, { onDuty: false });
  // Two instances on one database, as in production: each step must still happen once.
  instances = [createRunner(fx.core, { instanceId: 'peerline-a' }), createRunner(fx.core, { instanceId: 'peerline-b' })];
});

interface Seen {
  readonly minute: number;
  readonly view: View;
}
const ROUND = 'I will ask again every 10 minutes';

/** Moves the clock on a minute at a time, lets both instances run what is due, and sorts what people saw. */
async function run(minutes: number, each: () => Promise<void> = async () => undefined) {
  const seen = { channel: [] as Seen[], member: [] as Seen[], alice: [] as Seen[], bob: [] as Seen[] };
  for (let minute = 1; minute <= minutes; minute += 1) {
    fx.core.clock.advanceMinutes(1);
    for (const instance of instances) await instance.tick(fx.core.clock.read());
    for (const call of fx.core.platform.calls.splice(0)) {
      if (call.op === 'postToChannel' && call.channel === VOLUNTEER_CHANNEL) seen.channel.push({ minute, view: call.view });
      if (call.op === 'sendPrivate' && call.user === member.user) seen.member.push({ minute, view: call.view });
      if (call.op === 'sendPrivate' && call.user === alice.user) seen.alice.push({ minute, view: call.view });
      if (call.op === 'sendPrivate' && call.user === bob.user) seen.bob.push({ minute, view: call.view });
    }
    await each();
  }
  return seen;
}

async function onDuty(): Promise<string[]> {
  const rows = await fx.database.db.select().from(volunteers).where(isNotNull(volunteers.dutySince));
  return rows.map((r) => r.userRef).sort();
}
const minutes = (list: readonly Seen[]) => list.map((s) => s.minute);
const rounds = (list: readonly Seen[]) => list.filter((s) => s.view.text?.includes(ROUND));

describe('a crisis request nobody accepts', () => {
  it('escalates every 10 minutes for 2 hours with honest updates, keeps the last volunteer on duty, and stops on accept', async () => {
    must(await duty(fx.core.deps, alice, 'on')); // her shift ends 4 h later, 10 minutes into the wait
    fx.core.clock.advanceMinutes(3 * 60 + 50);
    const { requestId } = must(await requestListener(fx.core.deps, member, { urgency: 'crisis' }));
    fx.core.platform.clear();

    const seen = await run(120, async () => {
      expect(await onDuty()).toEqual([alice.user]);
    });

    // The ladder (1 and 3 minutes), then a round every 10 minutes: 14 posts in 2 hours, each once.
    expect(minutes(seen.channel)).toEqual([1, 3, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]);
    const posted = rounds(seen.channel);
    expect(minutes(posted)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]);
    // Widening: the one on duty, then every volunteer, then every volunteer and coordinator.
    expect(posted[0]?.view.mentions).toEqual([alice.user]);
    expect(posted[1]?.view.mentions).toEqual([alice.user, bob.user]);
    expect(posted[2]?.view.mentions).toEqual([alice.user, bob.user, coordinator.user]);
    expect(posted[11]?.view.mentions).toEqual([alice.user, bob.user, coordinator.user]);
    expect(posted[11]?.view.text).toContain('2 h');
    expect(posted.every((p) => p.view.buttons?.[0]?.label === 'Accept')).toBe(true);
    expect(JSON.stringify(seen.channel)).not.toContain(member.user);

    // The member: at 10 minutes, then every half hour; honest about who is there, with the line to call.
    expect(minutes(seen.member)).toEqual([10, 30, 60, 90, 120]);
    for (const { view } of seen.member) {
      expect(view.title).toBe('Nobody has answered yet');
      expect(view.text).toContain('1 listener is on duty right now');
      expect(view.fields?.[0]).toMatchObject({ label: 'Talk to someone now', value: expect.stringContaining('116 123') });
      expect(view.buttons?.map((b) => b.label)).toEqual(['Cancel my request']);
    }

    // Alice's shift ran out 10 minutes in: asked, then kept on (the only one on duty) and asked again every 30 minutes.
    expect(seen.alice.map((s) => [s.minute, s.view.title])).toEqual([
      [10, 'Are you still on duty?'],
      [25, 'Please stay on duty if you can'],
      [55, 'Please stay on duty if you can'],
      [85, 'Please stay on duty if you can'],
      [115, 'Please stay on duty if you can'],
    ]);
    expect(seen.channel.map((s) => s.view.title)).not.toContain('Nobody is on duty');

    must(await acceptRequest(fx.core.deps, alice, requestId));
    fx.core.platform.clear();
    const after = await run(60);
    expect(after.channel).toEqual([]);
    expect(after.member).toEqual([]);
    const pending = await fx.database.db.select().from(jobs).where(and(eq(jobs.kind, 'escalate'), eq(jobs.state, 'pending')));
    expect(pending).toEqual([]);
  });

  it('with nobody on duty asks every volunteer from the first round and says so to the member; it stops on cancel', async () => {
    // "Other / international": the directory is offered as somewhere to look, not as a line to call.
    must(await configureCommunity(fx.core.deps, coordinator, { settings: { country: 'other' } }));
    const { requestId } = must(await requestListener(fx.core.deps, member, { urgency: 'crisis' }));
    fx.core.platform.clear();
    const seen = await run(30);
    const posted = rounds(seen.channel);
    expect(posted.map((p) => [p.minute, p.view.mentions])).toEqual([
      [10, [alice.user, bob.user]],
      [20, [alice.user, bob.user]],
      [30, [alice.user, bob.user, coordinator.user]],
    ]);
    expect(posted[0]?.view.text).toContain('Nobody is on duty right now');
    expect(minutes(seen.member)).toEqual([10, 30]);
    const update = seen.member[0]!.view;
    expect(update.text).toContain('Nobody is on duty right now');
    expect(update.fields?.[0]?.label).toBe('Find a helpline where you are');
    expect(update.fields?.[0]?.value).toContain('findahelpline.com');
    expect(update.fields?.[1]?.label).toBe('In danger right now');

    must(await cancelRequest(fx.core.deps, member, requestId));
    fx.core.platform.clear();
    const after = await run(30);
    expect(after.channel).toEqual([]);
    expect(after.member).toEqual([]);
  });

  it('keeps exactly one of two volunteers whose shifts end together, and takes the other off', async () => {
    must(await duty(fx.core.deps, alice, 'on'));
    must(await duty(fx.core.deps, bob, 'on'));
    fx.core.clock.advanceMinutes(4 * 60 - 5);
    must(await requestListener(fx.core.deps, member, { urgency: 'crisis' }));
    fx.core.platform.clear();
    const seen = await run(25); // asked at 5, off at 20
    expect(await onDuty()).toHaveLength(1);
    const notices = [...seen.alice, ...seen.bob].map((s) => s.view.title).filter((t) => t !== 'Are you still on duty?').sort();
    expect(notices).toEqual(['Please stay on duty if you can', 'You are off duty']);
    expect(seen.channel.map((s) => s.view.title)).not.toContain('Nobody is on duty');
  });
});

describe('each round once', () => {
  it('does not post twice or fork the chain when a round runs again (an instance died before marking it done)', async () => {
    const { requestId } = must(await requestListener(fx.core.deps, member, { urgency: 'crisis' }));
    fx.core.platform.clear();
    expect(minutes(rounds((await run(10)).channel))).toEqual([10]);
    const roundJob = (round: number) => and(eq(jobs.kind, 'escalate'), eq(jobs.idempotencyKey, `escalate:${requestId}:round:${round}`));
    const [first] = await fx.database.db.select().from(jobs).where(roundJob(1));
    expect(first?.state).toBe('done');
    await fx.database.db.update(jobs).set({ state: 'pending', finishedAt: null }).where(roundJob(1));
    const again = await run(1);
    expect(again.channel).toEqual([]);
    expect((await fx.database.db.select().from(jobs).where(roundJob(1)))[0]?.state).toBe('done');
    expect(await fx.database.db.select().from(jobs).where(roundJob(2))).toHaveLength(1);
    expect(minutes(rounds((await run(9)).channel))).toEqual([9]); // round 2, at 20 minutes
  });
});

describe('duty falling to nobody', () => {
  const dropAlerts = (list: readonly Seen[]) => list.filter((s) => s.view.title === 'Nobody is on duty');

  it('tells the coordinators once per drop while requests wait, and not when nobody is waiting', async () => {
    must(await duty(fx.core.deps, alice, 'on'));
    must(await duty(fx.core.deps, bob, 'on'));
    must(await duty(fx.core.deps, bob, 'off'));
    must(await duty(fx.core.deps, alice, 'off'));
    expect(dropAlerts((await run(2)).channel)).toEqual([]); // nobody waiting

    must(await duty(fx.core.deps, alice, 'on'));
    must(await requestListener(fx.core.deps, member, { topic: 'grief' }));
    const off = must(await duty(fx.core.deps, alice, 'off'));
    expect(words(off).text).toContain('You were the last listener on duty and 1 request is waiting');
    fx.core.platform.clear();
    const first = dropAlerts((await run(3)).channel);
    expect(first).toHaveLength(1);
    expect(first[0]?.view).toMatchObject({ text: expect.stringContaining('1 request is waiting'), mentions: [coordinator.user] });

    // A new drop is a new alert; someone back on duty before the alert goes out means no alert.
    must(await duty(fx.core.deps, alice, 'on'));
    must(await duty(fx.core.deps, alice, 'off'));
    expect(dropAlerts((await run(2)).channel)).toHaveLength(1);
    must(await duty(fx.core.deps, alice, 'on'));
    must(await duty(fx.core.deps, alice, 'off'));
    must(await duty(fx.core.deps, bob, 'on'));
    expect(dropAlerts((await run(2)).channel)).toEqual([]);
  });

  it('tells the coordinators when a shift timeout leaves nobody on duty with a routine request waiting', async () => {
    must(await duty(fx.core.deps, alice, 'on'));
    must(await requestListener(fx.core.deps, member, { topic: 'grief' }));
    fx.core.platform.clear();
    const seen = await run(4 * 60 + 16);
    expect(await onDuty()).toEqual([]);
    const alerts = dropAlerts(seen.channel);
    expect(minutes(alerts)).toEqual([4 * 60 + 15]);
    expect(alerts[0]?.view.text).toContain('1 request is waiting');
  });
});
