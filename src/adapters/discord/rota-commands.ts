/**
 * `/rota` on Discord: its registration, and the parse of an invocation into the shared command union.
 * Days, dates and times are passed on as typed: core reads and checks them (core/rota/slots.ts).
 */
import { ApplicationCommandOptionType, type ChatInputCommandInteraction, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { lines, t, type Text } from '../../i18n/index.js';
import type { ChatCommand } from '../command-table.js';
import { described } from './command-locales.js';

const S = ApplicationCommandOptionType;

const slot = { type: S.Integer, name: 'slot', ...described('cmd.rota.slot'), required: true, min_value: 1 } as const;
const date = { type: S.String, name: 'date', ...described('cmd.rota.date'), required: true, min_length: 10, max_length: 10 } as const;
const times = [
  { type: S.String, name: 'start', ...described('cmd.rota.start'), required: true, max_length: 5 },
  { type: S.String, name: 'end', ...described('cmd.rota.end'), required: true, max_length: 5 },
  { type: S.Integer, name: 'listeners', ...described('cmd.rota.listeners'), required: false, min_value: 1, max_value: 50 },
] as const;

export const ROTA_COMMAND: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: 'rota',
  ...described('cmd.rota'),
  dm_permission: false,
  options: [
    { type: S.Subcommand, name: 'show', ...described('cmd.rota.show'), options: [{ type: S.Integer, name: 'weeks', ...described('cmd.rota.show.weeks'), required: false, min_value: 1, max_value: 6 }] },
    { type: S.Subcommand, name: 'signup', ...described('cmd.rota.signup'), options: [slot, date] },
    { type: S.Subcommand, name: 'withdraw', ...described('cmd.rota.withdraw'), options: [slot, date] },
    { type: S.Subcommand, name: 'swap', ...described('cmd.rota.swap'), options: [slot, date] },
    { type: S.Subcommand, name: 'cap', ...described('cmd.rota.cap'), options: [{ type: S.Integer, name: 'shifts', ...described('cmd.rota.cap.shifts'), required: false, min_value: 0, max_value: 14 }] },
    { type: S.Subcommand, name: 'calendar', ...described('cmd.rota.calendar'), options: [{ type: S.Boolean, name: 'revoke', ...described('cmd.rota.calendar.revoke'), required: false }] },
    { type: S.Subcommand, name: 'add-weekly', ...described('cmd.rota.add-weekly'), options: [{ type: S.String, name: 'days', ...described('cmd.rota.add-weekly.days'), required: true, max_length: 40 }, ...times] },
    { type: S.Subcommand, name: 'add-once', ...described('cmd.rota.add-once'), options: [date, ...times] },
    { type: S.Subcommand, name: 'remove', ...described('cmd.rota.remove'), options: [slot] },
    { type: S.Subcommand, name: 'help', ...described('cmd.rota.help') },
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
