/** ChatPlatform over Discord's REST API: DMs, channel posts, private threads as session spaces. */
import { createHash } from 'node:crypto';
import { ChannelType, Routes, type REST } from 'discord.js';
import { z } from 'zod';
import { type ChatPlatform, type Delivery, type OpenSpaceInput, ReaderLocales, type TextView as View } from '../../core/index.js';
import { DiscordPlatformError, remedy, toDiscordError } from './errors.js';
import { channelRef, communityRef, messageRef, parseCommunity, parseId, parseMessage } from './refs.js';
import { renderView } from './render.js';
import type { Text } from '../../i18n/index.js';

const withId = z.object({ id: z.string() });

/** How long an idle session thread stays open before Discord archives it, in minutes. */
const THREAD_ARCHIVE_MINUTES = 1440;

/**
 * A scheduled message's nonce (Discord allows 25 characters): with `enforce_nonce`, Discord returns the
 * message already created with this nonce in the past few minutes instead of creating a second one.
 */
export function deliveryNonce(delivery: Delivery): string {
  return createHash('sha256').update(delivery.key).digest('base64url').slice(0, 25);
}

const withNonce = (delivery: Delivery | undefined) => (delivery === undefined ? {} : { nonce: deliveryNonce(delivery), enforce_nonce: true });

export class DiscordPlatform implements ChatPlatform {
  /**
   * `locales`: whose language each message is in — a DM in the person's (as their last interaction
   * said, kept across restarts), anything in a channel or thread in the server's default.
   * `waiting`: runs each REST request, which may wait its turn under Discord's rate limits for seconds
   * (the after-ack limiter's `aside`, so that wait holds no slot of it).
   */
  constructor(
    private readonly rest: REST,
    readonly locales: ReaderLocales = new ReaderLocales({ peek: () => null }),
    private readonly waiting: <T>(request: () => Promise<T>) => Promise<T> = (request) => request(),
  ) {}

  async #call(fn: () => Promise<unknown>): Promise<{ id: string }> {
    let result: unknown;
    try {
      result = await this.waiting(fn);
    } catch (error) {
      throw toDiscordError(error);
    }
    return withId.parse(result);
  }

  async #dm(user: string): Promise<string> {
    return (await this.#call(() => this.rest.post(Routes.userChannels(), { body: { recipient_id: user } }))).id;
  }

  /** Discord has no ephemeral messages outside interactions: private means a DM. */
  async sendPrivate(user: string, view: View, _channel?: string, delivery?: Delivery): Promise<string> {
    const { guild, id } = parseId(user);
    const dm = await this.#dm(id);
    // The person's language, from memory or (after a restart) the database; crisis copy never waits on it.
    const locale = await this.locales.recall(user, communityRef(guild), view);
    const posted = await this.#call(() => this.rest.post(Routes.channelMessages(dm), { body: { ...renderView(view, locale), ...withNonce(delivery) } }));
    return messageRef(guild, dm, posted.id);
  }

  async postToChannel(channel: string, view: View, delivery?: Delivery): Promise<string> {
    const { guild, id } = parseId(channel);
    const locale = this.locales.community(communityRef(guild));
    const posted = await this.#call(() => this.rest.post(Routes.channelMessages(id), { body: { ...renderView(view, locale), ...withNonce(delivery) } }));
    return messageRef(guild, id, posted.id);
  }

  async updateMessage(message: string, view: View): Promise<void> {
    const { guild, channel, message: id } = parseMessage(message);
    // Bot messages that are updated are the cards and alerts in channels: the server's language.
    await this.#call(() => this.rest.patch(Routes.channelMessage(channel, id), { body: renderView(view, this.locales.community(communityRef(guild))) }));
  }

  /** A private, not-invitable thread under the sessions channel, with exactly the participants added. */
  async openSpace(input: OpenSpaceInput): Promise<string> {
    const { guild } = parseCommunity(input.community);
    if (input.location === null) throw new Error('no sessions channel configured');
    const parent = parseId(input.location).id;
    const thread = await this.#call(() =>
      this.rest.post(Routes.threads(parent), {
        body: { name: input.title.slice(0, 100), type: ChannelType.PrivateThread, invitable: false, auto_archive_duration: THREAD_ARCHIVE_MINUTES },
      }),
    );
    for (const participant of input.participants) {
      try {
        await this.waiting(() => this.rest.put(Routes.threadMembers(thread.id, parseId(participant).id)));
      } catch (error) {
        throw toDiscordError(error);
      }
    }
    return channelRef(guild, thread.id);
  }

  async postToSpace(space: string, view: View, delivery?: Delivery): Promise<string> {
    return this.postToChannel(space, view, delivery);
  }

  async closeSpace(space: string): Promise<void> {
    const { id } = parseId(space);
    await this.#call(() => this.rest.patch(Routes.channel(id), { body: { archived: true, locked: true } }));
  }

  explainFailure(error: unknown): Text | null {
    return error instanceof DiscordPlatformError ? remedy(error.code) : null;
  }

  async linkTo(message: string): Promise<string> {
    const { guild, channel, message: id } = parseMessage(message);
    return `https://discord.com/channels/${guild}/${channel}/${id}`;
  }
}
