/**
 * `/mentor` on Discord: its registration, and the parse of an invocation into the shared command union.
 * No default permissions on Discord's side: mentees, mentors and coordinators all use it, and core checks
 * who may do what on every use.
 */
import { ApplicationCommandOptionType, type ChatInputCommandInteraction, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { type ChatCommand, mentorWord } from '../command-table.js';
import { userRef } from './refs.js';
import { lines, t, type Text } from '../../i18n/index.js';
import { choice, described } from './command-locales.js';

const S = ApplicationCommandOptionType;

const mentee = { type: S.User, name: 'mentee', ...described('cmd.mentor.mentee'), required: false } as const;

export const MENTOR_COMMAND: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: 'mentor',
  ...described('cmd.mentor'),
  dm_permission: false,
  options: [
    { type: S.Subcommand, name: 'status', ...described('cmd.mentor.status') },
    { type: S.Subcommand, name: 'signup', ...described('cmd.mentor.signup') },
    { type: S.Subcommand, name: 'talk', ...described('cmd.mentor.talk') },
    { type: S.Subcommand, name: 'change', ...described('cmd.mentor.change') },
    { type: S.Subcommand, name: 'pause', ...described('cmd.mentor.pause'), options: [mentee] },
    { type: S.Subcommand, name: 'resume', ...described('cmd.mentor.resume'), options: [mentee] },
    { type: S.Subcommand, name: 'end', ...described('cmd.mentor.end'), options: [mentee] },
    { type: S.Subcommand, name: 'enable', ...described('cmd.mentor.enable') },
    { type: S.Subcommand, name: 'disable', ...described('cmd.mentor.disable') },
    {
      type: S.Subcommand,
      name: 'role-add',
      ...described('cmd.mentor.role-add'),
      options: [
        { type: S.User, name: 'user', ...described('cmd.mentor.role-add.user'), required: true },
        { type: S.String, name: 'role', ...described('cmd.mentor.role-add.role'), required: true, choices: [choice('cmd.mentor.role-add.role.mentor', 'mentor'), choice('cmd.mentor.role-add.role.manager', 'manager')] },
      ],
    },
    { type: S.Subcommand, name: 'role-remove', ...described('cmd.mentor.role-remove'), options: [{ type: S.User, name: 'user', ...described('cmd.mentor.role-remove.user'), required: true }] },
    { type: S.Subcommand, name: 'roles', ...described('cmd.mentor.roles') },
    {
      type: S.Subcommand,
      name: 'capacity',
      ...described('cmd.mentor.capacity'),
      options: [
        { type: S.User, name: 'user', ...described('cmd.mentor.capacity.user'), required: true },
        { type: S.Integer, name: 'mentees', ...described('cmd.mentor.capacity.mentees'), required: true, min_value: 1, max_value: 20 },
      ],
    },
    { type: S.Subcommand, name: 'list', ...described('cmd.mentor.list') },
    { type: S.Subcommand, name: 'pairs', ...described('cmd.mentor.pairs') },
    {
      type: S.Subcommand,
      name: 'pair',
      ...described('cmd.mentor.pair'),
      options: [
        { type: S.User, name: 'mentee', ...described('cmd.mentor.pair.mentee'), required: true },
        { type: S.User, name: 'mentor', ...described('cmd.mentor.pair.mentor'), required: true },
        {
          type: S.String,
          name: 'rhythm',
          ...described('cmd.mentor.pair.rhythm'),
          required: false,
          choices: [
            choice('cmd.mentor.pair.rhythm.weekly', 'weekly'),
            choice('cmd.mentor.pair.rhythm.fortnightly', 'fortnightly'),
            choice('cmd.mentor.pair.rhythm.four-weekly', 'four-weekly'),
          ],
        },
        { type: S.Integer, name: 'weeks', ...described('cmd.mentor.pair.weeks'), required: false, min_value: 1, max_value: 52 },
      ],
    },
    { type: S.Subcommand, name: 'help', ...described('cmd.mentor.help') },
  ],
};

export function parseMentor(i: ChatInputCommandInteraction, guild: string): ChatCommand {
  const o = i.options;
  const sub = o.getSubcommand(false);
  const user = (name: string) => userRef(guild, o.getUser(name, true).id);
  const bare = mentorWord(sub ?? 'status');
  if (bare !== null) return bare;
  switch (sub) {
    case 'pause':
    case 'resume':
    case 'end': {
      const named = o.getUser('mentee');
      return { kind: 'mentor-state', change: sub, mentee: named === null ? null : userRef(guild, named.id) };
    }
    case 'enable':
    case 'disable':
      return { kind: 'programme-switch', programme: 'mentoring', enabled: sub === 'enable' };
    case 'role-add':
      return { kind: 'programme-role-add', programme: 'mentoring', user: user('user'), role: o.getString('role', true) === 'manager' ? 'manager' : 'mentor' };
    case 'role-remove':
      return { kind: 'programme-role-remove', programme: 'mentoring', user: user('user') };
    case 'capacity':
      return { kind: 'mentor-capacity', user: user('user'), capacity: o.getInteger('mentees', true) };
    case 'pair': {
      const rhythm = o.getString('rhythm');
      return {
        kind: 'mentor-pair',
        mentee: user('mentee'),
        mentor: user('mentor'),
        rhythm: rhythm === 'weekly' || rhythm === 'fortnightly' || rhythm === 'four-weekly' ? rhythm : null,
        weeks: o.getInteger('weeks'),
      };
    }
    case 'help':
      return { kind: 'help', topic: 'mentor' };
    default:
      return { kind: 'unsupported', topic: 'mentor', reason: t('mentor.discord.unknown', { command: String(sub) }) };
  }
}

/** `/mentor help`. */
export const MENTOR_HELP: Text = lines(
  t('help.mentor.intro'),
  t('help.mentor.status', { platform: 'discord' }),
  t('help.mentor.signup', { platform: 'discord' }),
  t('help.mentor.talk', { platform: 'discord' }),
  t('help.mentor.discord.state'),
  t('help.mentor.change', { platform: 'discord' }),
  '',
  t('help.mentor.discord.coordinators'),
);
