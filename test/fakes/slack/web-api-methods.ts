/**
 * The Web API methods the fake answers, each a pure function of the workspace state and the call's
 * arguments. Results and error codes follow docs.slack.dev/reference/methods; anything not listed here
 * answers `unknown_method`, as Slack does.
 */
import type { Conversation, StoredMessage, StoredView, Workspace } from './workspace.js';

/** Decoded arguments of one call: form fields are strings, JSON-valued fields (blocks, view…) are parsed. */
export type ApiArgs = Readonly<Record<string, unknown>>;

/** The JSON body Slack answers with; failures are `ok: false` with an error code. */
export type ApiResult =
  | { readonly ok: true; readonly [field: string]: unknown }
  | { readonly ok: false; readonly error: string; readonly [field: string]: unknown };

export type MethodHandler = (ws: Workspace, args: ApiArgs) => ApiResult;

const MAX_MPIM_USERS = 8;

function fail(error: string): ApiResult {
  return { ok: false, error };
}

function str(args: ApiArgs, key: string): string | undefined {
  const v = args[key];
  if (typeof v === 'string') return v === '' ? undefined : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

function flag(args: ApiArgs, key: string): boolean {
  const v = args[key];
  return v === true || v === 'true' || v === '1' || v === 1;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A `channel` argument may be an id, a `#name`, or (for posts) a user id meaning the app's DM with them. */
function findConversation(ws: Workspace, channel: string, allowUser: boolean): Conversation | undefined {
  const byId = ws.conversation(channel);
  if (byId !== undefined) return byId;
  if (allowUser && ws.user(channel) !== undefined) return ws.openDm([channel]).conversation;
  const name = channel.replace(/^#/, '');
  return [...ws.conversations.values()].find((c) => c.kind !== 'im' && c.name === name);
}

function messageJson(m: StoredMessage): Record<string, unknown> {
  const { channel: _channel, ...rest } = m;
  return rest;
}

function content(args: ApiArgs): { text: string | undefined; blocks: unknown; attachments: unknown } {
  return { text: str(args, 'text'), blocks: args['blocks'], attachments: args['attachments'] };
}

function hasContent(c: ReturnType<typeof content>): boolean {
  return c.text !== undefined || c.blocks !== undefined || c.attachments !== undefined;
}

function postMessage(ws: Workspace, args: ApiArgs): ApiResult {
  const target = str(args, 'channel');
  const conv = target === undefined ? undefined : findConversation(ws, target, true);
  if (conv === undefined) return fail('channel_not_found');
  if (conv.isArchived) return fail('is_archived');
  if (!conv.botIsMember) return fail('not_in_channel');
  const c = content(args);
  if (!hasContent(c)) return fail('no_text');
  const threadTs = str(args, 'thread_ts');
  const message: StoredMessage = {
    type: 'message',
    ts: ws.nextTs(),
    channel: conv.id,
    text: c.text ?? '',
    ...(c.blocks === undefined ? {} : { blocks: c.blocks }),
    ...(c.attachments === undefined ? {} : { attachments: c.attachments }),
    ...(args['metadata'] === undefined ? {} : { metadata: args['metadata'] }),
    user: ws.seed.botUserId,
    bot_id: ws.seed.botId,
    app_id: ws.appId,
    team: ws.teamId,
    ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
  };
  ws.messagesIn(conv.id).set(message.ts, message);
  return { ok: true, channel: conv.id, ts: message.ts, message: messageJson(message) };
}

/** Finds a message the bot may change; Slack refuses edits of other people's messages. */
function ownMessage(ws: Workspace, args: ApiArgs, tsKey: string, refusal: string): StoredMessage | ApiResult {
  const channel = str(args, 'channel');
  const conv = channel === undefined ? undefined : findConversation(ws, channel, false);
  if (conv === undefined) return fail('channel_not_found');
  const ts = str(args, tsKey);
  const message = ts === undefined ? undefined : ws.messages.get(conv.id)?.get(ts);
  if (message === undefined) return fail('message_not_found');
  if (message.bot_id !== ws.seed.botId) return fail(refusal);
  return message;
}

function isResult(v: StoredMessage | ApiResult): v is ApiResult {
  return 'ok' in v;
}

function updateMessage(ws: Workspace, args: ApiArgs): ApiResult {
  const found = ownMessage(ws, args, 'ts', 'cant_update_message');
  if (isResult(found)) return found;
  const c = content(args);
  if (c.text !== undefined) found.text = c.text;
  if (c.blocks !== undefined) found.blocks = c.blocks;
  if (c.attachments !== undefined) found.attachments = c.attachments;
  found.edited = { user: ws.seed.botUserId, ts: ws.nextTs() };
  return { ok: true, channel: found.channel, ts: found.ts, text: found.text, message: messageJson(found) };
}

function deleteMessage(ws: Workspace, args: ApiArgs): ApiResult {
  const found = ownMessage(ws, args, 'ts', 'cant_delete_message');
  if (isResult(found)) return found;
  ws.messages.get(found.channel)?.delete(found.ts);
  return { ok: true, channel: found.channel, ts: found.ts };
}

function postEphemeral(ws: Workspace, args: ApiArgs): ApiResult {
  const channel = str(args, 'channel');
  const conv = channel === undefined ? undefined : findConversation(ws, channel, false);
  if (conv === undefined) return fail('channel_not_found');
  const user = str(args, 'user');
  if (user === undefined || !ws.isKnownUser(user)) return fail('user_not_found');
  if (!conv.botIsMember) return fail('not_in_channel');
  if (!ws.isMember(conv, user)) return fail('user_not_in_channel');
  const c = content(args);
  if (!hasContent(c)) return fail('no_text');
  const messageTs = ws.nextTs();
  ws.ephemerals.push({ channel: conv.id, user, message_ts: messageTs, text: c.text, blocks: c.blocks });
  return { ok: true, message_ts: messageTs };
}

function getPermalink(ws: Workspace, args: ApiArgs): ApiResult {
  const channel = str(args, 'channel');
  const conv = channel === undefined ? undefined : findConversation(ws, channel, false);
  if (conv === undefined) return fail('channel_not_found');
  const ts = str(args, 'message_ts');
  if (ts === undefined || ws.messages.get(conv.id)?.get(ts) === undefined) return fail('message_not_found');
  return { ok: true, channel: conv.id, permalink: ws.permalink(conv.id, ts) };
}

function openConversation(ws: Workspace, args: ApiArgs): ApiResult {
  const channel = str(args, 'channel');
  if (channel !== undefined) {
    const conv = ws.conversations.get(channel);
    if (conv === undefined) return fail('channel_not_found');
    if (conv.kind !== 'im' && conv.kind !== 'mpim') return fail('method_not_supported_for_channel_type');
    const alreadyOpen = conv.isOpen;
    conv.isOpen = true;
    return { ok: true, ...(alreadyOpen ? { no_op: true, already_open: true } : {}), channel: ws.conversationJson(conv) };
  }
  const users = (str(args, 'users') ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter((u) => u !== '');
  if (users.length === 0) return fail('users_list_not_supplied');
  if (users.length > MAX_MPIM_USERS) return fail('too_many_users');
  for (const u of users) {
    if (!ws.isKnownUser(u)) return fail('user_not_found');
    if (ws.user(u)?.deleted === true) return fail('user_disabled');
  }
  const { conversation, alreadyOpen } = ws.openDm(users);
  const full = conversation.kind === 'mpim' || flag(args, 'return_im');
  return {
    ok: true,
    ...(alreadyOpen ? { no_op: true, already_open: true } : {}),
    channel: full ? ws.conversationJson(conversation) : { id: conversation.id },
  };
}

function closeConversation(ws: Workspace, args: ApiArgs): ApiResult {
  const channel = str(args, 'channel');
  const conv = channel === undefined ? undefined : ws.conversation(channel);
  if (conv === undefined) return fail('channel_not_found');
  if (conv.kind !== 'im' && conv.kind !== 'mpim') return fail('method_not_supported_for_channel_type');
  const wasOpen = conv.isOpen;
  conv.isOpen = false;
  return wasOpen ? { ok: true } : { ok: true, no_op: true, already_closed: true };
}

function conversationInfo(ws: Workspace, args: ApiArgs): ApiResult {
  const channel = str(args, 'channel');
  const conv = channel === undefined ? undefined : ws.conversation(channel);
  if (conv === undefined) return fail('channel_not_found');
  return { ok: true, channel: ws.conversationJson(conv) };
}

function conversationMembers(ws: Workspace, args: ApiArgs): ApiResult {
  const channel = str(args, 'channel');
  const conv = channel === undefined ? undefined : ws.conversation(channel);
  if (conv === undefined) return fail('channel_not_found');
  const members = conv.botIsMember && !conv.members.includes(ws.seed.botUserId) ? [...conv.members, ws.seed.botUserId] : conv.members;
  return { ok: true, members, response_metadata: { next_cursor: '' } };
}

/**
 * Newest first, as Slack answers; `oldest`/`latest` bound the ts (exclusive), `limit` defaults to 100, and
 * message metadata is included only with `include_all_metadata`.
 */
function conversationHistory(ws: Workspace, args: ApiArgs): ApiResult {
  const channel = str(args, 'channel');
  const conv = channel === undefined ? undefined : ws.conversation(channel);
  if (conv === undefined) return fail('channel_not_found');
  if (!conv.botIsMember && conv.kind !== 'im' && conv.kind !== 'mpim') return fail('not_in_channel');
  const oldest = Number(str(args, 'oldest') ?? '0');
  const latest = Number(str(args, 'latest') ?? 'Infinity');
  const limit = Math.min(999, Number(str(args, 'limit') ?? '100'));
  const withMetadata = flag(args, 'include_all_metadata');
  const inRange = [...ws.messagesIn(conv.id).values()]
    .filter((m) => Number(m.ts) > oldest && Number(m.ts) < latest)
    .sort((a, b) => Number(b.ts) - Number(a.ts));
  const messages = inRange.slice(0, limit).map((m) => {
    const { metadata, ...json } = messageJson(m);
    return withMetadata && metadata !== undefined ? { ...json, metadata } : json;
  });
  return { ok: true, messages, has_more: inRange.length > limit, response_metadata: { next_cursor: '' } };
}

function parseView(raw: unknown): Record<string, unknown> | undefined {
  if (isRecord(raw)) return raw;
  if (typeof raw !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function storeView(ws: Workspace, view: Record<string, unknown>, id: string, previous: StoredView | undefined): StoredView {
  const text = (k: string): string => {
    const v = view[k];
    return typeof v === 'string' ? v : '';
  };
  const stored: StoredView = {
    blocks: [],
    ...view,
    id,
    team_id: ws.teamId,
    type: text('type'),
    callback_id: text('callback_id'),
    private_metadata: text('private_metadata'),
    external_id: text('external_id'),
    hash: `${Math.floor(Date.now() / 1000)}.${ws.nextId('h')}`,
    root_view_id: previous?.root_view_id ?? id,
    previous_view_id: previous?.previous_view_id ?? null,
    app_id: ws.appId,
    bot_id: ws.seed.botId,
    state: { values: {} },
  };
  ws.views.set(id, stored);
  return stored;
}

/** views.open and views.push: a trigger id is single-use, as in Slack. */
function openView(ws: Workspace, args: ApiArgs): ApiResult {
  const trigger = str(args, 'trigger_id') ?? str(args, 'interactivity_pointer');
  if (trigger === undefined) return fail('invalid_arguments');
  if (ws.usedTriggers.has(trigger)) return fail('exchanged_trigger_id');
  const view = parseView(args['view']);
  if (view === undefined || typeof view['type'] !== 'string') return fail('invalid_arguments');
  ws.usedTriggers.add(trigger);
  return { ok: true, view: storeView(ws, view, ws.nextId('V'), undefined) };
}

function updateView(ws: Workspace, args: ApiArgs): ApiResult {
  const viewId = str(args, 'view_id');
  const externalId = str(args, 'external_id');
  const current =
    viewId !== undefined ? ws.views.get(viewId) : [...ws.views.values()].find((v) => externalId !== undefined && v.external_id === externalId);
  if (current === undefined) return fail('not_found');
  const hash = str(args, 'hash');
  if (hash !== undefined && hash !== current.hash) return fail('hash_conflict');
  const view = parseView(args['view']);
  if (view === undefined || typeof view['type'] !== 'string') return fail('invalid_arguments');
  return { ok: true, view: storeView(ws, view, current.id, current) };
}

function publishView(ws: Workspace, args: ApiArgs): ApiResult {
  const user = str(args, 'user_id');
  if (user === undefined || ws.user(user) === undefined) return fail('user_not_found');
  const view = parseView(args['view']);
  if (view === undefined || view['type'] !== 'home') return fail('invalid_arguments');
  const previous = ws.homes.get(user);
  const stored = storeView(ws, view, previous?.id ?? ws.nextId('V'), previous);
  ws.homes.set(user, stored);
  return { ok: true, view: stored };
}

function userInfo(ws: Workspace, args: ApiArgs): ApiResult {
  const id = str(args, 'user');
  // Slack adds `locale` only when asked with include_locale (a boolean, sent as "true" in a form post).
  const withLocale = args['include_locale'] === true || args['include_locale'] === 'true';
  const user = id === undefined ? undefined : ws.userJson(id, withLocale);
  return user === undefined ? fail('user_not_found') : { ok: true, user };
}

function lookupByEmail(ws: Workspace, args: ApiArgs): ApiResult {
  const email = str(args, 'email')?.toLowerCase();
  const found = [...ws.users.values()].find((u) => email !== undefined && u.email?.toLowerCase() === email);
  const user = found === undefined ? undefined : ws.userJson(found.id);
  return user === undefined ? fail('users_not_found') : { ok: true, user };
}

function authTest(ws: Workspace): ApiResult {
  return {
    ok: true,
    url: `https://${ws.domain}.slack.com/`,
    team: ws.seed.teamName ?? 'Peerline Test',
    user: 'peerline',
    team_id: ws.teamId,
    user_id: ws.seed.botUserId,
    bot_id: ws.seed.botId,
    is_enterprise_install: false,
  };
}

function teamInfo(ws: Workspace): ApiResult {
  return {
    ok: true,
    team: {
      id: ws.teamId,
      name: ws.seed.teamName ?? 'Peerline Test',
      domain: ws.domain,
      email_domain: '',
      icon: { image_default: true },
    },
  };
}

/** Every method the fake knows, by Slack's method name. */
export const WEB_API_METHODS: Readonly<Record<string, MethodHandler>> = {
  'api.test': (_ws, args) => ({ ok: true, args }),
  'auth.test': authTest,
  'chat.postMessage': postMessage,
  'chat.update': updateMessage,
  'chat.delete': deleteMessage,
  'chat.postEphemeral': postEphemeral,
  'chat.getPermalink': getPermalink,
  'conversations.open': openConversation,
  'conversations.close': closeConversation,
  'conversations.info': conversationInfo,
  'conversations.members': conversationMembers,
  'conversations.history': conversationHistory,
  'views.open': openView,
  'views.push': openView,
  'views.update': updateView,
  'views.publish': publishView,
  'users.info': userInfo,
  'users.lookupByEmail': lookupByEmail,
  'team.info': teamInfo,
};
