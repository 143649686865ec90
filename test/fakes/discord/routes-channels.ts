/** Channels, their messages, threads and thread members. https://discord.com/developers/docs/resources/channel */
import { ChannelType, PermissionFlagsBits, ThreadAutoArchiveDuration } from 'discord.js';
import { z } from 'zod';
import { DiscordErrors, DiscordHttpError } from './errors.js';
import { createMessage, editMessage } from './messages.js';
import { channelPayload, memberPayload, threadMemberPayload, threadPayload } from './payloads.js';
import { has } from './permissions.js';
import { invalidForm, parseBody, requireBotPermission, type RouteContext } from './route-context.js';
import { noContent, ok, type RestRequest, type RestRoute } from './rest-server.js';
import type { StoredChannel, StoredMessage, StoredThread } from './state.js';
import { deletion } from './routes-interactions.js';

const archiveDuration = z.enum(ThreadAutoArchiveDuration);

const threadBody = z.object({
  name: z.string().min(1).max(100),
  type: z.union([z.literal(ChannelType.PublicThread), z.literal(ChannelType.PrivateThread)]).optional(),
  invitable: z.boolean().optional(),
  auto_archive_duration: archiveDuration.optional(),
  rate_limit_per_user: z.number().int().optional(),
});

const channelPatchBody = z.object({
  name: z.string().min(1).max(100).optional(),
  topic: z.string().max(1024).nullable().optional(),
  archived: z.boolean().optional(),
  locked: z.boolean().optional(),
  invitable: z.boolean().optional(),
  auto_archive_duration: archiveDuration.optional(),
});

function channelOf(ctx: RouteContext, request: RestRequest): StoredChannel {
  const channel = ctx.state.channel(request.params.channelId ?? '');
  if (channel === undefined) throw DiscordHttpError.of(DiscordErrors.unknownChannel);
  return channel;
}

function threadOf(ctx: RouteContext, request: RestRequest): StoredThread {
  const channel = channelOf(ctx, request);
  if (channel.kind !== 'thread') throw DiscordHttpError.of(DiscordErrors.wrongChannelType);
  return channel;
}

/** Ephemeral interaction replies cannot be fetched through the channel. */
function messageOf(ctx: RouteContext, request: RestRequest): StoredMessage {
  const channel = channelOf(ctx, request);
  const stored = ctx.state.messages.get(request.params.messageId ?? '');
  if (stored === undefined || stored.payload.channel_id !== channel.id || stored.ephemeralFor !== null) throw DiscordHttpError.of(DiscordErrors.unknownMessage);
  return stored;
}

function userIdOf(ctx: RouteContext, request: RestRequest): string {
  const id = request.params.userId ?? '';
  return id === '@me' ? ctx.state.botUserId : id;
}

function createThread(ctx: RouteContext, request: RestRequest) {
  const parent = channelOf(ctx, request);
  const body = parseBody(threadBody, request.body);
  const type = body.type ?? ChannelType.PrivateThread;
  if (parent.kind !== 'guild' || !(parent.type === ChannelType.GuildText || (parent.type === ChannelType.GuildAnnouncement && type === ChannelType.PublicThread))) {
    throw DiscordHttpError.of(DiscordErrors.wrongChannelType);
  }
  requireBotPermission(ctx, parent.guildId, type === ChannelType.PrivateThread ? PermissionFlagsBits.CreatePrivateThreads : PermissionFlagsBits.CreatePublicThreads);
  const now = new Date().toISOString();
  const thread: StoredThread = {
    kind: 'thread',
    id: ctx.state.ids.next(),
    guildId: parent.guildId,
    parentId: parent.id,
    type,
    ownerId: ctx.state.botUserId,
    createdAt: now,
    name: body.name,
    archived: false,
    locked: false,
    // Discord's default: members of a private thread may invite others.
    invitable: type === ChannelType.PrivateThread ? (body.invitable ?? true) : true,
    autoArchiveDuration: body.auto_archive_duration ?? ThreadAutoArchiveDuration.ThreeDays,
    archiveTimestamp: now,
    members: new Map([[ctx.state.botUserId, now]]),
    messageCount: 0,
    lastMessageId: null,
  };
  ctx.state.channels.set(thread.id, thread);
  ctx.emit('THREAD_CREATE', { ...threadPayload(thread, ctx.state.botUserId), newly_created: true });
  return ok(threadPayload(thread, ctx.state.botUserId));
}

