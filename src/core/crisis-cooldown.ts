/**
 * Per-person rate limit on crisis replies, kept in memory so the reply never waits on the database.
 * A repeat within the cooldown is quiet unless the tier rises. With several instances a person may get
 * one extra reply; erring that way is the safe side.
 */
import { tierRank, type Tier } from '../crisis/index.js';

export class CrisisCooldown {
  readonly #last = new Map<string, { tier: Tier; at: number }>();

  /** Returns true (and records it) when a reply at `tier` should be sent now. */
  shouldReply(key: string, tier: Tier, nowMs: number, cooldownMs: number): boolean {
    const last = this.#last.get(key);
    if (last !== undefined && nowMs - last.at < cooldownMs && tierRank(tier) <= tierRank(last.tier)) return false;
    this.#last.set(key, { tier, at: nowMs });
    if (this.#last.size > 10_000) this.#prune(nowMs, cooldownMs);
    return true;
  }

  forget(keyPrefix: string): void {
    for (const key of this.#last.keys()) if (key.startsWith(keyPrefix)) this.#last.delete(key);
  }

  #prune(nowMs: number, cooldownMs: number): void {
    for (const [key, value] of this.#last) if (nowMs - value.at >= cooldownMs) this.#last.delete(key);
  }
}
