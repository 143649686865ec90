/**
 * What a test declares about the Discord world before the bot connects. Ids are snowflake strings
 * (any digits work; real-looking ones such as '1100000000000000001' read best in failures).
 */
import type { ChannelType } from 'discord.js';

/** A person (or another bot) the fake knows. */
export interface UserFixture {
  readonly id: string;
  readonly username: string;
  readonly globalName?: string;
  readonly bot?: boolean;
  /** The user blocks DMs from server members: sending them a DM fails with 50007, as on Discord. */
  readonly dmsClosed?: boolean;
  /** The Discord client language sent as an interaction's `locale`; default 'en-US'. */
  readonly locale?: string;
}

/** A guild member: a user plus their roles in this guild. */
export interface MemberFixture extends UserFixture {
  /** Role ids; @everyone (the guild id) is implied. */
  readonly roles?: readonly string[];
  readonly nick?: string;
}

export interface RoleFixture {
  readonly id: string;
  readonly name: string;
  /** Permission bits (PermissionFlagsBits OR-ed), as a bigint or a decimal string; default none. */
  readonly permissions?: bigint | string;
  readonly position?: number;
}

export type GuildChannelType =
  | ChannelType.GuildText
  | ChannelType.GuildAnnouncement
  | ChannelType.GuildCategory
  | ChannelType.GuildForum
  | ChannelType.PublicThread
  | ChannelType.PrivateThread;

export interface ChannelFixture {
  readonly id: string;
  readonly name: string;
  /** Default GuildText. Threads (11, 12) need a `parentId`. */
  readonly type?: GuildChannelType;
  readonly parentId?: string;
  readonly topic?: string;
  /** Threads only: user ids already in the thread (the bot is added for threads it owns). */
  readonly memberIds?: readonly string[];
}

export interface GuildFixture {
  readonly id: string;
  readonly name: string;
  readonly ownerId: string;
  readonly channels: readonly ChannelFixture[];
  readonly members: readonly MemberFixture[];
  /** Extra roles. A role whose id is the guild id replaces the default @everyone role. */
  readonly roles?: readonly RoleFixture[];
  /**
   * What the bot's own managed role grants; default {@link DEFAULT_BOT_PERMISSIONS}. The fake checks
   * these guild-wide (no channel overwrites) on the routes that need them.
   */
  readonly botPermissions?: bigint | string;
  readonly preferredLocale?: string;
}

export interface FakeDiscordOptions {
  readonly applicationId: string;
  readonly botUserId: string;
  /** Default 'Peerline'. */
  readonly botUsername?: string;
  /** If set, REST calls and IDENTIFY with another token fail (401 / close 4004). Default: any token. */
  readonly token?: string;
  readonly guilds: readonly GuildFixture[];
  /** Users outside every fixture guild (for DMs). Members of fixture guilds are added automatically. */
  readonly users?: readonly UserFixture[];
  /** Sent in HELLO, in ms. Discord sends ~41,250; default 1,000 so zombie detection stays testable. */
  readonly heartbeatIntervalMs?: number;
  /**
   * An interaction must get its first callback within this many ms or the callback fails with 10062
   * Unknown interaction, as on Discord (3 s). `null` turns the deadline off. Default 3,000.
   */
  readonly interactionDeadlineMs?: number | null;
  /** GET /gateway/bot's recommended `shards` (default 1); the gateway routes guilds by shard either way. */
  readonly shards?: number;
  /**
   * GET /gateway/bot's `session_start_limit.max_concurrency` (default 1): discord.js identifies one
   * shard per 5 s in each of this many buckets (shard id % max_concurrency).
   */
  readonly maxConcurrency?: number;
}
