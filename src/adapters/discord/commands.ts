/**
 * The slash commands Peerline registers, and the parse of an invocation into a tagged union with an
 * `unsupported` case. `/peer-admin` defaults to Manage Server on Discord's side — and core checks the
 * coordinator role again on every use.
 */
import {
  ApplicationCommandOptionType,
  ChannelType,
  PermissionFlagsBits,
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { type ConfigureCommunityInput, type CoreDeps, countryChoices, NOTE_MAX } from '../../core/index.js';
import { createCatalogue } from '../../crisis/index.js';
import type { ChatCommand, CommandContext, HelpTopic } from '../command-table.js';
import { lines, t, type Text } from '../../i18n/index.js';
import { channelRef, roleRef, spaceRef, userRef } from './refs.js';
import { parseProfile, parseSettingsSubcommand, PROFILE_COMMAND, SETTINGS_GROUP, SETTINGS_HELP } from './settings-commands.js';
import { parseRota, ROTA_COMMAND, ROTA_HELP } from './rota-commands.js';
import { MENTOR_COMMAND, MENTOR_HELP, parseMentor } from './mentor-commands.js';
import { parseStraw, STRAW_COMMAND, STRAW_HELP_TEXT } from './straw-commands.js';
import { TRIM_COMMAND, TRIM_HELP_TEXT } from './trim-commands.js';
import { choice, countryChoice, described, named } from './command-locales.js';

const S = ApplicationCommandOptionType;

/** Every command, its words from the catalogue in every language (command-locales.ts); member-facing names are localised too. */
export const COMMANDS: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
  {
    ...named('cmd.name.listen'),
    ...described('cmd.listen'),
    options: [
      { type: S.String, ...named('cmd.name.listen.topic'), ...described('cmd.listen.topic'), autocomplete: true, required: false },
      { type: S.String, ...named('cmd.name.listen.note'), ...described('cmd.listen.note', { max: NOTE_MAX }), max_length: NOTE_MAX, required: false },
      { type: S.Boolean, ...named('cmd.name.listen.anonymous'), ...described('cmd.listen.anonymous'), required: false },
      {
        type: S.Integer,
        ...named('cmd.name.listen.check-in'),
        ...described('cmd.listen.check-in'),
        required: false,
        // The community's own check-in offsets, offered as the member types (they change with its settings).
        autocomplete: true,
      },
    ],
  },
  {
    ...named('cmd.name.resources'),
    ...described('cmd.resources'),
    options: [{ type: S.String, ...named('cmd.name.resources.country'), ...described('cmd.resources.country'), min_length: 2, max_length: 2, required: false }],
  },
  {
    name: 'duty',
    ...described('cmd.duty'),
    options: [
      { type: S.Subcommand, name: 'on', ...described('cmd.duty.on') },
      { type: S.Subcommand, name: 'off', ...described('cmd.duty.off') },
      { type: S.Subcommand, name: 'status', ...described('cmd.duty.status') },
    ],
  },
  { ...named('cmd.name.end'), ...described('cmd.end') },
  { ...named('cmd.name.forget-me'), ...described('cmd.forget-me') },
  { ...named('cmd.name.peer-help'), ...described('cmd.peer-help') },
  PROFILE_COMMAND,
  ROTA_COMMAND,
  MENTOR_COMMAND,
  {
    name: 'peer-admin',
    ...described('cmd.peer-admin'),
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    dm_permission: false,
    options: [
      {
        type: S.Subcommand,
        name: 'setup',
        ...described('cmd.peer-admin.setup'),
        options: [
          { type: S.Channel, name: 'volunteer-channel', ...described('cmd.peer-admin.setup.volunteer-channel'), channel_types: [ChannelType.GuildText], required: false },
          { type: S.Channel, name: 'sessions-channel', ...described('cmd.peer-admin.setup.sessions-channel'), channel_types: [ChannelType.GuildText], required: false },
          {
            type: S.String,
            name: 'country',
            ...described('cmd.peer-admin.setup.country'),
            // Not `required`: a later change (say, the retention) keeps the country chosen before. Core
            // refuses a setup that would leave the community without one, with the same list.
            required: false,
            choices: setupCountryChoices(),
          },
          { type: S.String, name: 'time-zone', ...described('cmd.peer-admin.setup.time-zone'), required: false },
          { type: S.Integer, name: 'retention-days', ...described('cmd.peer-admin.setup.retention-days'), min_value: 1, max_value: 3650, required: false },
          { type: S.Role, name: 'coordinator-role', ...described('cmd.peer-admin.setup.coordinator-role'), required: false },
        ],
      },
      {
        type: S.SubcommandGroup,
        name: 'volunteer',
        ...described('cmd.peer-admin.volunteer'),
        options: [
          {
            type: S.Subcommand,
            name: 'add',
            ...described('cmd.peer-admin.volunteer.add'),
            options: [
              { type: S.User, name: 'user', ...described('cmd.peer-admin.volunteer.user'), required: true },
              { type: S.String, name: 'tags', ...described('cmd.peer-admin.volunteer.add.tags'), required: false },
              { type: S.String, name: 'trained-until', ...described('cmd.peer-admin.volunteer.add.trained-until'), required: false },
              { type: S.Integer, name: 'capacity', ...described('cmd.peer-admin.volunteer.add.capacity'), min_value: 1, max_value: 10, required: false },
            ],
          },
          { type: S.Subcommand, name: 'remove', ...described('cmd.peer-admin.volunteer.remove'), options: [{ type: S.User, name: 'user', ...described('cmd.peer-admin.volunteer.user'), required: true }] },
        ],
      },
      SETTINGS_GROUP,
      { type: S.Subcommand, name: 'volunteers', ...described('cmd.peer-admin.volunteers') },
      { type: S.Subcommand, name: 'dashboard', ...described('cmd.peer-admin.dashboard') },
      {
        type: S.Subcommand,
        name: 'stats',
        ...described('cmd.peer-admin.stats'),
        options: [{ type: S.Integer, name: 'days', ...described('cmd.peer-admin.stats.days'), min_value: 1, max_value: 365, required: false }],
      },
    ],
  },
  TRIM_COMMAND,
  STRAW_COMMAND,
];

