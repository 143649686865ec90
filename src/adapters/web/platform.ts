/**
 * `ChatPlatform` for the web adapter: what core sends lands in the in-memory inboxes the playground
 * shows. Refs are `web:` refs (see refs.ts); failures a real platform would report (an unknown or closed
 * space, a message that is gone) are thrown, and core handles them as it does Slack's or Discord's.
 */
import { type ChannelRef, type ChatPlatform, type Clock, localiseView, type MessageRef, type OpenSpaceInput, ReaderLocales, type SpaceRef, type TextView, type UserRef, type View } from '../../core/index.js';
import { communityOf, newMessageRef, newSpaceRef, parseWebRef } from './refs.js';
import type { WebWorkspace } from './store.js';

export class WebPlatformError extends Error {
  override readonly name = 'WebPlatformError';
  constructor(readonly code: 'unknown-ref' | 'unknown-space' | 'space-closed' | 'unknown-message') {
    super(code);
  }
}

export class WebPlatform implements ChatPlatform {
  constructor(
    private readonly store: WebWorkspace,
    private readonly clock: Clock,
    /** The address the playground is served at, for links to messages; read when a link is made. */
    private readonly baseUrl: () => string,
    /** The playground's people have no platform language: everything is in the community's default. */
    private readonly locales: ReaderLocales = new ReaderLocales({ peek: () => null }),
  ) {}

  /** The view in words, as the inboxes keep it (the community's default language). */
  #words(ref: string, view: TextView): View {
    const community = communityOf(ref);
    return localiseView(view, community === null ? 'en' : this.locales.community(community));
  }

  #slug(ref: string): string {
    const parsed = parseWebRef(ref);
    if (parsed.kind === 'unsupported') throw new WebPlatformError('unknown-ref');
    return parsed.slug;
  }

  async sendPrivate(user: UserRef, source: TextView, channel?: ChannelRef): Promise<MessageRef | null> {
    if (parseWebRef(user).kind !== 'user') throw new WebPlatformError('unknown-ref');
    const view = this.#words(user, source);
    const ref = newMessageRef(this.#slug(user));
    // An ephemeral reply in a channel is shown to that person alone, so it goes to their own inbox.
    this.store.append(user, { kind: 'bot', ref, view, at: this.clock(), ...(channel === undefined ? {} : { channel, onlyVisibleTo: user }) });
    return ref;
  }

  async postToChannel(channel: ChannelRef, source: TextView): Promise<MessageRef> {
    if (parseWebRef(channel).kind !== 'channel') throw new WebPlatformError('unknown-ref');
    const view = this.#words(channel, source);
    const slug = this.#slug(channel);
    const ref = newMessageRef(slug);
    const at = this.clock();
    this.store.append(channel, { kind: 'bot', ref, view, at });
    // Each person mentioned gets a notification in their own pane, pointing at the message.
    const title = view.title ?? view.text.split('\n', 1)[0] ?? '';
    for (const user of new Set(view.mentions ?? [])) {
      const mentioned = parseWebRef(user);
      if (mentioned.kind === 'user' && mentioned.slug === slug) this.store.append(user, { kind: 'mention', ref: newMessageRef(slug), channel, message: ref, title, at });
    }
    return ref;
  }

  async updateMessage(message: MessageRef, view: TextView): Promise<void> {
    if (!this.store.update(message, this.#words(message, view))) throw new WebPlatformError('unknown-message');
  }

  async openSpace(input: OpenSpaceInput): Promise<SpaceRef> {
    if (parseWebRef(input.community).kind !== 'community') throw new WebPlatformError('unknown-ref');
    const ref = newSpaceRef(this.#slug(input.community));
    this.store.openSpace({ ref, community: input.community, title: input.title, participants: [...input.participants], openedAt: this.clock(), closed: false });
    return ref;
  }

  async postToSpace(space: SpaceRef, source: TextView): Promise<MessageRef> {
    const view = this.#words(space, source);
    const found = this.store.space(space);
    if (found === null) throw new WebPlatformError('unknown-space');
    if (found.closed) throw new WebPlatformError('space-closed');
    const ref = newMessageRef(this.#slug(space));
    this.store.append(space, { kind: 'bot', ref, view, at: this.clock() });
    return ref;
  }

  async closeSpace(space: SpaceRef): Promise<void> {
    if (!this.store.closeSpace(space)) throw new WebPlatformError('unknown-space');
  }

  async linkTo(message: MessageRef): Promise<string | null> {
    const parsed = parseWebRef(message);
    if (parsed.kind !== 'message' || this.store.inboxOf(message) === null) return null;
    return `${this.baseUrl()}/playground#m-${parsed.id}`;
  }
}
