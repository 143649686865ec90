/** Render stored state as Discord API v10 objects (REST bodies and gateway `d`s). */
import {
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildVerificationLevel,
  Locale,
  MessageType,
  type APIChannel,
  type ChannelFlags,
  type APIGuild,
  type APIGuildMember,
  type APIMessage,
  type APIRole,
  type APIThreadChannel,
  type APIThreadMember,
  type APIUser,
  type GatewayGuildCreateDispatchData,
} from 'discord.js';
import type { FakeState, StoredChannel, StoredGuild, StoredGuildChannel, StoredMember, StoredRole, StoredThread, StoredUser } from './state.js';

/** Discord's flag enums have no zero member; an empty bit set is still valid on the wire. */
export function noFlags<T extends number>(): T {
  return 0 as T;
}

const LOCALES: ReadonlySet<string> = new Set(Object.values(Locale));

export function toLocale(value: string): Locale {
  return LOCALES.has(value) ? (value as Locale) : Locale.EnglishUS;
}

export function userPayload(user: StoredUser): APIUser {
  return {
    id: user.id,
    username: user.username,
    discriminator: '0',
    global_name: user.globalName,
    avatar: null,
    ...(user.bot ? { bot: true } : {}),
    public_flags: noFlags(),
    flags: noFlags(),
    banner: null,
    accent_color: null,
    avatar_decoration_data: null,
    collectibles: null,
    primary_guild: null,
  };
}

export function rolePayload(role: StoredRole): APIRole {
  return {
    id: role.id,
    name: role.name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: role.position,
    permissions: role.permissions.toString(),
    managed: role.botId !== null,
    mentionable: false,
    flags: noFlags(),
    ...(role.botId === null ? {} : { tags: { bot_id: role.botId } }),
  };
}

export function memberPayload(state: FakeState, member: StoredMember): APIGuildMember {
  const user = state.user(member.userId);
  if (user === undefined) throw new Error(`FakeDiscord: member ${member.userId} has no user`);
  return {
    user: userPayload(user),
    nick: member.nick,
    avatar: null,
    banner: null,
    roles: [...member.roles],
    joined_at: member.joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: noFlags(),
    pending: false,
    communication_disabled_until: null,
  };
}

export function threadMemberPayload(thread: StoredThread, userId: string): APIThreadMember {
  return { id: thread.id, user_id: userId, join_timestamp: thread.members.get(userId) ?? thread.createdAt, flags: noFlags() };
}

export function threadPayload(thread: StoredThread, viewer?: string): APIThreadChannel {
  return {
    id: thread.id,
    type: thread.type,
    guild_id: thread.guildId,
    parent_id: thread.parentId,
    owner_id: thread.ownerId,
    name: thread.name,
    last_message_id: thread.lastMessageId,
    rate_limit_per_user: 0,
    flags: noFlags(),
    member_count: Math.min(thread.members.size, 50),
    message_count: thread.messageCount,
    total_message_sent: thread.messageCount,
    thread_metadata: {
      archived: thread.archived,
      auto_archive_duration: thread.autoArchiveDuration,
      archive_timestamp: thread.archiveTimestamp,
      locked: thread.locked,
      create_timestamp: thread.createdAt,
      ...(thread.type === ChannelType.PrivateThread ? { invitable: thread.invitable } : {}),
    },
    ...(viewer !== undefined && thread.members.has(viewer) ? { member: threadMemberPayload(thread, viewer) } : {}),
  };
}

export function channelPayload(state: FakeState, channel: StoredChannel): APIChannel {
  switch (channel.kind) {
    case 'dm': {
      const recipient = state.user(channel.recipientId);
      return {
        id: channel.id,
        type: ChannelType.DM,
        name: null,
        flags: noFlags<ChannelFlags>(),
        last_message_id: channel.lastMessageId,
        recipients: recipient === undefined ? [] : [userPayload(recipient)],
      };
    }
    case 'thread':
      return threadPayload(channel, state.botUserId);
    case 'guild':
      return guildChannelPayload(channel);
  }
}

