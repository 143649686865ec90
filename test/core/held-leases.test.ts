/**
 * A job a use case holds while it works (an Accept's space, a new request's card) keeps its lease for as
 * long as the work takes, through one statement per beat for every job held on the database
 * (core/held-job.ts), so no scheduler takes it over while this process is alive and working on it.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { acceptRequest } from '../../src/core/use-cases/accept-request.js';
import { requestListener } from '../../src/core/use-cases/request-listener.js';
import { jobs } from '../../src/db/schema.js';
import { afterLeaseBeat, must, withPlatform } from '../support/core.js';
import { useCoreFixture } from '../support/fixture.js';
import { alice, member } from '../support/fixtures.js';
import { createRunner } from '../support/scheduler.js';

const fx = useCoreFixture({ community: true });

const spaceJobs = () => fx.database.db.select().from(jobs).where(eq(jobs.kind, 'open-space'));

describe('a job held by a use case while it works', () => {
  it('keeps its lease while the platform is slow, so the scheduler does not take an Accept over', async () => {
    const { requestId } = must(await requestListener(fx.core.deps, member, { topic: 'grief' }));
    await fx.core.settle();
    let open: () => void = () => undefined;
    const opened = new Promise<void>((resolve) => (open = resolve));
    const platform = fx.core.platform;
    const deps = withPlatform(fx.core, {
      openSpace: async (...args) => {
        await opened;
        return platform.openSpace(...args);
      },
    });
    const accepting = acceptRequest(deps, alice, requestId);
    let held = (await spaceJobs())[0];
    for (let i = 0; i < 200 && held === undefined; i += 1) {
      await new Promise((r) => setTimeout(r, 10));
      held = (await spaceJobs())[0];
    }
    expect(held).toMatchObject({ state: 'running' });
    // A minute passes on core's clock: the lease it was saved with has run out, but the next beat extends it.
    const { leased, due } = await afterLeaseBeat(fx.core, async () => (await spaceJobs())[0]!.lockedUntil!.getTime());
    expect(leased).toBeGreaterThan(due);
    await createRunner(fx.core, { instanceId: 'survivor' }).tick(fx.core.clock.read());
    expect((await spaceJobs())[0]).toMatchObject({ state: 'running', lockedBy: held!.lockedBy });
    open();
    must(await accepting);
    expect((await spaceJobs())[0]).toMatchObject({ state: 'done' });
    expect(platform.of('openSpace')).toHaveLength(1);
  }, 20_000);
});
