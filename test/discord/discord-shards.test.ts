/**
 * The sharded Discord adapter (startShardedDiscord) driven by the shard claims, with the real discord.js
 * client against the fake Discord: two replicas in this process on one database (PGlite or PostgreSQL),
 * two shards, one guild on each. Each replica's client identifies only the shards it claimed, a command
 * in either guild is answered once, and when one replica stops the other reconnects with both shards.
 * Beats are driven by the test on a test clock; the logins are real.
 */
import { Routes } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startShardedDiscord, type ShardedDiscordService } from '../../src/adapters/discord/app.js';
import { COMMANDS } from '../../src/adapters/discord/commands.js';
import { PlatformRouter } from '../../src/adapters/router.js';
import { buildDiscordClients, buildDiscordRest } from '../../src/clients/discord.js';
import { ShardClaims } from '../../src/scheduler/shard-claims.js';
import { callTo, FakeDiscord, shardOfGuild } from '../fakes/discord/index.js';
import { configureCommunity, type CoreDeps } from '../../src/core/index.js';
import { createTestCore, must, TestClock } from '../support/core.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

const APP = '1400000000000000001';
const BOT = '1500000000000000001';
const TOKEN = 'shards-test-token';
const MEMBER = '1200000000000000004';
/** A member of the guild on shard 1 only. */
const LONER = '1200000000000000005';
const COUNT = 2;
const LEASE = 60_000;
/** (id >> 22) % 2: shard 0, shard 1. */
const GUILDS = ['1100000000004194305', '1100000000008388609'];
const GENERAL = ['1300000000000000013', '1300000000000000023'];

interface Replica {
  readonly name: string;
  readonly deps: CoreDeps;
  readonly discord: ShardedDiscordService;
  readonly claims: ShardClaims;
}

let database: TestDatabase;
let fake: FakeDiscord;
const clock = new TestClock(new Date());
const running: Replica[] = [];

function replica(name: string): Replica {
  const core = createTestCore(database, clock);
  const config = { token: TOKEN, apiUrl: fake.apiUrl, messageContent: false };
  const router = new PlatformRouter();
  const deps = { ...core.deps, platform: router, clock: () => new Date() };
  const discord = startShardedDiscord({ deps, router, log: core.log, rest: buildDiscordRest(config), build: (ids) => buildDiscordClients(config, { ids, count: COUNT }) });
  const claims = new ShardClaims({ db: database.db, log: core.log, replica: name, count: COUNT, leaseMs: LEASE, clock: clock.read, apply: (ids) => discord.apply(ids) });
  const r = { name, deps, discord, claims };
  running.push(r);
  return r;
}

async function beatAll(times = 1): Promise<void> {
  for (let k = 0; k < times; k += 1) {
    clock.now = new Date(clock.now.getTime() + LEASE / 3);
    for (const r of running) {
      await r.claims.beat();
      await r.claims.idle();
    }
  }
}

/** /peer-help in guild `g`: resolves with the edited reply. */
async function help(g: number): Promise<string> {
  const payload = fake.build.slashCommand({ user: MEMBER, name: 'peer-help', channel: GENERAL[g]! });
  expect((await fake.sendInteraction(payload, { timeoutMs: 5000 })).type).toBe(5);
  return JSON.stringify((await fake.waitForCall(callTo('PATCH', `/webhooks/${APP}/${payload.token}/messages/@original`), 5000)).body);
}

beforeAll(async () => {
  database = await createTestDatabase();
  fake = await FakeDiscord.start({
    applicationId: APP,
    botUserId: BOT,
    token: TOKEN,
    shards: COUNT,
    maxConcurrency: COUNT,
    guilds: GUILDS.map((id, g) => ({ id, name: `Guild ${g}`, ownerId: MEMBER, channels: [{ id: GENERAL[g]!, name: 'general' }], members: [{ id: MEMBER, username: 'member' }, ...(g === 1 ? [{ id: LONER, username: 'loner' }] : [])] })),
  });
  const rest = buildDiscordRest({ token: TOKEN, apiUrl: fake.apiUrl });
  for (const guild of GUILDS) await rest.put(Routes.applicationGuildCommands(APP, guild), { body: COMMANDS });
}, 60_000);

