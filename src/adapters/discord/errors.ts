/**
 * Discord API failures mapped in one place. discord.js already waits out 429s; what reaches us is a
 * refusal with a JSON error code, which we name and explain to coordinators.
 */
import { DiscordAPIError, HTTPError } from 'discord.js';
import { type Msg, t } from '../../i18n/index.js';

export type DiscordFailure = 'missing-permissions' | 'missing-access' | 'cannot-dm' | 'unknown-channel' | 'unknown-message' | 'thread-limit' | 'other';

export class DiscordPlatformError extends Error {
  override readonly name = 'DiscordPlatformError';
  constructor(
    readonly code: DiscordFailure,
    readonly discordCode: number | null,
  ) {
    // i18n-exempt: the Error's message, logged for operators (coordinators read remedy())
    super(`Discord refused: ${code}${discordCode === null ? '' : ` (${discordCode})`}`);
  }
}

const BY_CODE: Record<number, DiscordFailure> = {
  50013: 'missing-permissions',
  50001: 'missing-access',
  50007: 'cannot-dm',
  10003: 'unknown-channel',
  10008: 'unknown-message',
  160006: 'thread-limit',
};

export function toDiscordError(error: unknown): DiscordPlatformError {
  if (error instanceof DiscordPlatformError) return error;
  if (error instanceof DiscordAPIError && typeof error.code === 'number') return new DiscordPlatformError(BY_CODE[error.code] ?? 'other', error.code);
  return new DiscordPlatformError('other', null);
}

/** What a coordinator can do about a refusal (in the catalogue); null when Discord gave no code we know (an outage, a bug). */
export function remedy(code: DiscordFailure): Msg | null {
  switch (code) {
    case 'missing-permissions':
    case 'missing-access':
      return t('adapter.fix.discord.permissions');
    case 'cannot-dm':
      return t('adapter.fix.discord.cannotDm');
    case 'unknown-channel':
      return t('adapter.fix.discord.unknownChannel');
    case 'thread-limit':
      return t('adapter.fix.discord.threadLimit');
    default:
      return null;
  }
}

/** Whether `error` came from Discord's API (a refusal we can name, or discord.js's own request errors), not a bug. */
export function isDiscordError(error: unknown): boolean {
  return error instanceof DiscordPlatformError || error instanceof DiscordAPIError || error instanceof HTTPError;
}
