/** What REST routes share: the state, a way to tell the gateway, and the interaction rules. */
import type { z } from 'zod';
import { DiscordErrors, DiscordHttpError } from './errors.js';
import { has } from './permissions.js';
import type { FakeState } from './state.js';

/** One answer the bot gave to an interaction (POST /interactions/:id/:token/callback). */
export interface InteractionCallbackRecord {
  readonly interactionId: string;
  /** 4 reply, 5 deferred reply, 6 deferred update, 7 update, 8 autocomplete, 9 modal. */
  readonly type: number;
  /** The callback's `data` (message body, modal, choices); null for 5/6 without data. */
  readonly data: Record<string, unknown> | null;
  /** The `with_response` query flag the bot sent. */
  readonly withResponse: boolean;
  /** ms since the Unix epoch. */
  readonly at: number;
}

export interface RouteContext {
  readonly state: FakeState;
  /** Dispatches to connected sessions; does nothing when no client is logged in (REST-only tests). */
  readonly emit: (event: string, data: unknown) => void;
  /** ms an interaction may wait for its first callback; null for no limit. */
  readonly interactionDeadlineMs: number | null;
  readonly onCallback: (record: InteractionCallbackRecord) => void;
}

/** Parse a JSON body or answer 400 50035 Invalid Form Body with zod's issues, as Discord would. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const errors: Record<string, unknown> = {};
  for (const issue of result.error.issues) {
    errors[issue.path.join('.') || '_root'] = { _errors: [{ code: 'BASE_TYPE_INVALID', message: issue.message }] };
  }
  throw DiscordHttpError.of(DiscordErrors.invalidFormBody, errors);
}

export function invalidForm(field: string, code: string, message: string): DiscordHttpError {
  return DiscordHttpError.of(DiscordErrors.invalidFormBody, { [field]: { _errors: [{ code, message }] } });
}

/** Guild-wide check of the bot's permissions (the fake models no channel overwrites). */
export function requireBotPermission(ctx: RouteContext, guildId: string, permission: bigint): void {
  if (!has(ctx.state.permissionsOf(guildId, ctx.state.botUserId), permission)) throw DiscordHttpError.of(DiscordErrors.missingPermissions);
}
