/**
 * The claim loop for Discord gateway shards: every third of a lease this replica renews the shards it
 * holds (and its presence), then — unless a switch is already under way or the last one was less than a
 * lease ago — gives up extras or claims free shards as shard-plan.ts says, and hands the new set to the
 * gateway (`apply`). discord.js cannot change a client's shards while it runs, so each switch reconnects
 * every shard this replica runs: hence at most one voluntary switch per lease.
 *
 * Order keeps a shard on at most one replica: a shard is claimed in the database before it is connected,
 * and given up in the database only after its connection closed.
 */
import { errorName, type Logger } from '../core/index.js';
import type { Db } from '../db/client.js';
import { claimFreeShards, ensureShardRows, leaveShards, releaseShards, renewShards, shardCensus, type ShardHolder } from '../db/queries/shards.js';
import { planShards } from './shard-plan.js';

/** Default lease on a claimed shard (ms): a dead replica's shards are claimed within a lease, a beat and a switch (~14 s). */
export const SHARD_LEASE_MS = 10_000;

export interface ShardClaimsOptions {
  readonly db: Db;
  readonly log: Logger;
  /** This process, as it appears in `discord_shards.owner`. */
  readonly replica: string;
  /** Total shards of the bot. */
  readonly count: number;
  readonly leaseMs?: number;
  /** Connects exactly these shard ids (none: disconnect); resolves once they are connected. */
  readonly apply: (ids: readonly number[]) => Promise<void>;
  readonly clock?: () => Date;
}

const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((id, k) => id === b[k]);

export class ShardClaims {
  readonly #o: Required<ShardClaimsOptions>;
  /** What the gateway runs (or is switching to). */
  #connected: readonly number[] = [];
  #switching: Promise<void> | null = null;
  #beating: Promise<void> | null = null;
  /** When the last switch started (ms), for the one-per-lease limit; null before the first. */
  #lastSwitch: number | null = null;
  #failing = false;
  /** Why the last switch failed, or null when it succeeded. */
  #failed: Error | null = null;
  #timer: NodeJS.Timeout | null = null;

  constructor(options: ShardClaimsOptions) {
    this.#o = { leaseMs: SHARD_LEASE_MS, clock: () => new Date(), ...options };
  }

  /** The shard ids the gateway runs, or is switching to. */
  get shards(): readonly number[] {
    return this.#connected;
  }

  /** Takes part, claims a first share and waits until it is connected; then beats every third of a lease. */
  async start(): Promise<void> {
    await ensureShardRows(this.#o.db, this.#o.count);
    await this.beat();
    await this.#switching;
    if (this.#failed !== null) {
      // A first login that fails (a revoked token, a wrong API URL) is a start-up problem, as without shards.
      await leaveShards(this.#o.db, this.#o.replica);
      throw this.#failed;
    }
    this.#timer = setInterval(() => {
      // A failed census or claim is tried again at the next beat; renewals report their own failures.
      this.beat().catch((error: unknown) => this.#o.log.warn('shards.beat_failed', { replica: this.#o.replica, error: errorName(error) }));
    }, this.#o.leaseMs / 3);
    this.#timer.unref();
  }

  /** One renewal and, when allowed, one rebalancing step. Overlapping calls share the beat in progress. */
  beat(): Promise<void> {
    this.#beating ??= this.#beat().finally(() => {
      this.#beating = null;
    });
    return this.#beating;
  }

  async #beat(): Promise<void> {
    const { db, log, leaseMs, count } = this.#o;
    const now = this.#o.clock();
    const holder: ShardHolder = { replica: this.#o.replica, count, until: new Date(now.getTime() + leaseMs) };
    let held: number[];
    try {
      held = await renewShards(db, holder, now);
      if (this.#failing) log.info('shards.renew_recovered', { replica: holder.replica });
      this.#failing = false;
    } catch (error) {
      // The shards stay connected while the database is away: crisis replies must not wait on it
      // (invariant 2). Should another replica take them over meanwhile, both run them until this one
      // can renew again and sees them gone; inbound deliveries are deduplicated in the database.
      if (!this.#failing) log.warn('shards.renew_failed', { replica: holder.replica, error: errorName(error) });
      this.#failing = true;
      return;
    }
    if (this.#switching !== null) return;
    const lost = this.#connected.filter((id) => !held.includes(id));
    if (lost.length > 0) {
      // Our lease lapsed and another replica took these: disconnect them now, whenever the last switch was.
      log.warn('shards.lost', { replica: holder.replica, lost });
      this.#switch(held, null);
      return;
    }
    if (this.#lastSwitch !== null && now.getTime() - this.#lastSwitch < leaseMs) return;
    // Held but not connected: a switch failed (or this object started over): connect what the database says.
    if (!same(held, this.#connected)) {
      this.#switch(held, null);
      return;
    }
    const census = await shardCensus(db, count, now);
    const plan = planShards({ me: holder.replica, count, held, holders: census.holders, free: census.free });
    if (plan.release.length > 0) {
      this.#switch(
        held.filter((id) => !plan.release.includes(id)),
        plan.release,
      );
    } else if (plan.claim > 0) {
      const claimed = await claimFreeShards(db, holder, plan.claim, now);
      if (claimed.length > 0) this.#switch([...held, ...claimed].sort((a, b) => a - b), null);
    }
  }

  /** Connects `ids`, then gives up `release` in the database (their connections are closed by then). */
  #switch(ids: readonly number[], release: readonly number[] | null): void {
    const { db, log, replica, count } = this.#o;
    const from = this.#connected;
    this.#connected = ids;
    this.#lastSwitch = this.#o.clock().getTime();
    log.info('shards.switch', { replica, count, from, to: ids, ...(release === null ? {} : { release }) });
    this.#switching = (async () => {
      try {
        await this.#o.apply(ids);
        if (release !== null) await releaseShards(db, replica, count, release);
        this.#failed = null;
      } catch (error) {
        this.#failed = error instanceof Error ? error : new Error(errorName(error));
        // The next beat tries again from what the database says (a failed login leaves the set unconnected).
        log.error('shards.switch_failed', { replica, to: ids, error: errorName(error) });
        this.#connected = [];
      }
    })().finally(() => {
      this.#switching = null;
    });
  }

  /** Resolves when the beat and the switch in progress (if any) are over. */
  async idle(): Promise<void> {
    await this.#beating;
    await this.#switching;
  }

  /** Disconnects every shard, then gives them up and leaves (on shutdown). */
  async stop(): Promise<void> {
    if (this.#timer !== null) clearInterval(this.#timer);
    await this.#beating;
    await this.#switching;
    await this.#o.apply([]);
    this.#connected = [];
    await leaveShards(this.#o.db, this.#o.replica);
  }
}
