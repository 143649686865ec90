/** What the rota shows people: the week list, confirmations, reminders, and the start and end of a shift. */
import { encodeAction } from '../actions.js';
import type { UserRef } from '../refs.js';
import { formatLocal } from '../time.js';
import type { View } from '../views/types.js';

/** One line of the rota list. */
export interface RotaLine {
  readonly number: number;
  /** "Mon 7 Dec, 18:00–22:00". */
  readonly when: string;
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

export function rotaListView(input: { weeks: number; timeZone: string; lines: readonly RotaLine[]; slots: readonly string[] }): View {
  if (input.slots.length === 0) {
    return { title: 'The rota is empty', text: 'No shifts are planned yet. Coordinators add slots with the rota add command (see the rota help).', tone: 'neutral' };
  }
  const shown = input.lines.slice(0, ROTA_LINES_MAX).map((l) => {
    const state = l.signedUp >= l.wanted ? 'covered' : `${l.wanted - l.signedUp} wanted`;
    const mine = l.mine ? (l.offered ? ' · you (offered for a swap)' : ' · you') : l.offered ? ' · offered for a swap' : '';
    const demand = l.needed > l.signedUp ? ` · expected demand ${l.needed}: not covered` : '';
    return `#${l.number} ${l.when} (${l.date}) — ${l.signedUp} of ${l.wanted}, ${state}${demand}${mine}`;
  });
  const more = input.lines.length - shown.length;
  return {
    title: `Rota: the next ${input.weeks} week${input.weeks === 1 ? '' : 's'}`,
    text: [
      `Times are in ${input.timeZone}.`,
      ...shown,
      ...(more > 0 ? [`… and ${more} more: ask for fewer weeks to see them.`] : []),
      input.lines.length === 0 ? 'No shifts fall in these weeks.' : '',
      `Slots: ${input.slots.join(' · ')}`,
    ]
      .filter((line) => line !== '')
      .join('\n'),
    tone: 'neutral',
  };
}

export function slotSavedView(input: { number: number; describe: string }): View {
  return { title: `Rota slot ${input.number} saved`, text: `${input.describe}. Volunteers can sign up with its number and a date.`, tone: 'success' };
}

export function slotRemovedView(number: number): View {
  return { title: `Rota slot ${number} removed`, text: 'Its shifts are off the rota; nobody signed up for them will be reminded or put on duty.', tone: 'neutral' };
}

export function signedUpView(when: string): View {
  return {
    title: 'You are on the rota',
    text: `${when}. I will remind you the evening before and 30 minutes before, and put you on duty when it starts (you can say "not now" then).`,
    tone: 'success',
  };
}

export function withdrawnView(when: string): View {
  return { title: 'You are off that shift', text: `${when}: you are no longer signed up. Thank you for letting us know in time.`, tone: 'neutral' };
}

export function capView(perWeek: number | null): View {
  return perWeek === null
    ? { title: 'No weekly cap', text: 'You have no cap on rota shifts a week.', tone: 'neutral' }
    : { title: 'Weekly cap saved', text: `You will not be signed up for more than ${perWeek} shift${perWeek === 1 ? '' : 's'} a week (Monday to Sunday).`, tone: 'success' };
}

export function reminderView(input: { when: 'evening' | 'soon'; shift: string }): View {
  return input.when === 'evening'
    ? { title: 'Your shift tomorrow', text: `A reminder: you are on the rota for ${input.shift}. If you cannot make it, withdraw or offer it for a swap with the rota command.`, tone: 'neutral' }
    : { title: 'Your shift starts in 30 minutes', text: `${input.shift}. I will put you on duty when it starts.`, tone: 'neutral' };
}

export function rotaOnDutyView(input: { shift: string; signupId: string }): View {
  return {
    title: 'Your shift has started: you are on duty',
    text: `${input.shift}. Requests will reach you in the volunteer channel. If now is not a good time, press "Not now" and you are off duty again.`,
    buttons: [{ action: encodeAction({ kind: 'rota-not-now', signupId: input.signupId }), label: 'Not now', style: 'secondary' }],
    tone: 'success',
  };
}

export function rotaEndedView(shift: string): View {
  return {
    title: 'Your shift has ended: you are off duty',
    text: `${shift}. Thank you for your time. If you would like to stay a while, you can go back on duty.`,
    buttons: [{ action: encodeAction({ kind: 'duty-on' }), label: 'Stay on duty', style: 'primary' }],
    tone: 'neutral',
  };
}

export function notNowView(): View {
  return { title: 'Not now: you are off duty', text: 'That is fine. Go on duty whenever you are ready.', tone: 'neutral' };
}

export function swapOfferedView(input: { shift: string; asked: number }): View {
  return {
    title: 'Your shift is offered for a swap',
    text: `${input.shift}. ${input.asked === 0 ? 'Nobody else can take it right now (training, caps or already on it); the coordinators will be told 24 hours before if it is still yours.' : `I am asking ${input.asked} volunteer${input.asked === 1 ? '' : 's'}; the first to take it gets it and you will be told.`} Until then it is still yours.`,
    tone: 'neutral',
  };
}

export function swapAskView(input: { shift: string; signupId: string }): View {
  return {
    title: 'Can you take a shift?',
    text: `A volunteer has offered their shift: ${input.shift}. The first to take it gets it.`,
    buttons: [{ action: encodeAction({ kind: 'rota-take', signupId: input.signupId }), label: 'Take this shift', style: 'primary' }],
    tone: 'neutral',
  };
}

export function swapTakenView(shift: string): View {
  return { title: 'The shift is yours', text: `${shift}. I will remind you the evening before and 30 minutes before. Thank you.`, tone: 'success' };
}

export function swapDoneView(shift: string): View {
  return { title: 'Your shift was taken', text: `Another volunteer has taken ${shift}. You are off it.`, tone: 'neutral' };
}

export function swapUnfilledView(input: { shift: string; volunteer: UserRef; mentions: readonly UserRef[] }): View {
  return {
    title: 'Coordinators: an offered shift has no taker',
    text: `A shift offered for a swap 24 hours ahead is still untaken: ${input.shift}. The volunteer who offered it is still on it.`,
    fields: [{ label: 'Offered by', value: 'volunteer', about: input.volunteer }],
    mentions: input.mentions,
    tone: 'warning',
  };
}

/** The line added to a member's reply when nobody is on duty: when the rota next has someone, honestly. */
export function nextListenerLine(next: Date | null, timeZone: string): string {
  return next === null
    ? 'No listener is on the rota for the next two weeks either.'
    : `The next listener is expected at ${formatLocal(next, timeZone)} (${timeZone}), from the rota.`;
}

export function coverageGapView(input: { number: number; shift: string; needed: number; signedUp: number; mentions: readonly UserRef[] }): View {
  return {
    title: 'Coordinators: a busy shift is not covered',
    text: `Slot ${input.number}, ${input.shift}: the last 8 weeks of requests suggest ${input.needed} listener${input.needed === 1 ? '' : 's'} at its busiest hour, and ${input.signedUp} ${input.signedUp === 1 ? 'is' : 'are'} signed up. It starts in about 48 hours.`,
    mentions: input.mentions,
    tone: 'warning',
  };
}

/** When the bot has no public web address, calendar feeds cannot be offered. */
export const FEED_OFF: View = {
  title: 'Calendar feeds are not available',
  text: 'This bot has no public web address (PEERLINE_WEB_URL with the web adapter running), so it cannot serve a calendar. Ask whoever runs it; the rota command still lists your shifts.',
  tone: 'neutral',
};
