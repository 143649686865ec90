/**
 * Discord shard claims between replicas (scheduler/shard-claims.ts over db/queries/shards.ts): several
 * claim loops on one database, each beat driven by the test on a shared test clock. Every shard ends up
 * on exactly one replica, a replica that joins later gets a fair share, a dead replica's shards are taken
 * over once its lease has passed, and at no moment do two replicas run the same shard (each loop's
 * `apply` is checked against the others when it is called). On PGlite the loops share one connection;
 * on PostgreSQL (TEST_DATABASE_URL) the same runs with real connections.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { shardOwners } from '../../src/db/queries/shards.js';
import { planShards } from '../../src/scheduler/shard-plan.js';
import { ShardClaims } from '../../src/scheduler/shard-claims.js';
import { recordingLogger, TestClock } from '../support/core.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

const LEASE = 60_000;
const COUNT = 4;

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.dispose();
});
beforeEach(async () => {
  await database.db.execute(sql`truncate table discord_shards, discord_shard_replicas`);
});

interface Replica {
  readonly name: string;
  readonly claims: ShardClaims;
  /** What its gateway runs, as `apply` last set it. */
  running: readonly number[];
}

/** Replicas on one clock; `apply` fails the test if a shard it connects runs on another replica. */
function fleet(clock: TestClock) {
  const replicas: Replica[] = [];
  const overlaps: string[] = [];
  const add = (name: string): Replica => {
    const replica: Replica = {
      name,
      running: [],
      claims: new ShardClaims({
        db: database.db,
        log: recordingLogger(),
        replica: name,
        count: COUNT,
        leaseMs: LEASE,
        clock: clock.read,
        apply: async (ids) => {
          for (const other of replicas) if (other !== replica && other.running.some((id) => ids.includes(id))) overlaps.push(`${name} ${ids.join()} vs ${other.name} ${other.running.join()}`);
          replica.running = ids;
        },
      }),
    };
    replicas.push(replica);
    return replica;
  };
  /** A third of a lease passes and every live replica beats, as their timers would have them. */
  const step = async (live: readonly Replica[]) => {
    clock.now = new Date(clock.now.getTime() + LEASE / 3);
    for (const r of live) {
      await r.claims.beat();
      await r.claims.idle();
    }
  };
  /** `leases` leases pass (a replica switches at most once per lease). */
  const settle = async (live: readonly Replica[], leases = 6) => {
    for (let beat = 0; beat < leases * 3; beat += 1) await step(live);
  };
  return { add, step, settle, overlaps };
}

const sizes = (replicas: readonly Replica[]) => replicas.map((r) => r.running.length).sort();
const everyShard = (replicas: readonly Replica[]) => replicas.flatMap((r) => r.running).sort();

