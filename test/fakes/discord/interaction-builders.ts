/**
 * INTERACTION_CREATE payloads shaped like Discord's v10 ones, filled in from the fake's state: the
 * invoking member with permissions, the channel, `app_permissions`, resolved users/channels/roles.
 * https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
 */
import { randomBytes } from 'node:crypto';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ButtonStyle,
  ComponentType,
  InteractionContextType,
  InteractionType,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
  type APIChatInputApplicationCommandInteraction,
  type APIInteractionDataResolved,
  type APIInteractionDataResolvedChannel,
  type APIMessage,
  type APIMessageComponentButtonInteraction,
  type APIMessageComponentSelectMenuInteraction,
  type APIModalSubmitInteraction,
  type APIStringSelectComponent,
} from 'discord.js';
import { channelPayload, memberPayload, rolePayload, toLocale, userPayload } from './payloads.js';
import { DM_APP_PERMISSIONS } from './permissions.js';
import type { FakeState, StoredCommand, StoredCommandOption, StoredUser } from './state.js';

/** Where an interaction happens: in a guild channel (or thread) when `channel` is set, else in the user's DM with the bot. */
export interface InteractionPlace {
  /** The invoking user's id. */
  readonly user: string;
  /** A guild channel or thread id; omit for a DM. */
  readonly channel?: string;
  /** Overrides the user's fixture locale. */
  readonly locale?: string;
}

/** A plain value (its type taken from the registered command, else inferred) or an explicit typed one. */
export type SlashOptionValue = string | number | boolean | { readonly type: ApplicationCommandOptionType; readonly value: string | number | boolean };

export interface SlashCommandInput extends InteractionPlace {
  readonly name: string;
  readonly subcommandGroup?: string;
  readonly subcommand?: string;
  readonly options?: Readonly<Record<string, SlashOptionValue>>;
}

export interface ButtonInput extends InteractionPlace {
  readonly customId: string;
  /** The id of a message in the fake (usually one the bot posted); its channel is where the click happens. */
  readonly message?: string;
}

export interface StringSelectInput extends InteractionPlace {
  readonly customId: string;
  /** The option values picked (all of them, as Discord sends the whole selection). */
  readonly values: readonly string[];
  /** The id of the message the select is on (in the fake). */
  readonly message: string;
}

export interface ModalSubmitInput extends InteractionPlace {
  readonly customId: string;
  /** Text input custom_id → value. */
  readonly fields: Readonly<Record<string, string>>;
  /** Set when the modal was opened from a component on this message. */
  readonly message?: string;
}

interface Place {
  readonly user: StoredUser;
  readonly guildId: string | null;
  readonly channelId: string;
  readonly locale: string;
}

export class InteractionBuilder {
  readonly #commandIds = new Map<string, string>();

  constructor(private readonly state: FakeState) {}

