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
import type { ChatCommand, CommandContext } from '../command-table.js';
import { channelRef, roleRef, spaceRef, userRef } from './refs.js';
import { parseProfile, parseSettingsSubcommand, PROFILE_COMMAND, SETTINGS_GROUP, SETTINGS_HELP } from './settings-commands.js';
import { parseRota, ROTA_COMMAND, ROTA_HELP } from './rota-commands.js';
import { MENTOR_COMMAND, MENTOR_HELP, parseMentor } from './mentor-commands.js';
import { parseStraw, STRAW_COMMAND, STRAW_HELP_LINES } from './straw-commands.js';
import { TRIM_COMMAND, TRIM_HELP_LINES } from './trim-commands.js';
import { withLocalisations } from './command-locales.js';
import { lines } from '../../i18n/index.js';

const S = ApplicationCommandOptionType;

/** Every command; the member-facing ones carry their names and descriptions in each language (command-locales.ts). */
export const COMMANDS: RESTPostAPIChatInputApplicationCommandsJSONBody[] = withLocalisations([
  {
    name: 'listen',
    description: 'Ask for a peer listener (a trained volunteer, not a clinician)',
    options: [
      { type: S.String, name: 'topic', description: 'What would you like to talk about?', autocomplete: true, required: false },
      { type: S.String, name: 'note', description: `Anything the listener should know first (up to ${NOTE_MAX} characters)`, max_length: NOTE_MAX, required: false },
      { type: S.Boolean, name: 'anonymous', description: 'Stay anonymous: the bot passes messages between you and the listener', required: false },
      {
        type: S.Integer,
        name: 'check-in',
        description: 'Should the bot check in with you afterwards? (hours)',
        required: false,
        // The community's own check-in offsets, offered as the member types (they change with its settings).
        autocomplete: true,
      },
    ],
  },
  {
    name: 'resources',
    description: 'Crisis lines you can call or text now',
    options: [{ type: S.String, name: 'country', description: 'Two-letter country code, e.g. GB or US', min_length: 2, max_length: 2, required: false }],
  },
  {
    name: 'duty',
    description: 'Volunteers: go on or off duty',
    options: [
      { type: S.Subcommand, name: 'on', description: 'Go on duty' },
      { type: S.Subcommand, name: 'off', description: 'Go off duty' },
      { type: S.Subcommand, name: 'status', description: 'Where you stand' },
    ],
  },
  { name: 'end', description: 'End the listening session in this thread' },
  { name: 'forget-me', description: 'Delete what Peerline holds about you' },
  { name: 'peer-help', description: 'How Peerline works and its commands' },
  PROFILE_COMMAND,
  ROTA_COMMAND,
  MENTOR_COMMAND,
  {
    name: 'peer-admin',
    description: 'Coordinators: set up Peerline and manage volunteers',
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    dm_permission: false,
    options: [
      {
        type: S.Subcommand,
        name: 'setup',
        description: 'Volunteer channel, sessions channel, country, time zone, retention',
        options: [
          { type: S.Channel, name: 'volunteer-channel', description: 'Where offers and alerts go (private is best)', channel_types: [ChannelType.GuildText], required: false },
          { type: S.Channel, name: 'sessions-channel', description: 'Where private session threads open', channel_types: [ChannelType.GuildText], required: false },
          {
            type: S.String,
            name: 'country',
            description: 'Country for crisis lines (needed at first setup); "Other" shows the international list',
            // Not `required`: a later change (say, the retention) keeps the country chosen before. Core
            // refuses a setup that would leave the community without one, with the same list.
            required: false,
            choices: countryChoices(createCatalogue()).map((c) => ({ name: c.label, value: c.value })),
          },
          { type: S.String, name: 'time-zone', description: 'IANA time zone, e.g. Europe/London', required: false },
          { type: S.Integer, name: 'retention-days', description: 'Keep closed requests this many days', min_value: 1, max_value: 3650, required: false },
          { type: S.Role, name: 'coordinator-role', description: 'Holders of this role are coordinators', required: false },
        ],
      },
      {
        type: S.SubcommandGroup,
        name: 'volunteer',
        description: 'Enrol or remove a volunteer',
        options: [
          {
            type: S.Subcommand,
            name: 'add',
            description: 'Enrol (or update) a volunteer',
            options: [
              { type: S.User, name: 'user', description: 'The volunteer', required: true },
              { type: S.String, name: 'tags', description: 'Lived-experience topics, comma-separated', required: false },
              { type: S.String, name: 'trained-until', description: 'Training valid until (YYYY-MM-DD)', required: false },
              { type: S.Integer, name: 'capacity', description: 'Sessions at once (default 1)', min_value: 1, max_value: 10, required: false },
            ],
          },
          { type: S.Subcommand, name: 'remove', description: 'Remove a volunteer', options: [{ type: S.User, name: 'user', description: 'The volunteer', required: true }] },
        ],
      },
      SETTINGS_GROUP,
      { type: S.Subcommand, name: 'volunteers', description: 'Everyone enrolled' },
      { type: S.Subcommand, name: 'dashboard', description: 'A private sign-in link to the coordinator dashboard' },
      {
        type: S.Subcommand,
        name: 'stats',
        description: 'Counts and waiting times, no personal data',
        options: [{ type: S.Integer, name: 'days', description: 'How many days back (default 30)', min_value: 1, max_value: 365, required: false }],
      },
    ],
  },
  TRIM_COMMAND,
  STRAW_COMMAND,
]);

