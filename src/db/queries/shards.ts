/**
 * Discord shard leases (see schema-shards.ts). A replica renews what it holds every third of a lease;
 * a shard whose holder stopped renewing is free once its lease has passed, so a dead replica's shards are
 * taken over within a lease plus one beat. Claims take free rows with SKIP LOCKED, so two replicas
 * claiming at once never get the same shard.
 */
import { and, asc, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { discordShardReplicas, discordShards } from '../schema.js';

export interface ShardHolder {
  readonly replica: string;
  /** The shard count this replica runs with. */
  readonly count: number;
  /** When its presence (and the leases it renews with it) runs out unless renewed. */
  readonly until: Date;
}

/** Makes sure every shard of `count` has a row, so that free shards can be claimed by an update. */
export async function ensureShardRows(db: Db, count: number): Promise<void> {
  await db
    .insert(discordShards)
    .values(Array.from({ length: count }, (_, shardId) => ({ shardCount: count, shardId })))
    .onConflictDoNothing();
}

/**
 * Records that `replica` takes part and extends the leases it still holds; returns the shard ids it holds.
 * Presences that ran out are removed (replica ids are new at every start, so a killed one leaves a row).
 */
export async function renewShards(db: Db, h: ShardHolder, now: Date): Promise<number[]> {
  await db.delete(discordShardReplicas).where(lte(discordShardReplicas.seenUntil, now));
  await db
    .insert(discordShardReplicas)
    .values({ replica: h.replica, shardCount: h.count, seenUntil: h.until })
    .onConflictDoUpdate({ target: discordShardReplicas.replica, set: { shardCount: h.count, seenUntil: h.until } });
  const rows = await db
    .update(discordShards)
    .set({ leaseUntil: h.until })
    .where(and(eq(discordShards.shardCount, h.count), eq(discordShards.owner, h.replica)))
    .returning({ id: discordShards.shardId });
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

export interface ShardCensus {
  /** Live replicas (presence not expired) and how many live leases each holds. */
  readonly holders: ReadonlyMap<string, number>;
  /** Shards nobody holds a live lease on. */
  readonly free: number;
}

/** Who takes part at `now`, what each holds, and how many shards are free. */
export async function shardCensus(db: Db, count: number, now: Date): Promise<ShardCensus> {
  const replicas = await db
    .select({ replica: discordShardReplicas.replica })
    .from(discordShardReplicas)
    .where(and(eq(discordShardReplicas.shardCount, count), gt(discordShardReplicas.seenUntil, now)));
  const held = await db
    .select({ owner: discordShards.owner, n: sql<number>`count(*)::int` })
    .from(discordShards)
    .where(and(eq(discordShards.shardCount, count), gt(discordShards.leaseUntil, now)))
    .groupBy(discordShards.owner);
  const holders = new Map<string, number>(replicas.map((r) => [r.replica, 0]));
  let taken = 0;
  for (const row of held) {
    if (row.owner === null) continue;
    taken += Number(row.n);
    // A holder whose presence lapsed but whose lease has not is still counted: it still runs the shards.
    holders.set(row.owner, Number(row.n));
  }
  return { holders, free: count - taken };
}

/** Claims up to `max` free shards (lowest ids first) for `h.replica`; returns the ids it got. */
export async function claimFreeShards(db: Db, h: ShardHolder, max: number, now: Date): Promise<number[]> {
  if (max <= 0) return [];
  const free = db
    .select({ id: discordShards.shardId })
    .from(discordShards)
    .where(and(eq(discordShards.shardCount, h.count), or(isNull(discordShards.owner), isNull(discordShards.leaseUntil), lte(discordShards.leaseUntil, now))))
    .orderBy(asc(discordShards.shardId))
    .limit(max)
    .for('update', { skipLocked: true });
  const rows = await db
    .update(discordShards)
    .set({ owner: h.replica, leaseUntil: h.until })
    .where(and(eq(discordShards.shardCount, h.count), inArray(discordShards.shardId, free)))
    .returning({ id: discordShards.shardId });
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

/** Gives up `ids` (only those `replica` still holds); call once their gateway connections are closed. */
export async function releaseShards(db: Db, replica: string, count: number, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(discordShards)
    .set({ owner: null, leaseUntil: null })
    .where(and(eq(discordShards.shardCount, count), eq(discordShards.owner, replica), inArray(discordShards.shardId, [...ids])));
}

/** Gives up every shard `replica` holds and its presence (on shutdown). */
export async function leaveShards(db: Db, replica: string): Promise<void> {
  await db.update(discordShards).set({ owner: null, leaseUntil: null }).where(eq(discordShards.owner, replica));
  await db.delete(discordShardReplicas).where(eq(discordShardReplicas.replica, replica));
}

/** Every live lease at `now`, as shard id → owner (for operators and tests). */
export async function shardOwners(db: Db, count: number, now: Date): Promise<Map<number, string>> {
  const rows = await db
    .select({ id: discordShards.shardId, owner: discordShards.owner })
    .from(discordShards)
    .where(and(eq(discordShards.shardCount, count), gt(discordShards.leaseUntil, now)));
  return new Map(rows.flatMap((r) => (r.owner === null ? [] : [[r.id, r.owner] as const])));
}
