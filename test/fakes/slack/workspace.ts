/**
 * The state behind the fake Slack Web API: one workspace with its users, channels, DMs, messages and
 * views. Ids and shapes follow Slack's (`U…` users, `C…`/`G…` channels, `D…` DMs, `V…` views, `ts` as
 * `seconds.micros`), so code under test cannot tell it from the real thing by looking at an id.
 */

/** A member of the fake workspace, as `users.info` will describe them. */
export interface UserSeed {
  readonly id: string;
  readonly name: string;
  readonly real_name: string;
  readonly is_admin?: boolean;
  readonly email?: string;
  /** The person's Slack language (`es-LA`, `pt-BR`, `en-US` …); `users.info` returns it only with `include_locale`, as Slack does. */
  readonly locale?: string;
  readonly deleted?: boolean;
}

/** A channel of the fake workspace. `members` defaults to every seeded user; the bot is in it unless `is_member: false`. */
export interface ChannelSeed {
  readonly id: string;
  readonly name: string;
  readonly is_private?: boolean;
  readonly is_archived?: boolean;
  readonly is_member?: boolean;
  readonly members?: readonly string[];
}

/** Everything `FakeSlackApi.start` needs to build a workspace. */
export interface WorkspaceSeed {
  readonly teamId: string;
  readonly botUserId: string;
  readonly botId: string;
  readonly users: readonly UserSeed[];
  readonly channels: readonly ChannelSeed[];
  readonly teamName?: string;
  /** Workspace subdomain, used in `auth.test`'s `url` and in permalinks. Default `peerline-test`. */
  readonly domain?: string;
  readonly appId?: string;
  /** When given, only these bearer tokens are accepted (others get `invalid_auth`); otherwise any token is. */
  readonly tokens?: readonly string[];
  /**
   * An open workspace: any `U…`/`W…` user id and any `C…` channel id exists on first use, the bot is in
   * every such channel and so is everyone (tests that do not want to seed each person and channel).
   * Seeded ones keep their seeds; `D…`/`G…` ids still exist only once opened.
   */
  readonly open?: boolean;
  /** In an open workspace, the users `users.info` reports as admins. */
  readonly admins?: readonly string[];
}

export type ConversationKind = 'channel' | 'group' | 'im' | 'mpim';

export interface Conversation {
  readonly id: string;
  readonly name: string;
  readonly kind: ConversationKind;
  readonly created: number;
  readonly members: readonly string[];
  readonly botIsMember: boolean;
  readonly isArchived: boolean;
  /** The other person of an IM. */
  readonly user?: string;
  /** Created on first use in an open workspace: everyone is a member. */
  readonly everyone?: boolean;
  isOpen: boolean;
}

/** A message as Slack stores it; `user` is set for people, `bot_id` for the app's own posts. */
export interface StoredMessage {
  readonly type: 'message';
  readonly ts: string;
  readonly channel: string;
  text: string;
  blocks?: unknown;
  attachments?: unknown;
  metadata?: unknown;
  readonly user: string;
  readonly bot_id?: string;
  readonly app_id?: string;
  readonly team: string;
  readonly thread_ts?: string;
  edited?: { readonly user: string; readonly ts: string };
}

export interface StoredEphemeral {
  readonly channel: string;
  readonly user: string;
  readonly message_ts: string;
  readonly text: string | undefined;
  readonly blocks: unknown;
}

/** A modal or App Home view as Slack returns it from `views.*`. */
export interface StoredView {
  readonly id: string;
  readonly team_id: string;
  readonly type: string;
  readonly callback_id: string;
  readonly private_metadata: string;
  readonly external_id: string;
  readonly hash: string;
  readonly root_view_id: string;
  readonly previous_view_id: string | null;
  readonly app_id: string;
  readonly bot_id: string;
  readonly state: { readonly values: Record<string, unknown> };
  readonly [field: string]: unknown;
}

const DEFAULT_DOMAIN = 'peerline-test';

