/**
 * `/rota` on Discord: its registration, and the parse of an invocation into the shared command union.
 * Days, dates and times are passed on as typed: core reads and checks them (core/rota/slots.ts).
 */
import { ApplicationCommandOptionType, type ChatInputCommandInteraction, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { lines, t, type Text } from '../../i18n/index.js';
import type { ChatCommand } from '../command-table.js';

const S = ApplicationCommandOptionType;

const slot = { type: S.Integer, name: 'slot', description: 'The slot number (see /rota show)', required: true, min_value: 1 } as const;
const date = { type: S.String, name: 'date', description: 'The shift date, YYYY-MM-DD', required: true, min_length: 10, max_length: 10 } as const;
const times = [
  { type: S.String, name: 'start', description: 'Local start time, HH:MM (24-hour)', required: true, max_length: 5 },
  { type: S.String, name: 'end', description: 'Local end time, HH:MM (before the start: runs past midnight)', required: true, max_length: 5 },
  { type: S.Integer, name: 'listeners', description: 'Listeners wanted (default 1)', required: false, min_value: 1, max_value: 50 },
] as const;

export const ROTA_COMMAND: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: 'rota',
  description: 'Volunteers: planned shifts — see them, sign up, withdraw, swap',
  dm_permission: false,
  options: [
    { type: S.Subcommand, name: 'show', description: 'The next weeks’ shifts', options: [{ type: S.Integer, name: 'weeks', description: 'How many weeks (default 2)', required: false, min_value: 1, max_value: 6 }] },
    { type: S.Subcommand, name: 'signup', description: 'Sign up for a shift', options: [slot, date] },
    { type: S.Subcommand, name: 'withdraw', description: 'Give a shift back before it starts', options: [slot, date] },
    { type: S.Subcommand, name: 'swap', description: 'Offer your shift: the first volunteer to take it gets it', options: [slot, date] },
    { type: S.Subcommand, name: 'cap', description: 'The most shifts a week you want', options: [{ type: S.Integer, name: 'shifts', description: 'Shifts a week at most; 0 = no cap; leave out to see yours', required: false, min_value: 0, max_value: 14 }] },
    { type: S.Subcommand, name: 'calendar', description: 'A private calendar address with your shifts (a new one replaces the old)', options: [{ type: S.Boolean, name: 'revoke', description: 'End your calendar address instead', required: false }] },
    { type: S.Subcommand, name: 'add-weekly', description: 'Coordinators: a weekly slot', options: [{ type: S.String, name: 'days', description: 'e.g. mon-fri or mon,wed,fri', required: true, max_length: 40 }, ...times] },
    { type: S.Subcommand, name: 'add-once', description: 'Coordinators: a one-off slot', options: [date, ...times] },
    { type: S.Subcommand, name: 'remove', description: 'Coordinators: take a slot off the rota', options: [slot] },
    { type: S.Subcommand, name: 'help', description: 'How the rota works' },
  ],
};

export function parseRota(i: ChatInputCommandInteraction): ChatCommand {
  const o = i.options;
  const sub = o.getSubcommand(false);
  const times = () => ({ start: o.getString('start', true), end: o.getString('end', true), wanted: o.getInteger('listeners') ?? 1 });
  switch (sub) {
    case 'show':
    case null:
      return { kind: 'rota', weeks: o.getInteger('weeks') };
    case 'signup':
    case 'withdraw':
    case 'swap':
      return { kind: `rota-${sub}`, number: o.getInteger('slot', true), date: o.getString('date', true) };
    case 'cap': {
      const shifts = o.getInteger('shifts');
      return { kind: 'rota-cap', perWeek: shifts === null ? 'show' : shifts === 0 ? 'none' : shifts };
    }
    case 'calendar':
      return { kind: 'rota-calendar', revoke: o.getBoolean('revoke') ?? false };
    case 'add-weekly':
      return { kind: 'rota-add', input: { kind: 'weekly', days: o.getString('days', true), ...times() } };
    case 'add-once':
      return { kind: 'rota-add', input: { kind: 'once', date: o.getString('date', true), ...times() } };
    case 'remove':
      return { kind: 'rota-remove', number: o.getInteger('slot', true) };
    case 'help':
      return { kind: 'help', topic: 'rota' };
    default:
      return { kind: 'unsupported', topic: 'rota', reason: t('rota.usage.unknown.discord', { sub: String(sub) }) };
  }
}

export const ROTA_HELP: Text = lines(
  t('rota.help.discord.title'),
  t('rota.help.discord.show'),
  t('rota.help.discord.signup'),
  t('rota.help.discord.swap'),
  t('rota.help.discord.cap'),
  t('rota.help.discord.calendar'),
  t('rota.help.reminders'),
  '',
  t('rota.help.discord.coordinators'),
);
