/** The shift rota (issue 20): slots, sign-ups, reminders and automatic duty, swaps, the next listener expected. */
export { dateText, describeOccurrence, isoWeekday, occurrence, occurrencesBetween, type Occurrence, parseClock, parseWeekdays } from './occurrences.js';
export { checkCoverage, DEMAND_WEEKS, GAP_ALERT_HOURS } from './coverage.js';
export { nextListenerExpected, NEXT_LISTENER_DAYS } from './next-listener.js';
export { declineRotaShift, endRotaShift, remindShift, startRotaShift } from './shift-jobs.js';
export { defineSlot, removeSlot, type SlotInput, slotText } from './slots.js';
export { EVENING_REMINDER_HOUR, ROTA_WEEKS_DEFAULT, ROTA_WEEKS_MAX, setShiftCap, showRota, signUp, SOON_REMINDER_MINUTES, withdraw, type ShiftInput } from './signups.js';
export { askForSwap, offerSwap, SWAP_UNFILLED_HOURS, takeSwap, tellSwapUnfilled } from './swaps.js';
export { FEED_OFF, nextListenerLine, nextListenerText } from './views.js';
export { FEED_PATH, type FeedShift, issueRotaFeed, revokeRotaFeed, rotaFeed, type ShiftFeed } from './feed.js';
