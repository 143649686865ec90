/**
 * The fake's in-memory Discord: users, guilds, channels, threads, DMs, messages, commands and live
 * interactions. Routes and the gateway read and change it; tests read it to see what people would see.
 */
import { ChannelType, ThreadAutoArchiveDuration, type APIMessage, type ApplicationCommandOptionType, type ApplicationCommandType, type InteractionType } from 'discord.js';
import type { FakeDiscordOptions, GuildFixture, UserFixture } from './fixtures.js';
import { DEFAULT_BOT_PERMISSIONS, DEFAULT_EVERYONE_PERMISSIONS, memberPermissions, toBits } from './permissions.js';
import type { SnowflakeSource } from './snowflake.js';

export interface StoredUser {
  readonly id: string;
  readonly username: string;
  readonly globalName: string | null;
  readonly bot: boolean;
  readonly dmsClosed: boolean;
  readonly locale: string;
}

export interface StoredRole {
  readonly id: string;
  readonly name: string;
  readonly permissions: bigint;
  readonly position: number;
  /** The bot's integration role, which Discord creates on invite. */
  readonly botId: string | null;
}

export interface StoredMember {
  readonly userId: string;
  readonly roles: string[];
  readonly nick: string | null;
  readonly joinedAt: string;
}

export interface StoredGuild {
  readonly id: string;
  readonly name: string;
  readonly ownerId: string;
  readonly preferredLocale: string;
  readonly roles: Map<string, StoredRole>;
  readonly members: Map<string, StoredMember>;
}

export interface StoredGuildChannel {
  readonly kind: 'guild';
  readonly id: string;
  readonly guildId: string;
  type: ChannelType.GuildText | ChannelType.GuildAnnouncement | ChannelType.GuildCategory | ChannelType.GuildForum;
  name: string;
  parentId: string | null;
  topic: string | null;
  readonly position: number;
  lastMessageId: string | null;
}

export interface StoredThread {
  readonly kind: 'thread';
  readonly id: string;
  readonly guildId: string;
  readonly parentId: string;
  readonly type: ChannelType.PublicThread | ChannelType.PrivateThread;
  readonly ownerId: string;
  readonly createdAt: string;
  name: string;
  archived: boolean;
  locked: boolean;
  invitable: boolean;
  autoArchiveDuration: ThreadAutoArchiveDuration;
  archiveTimestamp: string;
  readonly members: Map<string, string>;
  messageCount: number;
  lastMessageId: string | null;
}

export interface StoredDm {
  readonly kind: 'dm';
  readonly id: string;
  readonly recipientId: string;
  lastMessageId: string | null;
}

export type StoredChannel = StoredGuildChannel | StoredThread | StoredDm;

export interface StoredMessage {
  /** Mutable: edits change it in place. */
  payload: APIMessage;
  /** Ephemeral interaction replies: only this user sees them, and GET /channels/…/messages/… 404s. */
  readonly ephemeralFor: string | null;
}

/** An interaction the fake dispatched, and how the bot has answered it so far. */
export interface StoredInteraction {
  readonly id: string;
  readonly token: string;
  readonly type: InteractionType;
  readonly userId: string;
  readonly guildId: string | null;
  readonly channelId: string;
  readonly createdAt: number;
  /** Components: the message the component was on; what type 6/7 callbacks and @original refer to. */
  readonly sourceMessageId: string | null;
  callbackType: number | null;
  originalMessageId: string | null;
}

export interface StoredCommandOption {
  readonly type: ApplicationCommandOptionType;
  readonly name: string;
  readonly options?: readonly StoredCommandOption[] | undefined;
}

/** A command registered by bulk overwrite; `payload` is what GET returns. */
export interface StoredCommand {
  readonly id: string;
  readonly guildId: string | null;
  readonly name: string;
  readonly type: ApplicationCommandType;
  readonly options: readonly StoredCommandOption[];
  readonly payload: Readonly<Record<string, unknown>>;
}

export class FakeState {
  readonly users = new Map<string, StoredUser>();
  readonly guilds = new Map<string, StoredGuild>();
  readonly channels = new Map<string, StoredChannel>();
  readonly messages = new Map<string, StoredMessage>();
  readonly interactions = new Map<string, StoredInteraction>();
  globalCommands: StoredCommand[] = [];
  readonly guildCommands = new Map<string, StoredCommand[]>();
  readonly botUserId: string;
  readonly applicationId: string;
  readonly #dms = new Map<string, string>();

  constructor(
    options: FakeDiscordOptions,
    readonly ids: SnowflakeSource,
  ) {
    this.botUserId = options.botUserId;
    this.applicationId = options.applicationId;
    this.#addUser({ id: options.botUserId, username: options.botUsername ?? 'Peerline', bot: true });
    for (const user of options.users ?? []) this.#addUser(user);
    for (const guild of options.guilds) this.#addGuild(guild);
  }