/** Private threads are reachable by their members and by Manage Threads. */
function requireThreadAccess(ctx: RouteContext, thread: StoredThread): void {
  if (thread.type !== ChannelType.PrivateThread || thread.members.has(ctx.state.botUserId)) return;
  if (!has(ctx.state.permissionsOf(thread.guildId, ctx.state.botUserId), PermissionFlagsBits.ManageThreads)) throw DiscordHttpError.of(DiscordErrors.missingAccess);
}

function membersUpdate(ctx: RouteContext, thread: StoredThread, change: { added?: string; removed?: string }): void {
  const guild = ctx.state.guilds.get(thread.guildId);
  const member = change.added === undefined ? undefined : guild?.members.get(change.added);
  ctx.emit('THREAD_MEMBERS_UPDATE', {
    id: thread.id,
    guild_id: thread.guildId,
    member_count: Math.min(thread.members.size, 50),
    ...(change.added === undefined
      ? {}
      : { added_members: [{ ...threadMemberPayload(thread, change.added), ...(member === undefined ? {} : { member: memberPayload(ctx.state, member), presence: null }) }] }),
    ...(change.removed === undefined ? {} : { removed_member_ids: [change.removed] }),
  });
}

function addThreadMember(ctx: RouteContext, request: RestRequest) {
  const thread = threadOf(ctx, request);
  const userId = userIdOf(ctx, request);
  if (thread.archived) throw DiscordHttpError.of(DiscordErrors.threadArchived);
  if (ctx.state.guilds.get(thread.guildId)?.members.has(userId) !== true) throw DiscordHttpError.of(DiscordErrors.unknownMember);
  if (userId !== ctx.state.botUserId) requireThreadAccess(ctx, thread);
  if (!thread.members.has(userId)) {
    thread.members.set(userId, new Date().toISOString());
    membersUpdate(ctx, thread, { added: userId });
  }
  return noContent();
}

function removeThreadMember(ctx: RouteContext, request: RestRequest) {
  const thread = threadOf(ctx, request);
  const userId = userIdOf(ctx, request);
  if (thread.archived) throw DiscordHttpError.of(DiscordErrors.threadArchived);
  if (userId !== ctx.state.botUserId && userId !== thread.ownerId) requireBotPermission(ctx, thread.guildId, PermissionFlagsBits.ManageThreads);
  if (thread.members.delete(userId)) membersUpdate(ctx, thread, { removed: userId });
  return noContent();
}

function patchChannel(ctx: RouteContext, request: RestRequest) {
  const channel = channelOf(ctx, request);
  const body = parseBody(channelPatchBody, request.body);
  if (channel.kind === 'dm') throw DiscordHttpError.of(DiscordErrors.wrongChannelType);
  if (channel.kind === 'guild') {
    requireBotPermission(ctx, channel.guildId, PermissionFlagsBits.ManageChannels);
    if (body.name !== undefined) channel.name = body.name;
    if (body.topic !== undefined) channel.topic = body.topic;
    const payload = channelPayload(ctx.state, channel);
    ctx.emit('CHANNEL_UPDATE', payload);
    return ok(payload);
  }
  // Locking, changing invitable, or touching someone else's thread needs Manage Threads.
  const needsManage = body.locked !== undefined || body.invitable !== undefined || channel.ownerId !== ctx.state.botUserId;
  if (needsManage) requireBotPermission(ctx, channel.guildId, PermissionFlagsBits.ManageThreads);
  if (channel.locked && channel.archived && body.archived !== false) throw DiscordHttpError.of(DiscordErrors.threadArchived);
  if (body.invitable !== undefined && channel.type !== ChannelType.PrivateThread) throw invalidForm('invitable', 'BASE_TYPE_INVALID', 'Only private threads have invitable.');
  if (body.name !== undefined) channel.name = body.name;
  if (body.locked !== undefined) channel.locked = body.locked;
  if (body.invitable !== undefined) channel.invitable = body.invitable;
  if (body.auto_archive_duration !== undefined) channel.autoArchiveDuration = body.auto_archive_duration;
  if (body.archived !== undefined && body.archived !== channel.archived) {
    channel.archived = body.archived;
    channel.archiveTimestamp = new Date().toISOString();
  }
  const payload = threadPayload(channel, ctx.state.botUserId);
  ctx.emit('THREAD_UPDATE', payload);
  return ok(payload);
}