export type GuildChannelPayload = GatewayGuildCreateDispatchData['channels'][number];

export function guildChannelPayload(channel: StoredGuildChannel): GuildChannelPayload {
  const base = {
    id: channel.id,
    guild_id: channel.guildId,
    name: channel.name,
    position: channel.position,
    parent_id: channel.parentId,
    permission_overwrites: [],
    nsfw: false,
    flags: noFlags<ChannelFlags>(),
  };
  switch (channel.type) {
    case ChannelType.GuildCategory:
      return { ...base, parent_id: null, type: ChannelType.GuildCategory };
    case ChannelType.GuildForum:
      return {
        ...base,
        type: ChannelType.GuildForum,
        topic: channel.topic,
        last_message_id: null,
        rate_limit_per_user: 0,
        available_tags: [],
        default_reaction_emoji: null,
        default_sort_order: null,
        default_forum_layout: 0,
        default_thread_rate_limit_per_user: 0,
      };
    case ChannelType.GuildAnnouncement:
      return { ...base, type: ChannelType.GuildAnnouncement, topic: channel.topic, last_message_id: channel.lastMessageId };
    case ChannelType.GuildText:
      return {
        ...base,
        type: ChannelType.GuildText,
        topic: channel.topic,
        last_message_id: channel.lastMessageId,
        rate_limit_per_user: 0,
        default_thread_rate_limit_per_user: 0,
      };
  }
}

export function guildPayload(state: FakeState, guild: StoredGuild): APIGuild {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    icon_hash: null,
    splash: null,
    discovery_splash: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    widget_channel_id: null,
    verification_level: GuildVerificationLevel.Low,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.AllMembers,
    roles: [...guild.roles.values()].map(rolePayload),
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: noFlags(),
    rules_channel_id: null,
    max_presences: null,
    max_members: 500_000,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    preferred_locale: toLocale(guild.preferredLocale),
    public_updates_channel_id: null,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    nsfw_level: GuildNSFWLevel.Default,
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
  };
}

/** GUILD_CREATE as the bot receives it on connect: channels, active threads it can see, every member. */
export function guildCreatePayload(state: FakeState, guild: StoredGuild): GatewayGuildCreateDispatchData {
  const botJoinedAt = guild.members.get(state.botUserId)?.joinedAt ?? new Date().toISOString();
  return {
    ...guildPayload(state, guild),
    joined_at: botJoinedAt,
    large: false,
    unavailable: false,
    member_count: guild.members.size,
    voice_states: [],
    members: [...guild.members.values()].map((m) => memberPayload(state, m)),
    channels: state.channelsOf(guild.id).map(guildChannelPayload),
    // Discord lists private threads only to members of them (or those with Manage Threads).
    threads: state
      .threadsOf(guild.id)
      .filter((t) => !t.archived && (t.type === ChannelType.PublicThread || t.members.has(state.botUserId)))
      .map((t) => threadPayload(t, state.botUserId)),
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** A new message by `author`, with every field Discord sends; `extra` overrides (content, components, …). */
export function messagePayload(
  state: FakeState,
  input: { readonly id: string; readonly channelId: string; readonly author: StoredUser; readonly extra?: Partial<APIMessage> },
): APIMessage {
  return {
    id: input.id,
    channel_id: input.channelId,
    author: userPayload(input.author),
    content: '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: MessageType.Default,
    flags: noFlags(),
    ...input.extra,
  };
}

/** Mentioned users as Discord lists them: those whose `<@id>` appears in the content. */
export function mentionsIn(state: FakeState, content: string): APIUser[] {
  const ids = new Set([...content.matchAll(/<@!?(\d+)>/g)].map((m) => m[1]).filter((id): id is string => id !== undefined));
  return [...ids].map((id) => state.user(id)).filter((u): u is StoredUser => u !== undefined).map(userPayload);
}