  #addUser(user: UserFixture): void {
    this.users.set(user.id, {
      id: user.id,
      username: user.username,
      globalName: user.globalName ?? null,
      bot: user.bot ?? false,
      dmsClosed: user.dmsClosed ?? false,
      locale: user.locale ?? 'en-US',
    });
  }

  #addGuild(fixture: GuildFixture): void {
    const joinedAt = new Date().toISOString();
    const roles = new Map<string, StoredRole>();
    roles.set(fixture.id, { id: fixture.id, name: '@everyone', permissions: DEFAULT_EVERYONE_PERMISSIONS, position: 0, botId: null });
    for (const [index, role] of (fixture.roles ?? []).entries()) {
      roles.set(role.id, {
        id: role.id,
        name: role.name,
        permissions: toBits(role.permissions, 0n),
        position: role.position ?? (role.id === fixture.id ? 0 : index + 1),
        botId: null,
      });
    }
    const botRoleId = this.ids.next();
    roles.set(botRoleId, {
      id: botRoleId,
      name: this.users.get(this.botUserId)?.username ?? 'bot',
      permissions: toBits(fixture.botPermissions, DEFAULT_BOT_PERMISSIONS),
      position: roles.size,
      botId: this.botUserId,
    });
    const members = new Map<string, StoredMember>();
    for (const member of fixture.members) {
      if (!this.users.has(member.id)) this.#addUser(member);
      members.set(member.id, { userId: member.id, roles: [...(member.roles ?? [])], nick: member.nick ?? null, joinedAt });
    }
    members.set(this.botUserId, { userId: this.botUserId, roles: [botRoleId], nick: null, joinedAt });
    this.guilds.set(fixture.id, {
      id: fixture.id,
      name: fixture.name,
      ownerId: fixture.ownerId,
      preferredLocale: fixture.preferredLocale ?? 'en-US',
      roles,
      members,
    });
    for (const [position, channel] of fixture.channels.entries()) {
      const type = channel.type ?? ChannelType.GuildText;
      if (type === ChannelType.PublicThread || type === ChannelType.PrivateThread) {
        if (channel.parentId === undefined) throw new Error(`FakeDiscord fixture: thread ${channel.id} needs a parentId`);
        const now = new Date().toISOString();
        this.channels.set(channel.id, {
          kind: 'thread',
          id: channel.id,
          guildId: fixture.id,
          parentId: channel.parentId,
          type,
          ownerId: fixture.ownerId,
          createdAt: now,
          name: channel.name,
          archived: false,
          locked: false,
          invitable: type === ChannelType.PrivateThread ? false : true,
          autoArchiveDuration: ThreadAutoArchiveDuration.OneDay,
          archiveTimestamp: now,
          members: new Map((channel.memberIds ?? []).map((id) => [id, now])),
          messageCount: 0,
          lastMessageId: null,
        });
      } else {
        this.channels.set(channel.id, {
          kind: 'guild',
          id: channel.id,
          guildId: fixture.id,
          type,
          name: channel.name,
          parentId: channel.parentId ?? null,
          topic: channel.topic ?? null,
          position,
          lastMessageId: null,
        });
      }
    }
  }

  user(id: string): StoredUser | undefined {
    return this.users.get(id);
  }

  get botUser(): StoredUser {
    const bot = this.users.get(this.botUserId);
    if (bot === undefined) throw new Error('FakeDiscord: the bot user is missing');
    return bot;
  }

  channel(id: string): StoredChannel | undefined {
    return this.channels.get(id);
  }

  channelsOf(guildId: string): StoredGuildChannel[] {
    return [...this.channels.values()].filter((c): c is StoredGuildChannel => c.kind === 'guild' && c.guildId === guildId);
  }

  threadsOf(guildId: string): StoredThread[] {
    return [...this.channels.values()].filter((c): c is StoredThread => c.kind === 'thread' && c.guildId === guildId);
  }

  /** The guild a channel or thread belongs to; null for DMs and unknown channels. */
  guildOf(channelId: string): StoredGuild | null {
    const channel = this.channels.get(channelId);
    if (channel === undefined || channel.kind === 'dm') return null;
    return this.guilds.get(channel.guildId) ?? null;
  }

  /** Guild-wide permissions of a member (no channel overwrites); 0 if not a member. */
  permissionsOf(guildId: string, userId: string): bigint {
    const guild = this.guilds.get(guildId);
    const member = guild?.members.get(userId);
    if (guild === undefined || member === undefined) return 0n;
    return memberPermissions({
      isOwner: guild.ownerId === userId,
      everyone: guild.roles.get(guild.id)?.permissions ?? 0n,
      rolePermissions: member.roles.map((id) => guild.roles.get(id)?.permissions ?? 0n),
    });
  }

  /** The bot's DM channel with a user, opened on first use (POST /users/@me/channels does the same). */
  openDm(userId: string): StoredDm {
    const existing = this.#dms.get(userId);
    const found = existing === undefined ? undefined : this.channels.get(existing);
    if (found?.kind === 'dm') return found;
    const dm: StoredDm = { kind: 'dm', id: this.ids.next(), recipientId: userId, lastMessageId: null };
    this.channels.set(dm.id, dm);
    this.#dms.set(userId, dm.id);
    return dm;
  }

  /** The DM channel id with a user, if one was opened. */
  dmChannelOf(userId: string): string | undefined {
    return this.#dms.get(userId);
  }

  addMessage(payload: APIMessage, ephemeralFor: string | null = null): StoredMessage {
    const stored: StoredMessage = { payload, ephemeralFor };
    this.messages.set(payload.id, stored);
    const channel = this.channels.get(payload.channel_id);
    if (channel !== undefined && ephemeralFor === null) {
      channel.lastMessageId = payload.id;
      if (channel.kind === 'thread') channel.messageCount += 1;
    }
    return stored;
  }

  /** Messages in a channel, oldest first, ephemerals included; with a viewer, only what they can see. */
  messagesIn(channelId: string, viewer?: string): APIMessage[] {
    return [...this.messages.values()]
      .filter((m) => m.payload.channel_id === channelId)
      .filter((m) => viewer === undefined || m.ephemeralFor === null || m.ephemeralFor === viewer)
      .map((m) => m.payload);
  }

  interactionByToken(token: string): StoredInteraction | undefined {
    for (const interaction of this.interactions.values()) if (interaction.token === token) return interaction;
    return undefined;
  }
}
