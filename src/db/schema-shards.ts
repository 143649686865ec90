/**
 * Which replica runs which Discord gateway shard. Leases, not advisory locks: a lease is a row anyone can
 * read (operators and tests see who holds what), it works the same on PGlite, and it does not pin a pooled
 * connection for the life of the claim — a session advisory lock dies silently with its connection while
 * the replica keeps its shards connected; a lease holder notices when it can no longer renew.
 */
import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** One row per shard of a shard count; free when `owner` is null or `lease_until` has passed. */
export const discordShards = pgTable(
  'discord_shards',
  {
    /** The total the shard belongs to: replicas configured with another total never share rows. */
    shardCount: integer('shard_count').notNull(),
    shardId: integer('shard_id').notNull(),
    owner: text('owner'),
    leaseUntil: ts('lease_until'),
  },
  (t) => [primaryKey({ columns: [t.shardCount, t.shardId] })],
);

/** Replicas taking part in the claims, holding shards or not, so a replica that joins late is counted. */
export const discordShardReplicas = pgTable('discord_shard_replicas', {
  replica: text('replica').primaryKey(),
  shardCount: integer('shard_count').notNull(),
  seenUntil: ts('seen_until').notNull(),
});
