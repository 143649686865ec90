/**
 * Payloads shaped like the ones Slack sends to an app's Request URL, for `postToBolt`. Field sets follow
 * docs.slack.dev (slash commands, block_actions, view_submission, Events API envelopes); defaults fill
 * the fields a test rarely cares about (names, domains, app id, trigger ids).
 */
import { randomBytes } from 'node:crypto';

const APP_ID = 'A0FAKEAPP';
const VERIFICATION_TOKEN = 'fake-verification-token';

/** A Slack ts for now (`seconds.micros`); not unique across calls, pass your own where it matters. */
export function slackTs(at: number = Date.now()): string {
  const micros = Math.floor(at * 1000) + Math.floor(Math.random() * 1000);
  return `${Math.floor(micros / 1_000_000)}.${String(micros % 1_000_000).padStart(6, '0')}`;
}

/** A trigger id like Slack's (`digits.digits.hex`); the fake's views.open accepts each once. */
export function newTriggerId(): string {
  return `${Date.now()}.${randomBytes(4).readUInt32BE()}.${randomBytes(16).toString('hex')}`;
}

/** An Events API event id (`Ev…`). */
export function newEventId(): string {
  return `Ev${randomBytes(6).toString('hex').toUpperCase()}`;
}

function userName(userId: string): string {
  return userId.toLowerCase();
}

export interface SlashCommandInput {
  readonly command: string;
  readonly text?: string;
  readonly userId: string;
  readonly teamId: string;
  readonly channelId: string;
  readonly channelName?: string;
  readonly triggerId?: string;
  readonly responseUrl: string;
  readonly userName?: string;
}

/** A slash command, as the form fields Slack posts (send with kind `command`). */
export function slashCommand(input: SlashCommandInput): Record<string, string> {
  return {
    token: VERIFICATION_TOKEN,
    team_id: input.teamId,
    team_domain: 'peerline-test',
    channel_id: input.channelId,
    channel_name: input.channelName ?? (input.channelId.startsWith('D') ? 'directmessage' : 'general'),
    user_id: input.userId,
    user_name: input.userName ?? userName(input.userId),
    command: input.command,
    text: input.text ?? '',
    api_app_id: APP_ID,
    is_enterprise_install: 'false',
    response_url: input.responseUrl,
    trigger_id: input.triggerId ?? newTriggerId(),
  };
}

export interface BlockActionInput {
  readonly actionId: string;
  readonly value?: string;
  readonly userId: string;
  readonly teamId: string;
  readonly blockId?: string;
  readonly triggerId?: string;
  /** A button in a message: where the message is. */
  readonly channelId?: string;
  readonly messageTs?: string;
  readonly responseUrl?: string;
  /** A button in a modal or App Home instead: the view's id (Slack sends no response_url then). */
  readonly viewId?: string;
  readonly buttonText?: string;
}

/** A `block_actions` payload for one button click (send with kind `interactive`). */
export function blockAction(input: BlockActionInput): Record<string, unknown> {
  const actionTs = slackTs();
  const blockId = input.blockId ?? 'actions';
  const action = {
    type: 'button',
    action_id: input.actionId,
    block_id: blockId,
    text: { type: 'plain_text', text: input.buttonText ?? input.actionId, emoji: true },
    ...(input.value === undefined ? {} : { value: input.value }),
    action_ts: actionTs,
  };
  const base = {
    type: 'block_actions',
    user: { id: input.userId, username: userName(input.userId), name: userName(input.userId), team_id: input.teamId },
    api_app_id: APP_ID,
    token: VERIFICATION_TOKEN,
    trigger_id: input.triggerId ?? newTriggerId(),
    team: { id: input.teamId, domain: 'peerline-test' },
    enterprise: null,
    is_enterprise_install: false,
    state: { values: {} },
    actions: [action],
  };
  if (input.viewId !== undefined) {
    return { ...base, container: { type: 'view', view_id: input.viewId }, view: { id: input.viewId, team_id: input.teamId, type: 'modal' } };
  }
  const channelId = input.channelId ?? '';
  const messageTs = input.messageTs ?? slackTs();
  return {
    ...base,
    container: { type: 'message', message_ts: messageTs, channel_id: channelId, is_ephemeral: false },
    channel: { id: channelId, name: channelId.startsWith('D') ? 'directmessage' : 'general' },
    message: { type: 'message', ts: messageTs, text: '', blocks: [{ type: 'actions', block_id: blockId, elements: [action] }] },
    ...(input.responseUrl === undefined ? {} : { response_url: input.responseUrl }),
  };
}

