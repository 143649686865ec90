/**
 * Discord API failures mapped in one place. discord.js already waits out 429s; what reaches us is a
 * refusal with a JSON error code, which we name and explain to coordinators.
 */
import { DiscordAPIError, HTTPError } from 'discord.js';

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

/** What a coordinator can do about a refusal; null when Discord gave no code we know (an outage, a bug). */
export function remedy(code: DiscordFailure): string | null {
  switch (code) {
    case 'missing-permissions':
    case 'missing-access':
      return 'Give the Peerline role View Channel, Send Messages, Embed Links, Create Private Threads and Send Messages in Threads in the volunteer and sessions channels.';
    case 'cannot-dm':
      return 'They do not accept direct messages from server members: ask them to allow direct messages from server members (server name → Privacy Settings).';
    case 'unknown-channel':
      return 'The configured channel no longer exists: run /peer-admin setup again.';
    case 'thread-limit':
      return 'The server has too many active threads: archive old ones.';
    default:
      return null;
  }
}

/** Whether `error` came from Discord's API (a refusal we can name, or discord.js's own request errors), not a bug. */
export function isDiscordError(error: unknown): boolean {
  return error instanceof DiscordPlatformError || error instanceof DiscordAPIError || error instanceof HTTPError;
}
