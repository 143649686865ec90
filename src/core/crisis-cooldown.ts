/**
 * The crisis path's memory, kept in-process so a crisis reply never waits on the database: the
 * per-person cooldown on coordinator alerts, the open crisis conversations, and the signals (never the
 * text) of each person's last few messages in each place, so a plan spread over messages is seen. The cooldown throttles
 * alerts only — the person is always answered (a repeat gets a short "I'm still here"). With several
 * instances a person may cause one extra alert; erring that way is the safe side.
 */
import { ConversationContext, prepareCrisis, tierRank, type Tier } from '../crisis/index.js';
import { CrisisConversations } from './crisis-conversation.js';

export class CrisisCooldown {
  readonly #last = new Map<string, { tier: Tier; at: number }>();
  /** Who the bot is still listening to after a crisis reply. */
  readonly conversations = new CrisisConversations();
  /** The last 5 messages' signals per person and place, for 15 minutes; at most 10,000 of them (at most ~20 MB: ConversationContext.BYTES_PER_KEY). */
  readonly recent = new ConversationContext();

  constructor() {
    // The detectors are built before the first message, never on it: a crisis reply must not wait for a
    // compile (about half a second). The bot has already read them from the build's file (crisis-tables.ts),
    // which makes this a no-op; any other core (tests, tools) compiles them here, once per process.
    prepareCrisis();
  }

  /** Returns true (and records it) when a full reply and an alert at `tier` are due now. */
  shouldReply(key: string, tier: Tier, nowMs: number, cooldownMs: number): boolean {
    const last = this.#last.get(key);
    if (last !== undefined && nowMs - last.at < cooldownMs && tierRank(tier) <= tierRank(last.tier)) return false;
    this.#last.set(key, { tier, at: nowMs });
    if (this.#last.size > 10_000) this.#prune(nowMs, cooldownMs);
    return true;
  }

  forget(keyPrefix: string): void {
    for (const key of this.#last.keys()) if (key.startsWith(keyPrefix)) this.#last.delete(key);
    this.conversations.forget(keyPrefix);
    this.recent.forget(keyPrefix);
  }

  #prune(nowMs: number, cooldownMs: number): void {
    for (const [key, value] of this.#last) if (nowMs - value.at >= cooldownMs) this.#last.delete(key);
  }
}
