/**
 * `/peer-admin settings …` and `/profile` on Discord: their registration, and the parse of an invocation
 * into the shared command union. Setting values are typed as core reads them (`settings-text.ts`);
 * channels are picked with Discord's channel option.
 */
import { ApplicationCommandOptionType, ChannelType, type APIApplicationCommandSubcommandGroupOption, type ChatInputCommandInteraction, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { DISPLAY_NAME_MAX, isTextSettingKey, TEXT_SETTING_KEYS, TEXT_SETTINGS } from '../../core/index.js';
import type { ChatCommand } from '../command-table.js';
import { channelRef } from './refs.js';

const S = ApplicationCommandOptionType;

/** The `settings` group of `/peer-admin`. */
export const SETTINGS_GROUP: APIApplicationCommandSubcommandGroupOption = {
  type: S.SubcommandGroup,
  name: 'settings',
  description: 'Read and change the community settings',
  options: [
    { type: S.Subcommand, name: 'show', description: 'Every setting and its value' },
    { type: S.Subcommand, name: 'help', description: 'What each setting means and how to write it' },
    {
      type: S.Subcommand,
      name: 'set',
      description: 'Change one setting',
      options: [
        { type: S.String, name: 'setting', description: 'Which setting', required: true, choices: TEXT_SETTING_KEYS.map((k) => ({ name: k, value: k })) },
        // Discord's own cap for a string option; core checks each setting's own length.
        { type: S.String, name: 'value', description: 'The new value (see /peer-admin settings help); extra resources: separate them with ;', required: true, max_length: 1500 },
      ],
    },
    {
      type: S.Subcommand,
      name: 'watch',
      description: 'Scan a channel for crisis language (needs the Message Content intent)',
      options: [{ type: S.Channel, name: 'channel', description: 'The channel', channel_types: [ChannelType.GuildText], required: true }],
    },
    {
      type: S.Subcommand,
      name: 'unwatch',
      description: 'Stop scanning a channel',
      options: [{ type: S.Channel, name: 'channel', description: 'The channel', channel_types: [ChannelType.GuildText], required: true }],
    },
    {
      type: S.Subcommand,
      name: 'resource-add',
      description: 'Add a resource shown after the national crisis line (up to 5)',
      options: [
        { type: S.String, name: 'name', description: 'e.g. Campus counselling', required: true, max_length: 80 },
        { type: S.String, name: 'hours', description: 'When it is open, e.g. Mon–Fri 9:00–17:00', required: true, max_length: 60 },
        { type: S.String, name: 'reach', description: 'How to reach it: call <number>, text <number>, or both with a comma', required: false, max_length: 100 },
        { type: S.String, name: 'link', description: 'A web address (http or https)', required: false, max_length: 200 },
      ],
    },
    {
      type: S.Subcommand,
      name: 'resource-remove',
      description: 'Remove an extra resource',
      options: [{ type: S.Integer, name: 'number', description: 'Its number in /peer-admin settings show', required: true, min_value: 1, max_value: 5 }],
    },
  ],
};

export const PROFILE_COMMAND: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: 'profile',
  description: 'Volunteers: your display name on the dashboard and your experience tags',
  dm_permission: false,
  options: [
    { type: S.String, name: 'name', description: 'Display name coordinators see (empty: shown as a number)', required: false, max_length: DISPLAY_NAME_MAX },
    { type: S.String, name: 'tags', description: 'Topics you have lived experience of, comma-separated', required: false, max_length: 400 },
  ],
};

/** `/peer-admin settings <sub>`. */
export function parseSettingsSubcommand(i: ChatInputCommandInteraction, guild: string, sub: string | null): ChatCommand {
  const o = i.options;
  switch (sub) {
    case 'show':
      return { kind: 'settings' };
    case 'help':
      return { kind: 'help', topic: 'settings' };
    case 'set': {
      const key = o.getString('setting', true);
      return isTextSettingKey(key) ? { kind: 'settings-set', values: { [key]: o.getString('value', true) } } : { kind: 'unsupported', topic: 'settings', reason: `There is no setting ${key.slice(0, 30)}.` };
    }
    case 'watch':
    case 'unwatch':
      return { kind: 'watch', channel: channelRef(guild, o.getChannel('channel', true).id), watch: sub === 'watch' };
    case 'resource-add':
      return { kind: 'resource-add', name: o.getString('name', true), hours: o.getString('hours', true), reach: o.getString('reach') ?? '', url: o.getString('link') ?? '' };
    case 'resource-remove':
      return { kind: 'resource-remove', number: o.getInteger('number', true) };
    default:
      return { kind: 'unsupported', topic: 'settings', reason: `I do not know /peer-admin settings ${sub ?? ''}.` };
  }
}

/** `/profile [name:] [tags:]`: with neither, it shows the profile. */
export function parseProfile(i: ChatInputCommandInteraction): ChatCommand {
  const name = i.options.getString('name');
  const tags = i.options.getString('tags');
  return {
    kind: 'profile',
    displayName: name,
    tags: tags === null ? null : tags.split(',').map((t) => t.trim()).filter((t) => t.length > 0),
  };
}

export const SETTINGS_HELP = [
  'Community settings (coordinators):',
  '/peer-admin settings show — every setting and its value',
  '/peer-admin settings set setting: value: — change one:',
  ...TEXT_SETTING_KEYS.map((k) => `• ${k} — ${TEXT_SETTINGS[k].hint}`),
  '/peer-admin settings resource-add name: hours: [reach:] [link:] · resource-remove number: — extra resources, shown after the national line',
  '/peer-admin settings watch channel: · unwatch channel: — scan a channel for crisis language, or stop (needs the Message Content intent)',
  '/peer-admin setup — volunteer channel, sessions channel, country, time zone, retention, coordinator role',
  '',
  'Volunteers: /profile name: tags: — your display name on the dashboard and your experience tags',
].join('\n');
