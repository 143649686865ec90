/**
 * Builds discord.js's clients from configuration. With `slack.ts` beside it, this folder is the only code
 * that constructs SDK clients (test/unit/boundaries.test.ts holds it): `main.ts`, the CLI and the test
 * harnesses call it and hand the result on; `startDiscord` only wires handlers to the clients and logs
 * in and out. `main.ts` imports it lazily, so discord.js stays out of memory when Discord is not configured.
 */
import { Client, GatewayIntentBits, type GuildMember, Options, Partials, REST, type User } from 'discord.js';
import type { DiscordConfig } from '../config/config.js';

/**
 * Client-side cap for interaction edits, in requests per second. Discord does not count interaction
 * endpoints (the callback, and edits made with the interaction token) against the bot's global
 * 50 requests/s, but @discordjs/rest does: above ~50 interactions/s the edits queued without bound,
 * and every waiting handler woke at each global reset, stalling the event loop and with it the next
 * deferrals. https://discord.com/developers/docs/topics/rate-limits#global-rate-limit
 */
const INTERACTION_EDITS_PER_SECOND = 10_000;

export interface DiscordClients {
  /** The gateway client; its `rest` carries the bot's own calls (messages, threads, DMs). */
  readonly client: Client;
  /**
   * Its own manager for interaction edits (sent without auth), so they neither wait behind nor count
   * against the bot's global limit.
   */
  readonly interactionRest: REST;
  /** What `client.login` is called with when the adapter starts. */
  readonly token: string;
  /** Whether the privileged Message Content intent was asked for. */
  readonly messageContent: boolean;
}

export type DiscordClientConfig = Pick<DiscordConfig, 'token' | 'apiUrl' | 'messageContent'>;

/** The gateway shards one client identifies: `ids` of `count` in all (discord.js's `shards` and `shardCount`). */
export interface ShardAssignment {
  readonly ids: readonly number[];
  readonly count: number;
}

/**
 * What discord.js keeps of what it sees. By default it keeps every member and user it meets (each
 * interaction and message adds its author, for the life of the process) and the last 200 messages of
 * every channel and thread, text included. The adapters read none of these from the cache: members and
 * users come with each interaction or message (its roles are read from the guild's roles, which stay),
 * and everything the bot sends goes by id through REST. So none are kept, except the bot's own member
 * and user, which discord.js itself reads (`guild.members.me`, `client.user`). Guilds, channels,
 * threads and roles are kept as by default: discord.js resolves a message's channel (and whether it is
 * a thread, i.e. a session space) from them.
 * https://discordjs.guide/miscellaneous/cache-customization.html
 */
const CACHE_LIMITS = Options.cacheWithLimits({
  MessageManager: 0,
  GuildMemberManager: { maxSize: 0, keepOverLimit: (member: GuildMember) => member.id === member.client.user.id },
  UserManager: { maxSize: 0, keepOverLimit: (user: User) => user.id === user.client.user.id },
});

/**
 * Without `shards` the client runs shard 0 of 1, as discord.js does by default.
 * https://discord.com/developers/docs/events/gateway#sharding
 */
export function buildDiscordClients(config: DiscordClientConfig, shards?: ShardAssignment): DiscordClients {
  const api = config.apiUrl === null ? {} : { api: config.apiUrl };
  const client = new Client({
    ...(shards === undefined ? {} : { shards: [...shards.ids], shardCount: shards.count }),
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages, ...(config.messageContent ? [GatewayIntentBits.MessageContent] : [])],
    partials: [Partials.Channel, Partials.Message],
    makeCache: CACHE_LIMITS,
    ...(config.apiUrl === null ? {} : { rest: api }),
  });
  const interactionRest = new REST({ ...api, globalRequestsPerSecond: INTERACTION_EDITS_PER_SECOND });
  return { client, interactionRest, token: config.token, messageContent: config.messageContent };
}

/** A REST client with the bot's token and no gateway, for one-off calls (registering commands). */
export function buildDiscordRest(config: Pick<DiscordConfig, 'token' | 'apiUrl'>, o: { readonly retries?: number } = {}): REST {
  return new REST({ ...(config.apiUrl === null ? {} : { api: config.apiUrl }), ...(o.retries === undefined ? {} : { retries: o.retries }) }).setToken(config.token);
}
