/** ChatPlatform over Slack's Web API: DMs and ephemerals, channel posts, group-DM spaces. */
import type { App } from '@slack/bolt';
import { z } from 'zod';
import { type ChatPlatform, type Delivery, type OpenSpaceInput, ReaderLocales, speaksCatalogue, type TextForm as FormView, type TextView as View } from '../../core/index.js';
import type { Locale, Text } from '../../i18n/index.js';
import { remedy, SlackPlatformError, toSlackError } from './errors.js';
import { channelRef, communityRef, messageRef, parseCommunity, parseId, parseMessage } from './refs.js';
import { renderForm, renderView } from './render.js';

/** The metadata event type that marks a scheduled message with its delivery key (ids only, never text). */
export const DELIVERY_EVENT = 'peerline_delivery';
const deliveryMark = z.object({ event_type: z.literal(DELIVERY_EVENT), event_payload: z.object({ key: z.string() }) });
/** How far before the first attempt a re-run looks for its earlier message, for clock skew, in seconds. */
const LOOK_BACK_SECONDS = 300;

/** How long opening a form may wait for `users.info` to say a new person's language, in ms (the trigger lasts ~3 s). */
const FORM_LOCALE_BUDGET_MS = 800;

export class SlackPlatform implements ChatPlatform {
  /**
   * `locales`: whose language each message is in — private messages in the person's (Slack's
   * `users.info` with `include_locale`, asked once per person and remembered; for a DM when Slack cannot
   * say, the language kept from before a restart), channel posts, spaces and updated cards in the
   * workspace's default.
   */
  constructor(
    private readonly client: App['client'],
    readonly locales: ReaderLocales = new ReaderLocales({ peek: () => null }),
  ) {}

  /**
   * The person's language. Asks Slack only for a view with catalogue words (a crisis reply is already in
   * the language the person wrote in, and never waits on this) and only once per person; when Slack
   * cannot say (or takes longer than `budgetMs`), the workspace's default.
   */
  async localeOf(user: string, view: View | FormView | null, budgetMs?: number): Promise<Locale> {
    const { team, id } = parseId(user);
    const community = communityRef(team);
    if (this.locales.knows(user) || (view !== null && !speaksCatalogue(view))) return this.locales.person(user, community);
    const ask = this.client.users
      .info({ user: id, include_locale: true })
      .then((info) => this.locales.remember(user, info.user?.locale ?? null, community))
      // Not fatal: the message still goes out, in the workspace's language; the next message asks again.
      .catch(() => undefined);
    await (budgetMs === undefined ? ask : Promise.race([ask, new Promise<void>((resolve) => setTimeout(resolve, budgetMs).unref())]));
    return this.locales.person(user, community);
  }

  /** For a DM: as {@link localeOf}, and when Slack could not say, the language kept from before a restart. */
  async #dmLocale(user: string, view: View): Promise<Locale> {
    const locale = await this.localeOf(user, view);
    return this.locales.knows(user) ? locale : this.locales.recall(user, communityRef(parseId(user).team), view);
  }

  async #call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw toSlackError(error);
    }
  }

  /** Opens (or finds) the bot's DM or group DM with these users. */
  async #open(users: readonly string[]): Promise<string> {
    const result = await this.#call(() => this.client.conversations.open({ users: users.join(','), return_im: false }));
    const id = result.channel?.id;
    if (id === undefined) throw toSlackError({ code: 'slack_webapi_platform_error', data: { error: 'channel_not_found' } });
    return id;
  }

  async sendPrivate(user: string, view: View, channel?: string, delivery?: Delivery): Promise<string | null> {
    const { team, id } = parseId(user);
    const locale = channel === undefined ? await this.#dmLocale(user, view) : await this.localeOf(user, view);
    const message = renderView(view, locale);
    if (channel !== undefined) {
      const target = parseId(channel).id;
      await this.#call(() => this.client.chat.postEphemeral({ channel: target, user: id, ...message }));
      return null; // ephemerals cannot be updated or linked to
    }
    const dm = await this.#open([id]);
    return messageRef(team, dm, await this.#post(dm, view, locale, delivery));
  }

  async postToChannel(channel: string, view: View, delivery?: Delivery): Promise<string> {
    const { team, id } = parseId(channel);
    return messageRef(team, id, await this.#post(id, view, this.locales.community(communityRef(team)), delivery));
  }

  /**
   * chat.postMessage has no idempotency key. A scheduled message carries its delivery key as message
   * metadata; when an earlier attempt may have delivered it, conversations.history (since that attempt)
   * is searched for the key first and the earlier message is returned instead of a second one. If the
   * search itself fails the message is posted: one duplicate rather than a lost message.
   */
  async #post(channel: string, view: View, locale: Locale, delivery: Delivery | undefined): Promise<string> {
    if (delivery?.mayExistSince != null) {
      const earlier = await this.#findDelivered(channel, delivery.key, delivery.mayExistSince).catch(() => null);
      if (earlier !== null) return earlier;
    }
    const metadata = delivery === undefined ? {} : { metadata: { event_type: DELIVERY_EVENT, event_payload: { key: delivery.key } } };
    const posted = await this.#call(() => this.client.chat.postMessage({ channel, ...renderView(view, locale), ...metadata }));
    return posted.ts ?? '';
  }

  async #findDelivered(channel: string, key: string, since: Date): Promise<string | null> {
    const oldest = String(Math.floor(since.getTime() / 1000) - LOOK_BACK_SECONDS);
    const history = await this.client.conversations.history({ channel, oldest, limit: 200, include_all_metadata: true });
    const found = history.messages?.find((m) => deliveryMark.safeParse(m.metadata).data?.event_payload.key === key);
    return found?.ts ?? null;
  }

  async updateMessage(message: string, view: View): Promise<void> {
    const { team, channel, ts } = parseMessage(message);
    // Bot messages that are updated are the cards and alerts in channels: the workspace's language.
    await this.#call(() => this.client.chat.update({ channel, ts, ...renderView(view, this.locales.community(communityRef(team))) }));
  }

  /** A group DM of the participants and the bot; for one participant (an anonymous relay) the listener's DM. */
  async openSpace(input: OpenSpaceInput): Promise<string> {
    const { team } = parseCommunity(input.community);
    const id = await this.#open(input.participants.map((p) => parseId(p).id));
    return channelRef(team, id);
  }

  async postToSpace(space: string, view: View, delivery?: Delivery): Promise<string> {
    return this.postToChannel(space, view, delivery);
  }

  /** Bots cannot archive a group DM; closing hides it for the bot, and core stops relaying. */
  async closeSpace(space: string): Promise<void> {
    const { id } = parseId(space);
    await this.#call(() => this.client.conversations.close({ channel: id }));
  }

  explainFailure(error: unknown): Text | null {
    return error instanceof SlackPlatformError ? remedy(error.code) : null;
  }

  async linkTo(message: string): Promise<string | null> {
    const { channel, ts } = parseMessage(message);
    const result = await this.#call(() => this.client.chat.getPermalink({ channel, message_ts: ts }));
    return result.permalink ?? null;
  }

  async openForm(user: string, form: FormView, trigger: string): Promise<boolean> {
    const locale = user === '' ? 'en' : await this.localeOf(user, form, FORM_LOCALE_BUDGET_MS);
    await this.#call(() => this.client.views.open({ trigger_id: trigger, view: renderForm(form, locale) }));
    return true;
  }
}
