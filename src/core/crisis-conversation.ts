/**
 * After a crisis reply the bot keeps listening to that person, in that place, for a while: their replies
 * are read and always answered (DESIGN.md, crisis routing). The state is in memory only — so answering
 * never waits on the database — bounded, and holds ids, never text. What must outlive the process (the
 * "no answer" follow-up) is a job; what happened is a crisis_events row.
 *
 * With several instances a reply may reach an instance that does not hold the conversation; it is then
 * read as an ordinary message (risk language is still answered). Sticky routing avoids that.
 */
import type { Tier } from '../crisis/index.js';
import type { ChannelRef, CommunityRef, MessageRef, SpaceRef, UserRef } from './ports.js';
import type { CrisisLang, HumanRoute } from './views/crisis-copy.js';

export type { HumanRoute };

export type CrisisSource = 'note' | 'dm' | 'session' | 'channel';

/** Where crisis text came from and who is around it, for the reply and the record. */
export interface CrisisContext {
  readonly community: CommunityRef;
  readonly person: UserRef;
  readonly source: CrisisSource;
  /** Channel to answer ephemerally in, where the platform can. */
  readonly channel?: ChannelRef;
  /** The message that carried the text, for the coordinators' link. */
  readonly message?: MessageRef;
  readonly requestId?: string;
  readonly sessionId?: string;
  /** Where the person wrote (`placeKey`), so their next messages there are read as answers; 'dm' when unset. */
  readonly place?: string;
  /** The listener of the session the person is in: they get a private prompt. */
  readonly listener?: { readonly user: UserRef; readonly space: SpaceRef | null; readonly relay: boolean };
}

/** How long the bot keeps listening after its last crisis message to a person, in minutes. */
export const CONVERSATION_MINUTES = 30;
/** Most conversations held at once; the oldest is dropped first. */
const MAX_CONVERSATIONS = 10_000;

export interface CrisisConversation {
  readonly key: string;
  readonly community: CommunityRef;
  readonly person: UserRef;
  readonly source: CrisisSource;
  /** Where the bot answers privately (an ephemeral in a channel or session), when the platform can. */
  readonly channel?: ChannelRef;
  /** A session or a watched channel: bare yes/no there is probably said to someone else. */
  readonly shared: boolean;
  readonly lang: CrisisLang;
  readonly sessionId?: string;
  /** The listener of that session, who gets private prompts, and where (a relay space holds only them). */
  readonly listener?: { readonly user: UserRef; readonly space: string | null; readonly relay: boolean };
  tier: Exclude<Tier, 'none'>;
  route: HumanRoute;
  expiresAt: number;
  /** The crisis request queued or raised for the person, once known. */
  requestId: string | null;
  /** The first crisis event of the conversation, once recorded (the "no answer" job refers to it). */
  eventId: string | null;
  /** When the person last answered (ms), so a "no answer" job that raced with the answer stands down. */
  lastAnswerAt: number | null;
  /** Reasons the response has already been raised for, so each pages the coordinators once. */
  readonly raised: Set<string>;
}

export type NewConversation = Omit<CrisisConversation, 'expiresAt' | 'requestId' | 'eventId' | 'lastAnswerAt' | 'raised'>;

/** Where a message was, as a conversation key part: the bot's DM, a session space, or a channel. */
export function placeKey(place: { readonly kind: 'dm' } | { readonly kind: 'space'; readonly ref: string } | { readonly kind: 'channel'; readonly ref: string }): string {
  return place.kind === 'dm' ? 'dm' : `${place.kind}:${place.ref}`;
}

export function conversationKey(person: UserRef, place: string): string {
  return `${person}\u0000${place}`;
}

export class CrisisConversations {
  readonly #byKey = new Map<string, CrisisConversation>();

  /** Starts a conversation, or continues the one already open there (keeping its ids and raises). */
  open(input: NewConversation, nowMs: number): CrisisConversation {
    const existing = this.find(input.key, nowMs);
    const conversation: CrisisConversation = {
      ...input,
      tier: existing !== null && rank(existing.tier) > rank(input.tier) ? existing.tier : input.tier,
      expiresAt: nowMs + CONVERSATION_MINUTES * 60_000,
      requestId: existing?.requestId ?? null,
      eventId: existing?.eventId ?? null,
      lastAnswerAt: existing?.lastAnswerAt ?? null,
      raised: existing?.raised ?? new Set(),
    };
    if (existing !== null && existing.route === 'asking' && input.route === 'offer') conversation.route = 'asking';
    this.#byKey.delete(input.key);
    this.#byKey.set(input.key, conversation);
    while (this.#byKey.size > MAX_CONVERSATIONS) {
      const oldest = this.#byKey.keys().next();
      if (oldest.done === true) break;
      this.#byKey.delete(oldest.value);
    }
    return conversation;
  }

  /** The open conversation at `key`, or null when there is none or its window has passed. */
  find(key: string, nowMs: number): CrisisConversation | null {
    const found = this.#byKey.get(key);
    if (found === undefined) return null;
    if (found.expiresAt <= nowMs) {
      this.#byKey.delete(key);
      return null;
    }
    return found;
  }

  /** The person's most recent open conversation anywhere (a button press carries no place). */
  latestFor(person: UserRef, nowMs: number): CrisisConversation | null {
    let latest: CrisisConversation | null = null;
    for (const c of this.#byKey.values()) {
      if (c.person === person && c.expiresAt > nowMs && (latest === null || c.expiresAt >= latest.expiresAt)) latest = c;
    }
    return latest;
  }

  /** Keeps listening for another window after an exchange. */
  extend(conversation: CrisisConversation, nowMs: number): void {
    conversation.expiresAt = nowMs + CONVERSATION_MINUTES * 60_000;
  }

  forget(keyPrefix: string): void {
    for (const key of this.#byKey.keys()) if (key.startsWith(keyPrefix)) this.#byKey.delete(key);
  }
}

const TIER_RANK: Record<Exclude<Tier, 'none'>, number> = { elevated: 1, high: 2, imminent: 3 };
const rank = (tier: Exclude<Tier, 'none'>): number => TIER_RANK[tier];