/** The setup's country choices: each country named in every language by CLDR, then "Other / international". */
function setupCountryChoices(): ReturnType<typeof choice>[] {
  const catalogue = createCatalogue();
  const countries = new Set(catalogue.countries());
  return countryChoices(catalogue).map((c) => (countries.has(c.value) ? countryChoice(c.value, c.label) : choice('cmd.peer-admin.setup.country.INTL', c.value)));
}

/** A DM has no guild: refs built there carry this one (the adapter finds the person's community itself). */
export const UNKNOWN_GUILD = '0';

/** Reads an invocation of the main commands into the shared command union, with refs built in its guild. */
export function parseCommand(i: ChatInputCommandInteraction): ChatCommand {
  const o = i.options;
  const guild = i.guildId ?? UNKNOWN_GUILD;
  const unsupported = (name: string): ChatCommand => ({ kind: 'unsupported', topic: 'main', reason: t('adapter.discord.unknown', { command: name }) });
  switch (i.commandName) {
    case 'listen': {
      const topic = o.getString('topic');
      const note = o.getString('note');
      const checkInHours = o.getInteger('check-in');
      return {
        kind: 'listen',
        input: { ...(topic === null ? {} : { topic }), ...(note === null ? {} : { note }), anonymous: o.getBoolean('anonymous') ?? false, ...(checkInHours === null ? {} : { checkInHours }) },
      };
    }
    case 'resources':
      return { kind: 'resources', country: o.getString('country') };
    case 'duty': {
      const mode = o.getSubcommand(false);
      return mode === 'on' || mode === 'off' || mode === 'status' ? { kind: 'duty', mode } : { kind: 'duty', mode: 'status' };
    }
    case 'end':
      return { kind: 'end', space: spaceRef(guild, i.channelId) };
    case 'forget-me':
      return { kind: 'forget-me' };
    case 'peer-help':
      return { kind: 'help', topic: 'main' };
    case 'profile':
      return parseProfile(i);
    case 'rota':
      return parseRota(i);
    case 'mentor':
      return parseMentor(i, guild);
    case 'straw':
      return parseStraw(i, (user) => userRef(guild, user));
    case 'peer-admin': {
      const group = o.getSubcommandGroup(false);
      const sub = o.getSubcommand(false);
      if (group === 'volunteer' && sub === 'add') {
        const tags = (o.getString('tags') ?? '').split(',').map((t) => t.trim()).filter((t) => t.length > 0);
        return { kind: 'volunteer-add', user: userRef(guild, o.getUser('user', true).id), tags, trainedUntil: o.getString('trained-until'), capacity: o.getInteger('capacity') };
      }
      if (group === 'volunteer' && sub === 'remove') return { kind: 'volunteer-remove', user: userRef(guild, o.getUser('user', true).id) };
      if (group === 'settings') return parseSettingsSubcommand(i, guild, sub);
      if (sub === 'setup') return { kind: 'setup', input: setupInput(i, guild) };
      if (sub === 'volunteers') return { kind: 'volunteers' };
      if (sub === 'dashboard') return { kind: 'dashboard' };
      if (sub === 'stats') return { kind: 'stats', days: o.getInteger('days') };
      return unsupported(`peer-admin ${group ?? ''} ${sub ?? ''}`.trim());
    }
    default:
      return unsupported(i.commandName);
  }
}

