/**
 * Discord's JSON error bodies. Routes throw {@link DiscordHttpError}; tests inject the same shapes
 * with `fake.failNext({ ...DiscordErrors.missingPermissions, method, pathPattern })`.
 * Codes: https://discord.com/developers/docs/topics/opcodes-and-status-codes#json
 */
export interface DiscordErrorShape {
  readonly status: number;
  readonly code: number;
  readonly message: string;
}

export class DiscordHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    /** Discord's nested `errors` object for 50035 Invalid Form Body. */
    readonly errors?: unknown,
  ) {
    super(message);
  }

  static of(shape: DiscordErrorShape, errors?: unknown): DiscordHttpError {
    return new DiscordHttpError(shape.status, shape.code, shape.message, errors);
  }

  get body(): Record<string, unknown> {
    return { message: this.message, code: this.code, ...(this.errors === undefined ? {} : { errors: this.errors }) };
  }
}

function e(status: number, code: number, message: string): DiscordErrorShape {
  return { status, code, message };
}

export const DiscordErrors = {
  unauthorized: e(401, 0, '401: Unauthorized'),
  notFound: e(404, 0, '404: Not Found'),
  unknownApplication: e(404, 10002, 'Unknown Application'),
  unknownChannel: e(404, 10003, 'Unknown Channel'),
  unknownGuild: e(404, 10004, 'Unknown Guild'),
  unknownMember: e(404, 10007, 'Unknown Member'),
  unknownMessage: e(404, 10008, 'Unknown Message'),
  unknownUser: e(404, 10013, 'Unknown User'),
  unknownWebhook: e(404, 10015, 'Unknown Webhook'),
  unknownInteraction: e(404, 10062, 'Unknown interaction'),
  missingAccess: e(403, 50001, 'Missing Access'),
  cannotEditOthersMessage: e(403, 50005, 'Cannot edit a message authored by another user'),
  emptyMessage: e(400, 50006, 'Cannot send an empty message'),
  cannotSendToUser: e(403, 50007, 'Cannot send messages to this user'),
  wrongChannelType: e(400, 50024, 'Cannot execute action on this channel type'),
  invalidRecipient: e(400, 50033, 'Invalid Recipient(s)'),
  missingPermissions: e(403, 50013, 'Missing Permissions'),
  invalidFormBody: e(400, 50035, 'Invalid Form Body'),
  threadArchived: e(400, 50083, 'Thread is archived'),
  alreadyAcknowledged: e(400, 40060, 'Interaction has already been acknowledged.'),
  serverError: e(500, 0, '500: Internal Server Error'),
  badGateway: e(502, 0, '502: Bad Gateway'),
} as const satisfies Record<string, DiscordErrorShape>;