export function channelRoutes(ctx: RouteContext): RestRoute[] {
  return [
    {
      method: 'GET',
      template: '/channels/:channelId',
      auth: true,
      handle: (r) => {
        const channel = channelOf(ctx, r);
        if (channel.kind === 'thread') requireThreadAccess(ctx, channel);
        return ok(channelPayload(ctx.state, channel));
      },
    },
    { method: 'PATCH', template: '/channels/:channelId', auth: true, handle: (r) => patchChannel(ctx, r) },
    {
      method: 'POST',
      template: '/channels/:channelId/messages',
      auth: true,
      handle: (r) => {
        const channel = channelOf(ctx, r);
        if (channel.kind === 'thread') requireThreadAccess(ctx, channel);
        return ok(createMessage(ctx, { channelId: channel.id, author: ctx.state.botUser, body: r.body }).payload);
      },
    },
    {
      method: 'GET',
      template: '/channels/:channelId/messages',
      auth: true,
      handle: (r) => {
        const channel = channelOf(ctx, r);
        const limit = Math.min(Number(r.query.get('limit') ?? 50), 100);
        // Newest first, as Discord returns them.
        return ok(ctx.state.messagesIn(channel.id).filter((m) => ctx.state.messages.get(m.id)?.ephemeralFor === null).reverse().slice(0, limit));
      },
    },
    { method: 'GET', template: '/channels/:channelId/messages/:messageId', auth: true, handle: (r) => ok(messageOf(ctx, r).payload) },
    {
      method: 'PATCH',
      template: '/channels/:channelId/messages/:messageId',
      auth: true,
      handle: (r) => {
        const stored = messageOf(ctx, r);
        if (stored.payload.author.id !== ctx.state.botUserId) throw DiscordHttpError.of(DiscordErrors.cannotEditOthersMessage);
        return ok(editMessage(ctx, stored, r.body));
      },
    },
    {
      method: 'DELETE',
      template: '/channels/:channelId/messages/:messageId',
      auth: true,
      handle: (r) => {
        const stored = messageOf(ctx, r);
        const guild = ctx.state.guildOf(stored.payload.channel_id);
        if (stored.payload.author.id !== ctx.state.botUserId && guild !== null) requireBotPermission(ctx, guild.id, PermissionFlagsBits.ManageMessages);
        ctx.state.messages.delete(stored.payload.id);
        ctx.emit('MESSAGE_DELETE', deletion(ctx, stored.payload));
        return noContent();
      },
    },
    {
      method: 'POST',
      template: '/channels/:channelId/typing',
      auth: true,
      handle: (r) => {
        channelOf(ctx, r);
        return noContent();
      },
    },
    { method: 'POST', template: '/channels/:channelId/threads', auth: true, handle: (r) => createThread(ctx, r) },
    { method: 'PUT', template: '/channels/:channelId/thread-members/:userId', auth: true, handle: (r) => addThreadMember(ctx, r) },
    { method: 'DELETE', template: '/channels/:channelId/thread-members/:userId', auth: true, handle: (r) => removeThreadMember(ctx, r) },
    {
      method: 'GET',
      template: '/channels/:channelId/thread-members/:userId',
      auth: true,
      handle: (r) => {
        const thread = threadOf(ctx, r);
        const userId = userIdOf(ctx, r);
        if (!thread.members.has(userId)) throw DiscordHttpError.of(DiscordErrors.unknownMember);
        return ok(threadMemberPayload(thread, userId));
      },
    },
    {
      method: 'GET',
      template: '/channels/:channelId/thread-members',
      auth: true,
      handle: (r) => {
        const thread = threadOf(ctx, r);
        return ok([...thread.members.keys()].map((id) => threadMemberPayload(thread, id)));
      },
    },
  ];
}
