/** ChatPlatform over Slack's Web API: DMs and ephemerals, channel posts, group-DM spaces. */
import type { App } from '@slack/bolt';
import type { ChatPlatform, OpenSpaceInput } from '../../core/ports.js';
import type { FormView, View } from '../../core/views/types.js';
import { remedy, SlackPlatformError, toSlackError } from './errors.js';
import { channelRef, messageRef, parseCommunity, parseId, parseMessage } from './refs.js';
import { renderForm, renderView } from './render.js';

export class SlackPlatform implements ChatPlatform {
  constructor(private readonly client: App['client']) {}

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

  async sendPrivate(user: string, view: View, channel?: string): Promise<string | null> {
    const { team, id } = parseId(user);
    const message = renderView(view);
    if (channel !== undefined) {
      const target = parseId(channel).id;
      await this.#call(() => this.client.chat.postEphemeral({ channel: target, user: id, ...message }));
      return null; // ephemerals cannot be updated or linked to
    }
    const dm = await this.#open([id]);
    const posted = await this.#call(() => this.client.chat.postMessage({ channel: dm, ...message }));
    return messageRef(team, dm, posted.ts ?? '');
  }

  async postToChannel(channel: string, view: View): Promise<string> {
    const { team, id } = parseId(channel);
    const posted = await this.#call(() => this.client.chat.postMessage({ channel: id, ...renderView(view) }));
    return messageRef(team, posted.channel ?? id, posted.ts ?? '');
  }

  async updateMessage(message: string, view: View): Promise<void> {
    const { channel, ts } = parseMessage(message);
    await this.#call(() => this.client.chat.update({ channel, ts, ...renderView(view) }));
  }

  /** A group DM of the participants and the bot; for one participant (an anonymous relay) the listener's DM. */
  async openSpace(input: OpenSpaceInput): Promise<string> {
    const { team } = parseCommunity(input.community);
    const id = await this.#open(input.participants.map((p) => parseId(p).id));
    return channelRef(team, id);
  }

  async postToSpace(space: string, view: View): Promise<string> {
    return this.postToChannel(space, view);
  }

  /** Bots cannot archive a group DM; closing hides it for the bot, and core stops relaying. */
  async closeSpace(space: string): Promise<void> {
    const { id } = parseId(space);
    await this.#call(() => this.client.conversations.close({ channel: id }));
  }

  explainFailure(error: unknown): string | null {
    return error instanceof SlackPlatformError ? remedy(error.code) : null;
  }

  async linkTo(message: string): Promise<string | null> {
    const { channel, ts } = parseMessage(message);
    const result = await this.#call(() => this.client.chat.getPermalink({ channel, message_ts: ts }));
    return result.permalink ?? null;
  }

  async openForm(_user: string, form: FormView, trigger: string): Promise<boolean> {
    await this.#call(() => this.client.views.open({ trigger_id: trigger, view: renderForm(form) as never }));
    return true;
  }
}
