/**
 * What the web "platform" shows: one inbox of entries per person, channel and space, held in memory
 * only. It plays the part Discord's or Slack's servers play for those adapters — including showing what
 * people wrote — and, like them, it is not Peerline's database: nothing here is written to disk or
 * logged, and it is gone when the process stops.
 */
import { type ChannelRef, type CommunityRef, type MessageRef, type SpaceRef, type UserRef, type View } from '../../core/index.js';

export type Entry =
  /** Something the bot posted or sent. `onlyVisibleTo` marks an ephemeral reply inside a channel. */
  | { readonly kind: 'bot'; readonly ref: MessageRef; readonly view: View; readonly at: Date; readonly onlyVisibleTo?: UserRef; readonly channel?: ChannelRef }
  /** Something a person wrote: in a space, or to the bot (shown in their own inbox). */
  | { readonly kind: 'person'; readonly ref: MessageRef; readonly author: UserRef; readonly text: string; readonly at: Date; readonly toBot: boolean }
  /** A notification that the bot mentioned this person in a channel, as chat apps show one. */
  | { readonly kind: 'mention'; readonly ref: MessageRef; readonly channel: ChannelRef; readonly message: MessageRef; readonly title: string; readonly at: Date };

export interface Space {
  readonly ref: SpaceRef;
  readonly community: CommunityRef;
  readonly title: string;
  readonly participants: readonly UserRef[];
  readonly openedAt: Date;
  closed: boolean;
}

/** Entries kept per inbox; older ones scroll away, as on a chat platform's screen. */
export const MAX_ENTRIES = 200;

export class WebWorkspace {
  readonly #inboxes = new Map<string, Entry[]>();
  readonly #inboxOf = new Map<MessageRef, string>();
  readonly #spaces = new Map<SpaceRef, Space>();
  readonly #listeners = new Set<(inbox: string) => void>();

  /** Calls `listener` with the inbox's ref whenever it changes; returns the unsubscribe function. */
  subscribe(listener: (inbox: string) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #changed(inbox: string): void {
    for (const listener of this.#listeners) listener(inbox);
  }

  append(inbox: string, entry: Entry): void {
    const list = this.#inboxes.get(inbox) ?? [];
    list.push(entry);
    this.#inboxOf.set(entry.ref, inbox);
    for (const dropped of list.splice(0, Math.max(0, list.length - MAX_ENTRIES))) this.#inboxOf.delete(dropped.ref);
    this.#inboxes.set(inbox, list);
    this.#changed(inbox);
  }

  /** Replaces a bot message's view in place; false when the message is unknown (scrolled away, or from an earlier run). */
  update(message: MessageRef, view: View): boolean {
    const inbox = this.#inboxOf.get(message);
    const list = inbox === undefined ? undefined : this.#inboxes.get(inbox);
    const index = list?.findIndex((e) => e.ref === message) ?? -1;
    const entry = list?.[index];
    if (inbox === undefined || list === undefined || entry?.kind !== 'bot') return false;
    list[index] = { ...entry, view };
    this.#changed(inbox);
    return true;
  }

  entries(inbox: string): readonly Entry[] {
    return this.#inboxes.get(inbox) ?? [];
  }

  /** The inbox a message was put in, if it is still shown. */
  inboxOf(message: MessageRef): string | null {
    return this.#inboxOf.get(message) ?? null;
  }

  openSpace(space: Space): void {
    this.#spaces.set(space.ref, space);
    this.#changed(space.ref);
  }

  space(ref: SpaceRef): Space | null {
    return this.#spaces.get(ref) ?? null;
  }

  closeSpace(ref: SpaceRef): boolean {
    const space = this.#spaces.get(ref);
    if (space === undefined) return false;
    space.closed = true;
    this.#changed(ref);
    return true;
  }

  /** Spaces of a community, oldest first. */
  spaces(community: CommunityRef): Space[] {
    return [...this.#spaces.values()].filter((s) => s.community === community);
  }
}
