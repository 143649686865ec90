/**
 * `/mentor` on Discord: its registration, and the parse of an invocation into the shared command union.
 * No default permissions on Discord's side: mentees, mentors and coordinators all use it, and core checks
 * who may do what on every use.
 */
import { ApplicationCommandOptionType, type ChatInputCommandInteraction, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { type ChatCommand, mentorWord } from '../command-table.js';
import { userRef } from './refs.js';
import { t } from '../../i18n/index.js';

const S = ApplicationCommandOptionType;

const mentee = { type: S.User, name: 'mentee', description: 'The mentee (leave out for your own pair)', required: false } as const;

export const MENTOR_COMMAND: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: 'mentor',
  description: 'Mentoring pairs: ask for a mentor, talk to them, pause or end',
  dm_permission: false,
  options: [
    { type: S.Subcommand, name: 'status', description: 'Your mentoring: your mentor, or your mentees' },
    { type: S.Subcommand, name: 'signup', description: 'Ask for a mentor; a coordinator pairs you' },
    { type: S.Subcommand, name: 'talk', description: 'Open a private conversation with your mentor' },
    { type: S.Subcommand, name: 'change', description: 'Ask for a different mentor (no reason needed)' },
    { type: S.Subcommand, name: 'pause', description: 'Pause a pair: no reminders until resumed', options: [mentee] },
    { type: S.Subcommand, name: 'resume', description: 'Resume a paused pair', options: [mentee] },
    { type: S.Subcommand, name: 'end', description: 'End a pair (the mentee is asked before any feedback is shared)', options: [mentee] },
    { type: S.Subcommand, name: 'enable', description: 'Coordinators: switch mentoring on here' },
    { type: S.Subcommand, name: 'disable', description: 'Coordinators: switch mentoring off here (records are kept)' },
    {
      type: S.Subcommand,
      name: 'role-add',
      description: 'Coordinators: give a mentoring role',
      options: [
        { type: S.User, name: 'user', description: 'The person (a mentor must be an enrolled volunteer)', required: true },
        { type: S.String, name: 'role', description: 'The role', required: true, choices: [{ name: 'mentor', value: 'mentor' }, { name: 'mentoring coordinator', value: 'manager' }] },
      ],
    },
    { type: S.Subcommand, name: 'role-remove', description: 'Coordinators: take a mentoring role away', options: [{ type: S.User, name: 'user', description: 'The person', required: true }] },
    { type: S.Subcommand, name: 'roles', description: 'Who holds mentoring roles' },
    {
      type: S.Subcommand,
      name: 'capacity',
      description: 'Coordinators: how many mentees a mentor may have at once',
      options: [
        { type: S.User, name: 'user', description: 'The mentor', required: true },
        { type: S.Integer, name: 'mentees', description: 'Mentees at once (default 2)', required: true, min_value: 1, max_value: 20 },
      ],
    },
    { type: S.Subcommand, name: 'list', description: 'Coordinators: mentors and their capacity' },
    { type: S.Subcommand, name: 'pairs', description: 'Coordinators: pairs and sign-ups waiting' },
    {
      type: S.Subcommand,
      name: 'pair',
      description: 'Coordinators: pair a mentee with a mentor (also answers a sign-up)',
      options: [
        { type: S.User, name: 'mentee', description: 'The mentee', required: true },
        { type: S.User, name: 'mentor', description: 'The mentor', required: true },
        {
          type: S.String,
          name: 'rhythm',
          description: 'How often both are reminded to meet (default weekly)',
          required: false,
          choices: [
            { name: 'weekly', value: 'weekly' },
            { name: 'fortnightly', value: 'fortnightly' },
            { name: 'every four weeks', value: 'four-weekly' },
          ],
        },
        { type: S.Integer, name: 'weeks', description: 'The period, in weeks (default 12)', required: false, min_value: 1, max_value: 52 },
      ],
    },
    { type: S.Subcommand, name: 'help', description: 'How mentoring works' },
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

export const MENTOR_HELP = [
  'Mentoring — a mentee and a trained mentor (a volunteer, not a clinician) meet regularly for a chosen period. Peerline is a bot: it reminds you both privately and keeps no messages.',
  '/mentor status — your mentoring: your mentor, or your mentees',
  '/mentor signup — ask for a mentor; a coordinator pairs you',
  '/mentor talk — open a private conversation with your mentor',
  '/mentor pause | resume | end [mentee:] — your own pair (mentors with several mentees name one); ending asks the mentee before any feedback is shared',
  '/mentor change — ask for a different mentor; no reason needed',
  '',
  'Coordinators (and mentoring coordinators): /mentor enable | disable (off by default) · /mentor role-add user: role: · /mentor role-remove user: · /mentor roles · /mentor capacity user: mentees: · /mentor list · /mentor pair mentee: mentor: [rhythm:] [weeks:] · /mentor pairs · /mentor pause|resume|end mentee:',
].join('\n');
