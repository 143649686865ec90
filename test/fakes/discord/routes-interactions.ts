/**
 * Interaction callbacks and the interaction webhook (original response and follow-ups).
 * https://discord.com/developers/docs/interactions/receiving-and-responding
 */
import { InteractionResponseType, InteractionType, MessageFlags, MessageType, type APIMessage } from 'discord.js';
import { z } from 'zod';
import { DiscordErrors, DiscordHttpError } from './errors.js';
import { createMessage, editMessage, messageBody } from './messages.js';
import { userPayload } from './payloads.js';
import { invalidForm, parseBody, type RouteContext } from './route-context.js';
import { noContent, ok, type RestRequest, type RestRoute } from './rest-server.js';
import type { StoredInteraction, StoredMessage } from './state.js';

const callbackBody = z.object({ type: z.enum(InteractionResponseType), data: z.looseObject({}).optional() });

function interactionOf(ctx: RouteContext, request: RestRequest): StoredInteraction {
  const interaction = ctx.state.interactions.get(request.params.interactionId ?? '');
  if (interaction === undefined || interaction.token !== request.params.token) throw DiscordHttpError.of(DiscordErrors.unknownInteraction);
  return interaction;
}

/** Interaction webhooks live as long as the token; the application id must match. */
function webhookOf(ctx: RouteContext, request: RestRequest): StoredInteraction {
  const interaction = ctx.state.interactionByToken(request.params.token ?? '');
  if (interaction === undefined || request.params.applicationId !== ctx.state.applicationId) throw DiscordHttpError.of(DiscordErrors.unknownWebhook);
  return interaction;
}

function responseExtra(ctx: RouteContext, interaction: StoredInteraction): Partial<APIMessage> {
  const base = {
    webhook_id: ctx.state.applicationId,
    application_id: ctx.state.applicationId,
    type: interaction.type === InteractionType.ApplicationCommand ? MessageType.ChatInputCommand : MessageType.Default,
  };
  const user = ctx.state.user(interaction.userId);
  if (user === undefined) return base;
  const common = { id: interaction.id, user: userPayload(user), authorizing_integration_owners: { 0: interaction.guildId ?? '0' } };
  if (interaction.type === InteractionType.ApplicationCommand) {
    return { ...base, interaction_metadata: { ...common, type: InteractionType.ApplicationCommand } };
  }
  if (interaction.type === InteractionType.MessageComponent && interaction.sourceMessageId !== null) {
    return { ...base, interaction_metadata: { ...common, type: InteractionType.MessageComponent, interacted_message_id: interaction.sourceMessageId } };
  }
  return base;
}

function ephemeralFlag(data: { readonly flags?: unknown } | undefined): number {
  return typeof data?.flags === 'number' ? data.flags & MessageFlags.Ephemeral : 0;
}

function messageOf(ctx: RouteContext, interaction: StoredInteraction, id: string | undefined): StoredMessage {
  const messageId = id === '@original' ? interaction.originalMessageId : id;
  const stored = messageId === null || messageId === undefined ? undefined : ctx.state.messages.get(messageId);
  if (stored === undefined || stored.payload.channel_id !== interaction.channelId) throw DiscordHttpError.of(DiscordErrors.unknownMessage);
  return stored;
}