/** One input's state in a submitted view; a bare string is shorthand for a plain_text_input's value. */
export type ViewStateInput = string | { readonly type: string; readonly [field: string]: unknown };

export interface ViewSubmissionInput {
  readonly callbackId: string;
  readonly privateMetadata?: string;
  /** `values[blockId][actionId]`, as in `view.state.values`. */
  readonly values?: Readonly<Record<string, Readonly<Record<string, ViewStateInput>>>>;
  readonly userId: string;
  readonly teamId: string;
  readonly viewId?: string;
  readonly triggerId?: string;
  /** Set when the modal has `response_url_enabled` inputs. */
  readonly responseUrls?: readonly { readonly block_id: string; readonly action_id: string; readonly channel_id: string; readonly response_url: string }[];
}

/** A `view_submission` payload (send with kind `interactive`). */
export function viewSubmission(input: ViewSubmissionInput): Record<string, unknown> {
  const values: Record<string, Record<string, unknown>> = {};
  for (const [blockId, actions] of Object.entries(input.values ?? {})) {
    const block: Record<string, unknown> = {};
    for (const [actionId, state] of Object.entries(actions)) {
      block[actionId] = typeof state === 'string' ? { type: 'plain_text_input', value: state } : state;
    }
    values[blockId] = block;
  }
  const viewId = input.viewId ?? `V${randomBytes(5).toString('hex').toUpperCase()}`;
  return {
    type: 'view_submission',
    team: { id: input.teamId, domain: 'peerline-test' },
    user: { id: input.userId, username: userName(input.userId), name: userName(input.userId), team_id: input.teamId },
    api_app_id: APP_ID,
    token: VERIFICATION_TOKEN,
    trigger_id: input.triggerId ?? newTriggerId(),
    view: {
      id: viewId,
      team_id: input.teamId,
      type: 'modal',
      blocks: [],
      private_metadata: input.privateMetadata ?? '',
      callback_id: input.callbackId,
      state: { values },
      hash: `${Math.floor(Date.now() / 1000)}.${randomBytes(4).toString('hex')}`,
      title: { type: 'plain_text', text: 'Peerline', emoji: true },
      clear_on_close: false,
      notify_on_close: false,
      close: null,
      submit: { type: 'plain_text', text: 'Submit', emoji: true },
      previous_view_id: null,
      root_view_id: viewId,
      app_id: APP_ID,
      external_id: '',
      app_installed_team_id: input.teamId,
      bot_id: 'B0FAKEBOT',
    },
    response_urls: input.responseUrls ?? [],
    is_enterprise_install: false,
    enterprise: null,
  };
}

/** The inner event; `type` decides which Bolt listener sees it. */
export interface SlackEventInput {
  readonly type: string;
  readonly [field: string]: unknown;
}

export interface EventCallbackInput {
  readonly teamId: string;
  readonly event: SlackEventInput;
  readonly eventId?: string;
  /** The installation's bot user, reported in `authorizations`. */
  readonly botUserId?: string;
}

/**
 * An Events API `event_callback` envelope (send with kind `event`). For `message` events it fills
 * `event_ts` and `team` from `ts` and `teamId` when absent.
 */
export function eventCallback(input: EventCallbackInput): Record<string, unknown> {
  const ts = typeof input.event['ts'] === 'string' ? input.event['ts'] : slackTs();
  const event = input.event.type === 'message' ? { team: input.teamId, event_ts: ts, ...input.event } : { event_ts: ts, ...input.event };
  return {
    token: VERIFICATION_TOKEN,
    team_id: input.teamId,
    context_team_id: input.teamId,
    context_enterprise_id: null,
    api_app_id: APP_ID,
    event,
    type: 'event_callback',
    event_id: input.eventId ?? newEventId(),
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      { enterprise_id: null, team_id: input.teamId, user_id: input.botUserId ?? 'U0FAKEBOT', is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
    event_context: `4-${randomBytes(12).toString('base64url')}`,
  };
}

export interface MessageEventInput {
  readonly channel_type: 'im' | 'mpim' | 'channel' | 'group';
  readonly channel: string;
  readonly user: string;
  readonly text: string;
  readonly ts?: string;
  readonly thread_ts?: string;
}

/** A person's `message` event (message.im, message.channels, …) for `eventCallback`. */
export function messageEvent(input: MessageEventInput): SlackEventInput {
  return { type: 'message', client_msg_id: randomBytes(16).toString('hex'), ...input, ts: input.ts ?? slackTs() };
}

/** The `url_verification` handshake Slack sends when the Request URL is saved (send with kind `event`). */
export function urlVerification(challenge: string): Record<string, unknown> {
  return { token: VERIFICATION_TOKEN, challenge, type: 'url_verification' };
}