describe('shard claims', () => {
  it('3 replicas starting together share 4 shards 2-1-1, each shard once, as the database records', async () => {
    const clock = new TestClock(new Date('2026-12-06T10:00:00Z'));
    const f = fleet(clock);
    const replicas = [f.add('a'), f.add('b'), f.add('c')];
    await Promise.all(replicas.map((r) => r.claims.start()));
    await f.settle(replicas);
    expect(everyShard(replicas)).toEqual([0, 1, 2, 3]);
    expect(sizes(replicas)).toEqual([1, 1, 2]);
    const owners = await shardOwners(database.db, COUNT, clock.read());
    for (const r of replicas) for (const id of r.running) expect(owners.get(id)).toBe(r.name);
    expect(f.overlaps).toEqual([]);
  });

  it('a replica that joins later takes a fair share from the one that held everything', async () => {
    const clock = new TestClock(new Date('2026-12-06T10:00:00Z'));
    const f = fleet(clock);
    const a = f.add('a');
    await a.claims.start();
    expect(a.running).toEqual([0, 1, 2, 3]);
    const b = f.add('b');
    await b.claims.start();
    expect(b.running).toEqual([]);
    await f.settle([a, b]);
    expect(sizes([a, b])).toEqual([2, 2]);
    expect(everyShard([a, b])).toEqual([0, 1, 2, 3]);
    const c = f.add('c');
    await c.claims.start();
    await f.settle([a, b, c]);
    expect(sizes([a, b, c])).toEqual([1, 1, 2]);
    expect(everyShard([a, b, c])).toEqual([0, 1, 2, 3]);
    expect(f.overlaps).toEqual([]);
  });

  it("a replica that stops renewing loses its shards to the others once its lease has passed, not before", async () => {
    const clock = new TestClock(new Date('2026-12-06T10:00:00Z'));
    const f = fleet(clock);
    const [a, b, c] = [f.add('a'), f.add('b'), f.add('c')];
    await Promise.all([a, b, c].map((r) => r.claims.start()));
    await f.settle([a, b, c]);
    const dead = [a, b, c].reduce((most, r) => (r.running.length > most.running.length ? r : most));
    const survivors = [a, b, c].filter((r) => r !== dead);
    const orphaned = dead.running;
    // Its last renewal was just now: for two more beats (two thirds of a lease) its shards stay its own.
    await f.step(survivors);
    await f.step(survivors);
    expect(everyShard(survivors).filter((id) => orphaned.includes(id))).toEqual([]);
    dead.running = []; // it died: its connections are gone with it
    await f.settle(survivors, 3);
    expect(everyShard(survivors)).toEqual([0, 1, 2, 3]);
    expect(sizes(survivors)).toEqual([2, 2]);
    expect(f.overlaps).toEqual([]);
  });

  it('on shutdown a replica disconnects, then gives its shards up at once: the others claim them at their next beat', async () => {
    const clock = new TestClock(new Date('2026-12-06T10:00:00Z'));
    const f = fleet(clock);
    const [a, b] = [f.add('a'), f.add('b')];
    await Promise.all([a, b].map((r) => r.claims.start()));
    await f.settle([a, b]);
    await a.claims.stop();
    expect(a.running).toEqual([]);
    expect([...(await shardOwners(database.db, COUNT, clock.read())).values()]).toEqual(['b', 'b']);
    clock.now = new Date(clock.now.getTime() + LEASE / 3);
    await b.claims.beat();
    await b.claims.idle();
    expect(b.running).toEqual([0, 1, 2, 3]);
  });

  it('a replica whose lease lapsed and was taken over disconnects those shards at its next beat', async () => {
    const clock = new TestClock(new Date('2026-12-06T10:00:00Z'));
    const f = fleet(clock);
    const a = f.add('a');
    await a.claims.start();
    const b = f.add('b');
    await b.claims.start();
    // a stalls (a long pause) for more than a lease; b sees everything free and takes it all.
    clock.now = new Date(clock.now.getTime() + 2 * LEASE);
    const stalled = a.running;
    a.running = [];
    await b.claims.beat();
    await b.claims.idle();
    expect(b.running).toEqual([0, 1, 2, 3]);
    a.running = stalled;
    await a.claims.beat();
    await a.claims.idle();
    expect(a.running).toEqual([]);
  });
});

describe('shard claims at start-up', () => {
  it('a first login that fails fails the start, and the shards it claimed are free again', async () => {
    const clock = new TestClock(new Date('2026-12-06T10:00:00Z'));
    const claims = new ShardClaims({
      db: database.db,
      log: recordingLogger(),
      replica: 'bad-token',
      count: COUNT,
      leaseMs: LEASE,
      clock: clock.read,
      apply: (ids) => (ids.length === 0 ? Promise.resolve() : Promise.reject(new Error('An invalid token was provided.'))),
    });
    await expect(claims.start()).rejects.toThrow('An invalid token was provided.');
    expect((await shardOwners(database.db, COUNT, clock.read())).size).toBe(0);
    const census = await database.db.execute(sql`select count(*)::int as n from discord_shard_replicas`);
    expect(JSON.stringify(census)).toContain('"n":0');
  });
});

describe('planShards', () => {
  const plan = (held: number[], holders: Record<string, number>, free: number, count = 4) => planShards({ me: 'me', count, held, holders: new Map(Object.entries(holders)), free });

  it('claims up to ⌈n/r⌉ of what is free', () => {
    expect(plan([], { me: 0 }, 4)).toEqual({ release: [], claim: 4 });
    expect(plan([], { me: 0, x: 2 }, 2)).toEqual({ release: [], claim: 2 });
    expect(plan([1], { me: 1, x: 1, y: 1 }, 1)).toEqual({ release: [], claim: 1 });
    expect(plan([], { me: 0, x: 1, y: 1, z: 1 }, 0, 3)).toEqual({ release: [], claim: 0 });
  });

  it('gives up its highest ids down to ⌊n/r⌋ while another replica holds less, and claims nothing then', () => {
    expect(plan([0, 1, 2, 3], { me: 4, x: 0 }, 0)).toEqual({ release: [3, 2], claim: 0 });
    expect(plan([0, 1], { me: 2, x: 2, y: 0 }, 0)).toEqual({ release: [1], claim: 0 });
    expect(plan([0], { me: 1, x: 1, y: 0 }, 2)).toEqual({ release: [], claim: 0 });
  });

  it('more replicas than shards: one each, the rest idle', () => {
    expect(plan([], { me: 0, a: 1, b: 1, c: 1, d: 1 }, 0)).toEqual({ release: [], claim: 0 });
    expect(plan([2], { me: 1, a: 1, b: 1, c: 1, d: 0 }, 0)).toEqual({ release: [], claim: 0 });
  });
});
