/**
 * Why a button no longer applies, in the words shown beside it when a screen can redraw old messages
 * (the playground disables such buttons instead of letting a click meet a refusal). Each says where
 * things stand, and what to do instead where there is something.
 */
export type StaleWhy = 'request-taken' | 'request-cancelled' | 'request-ended' | 'session-ended' | 'feedback-given' | 'check-in-chosen';

export const STALE_TEXT: Readonly<Record<StaleWhy, string>> = {
  'request-taken': 'A listener has accepted this request. To stop, end the session instead.',
  'request-cancelled': 'This request was cancelled. You can ask again at any time.',
  'request-ended': 'This request has ended. You can ask again at any time.',
  'session-ended': 'This session has ended.',
  'feedback-given': 'Answered — thank you.',
  'check-in-chosen': 'Your check-in choice is saved.',
};