afterAll(async () => {
  for (const r of running) {
    await r.claims.stop();
    await r.discord.stop();
  }
  await fake.stop();
  await database.dispose();
});

describe('Discord shards across replicas', () => {
  it('two replicas run one shard each; a command in either guild reaches the one session of its shard and is answered once', async () => {
    expect(GUILDS.map((g) => shardOfGuild(g, COUNT))).toEqual([0, 1]);
    const [a, b] = [replica('a'), replica('b')];
    await a.claims.start();
    await b.claims.start();
    expect(a.claims.shards).toEqual([0, 1]);
    expect(b.claims.shards).toEqual([]);
    // b is ready with no shard (it still sends jobs); a gives one up after a lease, b claims it.
    expect(b.discord.ready()).toBeNull();
    await beatAll(6);
    expect([a.claims.shards, b.claims.shards].map((s) => s.length)).toEqual([1, 1]);
    expect(fake.gateway.liveShards().map(([id]) => id).sort()).toEqual([0, 1]);
    expect(fake.gateway.liveShards().every(([, n]) => n === COUNT)).toBe(true);
    for (const g of [0, 1]) expect(await help(g)).toContain('/listen');
    expect(fake.calls.filter((c) => c.status >= 400)).toEqual([]);
  }, 60_000);

  it("matches a DM (which comes only on shard 0) to a set-up guild on another replica's shard: the crisis reply names that community's line", async () => {
    // Guild 0 is in Great Britain, guild 1 in the United States; LONER is only in guild 1.
    const setup = createTestCore(database, clock).deps;
    for (const [g, country] of [[0, 'GB'], [1, 'US']] as const) {
      must(await configureCommunity(setup, { user: `discord:${GUILDS[g]!}:${MEMBER}`, community: `discord:${GUILDS[g]!}`, platformAdmin: true }, { settings: { country } }));
    }
    const holder = running.find((r) => r.claims.shards.includes(0))!;
    expect(holder.claims.shards).toEqual([0]);
    await holder.deps.communities.warm(holder.deps.db);
    fake.sendMessage({ author: LONER, channel: 'dm', content: 'i want to end my life' });
    const reply = await fake.waitForCall((c) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path) && JSON.stringify(c.body).includes('Are you safe right now'), 10_000);
    expect(JSON.stringify(reply.body)).toContain('988');
    expect(fake.callsTo('GET', `/guilds/${GUILDS[1]!}/members/${LONER}`).length).toBeGreaterThan(0);
    // The one refusal on the way: guild 0 (on the holder's own shard) answered "Unknown Member".
    expect(fake.calls.filter((c) => c.status >= 400).map((c) => `${c.method} ${c.path} ${c.status}`)).toEqual([`GET /guilds/${GUILDS[0]!}/members/${LONER} 404`]);
  }, 30_000);

  it('when one replica stops, the other reconnects with both shards at its next beat', async () => {
    const [a, b] = running as [Replica, Replica];
    const identifies = fake.gateway.identifies.length;
    const callsBefore = fake.calls.length;
    await a.claims.stop();
    await a.discord.stop();
    running.splice(running.indexOf(a), 1);
    expect(fake.gateway.liveShards().length).toBe(1);
    await beatAll(1);
    expect(b.claims.shards).toEqual([0, 1]);
    expect(fake.gateway.liveShards().map(([id]) => id).sort()).toEqual([0, 1]);
    // b's client was replaced: both shards identified afresh.
    expect(fake.gateway.identifies.length - identifies).toBe(2);
    for (const g of [0, 1]) expect(await help(g)).toContain('/listen');
    expect(fake.calls.slice(callsBefore).filter((c) => c.status >= 400)).toEqual([]);
  }, 60_000);
});
