/**
 * Slack Web API failures, mapped in one place to a small set of codes the rest of the adapter (and the
 * logs) understand. The raw error carries request details; only its code travels on.
 */
import { type Msg, t } from '../../i18n/index.js';

export type SlackFailure = 'rate-limited' | 'not-in-channel' | 'channel-not-found' | 'user-not-found' | 'cannot-dm' | 'bad-request' | 'auth' | 'unreachable' | 'other';

export class SlackPlatformError extends Error {
  override readonly name = 'SlackPlatformError';
  constructor(
    readonly code: SlackFailure,
    readonly slackError: string | null,
    readonly retryAfterSeconds: number | null = null,
  ) {
    // i18n-exempt: the Error's message, logged for operators (coordinators read remedy())
    super(`Slack refused: ${slackError ?? code}`);
  }
}

const BY_SLACK_ERROR: Record<string, SlackFailure> = {
  ratelimited: 'rate-limited',
  not_in_channel: 'not-in-channel',
  channel_not_found: 'channel-not-found',
  is_archived: 'channel-not-found',
  user_not_found: 'user-not-found',
  users_not_found: 'user-not-found',
  user_disabled: 'user-not-found',
  cannot_dm_bot: 'cannot-dm',
  messages_tab_disabled: 'cannot-dm',
  not_authed: 'auth',
  invalid_auth: 'auth',
  token_revoked: 'auth',
  account_inactive: 'auth',
  missing_scope: 'auth',
  invalid_blocks: 'bad-request',
  invalid_arguments: 'bad-request',
  message_not_found: 'bad-request',
  expired_trigger_id: 'bad-request',
};

export function toSlackError(error: unknown): SlackPlatformError {
  if (error instanceof SlackPlatformError) return error;
  const e = error as { code?: unknown; data?: { error?: unknown }; retryAfter?: unknown } | null;
  if (e?.code === 'slack_webapi_rate_limited_error') {
    return new SlackPlatformError('rate-limited', 'ratelimited', typeof e.retryAfter === 'number' ? e.retryAfter : null);
  }
  if (e?.code === 'slack_webapi_platform_error' && typeof e.data?.error === 'string') {
    return new SlackPlatformError(BY_SLACK_ERROR[e.data.error] ?? 'other', e.data.error);
  }
  if (e?.code === 'slack_webapi_request_error' || e?.code === 'slack_webapi_http_error') return new SlackPlatformError('unreachable', null);
  return new SlackPlatformError('other', null);
}

/** What a coordinator should do about a failure, for the message they are sent (in the catalogue). */
export function remedy(code: SlackFailure): Msg {
  switch (code) {
    case 'not-in-channel':
      return t('adapter.fix.slack.notInChannel');
    case 'channel-not-found':
      return t('adapter.fix.slack.channelNotFound');
    case 'cannot-dm':
      return t('adapter.fix.slack.cannotDm');
    case 'auth':
      return t('adapter.fix.slack.auth');
    case 'rate-limited':
      return t('adapter.fix.slack.rateLimited');
    default:
      return t('adapter.fix.slack.other');
  }
}

/** Whether `error` (or what Bolt wrapped in it) came from Slack's Web API: a refusal or an unreachable API, not a bug. */
export function isSlackError(error: unknown): boolean {
  const e = (error as { original?: unknown } | null)?.original ?? error;
  if (e instanceof SlackPlatformError) return true;
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('slack_webapi_');
}
