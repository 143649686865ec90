/**
 * `/rota` on Discord: its registration, and the parse of an invocation into the shared command union.
 * Days, dates and times are passed on as typed: core reads and checks them (core/rota/slots.ts).
 */
import { ApplicationCommandOptionType, type ChatInputCommandInteraction, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
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
      return { kind: 'unsupported', topic: 'rota', reason: `I do not know /rota ${sub}.` };
  }
}

export const ROTA_HELP = [
  'The rota — planned shifts, in the community’s time zone.',
  '/rota show [weeks] — the next weeks’ shifts (2 by default, up to 6) with their slot numbers and dates',
  '/rota signup slot: date: · /rota withdraw slot: date: — take a shift, or give it back before it starts',
  '/rota swap slot: date: — offer your shift: volunteers who can take it are asked, the first to accept gets it',
  '/rota cap shifts: — the most shifts a week you want (0 = no cap)',
  '/rota calendar [revoke:] — a private calendar address with your shifts (a new one replaces the old), or end it',
  'You are reminded the evening before and 30 minutes before, put on duty at the start (with "Not now") and off at the end (with "Stay on duty").',
  '',
  'Coordinators: /rota add-weekly days:mon-fri start:18:00 end:22:00 listeners:2 · /rota add-once date:2026-12-24 start:18:00 end:23:00 · /rota remove slot:',
].join('\n');