export class Workspace {
  readonly seed: WorkspaceSeed;
  readonly domain: string;
  readonly appId: string;
  readonly users = new Map<string, UserSeed>();
  readonly conversations = new Map<string, Conversation>();
  readonly messages = new Map<string, Map<string, StoredMessage>>();
  readonly ephemerals: StoredEphemeral[] = [];
  readonly views = new Map<string, StoredView>();
  /** App Home view per user, from `views.publish`. */
  readonly homes = new Map<string, StoredView>();
  readonly usedTriggers = new Set<string>();
  readonly #dmByUsers = new Map<string, string>();
  #lastTsMicros = 0;
  #seq = 0;

  constructor(seed: WorkspaceSeed) {
    this.seed = seed;
    this.domain = seed.domain ?? DEFAULT_DOMAIN;
    this.appId = seed.appId ?? 'A0FAKEAPP';
    for (const user of seed.users) this.users.set(user.id, user);
    const everyone = seed.users.map((u) => u.id);
    const created = Math.floor(Date.now() / 1000);
    for (const c of seed.channels) {
      this.conversations.set(c.id, {
        id: c.id,
        name: c.name,
        kind: c.is_private === true ? 'group' : 'channel',
        created,
        members: [...(c.members ?? everyone)],
        botIsMember: c.is_member ?? true,
        isArchived: c.is_archived ?? false,
        isOpen: true,
      });
    }
  }

  get teamId(): string {
    return this.seed.teamId;
  }

