/**
 * `/peer rota …` on Slack, read into the shared command union. Days, dates and times are passed on as
 * typed: core reads and checks them (core/rota/slots.ts), so both platforms refuse the same things with
 * the same words.
 */
import { lines, t, type Text } from '../../i18n/index.js';
import type { ChatCommand } from '../command-table.js';

const unsupported = (reason: Text): ChatCommand => ({ kind: 'unsupported', topic: 'rota', reason });

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A positive whole number as typed, or null. */
function count(word: string | undefined): number | null {
  const n = Number(word);
  return word !== undefined && /^\d+$/.test(word) && Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** `signup 3 2026-12-07` and its siblings: the slot number and the date. */
function shift(kind: 'rota-signup' | 'rota-withdraw' | 'rota-swap', words: readonly string[]): ChatCommand {
  const [slot, date] = words;
  const number = count(slot);
  const sub = kind.slice('rota-'.length);
  if (number === null || date === undefined || words.length > 2) return unsupported(t('rota.usage.shift', { sub }));
  return { kind, number, date };
}

/** `add mon-fri 18:00-22:00 [listeners]` or `add 2026-12-24 18:00-23:00 [listeners]`. */
function add(words: readonly string[]): ChatCommand {
  const [when, times, wanted = '1', ...more] = words;
  const [start, end, ...extra] = (times ?? '').split(/[-–]/);
  const n = count(wanted);
  if (when === undefined || start === undefined || end === undefined || extra.length > 0 || n === null || more.length > 0) {
    return unsupported(t('rota.usage.add'));
  }
  return DATE.test(when) ? { kind: 'rota-add', input: { kind: 'once', date: when, start, end, wanted: n } } : { kind: 'rota-add', input: { kind: 'weekly', days: when, start, end, wanted: n } };
}

/** `words` are those after `/peer rota`. */
export function parseRotaCommand(words: readonly string[]): ChatCommand {
  const [sub = '', ...rest] = words;
  switch (sub.toLowerCase()) {
    case '':
      return { kind: 'rota', weeks: null };
    case 'help':
      return { kind: 'help', topic: 'rota' };
    case 'add':
      return add(rest);
    case 'remove': {
      const number = count(rest[0]);
      return number === null || rest.length > 1 ? unsupported(t('rota.usage.remove')) : { kind: 'rota-remove', number };
    }
    case 'signup':
    case 'withdraw':
    case 'swap':
      return shift(`rota-${sub.toLowerCase() as 'signup' | 'withdraw' | 'swap'}`, rest);
    case 'calendar':
      if (rest.length === 0) return { kind: 'rota-calendar', revoke: false };
      return rest.length === 1 && rest[0]!.toLowerCase() === 'revoke' ? { kind: 'rota-calendar', revoke: true } : unsupported(t('rota.usage.calendar'));
    case 'cap': {
      const [value] = rest;
      if (value === undefined) return { kind: 'rota-cap', perWeek: 'show' };
      if (value.toLowerCase() === 'none') return { kind: 'rota-cap', perWeek: 'none' };
      const n = count(value);
      return n === null ? unsupported(t('rota.usage.cap')) : { kind: 'rota-cap', perWeek: n };
    }
    default: {
      const weeks = count(sub);
      return weeks === null || rest.length > 0 ? unsupported(t('rota.usage.unknown.slack', { sub: sub.slice(0, 30) })) : { kind: 'rota', weeks };
    }
  }
}

/** The rota's help, as Slack shows it (the help is shown without Slack's markup). */
export const ROTA_HELP: Text = lines(
  t('rota.help.title'),
  t('rota.help.slack.show'),
  t('rota.help.slack.signup'),
  t('rota.help.slack.swap'),
  t('rota.help.slack.cap'),
  t('rota.help.slack.calendar'),
  t('rota.help.reminders'),
  '',
  t('rota.help.slack.coordinators'),
  t('rota.help.slack.addWeekly'),
  t('rota.help.slack.addOnce'),
  t('rota.help.slack.remove'),
);
