/**
 * `/peer rota …` on Slack, read into the shared command union. Days, dates and times are passed on as
 * typed: core reads and checks them (core/rota/slots.ts), so both platforms refuse the same things with
 * the same words.
 */
import type { ChatCommand } from '../command-table.js';

const unsupported = (reason: string): ChatCommand => ({ kind: 'unsupported', topic: 'rota', reason });

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
  if (number === null || date === undefined || words.length > 2) return unsupported(`Use \`/peer rota ${sub} <slot number> <YYYY-MM-DD>\`, e.g. \`/peer rota ${sub} 3 2026-12-07\`.`);
  return { kind, number, date };
}

/** `add mon-fri 18:00-22:00 [listeners]` or `add 2026-12-24 18:00-23:00 [listeners]`. */
function add(words: readonly string[]): ChatCommand {
  const [when, times, wanted = '1', ...more] = words;
  const [start, end, ...extra] = (times ?? '').split(/[-–]/);
  const n = count(wanted);
  if (when === undefined || start === undefined || end === undefined || extra.length > 0 || n === null || more.length > 0) {
    return unsupported('Use `/peer rota add mon-fri 18:00-22:00 2` (weekly: days, times, listeners wanted) or `/peer rota add 2026-12-24 18:00-23:00 3` (once).');
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
      return number === null || rest.length > 1 ? unsupported('Use `/peer rota remove <slot number>`, e.g. `/peer rota remove 3`.') : { kind: 'rota-remove', number };
    }
    case 'signup':
    case 'withdraw':
    case 'swap':
      return shift(`rota-${sub.toLowerCase() as 'signup' | 'withdraw' | 'swap'}`, rest);
    case 'calendar':
      if (rest.length === 0) return { kind: 'rota-calendar', revoke: false };
      return rest.length === 1 && rest[0]!.toLowerCase() === 'revoke' ? { kind: 'rota-calendar', revoke: true } : unsupported('Use `/peer rota calendar` (a private calendar address) or `/peer rota calendar revoke`.');
    case 'cap': {
      const [value] = rest;
      if (value === undefined) return { kind: 'rota-cap', perWeek: 'show' };
      if (value.toLowerCase() === 'none') return { kind: 'rota-cap', perWeek: 'none' };
      const n = count(value);
      return n === null ? unsupported('Use `/peer rota cap 2` (shifts a week at most), `/peer rota cap none`, or `/peer rota cap` to see yours.') : { kind: 'rota-cap', perWeek: n };
    }
    default: {
      const weeks = count(sub);
      return weeks === null || rest.length > 0 ? unsupported(`I do not know \`/peer rota ${sub.slice(0, 30)}\`.`) : { kind: 'rota', weeks };
    }
  }
}

export const ROTA_HELP = [
  '*The rota* — planned shifts, in the community’s time zone',
  '`/peer rota [weeks]` — the next weeks’ shifts (2 by default, up to 6) with their slot numbers and dates',
  '`/peer rota signup <slot> <YYYY-MM-DD>` · `/peer rota withdraw <slot> <YYYY-MM-DD>` — take a shift, or give it back before it starts',
  '`/peer rota swap <slot> <YYYY-MM-DD>` — offer your shift: volunteers who can take it are asked, the first to accept gets it',
  '`/peer rota cap <n>` · `/peer rota cap none` — the most shifts a week you want (Monday to Sunday)',
  '`/peer rota calendar` · `/peer rota calendar revoke` — a private calendar address with your shifts (a new one replaces the old), or end it',
  'You are reminded the evening before and 30 minutes before, put on duty at the start (with "Not now") and off at the end (with "Stay on duty").',
  '',
  '*Coordinators*',
  '`/peer rota add mon-fri 18:00-22:00 2` — a weekly slot (days, local times, listeners wanted); an end before the start runs past midnight',
  '`/peer rota add 2026-12-24 18:00-23:00 3` — a one-off slot',
  '`/peer rota remove <slot>` — take a slot off the rota',
].join('\n');
