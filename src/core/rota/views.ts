/** What the rota shows people: the week list, confirmations, reminders, and the start and end of a shift. Words from the catalogue (src/i18n/messages/rota). */
import { lines, localise, t, type Text } from '../../i18n/index.js';
import { encodeAction } from '../actions.js';
import type { UserRef } from '../refs.js';
import type { TextView } from '../views/types.js';
import { dateTimeText, listText } from './occurrences.js';

/** One line of the rota list. */
export interface RotaLine {
  readonly number: number;
  /** "Mon 7 Dec, 18:00–22:00". */
  readonly when: Text;
  readonly date: string;
  readonly signedUp: number;
  readonly wanted: number;
  readonly mine: boolean;
  readonly offered: boolean;
  /** Listeners the last 8 weeks of requests suggest at the shift's busiest hour. */
  readonly needed: number;
}

/** Lines past this are summarised, so a long rota fits in one message. */
export const ROTA_LINES_MAX = 40;

export function rotaListView(input: { weeks: number; timeZone: string; lines: readonly RotaLine[]; slots: readonly Text[] }): TextView {
  if (input.slots.length === 0) {
    return { title: t('rota.list.empty.title'), text: t('rota.list.empty.text'), tone: 'neutral' };
  }
  const shown = input.lines.slice(0, ROTA_LINES_MAX).map((l) =>
    t('rota.list.line', {
      slot: String(l.number),
      when: l.when,
      date: l.date,
      signedUp: l.signedUp,
      wanted: l.wanted,
      state: l.signedUp >= l.wanted ? t('rota.list.covered') : t('rota.list.wanted', { n: l.wanted - l.signedUp }),
      demand: l.needed > l.signedUp ? t('rota.list.demand', { needed: l.needed }) : '',
      mine: l.mine || l.offered ? t('rota.list.mine', { who: l.mine ? (l.offered ? 'mineOffered' : 'mine') : 'offered' }) : '',
    }),
  );
  const more = input.lines.length - shown.length;
  return {
    title: t('rota.list.title', { weeks: input.weeks }),
    text: lines(
      t('rota.list.zone', { zone: input.timeZone }),
      ...shown,
      more > 0 ? t('rota.list.more', { more }) : null,
      input.lines.length === 0 ? t('rota.list.none') : null,
      t('rota.list.slots', { slots: listText(input.slots, 'rota.dot') }),
    ),
    tone: 'neutral',
  };
}

export function slotSavedView(input: { number: number; describe: Text }): TextView {
  return { title: t('rota.slot.saved.title', { slot: String(input.number) }), text: t('rota.slot.saved.text', { describe: input.describe }), tone: 'success' };
}

export function slotRemovedView(number: number): TextView {
  return { title: t('rota.slot.removed.title', { slot: String(number) }), text: t('rota.slot.removed.text'), tone: 'neutral' };
}

export function signedUpView(when: Text): TextView {
  return { title: t('rota.signedUp.title'), text: t('rota.signedUp.text', { when }), tone: 'success' };
}

export function withdrawnView(when: Text): TextView {
  return { title: t('rota.withdrawn.title'), text: t('rota.withdrawn.text', { when }), tone: 'neutral' };
}

export function capView(perWeek: number | null): TextView {
  return perWeek === null
    ? { title: t('rota.cap.none.title'), text: t('rota.cap.none.text'), tone: 'neutral' }
    : { title: t('rota.cap.saved.title'), text: t('rota.cap.saved.text', { perWeek }), tone: 'success' };
}

export function reminderView(input: { when: 'evening' | 'soon'; shift: Text }): TextView {
  return input.when === 'evening'
    ? { title: t('rota.reminder.evening.title'), text: t('rota.reminder.evening.text', { shift: input.shift }), tone: 'neutral' }
    : { title: t('rota.reminder.soon.title'), text: t('rota.reminder.soon.text', { shift: input.shift }), tone: 'neutral' };
}

export function rotaOnDutyView(input: { shift: Text; signupId: string }): TextView {
  return {
    title: t('rota.onDuty.title'),
    text: t('rota.onDuty.text', { shift: input.shift }),
    buttons: [{ action: encodeAction({ kind: 'rota-not-now', signupId: input.signupId }), label: t('rota.button.notNow'), style: 'secondary' }],
    tone: 'success',
  };
}

export function rotaEndedView(shift: Text): TextView {
  return {
    title: t('rota.ended.title'),
    text: t('rota.ended.text', { shift }),
    buttons: [{ action: encodeAction({ kind: 'duty-on' }), label: t('rota.button.stayOnDuty'), style: 'primary' }],
    tone: 'neutral',
  };
}

export function notNowView(): TextView {
  return { title: t('rota.notNow.title'), text: t('rota.notNow.text'), tone: 'neutral' };
}

export function swapOfferedView(input: { shift: Text; asked: number }): TextView {
  return { title: t('rota.swap.offered.title'), text: t('rota.swap.offered.text', { shift: input.shift, asked: input.asked }), tone: 'neutral' };
}

export function swapAskView(input: { shift: Text; signupId: string }): TextView {
  return {
    title: t('rota.swap.ask.title'),
    text: t('rota.swap.ask.text', { shift: input.shift }),
    buttons: [{ action: encodeAction({ kind: 'rota-take', signupId: input.signupId }), label: t('rota.button.take'), style: 'primary' }],
    tone: 'neutral',
  };
}

export function swapTakenView(shift: Text): TextView {
  return { title: t('rota.swap.taken.title'), text: t('rota.swap.taken.text', { shift }), tone: 'success' };
}

export function swapDoneView(shift: Text): TextView {
  return { title: t('rota.swap.done.title'), text: t('rota.swap.done.text', { shift }), tone: 'neutral' };
}

export function swapUnfilledView(input: { shift: Text; volunteer: UserRef; mentions: readonly UserRef[] }): TextView {
  return {
    title: t('rota.swap.unfilled.title'),
    text: t('rota.swap.unfilled.text', { shift: input.shift }),
    fields: [{ label: t('rota.swap.unfilled.by'), value: t('rota.swap.unfilled.volunteer'), about: input.volunteer }],
    mentions: input.mentions,
    tone: 'warning',
  };
}

/** The sentence added to a member's reply when nobody is on duty: when the rota next has someone, honestly. */
export function nextListenerText(next: Date | null, timeZone: string): Text {
  return next === null ? t('rota.next.none') : t('rota.next.at', { at: dateTimeText(next, timeZone), zone: timeZone });
}

/**
 * `nextListenerText` in English words, for `queuedView` (src/core/views/requests.ts), which still takes
 * this sentence as a string: once it takes a `Text`, its caller passes `nextListenerText` instead and the
 * member reads it in their own language.
 */
export function nextListenerLine(next: Date | null, timeZone: string): string {
  return localise(nextListenerText(next, timeZone), 'en');
}

export function coverageGapView(input: { number: number; shift: Text; needed: number; signedUp: number; mentions: readonly UserRef[] }): TextView {
  return {
    title: t('rota.gap.title'),
    text: t('rota.gap.text', { slot: String(input.number), shift: input.shift, needed: input.needed, signedUp: input.signedUp }),
    mentions: input.mentions,
    tone: 'warning',
  };
}

/** When the bot has no public web address, calendar feeds cannot be offered. */
export const FEED_OFF: TextView = { title: t('rota.feed.off.title'), text: t('rota.feed.off.text'), tone: 'neutral' };
