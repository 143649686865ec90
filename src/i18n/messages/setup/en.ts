/** Setting a community up and changing its settings: the replies of setup and the settings commands, their usage and help on Slack and Discord: the English source (see ../en.ts for how the catalogue is put together). */
import { def, type Messages, type PartText as Text } from '../def.js';

export const setupEn = {
  // The reply to setup (a first setup, or a change made with the setup command).
  'setup.created.title': def<{ name: string }>('Peerline is set up for {name}'),
  'setup.created.text': 'You are its first coordinator. Next: set the volunteer channel, enrol volunteers, and have them go on duty.',
  'setup.configured.title': def<{ name: string }>('Settings saved for {name}'),
  'setup.configured.text': 'The new settings apply from now on.',
  'setup.country.notChosen': 'not chosen (international directory until you choose one)',
  'setup.country.international': 'other / international (the international directory of helplines)',
  'setup.country.noLine': def<{ country: string }>('{country} (international directory: no checked line for {country} yet)'),
  'setup.retention.days': def<{ days: number }>('{days, plural, one {# day} other {# days}}'),
  'setup.maxShift.hours': def<{ hours: number }>('{hours} h'),

  // Settings as coordinators read them (setup's reply and the settings list).
  'setup.field.volunteerChannel': 'Volunteer channel',
  'setup.field.sessionsIn': 'Sessions open in',
  'setup.field.coordinatorRole': 'Coordinator role',
  'setup.field.retention': 'Keep closed requests for',
  'setup.field.maxShift': 'Longest shift',
  'setup.field.watched': 'Watched channels',
  /** A setting's label with the key the settings command and form call it by (the key stays as it is). */
  'setup.field.keyed': def<{ label: Text; key: string }>('{label} [{key}]'),
  'setup.watched.none': 'none: crisis language is looked for only in requests, DMs and sessions',

  // The settings list, the settings form (Slack's modal: at most 24 characters each) and the reply to a change.
  'setup.show.title': def<{ name: string }>('Settings for {name}'),
  'setup.show.text': 'Change one with the settings command (the key is in brackets) or in the settings form. Changes apply from the next request.',
  'setup.form.title': 'Community settings',
  'setup.form.submit': 'Save settings',
  'setup.saved.title': 'Settings saved',
  'setup.saved.text': 'They apply from the next request.',
  'setup.unchanged.title': 'Nothing changed',
  'setup.unchanged.text': 'The values given are the ones already set.',
  'setup.unwatch.notWatched': 'That channel is not watched.',

  // `/peer watch`, `/peer unwatch` and their Discord settings subcommands.
  'setup.watch.title': 'Channel watched',
  'setup.watch.text': def<{ channel: string }>(
    'Peerline now reads new messages in {channel} for crisis language. Nothing written there is stored: if crisis language appears, the person gets a private reply with a crisis line and the coordinators are alerted with a link, never the words.',
  ),
  'setup.unwatch.title': 'Channel no longer watched',
  'setup.unwatch.text': def<{ channel: string }>('Peerline no longer reads messages in {channel}.'),
  'setup.watched.count': def<{ count: number }>('{count, plural, one {# channel is} other {# channels are}} watched.'),

  // Extra resources: why an add or a removal was refused.
  'setup.resource.full': def<{ max: number }>('There are already {max}: remove one first.'),
  'setup.resource.noneToRemove': 'There are no extra resources to remove.',
  'setup.resource.pickNumber': def<{ count: number }>('Give a number from 1 to {count}.'),

  // Slack: `/peer settings …`, `/peer watch`, `/peer resource …`, `/peer profile …` that did not parse.
  'setup.slack.usage.which': 'Say which setting: `/peer settings set <setting> <value>`.',
  'setup.slack.usage.noSetting': def<{ key: string }>('There is no setting `{key}`.'),
  'setup.slack.usage.unknown': def<{ sub: string }>('I do not know `/peer settings {sub}`.'),
  'setup.slack.usage.watch': def<{ command: string }>('Name a channel, e.g. `/peer {command} #general`, or run it in the channel.'),
  'setup.slack.usage.resourceRemove': 'Use `/peer resource remove 2` (the number in `/peer settings show`).',
  'setup.slack.usage.resource': 'Use `/peer resource add name | how to reach | hours | link` or `/peer resource remove 2`.',
  'setup.slack.usage.resourceAdd': 'Use `/peer resource add Campus counselling | call 01234 567890 | Mon–Fri 9–17 | https://example.edu`.',
  'setup.slack.usage.profile': 'Use `/peer profile`, `/peer profile name <your display name>` or `/peer profile tags grief, loss`.',

  // Slack: `/peer settings help` (command names and keys stay as they are typed).
  'setup.slack.help.title': '*Community settings* (coordinators)',
  'setup.slack.help.form': '`/peer settings` — a form with every setting below',
  'setup.slack.help.show': '`/peer settings show` — every setting and its value',
  'setup.slack.help.set': '`/peer settings set <setting> <value>` — change one; the settings:',
  'setup.slack.help.setting': def<{ key: string; hint: Text }>('• `{key}` — {hint}'),
  'setup.slack.help.resource': '`/peer resource add name | how to reach | hours | link` · `/peer resource remove <number>` — extra resources, shown after the national line',
  'setup.slack.help.watch': '`/peer watch [#channel]` · `/peer unwatch [#channel]` — scan a channel for crisis language, or stop (the channel must have the app in it)',
  'setup.slack.help.setup': '`/peer setup` — volunteer channel, coordinators, country, time zone, retention',
  'setup.slack.help.volunteers': '*Volunteers*',
  'setup.slack.help.profile': '`/peer profile` · `/peer profile name <display name>` · `/peer profile tags grief, loss` — what coordinators see on the dashboard, and the topics you are mentioned first for',

  // Discord: `/peer-admin settings …` that did not parse, and `/peer-admin settings help`.
  'setup.discord.usage.noSetting': def<{ key: string }>('There is no setting {key}.'),
  'setup.discord.usage.unknown': def<{ sub: string }>('I do not know /peer-admin settings {sub}.'),
  'setup.discord.help.title': 'Community settings (coordinators):',
  'setup.discord.help.show': '/peer-admin settings show — every setting and its value',
  'setup.discord.help.set': '/peer-admin settings set setting: value: — change one:',
  'setup.discord.help.setting': def<{ key: string; hint: Text }>('• {key} — {hint}'),
  'setup.discord.help.resource': '/peer-admin settings resource-add name: hours: [reach:] [link:] · resource-remove number: — extra resources, shown after the national line',
  'setup.discord.help.watch': '/peer-admin settings watch channel: · unwatch channel: — scan a channel for crisis language, or stop (needs the Message Content intent)',
  'setup.discord.help.setup': '/peer-admin setup — volunteer channel, sessions channel, country, time zone, retention, coordinator role',
  'setup.discord.help.profile': 'Volunteers: /profile name: tags: — your display name on the dashboard and your experience tags',
} satisfies Messages;