  /** A Slack message timestamp, strictly increasing within this workspace. */
  nextTs(): string {
    this.#lastTsMicros = Math.max(Date.now() * 1000, this.#lastTsMicros + 1);
    const seconds = Math.floor(this.#lastTsMicros / 1_000_000);
    const micros = this.#lastTsMicros % 1_000_000;
    return `${seconds}.${String(micros).padStart(6, '0')}`;
  }

  /** A new id with Slack's one-letter prefix, e.g. `D0000000001`. */
  nextId(prefix: string): string {
    this.#seq += 1;
    return `${prefix}${String(this.#seq).padStart(10, '0')}`;
  }

  /** A seeded user, or in an open workspace one made on first use of a `U…`/`W…` id. */
  user(id: string): UserSeed | undefined {
    const seeded = this.users.get(id);
    if (seeded !== undefined || this.seed.open !== true || !/^[UW][A-Z0-9]+$/.test(id) || id === this.seed.botUserId) return seeded;
    const made: UserSeed = { id, name: id.toLowerCase(), real_name: id, is_admin: this.seed.admins?.includes(id) ?? false };
    this.users.set(id, made);
    return made;
  }

  /** A known conversation, or in an open workspace a `C…` channel made on first use. */
  conversation(id: string): Conversation | undefined {
    const known = this.conversations.get(id);
    if (known !== undefined || this.seed.open !== true || !/^C[A-Z0-9]+$/.test(id)) return known;
    const made: Conversation = { id, name: id.toLowerCase(), kind: 'channel', created: Math.floor(Date.now() / 1000), members: [], botIsMember: true, isArchived: false, everyone: true, isOpen: true };
    this.conversations.set(id, made);
    return made;
  }

  isMember(c: Conversation, user: string): boolean {
    return c.everyone === true || c.members.includes(user);
  }

  isKnownUser(id: string): boolean {
    return id === this.seed.botUserId || this.user(id) !== undefined;
  }

  /** Opens (or finds) the DM with one person or the group DM with several; the same set of people gives the same id. */
  openDm(userIds: readonly string[]): { conversation: Conversation; alreadyOpen: boolean } {
    const people = [...new Set(userIds.filter((u) => u !== this.seed.botUserId))].sort();
    const key = people.join(',');
    const existingId = this.#dmByUsers.get(key);
    const existing = existingId === undefined ? undefined : this.conversations.get(existingId);
    if (existing !== undefined) {
      const alreadyOpen = existing.isOpen;
      existing.isOpen = true;
      return { conversation: existing, alreadyOpen };
    }
    const isIm = people.length === 1;
    const names = people.map((u) => this.user(u)?.name ?? u.toLowerCase());
    const conversation: Conversation = {
      id: this.nextId(isIm ? 'D' : 'G'),
      name: isIm ? (people[0] ?? '') : `mpdm-${[...names, this.seed.botUserId.toLowerCase()].join('--')}-1`,
      kind: isIm ? 'im' : 'mpim',
      created: Math.floor(Date.now() / 1000),
      members: [...people, this.seed.botUserId],
      botIsMember: true,
      isArchived: false,
      ...(isIm ? { user: people[0] ?? '' } : {}),
      isOpen: true,
    };
    this.conversations.set(conversation.id, conversation);
    this.#dmByUsers.set(key, conversation.id);
    return { conversation, alreadyOpen: false };
  }

  /** Registers the DM `id` with one person, as if they had messaged the app first (Slack gave it that id). */
  addIm(id: string, user: string): Conversation {
    const conversation: Conversation = { id, name: user, kind: 'im', created: Math.floor(Date.now() / 1000), members: [user, this.seed.botUserId], botIsMember: true, isArchived: false, user, isOpen: true };
    this.conversations.set(id, conversation);
    this.#dmByUsers.set(user, id);
    return conversation;
  }

  messagesIn(channel: string): Map<string, StoredMessage> {
    let byTs = this.messages.get(channel);
    if (byTs === undefined) {
      byTs = new Map();
      this.messages.set(channel, byTs);
    }
    return byTs;
  }

  /** Slack's JSON for a conversation, as `conversations.info` returns it. */
  conversationJson(c: Conversation): Record<string, unknown> {
    const base = {
      id: c.id,
      created: c.created,
      is_archived: c.isArchived,
      is_im: c.kind === 'im',
      is_mpim: c.kind === 'mpim',
      is_private: c.kind !== 'channel',
      context_team_id: this.teamId,
    };
    if (c.kind === 'im') return { ...base, user: c.user, is_open: c.isOpen, is_user_deleted: false, priority: 0 };
    return {
      ...base,
      name: c.name,
      name_normalized: c.name,
      is_channel: c.kind === 'channel',
      is_group: c.kind !== 'channel',
      is_general: false,
      is_shared: false,
      is_ext_shared: false,
      is_org_shared: false,
      is_member: c.botIsMember,
      is_open: c.isOpen,
      num_members: c.members.length,
      topic: { value: '', creator: '', last_set: 0 },
      purpose: { value: '', creator: '', last_set: 0 },
    };
  }

  /** Slack's JSON for a person, as `users.info` returns it. */
  userJson(id: string, includeLocale = false): Record<string, unknown> | undefined {
    if (id === this.seed.botUserId) {
      return {
        id,
        team_id: this.teamId,
        name: 'peerline',
        real_name: 'Peerline',
        is_bot: true,
        is_app_user: false,
        deleted: false,
        profile: { real_name: 'Peerline', display_name: 'Peerline', bot_id: this.seed.botId, api_app_id: this.appId },
      };
    }
    const u = this.user(id);
    if (u === undefined) return undefined;
    return {
      id: u.id,
      team_id: this.teamId,
      name: u.name,
      real_name: u.real_name,
      deleted: u.deleted ?? false,
      is_admin: u.is_admin ?? false,
      ...(includeLocale ? { locale: u.locale ?? 'en-US' } : {}),
      is_owner: false,
      is_bot: false,
      is_app_user: false,
      is_restricted: false,
      tz: 'Europe/London',
      tz_offset: 0,
      profile: {
        real_name: u.real_name,
        display_name: u.name,
        ...(u.email === undefined ? {} : { email: u.email }),
        team: this.teamId,
      },
    };
  }

  permalink(channel: string, ts: string): string {
    return `https://${this.domain}.slack.com/archives/${channel}/p${ts.replace('.', '')}`;
  }
}
