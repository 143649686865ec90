/** Creating and editing messages the way Discord validates and announces them. */
import { ChannelType, MessageFlags, PermissionFlagsBits, type APIMessage } from 'discord.js';
import { z } from 'zod';
import { DiscordErrors, DiscordHttpError } from './errors.js';
import { channelPayload, memberPayload, mentionsIn, messagePayload, threadPayload } from './payloads.js';
import { invalidForm, parseBody, requireBotPermission, type RouteContext } from './route-context.js';
import type { StoredMessage, StoredUser } from './state.js';

/** The fields of a create/edit message body the fake understands; others are kept as sent. */
export const messageBody = z.looseObject({
  content: z.string().nullable().optional(),
  embeds: z.array(z.looseObject({})).nullable().optional(),
  components: z.array(z.looseObject({ type: z.number() })).nullable().optional(),
  flags: z.number().int().nullable().optional(),
  attachments: z.array(z.looseObject({})).nullable().optional(),
  sticker_ids: z.array(z.string()).optional(),
  poll: z.looseObject({}).optional(),
  tts: z.boolean().optional(),
});
export type MessageBody = z.infer<typeof messageBody>;

const MAX_CONTENT = 2000;
const MAX_EMBEDS = 10;
const MAX_ROWS = 5;

function validate(body: MessageBody, creating: boolean, files: number): void {
  if ((body.content ?? '').length > MAX_CONTENT) throw invalidForm('content', 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_CONTENT} or fewer in length.`);
  if ((body.embeds ?? []).length > MAX_EMBEDS) throw invalidForm('embeds', 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_EMBEDS} or fewer in length.`);
  const v2 = ((body.flags ?? 0) & MessageFlags.IsComponentsV2) !== 0;
  if (!v2 && (body.components ?? []).length > MAX_ROWS) throw invalidForm('components', 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_ROWS} or fewer in length.`);
  if (!creating) return;
  const empty =
    (body.content ?? '') === '' &&
    (body.embeds ?? []).length === 0 &&
    (body.components ?? []).length === 0 &&
    (body.sticker_ids ?? []).length === 0 &&
    body.poll === undefined &&
    files === 0;
  if (empty) throw DiscordHttpError.of(DiscordErrors.emptyMessage);
}

/**
 * The body's message fields as they appear on the stored message. Extras such as allowed_mentions,
 * message_reference or nonce are instructions, not message fields, and are left out.
 */
function fields(body: MessageBody): Partial<APIMessage> {
  const out: Record<string, unknown> = {};
  if (body.content !== undefined && body.content !== null) out.content = body.content;
  if (body.embeds !== undefined && body.embeds !== null) out.embeds = body.embeds;
  if (body.components !== undefined && body.components !== null) out.components = body.components;
  if (body.flags !== undefined && body.flags !== null) out.flags = body.flags;
  // Discord echoes the (validated) embeds and components back as sent; the fake does the same.
  return out;
}

export interface CreateMessageInput {
  readonly channelId: string;
  readonly author: StoredUser;
  readonly body: unknown;
  readonly files?: number;
  /** Fields Discord sets itself (interaction metadata, webhook id, type, loading flag). */
  readonly extra?: Partial<APIMessage>;
  /** Ephemeral interaction replies: seen only by this user, never dispatched. */
  readonly ephemeralFor?: string | null;
  /** Deferred replies start empty. */
  readonly allowEmpty?: boolean;
  /** Interaction responses bypass channel permission checks, as on Discord. */
  readonly asInteractionResponse?: boolean;
}

/**
 * Posts a message: checks the channel accepts it (DMs closed, archived threads, permissions), stores
 * it, and dispatches MESSAGE_CREATE (the bot receives its own messages too).
 */
/** How long the fake remembers a nonce for `enforce_nonce` (Discord documents "the past few minutes"). */
export const NONCE_WINDOW_MS = 5 * 60_000;
interface Remembered {
  readonly stored: StoredMessage;
  readonly at: number;
}
const noncesOf = new WeakMap<object, Map<string, Remembered>>();

export function createMessage(ctx: RouteContext, input: CreateMessageInput): StoredMessage {
  const { state } = ctx;
  const body = parseBody(messageBody, input.body);
  validate(body, input.allowEmpty !== true, input.files ?? 0);
  // enforce_nonce: a message the same author created with this nonce recently is returned instead of a new one.
  const nonce = body['enforce_nonce'] === true && (typeof body['nonce'] === 'string' || typeof body['nonce'] === 'number') ? `${input.author.id}:${String(body['nonce'])}` : null;
  let nonces = noncesOf.get(state);
  if (nonces === undefined) noncesOf.set(state, (nonces = new Map<string, Remembered>()));
  const earlier = nonce === null ? undefined : nonces.get(nonce);
  if (earlier !== undefined && Date.now() - earlier.at < NONCE_WINDOW_MS) return earlier.stored;
  const channel = state.channel(input.channelId);
  if (channel === undefined) throw DiscordHttpError.of(DiscordErrors.unknownChannel);
  if (channel.kind === 'dm') {
    const recipient = state.user(channel.recipientId);
    if (recipient === undefined || recipient.dmsClosed || recipient.bot) throw DiscordHttpError.of(DiscordErrors.cannotSendToUser);
  } else if (channel.kind === 'guild') {
    if (channel.type === ChannelType.GuildCategory || channel.type === ChannelType.GuildForum) throw DiscordHttpError.of(DiscordErrors.wrongChannelType);
    if (input.asInteractionResponse !== true) requireBotPermission(ctx, channel.guildId, PermissionFlagsBits.SendMessages);
  } else {
    if (input.asInteractionResponse !== true) requireBotPermission(ctx, channel.guildId, PermissionFlagsBits.SendMessagesInThreads);
    if (channel.archived && channel.locked) throw DiscordHttpError.of(DiscordErrors.threadArchived);
    if (channel.archived) {
      // Posting in an archived (unlocked) thread unarchives it.
      channel.archived = false;
      channel.archiveTimestamp = new Date().toISOString();
      ctx.emit('THREAD_UPDATE', threadPayload(channel));
    }
  }
  const content = body.content ?? '';
  const payload = messagePayload(state, {
    id: state.ids.next(),
    channelId: channel.id,
    author: input.author,
    extra: { ...fields(body), mentions: mentionsIn(state, content), ...input.extra },
  });
  const stored = state.addMessage(payload, input.ephemeralFor ?? null);
  if (nonce !== null) nonces.set(nonce, { stored, at: Date.now() });
  if (stored.ephemeralFor === null) ctx.emit('MESSAGE_CREATE', gatewayMessage(ctx, payload));
  return stored;
}

/** Applies an edit in place, marks it edited and dispatches MESSAGE_UPDATE (unless ephemeral). */
export function editMessage(ctx: RouteContext, stored: StoredMessage, rawBody: unknown): APIMessage {
  const body = parseBody(messageBody, rawBody);
  validate(body, false, 0);
  const changes = fields(body);
  // A deferred reply stops "thinking" at its first edit.
  const flags = ((changes.flags ?? stored.payload.flags ?? 0) & ~MessageFlags.Loading) | ((stored.payload.flags ?? 0) & MessageFlags.Ephemeral);
  stored.payload = { ...stored.payload, ...changes, flags, edited_timestamp: new Date().toISOString() };
  if (changes.content !== undefined) stored.payload.mentions = mentionsIn(ctx.state, changes.content);
  if (stored.ephemeralFor === null) ctx.emit('MESSAGE_UPDATE', gatewayMessage(ctx, stored.payload));
  return stored.payload;
}

/** MESSAGE_CREATE/UPDATE add `guild_id`, the author's `member` and `channel_type` to the REST shape. */
export function gatewayMessage(ctx: RouteContext, message: APIMessage): Record<string, unknown> {
  const channel = ctx.state.channel(message.channel_id);
  const type = channel === undefined ? undefined : channelPayload(ctx.state, channel).type;
  const guild = ctx.state.guildOf(message.channel_id);
  const member = guild?.members.get(message.author.id);
  const extra: Record<string, unknown> = { ...(type === undefined ? {} : { channel_type: type }) };
  if (guild !== null) {
    extra.guild_id = guild.id;
    if (member !== undefined && message.webhook_id === undefined) {
      const { user: _user, ...partial } = memberPayload(ctx.state, member);
      extra.member = partial;
    }
  }
  return { ...message, ...extra };
}