  slashCommand(input: SlashCommandInput): APIChatInputApplicationCommandInteraction {
    const place = this.#place(input);
    const command = this.#registered(input.name, place.guildId);
    let defs: readonly StoredCommandOption[] | undefined = command?.options;
    if (input.subcommandGroup !== undefined) defs = childOptions(defs, input.subcommandGroup);
    if (input.subcommand !== undefined) defs = childOptions(defs, input.subcommand);
    const resolved: ResolvedBuilder = { users: {}, members: {}, channels: {}, roles: {} };
    const basic = Object.entries(input.options ?? {}).map(([name, value]) => this.#option(name, value, defs, place, resolved));
    let options: APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommand>[] = basic;
    if (input.subcommand !== undefined) options = [{ type: ApplicationCommandOptionType.Subcommand, name: input.subcommand, options: basic }];
    if (input.subcommandGroup !== undefined) {
      if (input.subcommand === undefined) throw new Error('FakeDiscord: a subcommand group needs a subcommand');
      options = [{ type: ApplicationCommandOptionType.SubcommandGroup, name: input.subcommandGroup, options: [{ type: ApplicationCommandOptionType.Subcommand, name: input.subcommand, options: basic }] }];
    }
    const commandId = command?.id ?? this.#commandId(input.name);
    return {
      ...this.#base(place, InteractionType.ApplicationCommand),
      data: {
        id: commandId,
        name: input.name,
        type: ApplicationCommandType.ChatInput,
        options,
        ...(hasAny(resolved) ? { resolved: compact(resolved) } : {}),
        ...(command === undefined || command.guildId === null ? {} : { guild_id: command.guildId }),
      },
    };
  }

  button(input: ButtonInput): APIMessageComponentButtonInteraction {
    const message = input.message === undefined ? this.#messageWithButton(input) : this.#message(input.message);
    const place = this.#place({ ...input, ...this.#placeOfMessage(message, input.user) });
    return {
      ...this.#base(place, InteractionType.MessageComponent),
      message,
      data: { custom_id: input.customId, component_type: ComponentType.Button },
    };
  }

  /** A string select on a message; the select must be on it, and the values among its options. */
  stringSelect(input: StringSelectInput): APIMessageComponentSelectMenuInteraction {
    const message = this.#message(input.message);
    let select: APIStringSelectComponent | undefined;
    for (const row of message.components ?? []) {
      if (row.type !== ComponentType.ActionRow) continue;
      for (const c of row.components) if (c.type === ComponentType.StringSelect && c.custom_id === input.customId) select = c;
    }
    if (select === undefined) throw new Error(`FakeDiscord: message ${input.message} has no string select ${input.customId}`);
    const offered = new Set(select.options.map((o) => o.value));
    const unknown = input.values.find((v) => !offered.has(v));
    if (unknown !== undefined) throw new Error(`FakeDiscord: ${unknown} is not an option of ${input.customId}`);
    if (input.values.length < (select.min_values ?? 1) || input.values.length > (select.max_values ?? 1)) throw new Error(`FakeDiscord: ${input.values.length} values for ${input.customId} is outside its min/max`);
    const place = this.#place({ ...input, ...this.#placeOfMessage(message, input.user) });
    return {
      ...this.#base(place, InteractionType.MessageComponent),
      message,
      data: { custom_id: input.customId, component_type: ComponentType.StringSelect, values: [...input.values] },
    };
  }

  modalSubmit(input: ModalSubmitInput): APIModalSubmitInteraction {
    const message = input.message === undefined ? undefined : this.#message(input.message);
    const place = this.#place(message === undefined ? input : { ...input, ...this.#placeOfMessage(message, input.user) });
    return {
      ...this.#base(place, InteractionType.ModalSubmit),
      ...(message === undefined ? {} : { message }),
      data: {
        custom_id: input.customId,
        components: Object.entries(input.fields).map(([customId, value]) => ({
          type: ComponentType.ActionRow,
          components: [{ type: ComponentType.TextInput, custom_id: customId, value }],
        })),
      },
    };
  }

  #base<T extends InteractionType>(place: Place, type: T) {
    const interactionUser = userPayload(place.user);
    const channel = this.state.channel(place.channelId);
    if (channel === undefined) throw new Error(`FakeDiscord: unknown channel ${place.channelId}`);
    const common = {
      id: this.state.ids.next(),
      application_id: this.state.applicationId,
      type,
      token: `aW50ZXJhY3Rpb246${randomBytes(48).toString('base64url')}`,
      version: 1 as const,
      locale: toLocale(place.locale),
      entitlements: [],
      attachment_size_limit: 10_485_760,
      channel_id: place.channelId,
    };
    if (place.guildId === null) {
      return {
        ...common,
        channel: channelPayload(this.state, channel),
        user: interactionUser,
        app_permissions: DM_APP_PERMISSIONS.toString(),
        context: InteractionContextType.BotDM,
        // '0' marks a bot DM for a guild-installed app.
        authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: '0' },
      };
    }
    const guild = this.state.guilds.get(place.guildId);
    const member = guild?.members.get(place.user.id);
    if (guild === undefined || member === undefined) throw new Error(`FakeDiscord: ${place.user.id} is not a member of guild ${place.guildId}`);
    const memberPermissions = this.state.permissionsOf(guild.id, place.user.id).toString();
    return {
      ...common,
      guild_id: guild.id,
      guild: { id: guild.id, locale: toLocale(guild.preferredLocale), features: [] },
      guild_locale: toLocale(guild.preferredLocale),
      channel: { ...channelPayload(this.state, channel), permissions: memberPermissions },
      member: { ...memberPayload(this.state, member), user: interactionUser, permissions: memberPermissions },
      app_permissions: this.state.permissionsOf(guild.id, this.state.botUserId).toString(),
      context: InteractionContextType.Guild,
      authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: guild.id },
    };
  }

  #place(input: InteractionPlace): Place {
    const user = this.state.user(input.user);
    if (user === undefined) throw new Error(`FakeDiscord: unknown user ${input.user}; add them to a fixture`);
    const locale = input.locale ?? user.locale;
    if (input.channel === undefined) return { user, guildId: null, channelId: this.state.openDm(user.id).id, locale };
    const guild = this.state.guildOf(input.channel);
    if (guild === null) {
      const channel = this.state.channel(input.channel);
      if (channel?.kind === 'dm') return { user, guildId: null, channelId: channel.id, locale };
      throw new Error(`FakeDiscord: unknown channel ${input.channel}`);
    }
    return { user, guildId: guild.id, channelId: input.channel, locale };
  }

  #placeOfMessage(message: APIMessage, user: string): { channel: string } {
    const channel = this.state.channel(message.channel_id);
    if (channel?.kind === 'dm' && channel.recipientId !== user) throw new Error(`FakeDiscord: ${user} cannot see DM ${channel.id}`);
    return { channel: message.channel_id };
  }

  #message(id: string): APIMessage {
    const stored = this.state.messages.get(id);
    if (stored === undefined) throw new Error(`FakeDiscord: unknown message ${id}`);
    return stored.payload;
  }

  /** A bot message carrying the button, for clicks on messages the test did not get from the bot. */
  #messageWithButton(input: ButtonInput): APIMessage {
    const place = this.#place(input);
    const id = this.state.ids.next();
    const message: APIMessage = {
      id,
      channel_id: place.channelId,
      author: userPayload(this.state.botUser),
      content: '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
      components: [
        {
          type: ComponentType.ActionRow,
          components: [{ type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: input.customId, label: input.customId }],
        },
      ],
    };
    this.state.addMessage(message);
    return message;
  }

  #registered(name: string, guildId: string | null): StoredCommand | undefined {
    const inGuild = guildId === null ? undefined : this.state.guildCommands.get(guildId)?.find((c) => c.name === name);
    return inGuild ?? this.state.globalCommands.find((c) => c.name === name);
  }

  #commandId(name: string): string {
    const known = this.#commandIds.get(name);
    if (known !== undefined) return known;
    const id = this.state.ids.next();
    this.#commandIds.set(name, id);
    return id;
  }

  #option(
    name: string,
    given: SlashOptionValue,
    defs: readonly StoredCommandOption[] | undefined,
    place: Place,
    resolved: ResolvedBuilder,
  ): APIApplicationCommandInteractionDataBasicOption<InteractionType.ApplicationCommand> {
    const value = typeof given === 'object' ? given.value : given;
    const type = (typeof given === 'object' ? given.type : undefined) ?? defs?.find((d) => d.name === name)?.type ?? inferType(value);
    switch (type) {
      case ApplicationCommandOptionType.String:
        return { type, name, value: String(value) };
      case ApplicationCommandOptionType.Integer:
      case ApplicationCommandOptionType.Number:
        return { type, name, value: Number(value) };
      case ApplicationCommandOptionType.Boolean:
        return { type, name, value: value === true || value === 'true' };
      case ApplicationCommandOptionType.User:
        this.#resolveUser(String(value), place, resolved);
        return { type, name, value: String(value) };
      case ApplicationCommandOptionType.Channel:
        this.#resolveChannel(String(value), place, resolved);
        return { type, name, value: String(value) };
      case ApplicationCommandOptionType.Role:
        this.#resolveRole(String(value), place, resolved);
        return { type, name, value: String(value) };
      case ApplicationCommandOptionType.Mentionable:
        if (this.state.user(String(value)) !== undefined) this.#resolveUser(String(value), place, resolved);
        else this.#resolveRole(String(value), place, resolved);
        return { type, name, value: String(value) };
      default:
        throw new Error(`FakeDiscord: option ${name} has unsupported type ${type}`);
    }
  }

  #resolveUser(id: string, place: Place, resolved: ResolvedBuilder): void {
    const user = this.state.user(id);
    if (user === undefined) throw new Error(`FakeDiscord: option refers to unknown user ${id}`);
    resolved.users[id] = userPayload(user);
    const member = place.guildId === null ? undefined : this.state.guilds.get(place.guildId)?.members.get(id);
    if (member !== undefined && place.guildId !== null) {
      const { user: _user, ...rest } = memberPayload(this.state, member);
      resolved.members[id] = { ...rest, permissions: this.state.permissionsOf(place.guildId, id).toString() };
    }
  }

  #resolveChannel(id: string, place: Place, resolved: ResolvedBuilder): void {
    const channel = this.state.channel(id);
    if (channel === undefined || channel.kind === 'dm') throw new Error(`FakeDiscord: option refers to unknown guild channel ${id}`);
    const permissions = place.guildId === null ? '0' : this.state.permissionsOf(place.guildId, place.user.id).toString();
    resolved.channels[id] =
      channel.kind === 'thread'
        ? {
            id,
            name: channel.name,
            type: channel.type,
            permissions,
            parent_id: channel.parentId,
            thread_metadata: { archived: channel.archived, auto_archive_duration: channel.autoArchiveDuration, archive_timestamp: channel.archiveTimestamp, locked: channel.locked },
          }
        : { id, name: channel.name, type: channel.type, permissions };
  }

  #resolveRole(id: string, place: Place, resolved: ResolvedBuilder): void {
    const role = place.guildId === null ? undefined : this.state.guilds.get(place.guildId)?.roles.get(id);
    if (role === undefined) throw new Error(`FakeDiscord: option refers to unknown role ${id}`);
    resolved.roles[id] = rolePayload(role);
  }
}

