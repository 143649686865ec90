/**
 * Application commands: bulk overwrite and list, global and per guild, validated the way Discord
 * rejects bad definitions (names, description lengths, option order).
 * https://discord.com/developers/docs/interactions/application-commands
 */
import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord.js';
import { z } from 'zod';
import { DiscordErrors, DiscordHttpError } from './errors.js';
import { invalidForm, parseBody, type RouteContext } from './route-context.js';
import { ok, type RestRequest, type RestRoute } from './rest-server.js';
import type { StoredCommand, StoredCommandOption } from './state.js';

interface OptionBody {
  type: ApplicationCommandOptionType;
  name: string;
  description: string;
  required?: boolean | undefined;
  options?: OptionBody[] | undefined;
  [extra: string]: unknown;
}

const optionBody: z.ZodType<OptionBody> = z.looseObject({
  type: z.enum(ApplicationCommandOptionType),
  name: z.string(),
  description: z.string(),
  required: z.boolean().optional(),
  get options() {
    return z.array(optionBody).optional();
  },
});

const commandBody = z.looseObject({
  name: z.string(),
  type: z.enum(ApplicationCommandType).optional(),
  description: z.string().optional(),
  options: z.array(optionBody).optional(),
  default_member_permissions: z.string().nullable().optional(),
  contexts: z.array(z.number().int()).nullable().optional(),
  integration_types: z.array(z.number().int()).optional(),
  nsfw: z.boolean().optional(),
});
type CommandBody = z.infer<typeof commandBody>;

const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function checkOptions(options: readonly OptionBody[], at: string): void {
  if (options.length > 25) throw invalidForm(`${at}.options`, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  const names = new Set<string>();
  let optionalSeen = false;
  for (const [index, option] of options.entries()) {
    const where = `${at}.options.${index}`;
    if (!NAME.test(option.name) || option.name !== option.name.toLowerCase()) throw invalidForm(`${where}.name`, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    if (option.description.length < 1 || option.description.length > 100) throw invalidForm(`${where}.description`, 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    if (names.has(option.name)) throw invalidForm(`${where}.name`, 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', 'Option names must be unique');
    names.add(option.name);
    const nested = option.type === ApplicationCommandOptionType.Subcommand || option.type === ApplicationCommandOptionType.SubcommandGroup;
    if (nested) {
      checkOptions(option.options ?? [], where);
      continue;
    }
    if (option.required === true && optionalSeen) throw invalidForm(where, 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options');
    if (option.required !== true) optionalSeen = true;
  }
}

function toStoredOptions(options: readonly OptionBody[] | undefined): StoredCommandOption[] {
  return (options ?? []).map((o) => ({ type: o.type, name: o.name, options: o.options === undefined ? undefined : toStoredOptions(o.options) }));
}

function store(ctx: RouteContext, bodies: readonly CommandBody[], guildId: string | null, previous: readonly StoredCommand[]): StoredCommand[] {
  const names = new Set<string>();
  return bodies.map((body, index) => {
    const type = body.type ?? ApplicationCommandType.ChatInput;
    if (names.has(`${type}:${body.name}`)) throw invalidForm(`${index}.name`, 'APPLICATION_COMMANDS_DUPLICATE_NAME', `Application command names must be unique`);
    names.add(`${type}:${body.name}`);
    if (type === ApplicationCommandType.ChatInput) {
      if (!NAME.test(body.name) || body.name !== body.name.toLowerCase()) throw invalidForm(`${index}.name`, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
      const description = body.description ?? '';
      if (description.length < 1 || description.length > 100) throw invalidForm(`${index}.description`, 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
      checkOptions(body.options ?? [], String(index));
    }
    // Overwriting keeps the id of a command with the same name and type, as Discord does.
    const id = previous.find((c) => c.name === body.name && c.type === type)?.id ?? ctx.state.ids.next();
    const payload = {
      ...body,
      id,
      application_id: ctx.state.applicationId,
      version: ctx.state.ids.next(),
      type,
      description: body.description ?? '',
      default_member_permissions: body.default_member_permissions ?? null,
      nsfw: body.nsfw ?? false,
      ...(guildId === null
        ? { contexts: body.contexts ?? null, integration_types: body.integration_types ?? [0] }
        : { guild_id: guildId }),
    };
    return { id, guildId, name: body.name, type, options: toStoredOptions(body.options), payload };
  });
}

function checkApplication(ctx: RouteContext, request: RestRequest): void {
  if (request.params.applicationId !== ctx.state.applicationId) throw DiscordHttpError.of(DiscordErrors.unknownApplication);
}

function checkGuild(ctx: RouteContext, request: RestRequest): string {
  checkApplication(ctx, request);
  const guildId = request.params.guildId ?? '';
  // Registering in a guild the bot is not in is refused with Missing Access.
  if (!ctx.state.guilds.has(guildId)) throw DiscordHttpError.of(DiscordErrors.missingAccess);
  return guildId;
}

export function commandRoutes(ctx: RouteContext): RestRoute[] {
  const many = z.array(commandBody).max(100);
  return [
    {
      method: 'PUT',
      template: '/applications/:applicationId/commands',
      auth: true,
      handle: (r) => {
        checkApplication(ctx, r);
        ctx.state.globalCommands = store(ctx, parseBody(many, r.body), null, ctx.state.globalCommands);
        return ok(ctx.state.globalCommands.map((c) => c.payload));
      },
    },
    {
      method: 'GET',
      template: '/applications/:applicationId/commands',
      auth: true,
      handle: (r) => {
        checkApplication(ctx, r);
        return ok(ctx.state.globalCommands.map((c) => c.payload));
      },
    },
    {
      method: 'PUT',
      template: '/applications/:applicationId/guilds/:guildId/commands',
      auth: true,
      handle: (r) => {
        const guildId = checkGuild(ctx, r);
        const stored = store(ctx, parseBody(many, r.body), guildId, ctx.state.guildCommands.get(guildId) ?? []);
        ctx.state.guildCommands.set(guildId, stored);
        return ok(stored.map((c) => c.payload));
      },
    },
    {
      method: 'GET',
      template: '/applications/:applicationId/guilds/:guildId/commands',
      auth: true,
      handle: (r) => ok((ctx.state.guildCommands.get(checkGuild(ctx, r)) ?? []).map((c) => c.payload)),
    },
  ];
}