function callback(ctx: RouteContext, request: RestRequest) {
  const interaction = interactionOf(ctx, request);
  const now = Date.now();
  if (interaction.callbackType !== null) throw DiscordHttpError.of(DiscordErrors.alreadyAcknowledged);
  // Discord forgets an interaction that was not answered within 3 s.
  if (ctx.interactionDeadlineMs !== null && now - interaction.createdAt > ctx.interactionDeadlineMs) throw DiscordHttpError.of(DiscordErrors.unknownInteraction);
  const body = parseBody(callbackBody, request.body);
  const data = body.data;
  const bot = ctx.state.botUser;
  const userOnly = (flags: number) => (flags === 0 ? null : interaction.userId);
  const fromComponent = interaction.sourceMessageId !== null;

  switch (body.type) {
    case InteractionResponseType.ChannelMessageWithSource: {
      const flags = ephemeralFlag(data);
      const stored = createMessage(ctx, {
        channelId: interaction.channelId,
        author: bot,
        body: data ?? {},
        extra: responseExtra(ctx, interaction),
        ephemeralFor: userOnly(flags),
        asInteractionResponse: true,
      });
      interaction.originalMessageId = stored.payload.id;
      break;
    }
    case InteractionResponseType.DeferredChannelMessageWithSource: {
      const flags = ephemeralFlag(data);
      const stored = createMessage(ctx, {
        channelId: interaction.channelId,
        author: bot,
        body: { content: '' },
        extra: { ...responseExtra(ctx, interaction), flags: MessageFlags.Loading | flags },
        ephemeralFor: userOnly(flags),
        allowEmpty: true,
        asInteractionResponse: true,
      });
      interaction.originalMessageId = stored.payload.id;
      break;
    }
    case InteractionResponseType.DeferredMessageUpdate:
    case InteractionResponseType.UpdateMessage: {
      if (!fromComponent || interaction.sourceMessageId === null) throw invalidForm('type', 'INTERACTION_RESPONSE_TYPE_INVALID', 'This response type is only valid for component interactions.');
      interaction.originalMessageId = interaction.sourceMessageId;
      if (body.type === InteractionResponseType.UpdateMessage) editMessage(ctx, messageOf(ctx, interaction, '@original'), data ?? {});
      break;
    }
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      if (interaction.type !== InteractionType.ApplicationCommandAutocomplete) throw invalidForm('type', 'INTERACTION_RESPONSE_TYPE_INVALID', 'Only for autocomplete interactions.');
      break;
    case InteractionResponseType.Modal:
      if (interaction.type === InteractionType.ModalSubmit) throw invalidForm('type', 'INTERACTION_RESPONSE_TYPE_INVALID', 'A modal cannot open another modal.');
      if (typeof data?.custom_id !== 'string' || !Array.isArray(data.components)) throw invalidForm('data', 'BASE_TYPE_REQUIRED', 'A modal needs custom_id, title and components.');
      break;
    default:
      throw invalidForm('type', 'INTERACTION_RESPONSE_TYPE_INVALID', `Unsupported callback type ${body.type}.`);
  }
  interaction.callbackType = body.type;
  const withResponse = request.query.get('with_response') === 'true';
  ctx.onCallback({ interactionId: interaction.id, type: body.type, data: data ?? null, withResponse, at: now });
  if (!withResponse) return noContent();
  const original = interaction.originalMessageId === null ? undefined : ctx.state.messages.get(interaction.originalMessageId);
  return ok({
    interaction: {
      id: interaction.id,
      type: interaction.type,
      ...(original === undefined
        ? {}
        : {
            response_message_id: original.payload.id,
            response_message_loading: ((original.payload.flags ?? 0) & MessageFlags.Loading) !== 0,
            response_message_ephemeral: original.ephemeralFor !== null,
          }),
    },
    resource: { type: body.type, ...(original === undefined || body.type === InteractionResponseType.DeferredMessageUpdate ? {} : { message: original.payload }) },
  });
}

export function interactionRoutes(ctx: RouteContext): RestRoute[] {
  return [
    { method: 'POST', template: '/interactions/:interactionId/:token/callback', auth: false, handle: (r) => callback(ctx, r) },
    {
      method: 'POST',
      template: '/webhooks/:applicationId/:token',
      auth: false,
      handle: (r) => {
        const interaction = webhookOf(ctx, r);
        // Follow-ups need the interaction to have been answered first.
        if (interaction.callbackType === null) throw DiscordHttpError.of(DiscordErrors.unknownWebhook);
        const flags = ephemeralFlag(parseBody(messageBody, r.body));
        const stored = createMessage(ctx, {
          channelId: interaction.channelId,
          author: ctx.state.botUser,
          body: r.body,
          extra: responseExtra(ctx, interaction),
          ephemeralFor: flags === 0 ? null : interaction.userId,
          asInteractionResponse: true,
        });
        return ok(stored.payload);
      },
    },
    {
      method: 'GET',
      template: '/webhooks/:applicationId/:token/messages/:messageId',
      auth: false,
      handle: (r) => ok(messageOf(ctx, webhookOf(ctx, r), r.params.messageId).payload),
    },
    {
      method: 'PATCH',
      template: '/webhooks/:applicationId/:token/messages/:messageId',
      auth: false,
      handle: (r) => ok(editMessage(ctx, messageOf(ctx, webhookOf(ctx, r), r.params.messageId), r.body)),
    },
    {
      method: 'DELETE',
      template: '/webhooks/:applicationId/:token/messages/:messageId',
      auth: false,
      handle: (r) => {
        const stored = messageOf(ctx, webhookOf(ctx, r), r.params.messageId);
        ctx.state.messages.delete(stored.payload.id);
        if (stored.ephemeralFor === null) ctx.emit('MESSAGE_DELETE', deletion(ctx, stored.payload));
        return noContent();
      },
    },
  ];
}

export function deletion(ctx: RouteContext, message: APIMessage): Record<string, unknown> {
  const guild = ctx.state.guildOf(message.channel_id);
  return { id: message.id, channel_id: message.channel_id, ...(guild === null ? {} : { guild_id: guild.id }) };
}