type ResolvedBuilder = Required<Pick<APIInteractionDataResolved, 'users' | 'members' | 'roles'>> & {
  channels: Record<string, APIInteractionDataResolvedChannel>;
};

function hasAny(resolved: ResolvedBuilder): boolean {
  return Object.values(resolved).some((group) => Object.keys(group).length > 0);
}

/** Discord leaves out empty `resolved` groups. */
function compact(resolved: ResolvedBuilder): APIInteractionDataResolved {
  const out: APIInteractionDataResolved = {};
  if (Object.keys(resolved.users).length > 0) out.users = resolved.users;
  if (Object.keys(resolved.members).length > 0) out.members = resolved.members;
  if (Object.keys(resolved.channels).length > 0) out.channels = resolved.channels;
  if (Object.keys(resolved.roles).length > 0) out.roles = resolved.roles;
  return out;
}

function childOptions(defs: readonly StoredCommandOption[] | undefined, name: string): readonly StoredCommandOption[] | undefined {
  const child = defs?.find((d) => d.name === name);
  if (child === undefined) return undefined;
  return child.type === ApplicationCommandOptionType.Subcommand || child.type === ApplicationCommandOptionType.SubcommandGroup ? child.options : undefined;
}

function inferType(value: string | number | boolean): ApplicationCommandOptionType {
  if (typeof value === 'boolean') return ApplicationCommandOptionType.Boolean;
  if (typeof value === 'number') return Number.isInteger(value) ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number;
  return ApplicationCommandOptionType.String;
}