/** A DM has no guild: refs built there carry this one (the adapter finds the person's community itself). */
export const UNKNOWN_GUILD = '0';

/** Reads an invocation of the main commands into the shared command union, with refs built in its guild. */
export function parseCommand(i: ChatInputCommandInteraction): ChatCommand {
  const o = i.options;
  const guild = i.guildId ?? UNKNOWN_GUILD;
  const unsupported = (name: string): ChatCommand => ({ kind: 'unsupported', topic: 'main', reason: `I do not know /${name}.` });
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

const TITLES = { main: 'Peerline', settings: 'Peerline settings', trim: 'Peerline TRiM', rota: 'Peerline rota', straw: 'Peerline StRaW', mentor: 'Peerline mentoring' } as const;

/** What the command table shows for help and for what did not parse, in Discord's words. */
export function discordCommands(deps: CoreDeps, dashboardUrl: string | undefined): CommandContext {
  const texts = { main: HELP, settings: SETTINGS_HELP, trim: TRIM_HELP_LINES.join('\n'), rota: ROTA_HELP, straw: STRAW_HELP_LINES.join('\n'), mentor: MENTOR_HELP } as const;
  return {
    deps,
    dashboardUrl,
    help: (topic) => ({ title: TITLES[topic], text: texts[topic] }),
    unsupported: (cmd) => ({
      title: cmd.topic === 'main' ? 'Unknown command' : 'I did not understand that',
      text: lines(cmd.reason, '', texts[cmd.topic]),
      tone: 'warning',
    }),
  };
}

export const HELP = [
  'Peerline connects you with a trained peer listener — a volunteer, not a clinician or a crisis service.',
  '',
  '/listen — ask for a listener (topic, optional note, stay anonymous, check-in later)',
  '/resources [country] — crisis lines you can call or text now',
  '/forget-me — delete what Peerline holds about you',
  '',
  'Volunteers: /duty on | off | status, /end (in the session thread, or its End button), /profile name: tags:, /rota (planned shifts: /rota help)',
  'Mentoring: /mentor signup | talk | pause | resume | end | change (/mentor help)',
  'Coordinators: /peer-admin setup | settings | volunteer add | volunteer remove | volunteers | stats | dashboard (/peer-admin settings help lists every setting)',
  '',
  ...TRIM_HELP_LINES,
  '',
  ...STRAW_HELP_LINES,
].join('\n');
