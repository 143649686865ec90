/**
 * Effects are sent at least once and, in practice, once: the real job runner and the real Slack adapter
 * against the fake Web API. A re-run of an effect that an earlier attempt may have delivered asks Slack
 * first (conversations.history, the bot's own metadata marker) and posts only if it is not there; a
 * confirmed effect is never re-run. Leases are kept alive by heartbeats and taken over once they stop.
 */
import { webApi } from '@slack/bolt';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlatformRouter } from '../../src/adapters/router.js';
import { SlackPlatform } from '../../src/adapters/slack/platform.js';
import { beginEffect } from '../../src/db/queries/jobs.js';
import { jobEffects, jobs } from '../../src/db/schema.js';
import { notice } from '../../src/core/views/requests.js';
import { FakeSlackApi } from '../fakes/slack/index.js';
import { createTestCore, type TestCore } from '../support/core.js';
import { createTestDatabase, resetDatabase, type TestDatabase } from '../support/db.js';
import { createRunner, scheduleJobs } from '../support/scheduler.js';

const CHANNEL = 'C0VOL';
const TEAM = 'T0TEAM';
let database: TestDatabase;
let fake: FakeSlackApi;
let core: TestCore;

beforeAll(async () => {
  database = await createTestDatabase();
  fake = await FakeSlackApi.start({
    teamId: TEAM,
    botUserId: 'U0BOT',
    botId: 'B0BOT',
    users: [{ id: 'U0MEMBER', name: 'member', real_name: 'Member' }],
    channels: [{ id: CHANNEL, name: 'volunteers', is_private: true }],
  });
});
afterAll(async () => {
  await fake.stop();
  await database.dispose();
});

async function fresh(): Promise<void> {
  await resetDatabase(database);
  fake.workspace.messagesIn(CHANNEL).clear();
  core = createTestCore(database);
  const router = new PlatformRouter();
  router.register('slack', new SlackPlatform(new webApi.WebClient('xoxb-test', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } })));
  core = { ...core, deps: { ...core.deps, platform: router } };
}

const posts = () => [...fake.workspace.messagesIn(CHANNEL).values()];
const announce = (n: number) => notice('Scheduled notice', `number ${n}`);

/** A job that posts one notice to the volunteer channel through `once`, as every handler does. */
function runner(instanceId: string, o: { leaseMs?: number; heartbeatMs?: number; slow?: Promise<void> } = {}) {
  return createRunner(core, {
    instanceId,
    ...(o.leaseMs === undefined ? {} : { leaseMs: o.leaseMs }),
    ...(o.heartbeatMs === undefined ? {} : { heartbeatMs: o.heartbeatMs }),
    extraHandlers: {
      'test-post': async (ctx, payload) => {
        await o.slow;
        const n = Number((payload as { n: number }).n);
        await ctx.once(`${ctx.job.idempotencyKey}:post`, (delivery) => ctx.deps.platform.postToChannel(`slack:${TEAM}:${CHANNEL}`, announce(n), delivery));
      },
    },
  });
}

async function schedule(n: number, at = core.clock.read()): Promise<void> {
  await scheduleJobs(database.db, [{ kind: 'test-post', dueAt: at, payload: { n }, key: `post-${n}`, communityId: null }], at);
}

describe('effects', () => {
  it('are marked sent, carry the delivery key to Slack, and are not re-sent by a re-run', async () => {
    await fresh();
    await schedule(1);
    await runner('a').tick(core.clock.read());
    expect(posts()).toHaveLength(1);
    expect(posts()[0]?.metadata).toEqual({ event_type: 'peerline_delivery', event_payload: { key: 'post-1:post' } });
    const [effect] = await database.db.select().from(jobEffects);
    expect(effect).toMatchObject({ key: 'post-1:post', state: 'sent' });
    // A crash between "sent" and "done": the re-run skips the effect.
    await database.db.update(jobs).set({ state: 'running', lockedBy: 'dead', lockedUntil: core.clock.read() });
    core.clock.advanceMinutes(1);
    expect(await runner('b').tick(core.clock.read())).toMatchObject({ claimed: 1, done: 1 });
    expect(posts()).toHaveLength(1);
  });

  it('that reached Slack but were never confirmed are found there on the re-run, not posted again', async () => {
    await fresh();
    await schedule(2);
    // The instance that died had begun the effect and Slack has the message; nothing was confirmed.
    const begun = core.clock.read();
    await beginEffect(database.db, 'post-2:post', begun);
    await core.deps.platform.postToChannel(`slack:${TEAM}:${CHANNEL}`, announce(2), { key: 'post-2:post', mayExistSince: null });
    expect(posts()).toHaveLength(1);
    const historyBefore = fake.callsTo('conversations.history').length;
    await runner('b').tick(core.clock.read());
    expect(fake.callsTo('conversations.history').length).toBe(historyBefore + 1);
    expect(posts()).toHaveLength(1);
    const [effect] = await database.db.select().from(jobEffects);
    expect(effect).toMatchObject({ state: 'sent', ref: `slack:${TEAM}:${CHANNEL}:${posts()[0]!.ts}` });
  });

  it('that never reached Slack are sent once on the re-run', async () => {
    await fresh();
    await schedule(3);
    await beginEffect(database.db, 'post-3:post', core.clock.read());
    await runner('b').tick(core.clock.read());
    expect(posts()).toHaveLength(1);
    expect(posts()[0]?.text).toContain('number 3');
  });

  it('that failed on the platform are retried, and the retry looks first', async () => {
    await fresh();
    await schedule(4);
    fake.failNext('chat.postMessage', { error: 'ratelimited' });
    expect(await runner('a').tick(core.clock.read())).toMatchObject({ retried: 1 });
    expect(posts()).toHaveLength(0);
    core.clock.advanceMinutes(1);
    const historyBefore = fake.callsTo('conversations.history').length;
    await runner('a').tick(core.clock.read());
    expect(fake.callsTo('conversations.history').length).toBe(historyBefore + 1);
    expect(posts()).toHaveLength(1);
  });
});

describe('leases', () => {
  it('are extended by heartbeats while a job runs, so a live instance keeps it past the lease; a dead one loses it', async () => {
    await fresh();
    let finish: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (finish = resolve));
    await schedule(5, new Date());
    // Wall-clock times here: the lease is about the process being alive, and heartbeats run on a real timer.
    core = { ...core, deps: { ...core.deps, clock: () => new Date() } };
    const live = runner('live', { leaseMs: 400, heartbeatMs: 100, slow });
    const running = live.tick(new Date());
    await new Promise((r) => setTimeout(r, 1000)); // well past the 400 ms lease
    expect(await runner('other', { leaseMs: 400 }).tick(new Date())).toMatchObject({ claimed: 0 });
    finish();
    expect(await running).toMatchObject({ done: 1 });
    expect(posts()).toHaveLength(1);

    // A job whose holder stopped beating (it died) is taken over as soon as its lease has run out.
    await schedule(6, new Date());
    await database.db.update(jobs).set({ state: 'running', lockedBy: 'dead', lockedUntil: new Date(Date.now() + 300) }).where(eq(jobs.idempotencyKey, 'post-6'));
    expect(await runner('other').tick(new Date())).toMatchObject({ claimed: 0 });
    await new Promise((r) => setTimeout(r, 400));
    expect(await runner('other').tick(new Date())).toMatchObject({ claimed: 1, done: 1 });
    expect(posts()).toHaveLength(2);
  });
});
