/**
 * `/peer-admin settings …` and `/profile` on Discord: their registration, and the parse of an invocation
 * into the shared command union. Setting values are typed as core reads them (`settings-text.ts`);
 * channels are picked with Discord's channel option.
 */
import { ApplicationCommandOptionType, ChannelType, type APIApplicationCommandSubcommandGroupOption, type ChatInputCommandInteraction, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { DISPLAY_NAME_MAX, isTextSettingKey, TEXT_SETTING_KEYS, TEXT_SETTINGS } from '../../core/index.js';
import { lines, sentences, type Text } from '../../i18n/index.js';
import type { ChatCommand } from '../command-table.js';
import { channelRef } from './refs.js';
import { described } from './command-locales.js';

const S = ApplicationCommandOptionType;

/** The `settings` group of `/peer-admin`. */
export const SETTINGS_GROUP: APIApplicationCommandSubcommandGroupOption = {
  type: S.SubcommandGroup,
  name: 'settings',
  ...described('cmd.peer-admin.settings'),
  options: [
    { type: S.Subcommand, name: 'show', ...described('cmd.peer-admin.settings.show') },
    { type: S.Subcommand, name: 'help', ...described('cmd.peer-admin.settings.help') },
    {
      type: S.Subcommand,
      name: 'set',
      ...described('cmd.peer-admin.settings.set'),
      options: [
        { type: S.String, name: 'setting', ...described('cmd.peer-admin.settings.set.setting'), required: true, choices: TEXT_SETTING_KEYS.map((k) => ({ name: k, value: k })) },
        // Discord's own cap for a string option; core checks each setting's own length.
        { type: S.String, name: 'value', ...described('cmd.peer-admin.settings.set.value'), required: true, max_length: 1500 },
      ],
    },
    {
      type: S.Subcommand,
      name: 'watch',
      ...described('cmd.peer-admin.settings.watch'),
      options: [{ type: S.Channel, name: 'channel', ...described('cmd.peer-admin.settings.channel'), channel_types: [ChannelType.GuildText], required: true }],
    },
    {
      type: S.Subcommand,
      name: 'unwatch',
      ...described('cmd.peer-admin.settings.unwatch'),
      options: [{ type: S.Channel, name: 'channel', ...described('cmd.peer-admin.settings.channel'), channel_types: [ChannelType.GuildText], required: true }],
    },
    {
      type: S.Subcommand,
      name: 'resource-add',
      ...described('cmd.peer-admin.settings.resource-add'),
      options: [
        { type: S.String, name: 'name', ...described('cmd.peer-admin.settings.resource-add.name'), required: true, max_length: 80 },
        { type: S.String, name: 'hours', ...described('cmd.peer-admin.settings.resource-add.hours'), required: true, max_length: 60 },
        { type: S.String, name: 'reach', ...described('cmd.peer-admin.settings.resource-add.reach'), required: false, max_length: 100 },
        { type: S.String, name: 'link', ...described('cmd.peer-admin.settings.resource-add.link'), required: false, max_length: 200 },
      ],
    },
    {
      type: S.Subcommand,
      name: 'resource-remove',
      ...described('cmd.peer-admin.settings.resource-remove'),
      options: [{ type: S.Integer, name: 'number', ...described('cmd.peer-admin.settings.resource-remove.number'), required: true, min_value: 1, max_value: 5 }],
    },
  ],
};

export const PROFILE_COMMAND: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: 'profile',
  ...described('cmd.profile'),
  dm_permission: false,
  options: [
    { type: S.String, name: 'name', ...described('cmd.profile.name'), required: false, max_length: DISPLAY_NAME_MAX },
    { type: S.String, name: 'tags', ...described('cmd.profile.tags'), required: false, max_length: 400 },
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

export const SETTINGS_HELP: Text = lines(
  'Community settings (coordinators):',
  '/peer-admin settings show — every setting and its value',
  '/peer-admin settings set setting: value: — change one:',
  ...TEXT_SETTING_KEYS.map((k) => sentences(`• ${k} —`, TEXT_SETTINGS[k].hint)),
  '/peer-admin settings resource-add name: hours: [reach:] [link:] · resource-remove number: — extra resources, shown after the national line',
  '/peer-admin settings watch channel: · unwatch channel: — scan a channel for crisis language, or stop (needs the Message Content intent)',
  '/peer-admin setup — volunteer channel, sessions channel, country, time zone, retention, coordinator role',
  '',
  'Volunteers: /profile name: tags: — your display name on the dashboard and your experience tags',
);
