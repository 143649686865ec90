/**
 * How many Discord shards a replica should give up or claim, from who is alive and what each holds.
 * Pure: the claim loop (shard-claims.ts) asks it once per beat.
 *
 * With `r` live replicas and `n` shards a fair share is ⌊n/r⌋ or ⌈n/r⌉. A replica claims free shards up
 * to ⌈n/r⌉; while another live replica holds fewer than ⌊n/r⌋ (one that joined late finds nothing free),
 * everyone else comes down to ⌊n/r⌋ and claims nothing, so the shards they give up go to the newcomer
 * instead of back to them. 3 replicas and 4 shards settle at 2, 1, 1.
 */
export interface ShardPlanInput {
  readonly me: string;
  readonly count: number;
  /** Shard ids this replica holds now. */
  readonly held: readonly number[];
  /** Live replicas (this one included or not) and how many shards each holds. */
  readonly holders: ReadonlyMap<string, number>;
  /** Shards no one holds. */
  readonly free: number;
}

export interface ShardPlan {
  /** Held ids to give up (the highest first). */
  readonly release: readonly number[];
  /** How many free shards to claim. */
  readonly claim: number;
}

export function planShards(i: ShardPlanInput): ShardPlan {
  const others = [...i.holders].filter(([replica]) => replica !== i.me);
  const replicas = others.length + 1;
  const floor = Math.floor(i.count / replicas);
  const ceil = Math.ceil(i.count / replicas);
  const someoneStarves = others.some(([, held]) => held < floor);
  const target = someoneStarves ? floor : ceil;
  const held = [...i.held].sort((a, b) => a - b);
  if (held.length > target) return { release: held.slice(target).reverse(), claim: 0 };
  return { release: [], claim: Math.max(0, Math.min(target - held.length, i.free)) };
}
