/**
 * Which guild a person's DMs to the bot belong to. A DM carries no guild, so the adapter asks Discord
 * whether the person is a member of each set-up guild the bot is in. Only Discord's "Unknown Member"
 * (JSON code 10007) means "not a member": a 429, a 5xx or a network failure is a fault and is thrown
 * (discord.js has already retried 5xx three times and waited out 429s by then), so an outage never
 * sends a member's DM to "no community". Answers are remembered, within a bound.
 * https://discord.com/developers/docs/resources/guild#get-guild-member
 */
import { DiscordAPIError, Routes, type REST } from 'discord.js';
import type { CommunityRef } from '../../core/index.js';
import { discordGuildOf } from './refs.js';

/** Discord's JSON error code for a guild member that does not exist. */
export const UNKNOWN_MEMBER = 10007;

/** At most 10,000 people remembered (~1 MB), each for at most one hour (someone may leave a guild). */
export const DM_GUILD_BOUND = { maxEntries: 10_000, ttlMs: 60 * 60 * 1000 } as const;

/** A map bounded in size (the least recently used entry goes first) and in age (an entry older than `ttlMs` is gone). */
export class BoundedCache<V> {
  readonly #entries = new Map<string, { value: V; at: number }>();

  constructor(
    readonly maxEntries: number,
    readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.#entries.size;
  }

  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    this.#entries.delete(key);
    if (this.now() - entry.at >= this.ttlMs) return undefined;
    // Re-inserted: a Map iterates in insertion order, so the first key is the least recently used.
    this.#entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, { value, at: this.now() });
    while (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done === true) break;
      this.#entries.delete(oldest.value);
    }
  }
}

export function isUnknownMember(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.code === UNKNOWN_MEMBER;
}

/** Discord's JSON error codes for a guild the bot is not in (it left, or was removed): nobody is a member there for us. */
export const BOT_NOT_IN_GUILD: ReadonlySet<number> = new Set([10004 /* Unknown Guild */, 50001 /* Missing Access */]);

function isBotNotInGuild(error: unknown): boolean {
  return error instanceof DiscordAPIError && typeof error.code === 'number' && BOT_NOT_IN_GUILD.has(error.code);
}

export interface DmGuildLookup {
  /**
   * The guilds to try, in order: those this process's gateway client holds first, then (with shards
   * spread over replicas, where DMs come only on shard 0) every set-up guild it knows of from memory.
   */
  guilds(): Iterable<string>;
  /** Whether Peerline is set up in this guild (from memory first: a DM may carry a crisis). */
  isSetUp(guild: string): Promise<boolean>;
}

/**
 * The guilds a DM may belong to, each once: the gateway client's own first, then the Discord guilds of
 * the set-up communities `communities` names (other platforms' refs are skipped).
 */
export function* dmCandidates(cached: Iterable<string>, communities: Iterable<CommunityRef>): Generator<string> {
  const seen = new Set<string>();
  for (const guild of cached) {
    seen.add(guild);
    yield guild;
  }
  for (const ref of communities) {
    const guild = discordGuildOf(ref);
    if (guild === null || seen.has(guild)) continue;
    seen.add(guild);
    yield guild;
  }
}

export class DmGuilds {
  readonly #cache: BoundedCache<string>;

  constructor(
    private readonly rest: REST,
    private readonly lookup: DmGuildLookup,
    bound: { readonly maxEntries: number; readonly ttlMs: number } = DM_GUILD_BOUND,
    now: () => number = Date.now,
  ) {
    this.#cache = new BoundedCache(bound.maxEntries, bound.ttlMs, now);
  }

  /**
   * The first set-up guild `user` is a member of, or null when they are a member of none. Throws when
   * Discord could not say (rate limit, server error, network): the caller reports it as a fault.
   */
  async of(user: string): Promise<string | null> {
    const known = this.#cache.get(user);
    if (known !== undefined) return known;
    for (const guild of this.lookup.guilds()) {
      if (!(await this.lookup.isSetUp(guild))) continue;
      try {
        await this.rest.get(Routes.guildMember(guild, user));
      } catch (error) {
        // A guild on another replica's shard that the bot has since left answers "unknown guild" or
        // "missing access": not a fault, just not a guild to match.
        if (isUnknownMember(error) || isBotNotInGuild(error)) continue;
        throw error;
      }
      this.#cache.set(user, guild);
      return guild;
    }
    return null;
  }
}