/** `/peer-admin setup`: only the options given change; the rest keep their values. */
function setupInput(i: ChatInputCommandInteraction, guild: string): ConfigureCommunityInput {
  const o = i.options;
  const volunteerChannel = o.getChannel('volunteer-channel')?.id;
  const sessionsChannel = o.getChannel('sessions-channel')?.id;
  const country = o.getString('country');
  const timeZone = o.getString('time-zone');
  const retentionDays = o.getInteger('retention-days');
  const coordinatorRole = o.getRole('coordinator-role')?.id;
  return {
    name: i.guild?.name ?? `Discord ${guild}`,
    settings: {
      ...(volunteerChannel === undefined ? {} : { volunteerChannel: channelRef(guild, volunteerChannel) }),
      ...(sessionsChannel === undefined ? {} : { sessionsLocation: channelRef(guild, sessionsChannel) }),
      ...(country === null ? {} : { country }),
      ...(timeZone === null ? {} : { timeZone }),
      ...(retentionDays === null ? {} : { retentionDays }),
      ...(coordinatorRole === undefined ? {} : { coordinatorRole: roleRef(guild, coordinatorRole) }),
    },
  };
}

const TITLES = {
  main: t('adapter.discord.title.main'),
  settings: t('adapter.discord.title.settings'),
  trim: t('adapter.discord.title.trim'),
  rota: t('adapter.discord.title.rota'),
  straw: t('adapter.discord.title.straw'),
  mentor: t('adapter.discord.title.mentor'),
} as const satisfies Record<HelpTopic, Text>;

/** What the command table shows for help and for what did not parse, in Discord's words (rendered in the reader's language). */
export function discordCommands(deps: CoreDeps, dashboardUrl: string | undefined): CommandContext {
  const texts: Record<HelpTopic, Text> = { main: HELP, settings: SETTINGS_HELP, trim: TRIM_HELP_TEXT, rota: ROTA_HELP, straw: STRAW_HELP_TEXT, mentor: MENTOR_HELP };
  return {
    deps,
    dashboardUrl,
    help: (topic) => ({ title: TITLES[topic], text: texts[topic] }),
    unsupported: (cmd) => ({
      title: cmd.topic === 'main' ? t('adapter.unknownCommand') : t('adapter.notUnderstood'),
      text: lines(cmd.reason, '', texts[cmd.topic]),
      tone: 'warning',
    }),
  };
}

/** `/peer-help`: member commands by the names Discord shows the reader, the rest by their English names. */
export const HELP: Text = lines(
  t('adapter.discord.help.intro'),
  '',
  t('adapter.discord.help.listen'),
  t('adapter.discord.help.resources'),
  t('adapter.discord.help.forgetMe'),
  '',
  t('adapter.discord.help.volunteers'),
  t('adapter.discord.help.mentoring'),
  t('adapter.discord.help.coordinators'),
  '',
  TRIM_HELP_TEXT,
  '',
  STRAW_HELP_TEXT,
);
