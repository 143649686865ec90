/**
 * Why a button no longer applies, in the words shown beside it when a screen can redraw old messages
 * (the playground disables such buttons instead of letting a click meet a refusal). Each says where
 * things stand, and what to do instead where there is something. Catalogue text: the screen renders it.
 */
import { t, type Text } from '../../i18n/index.js';

export type StaleWhy = 'request-taken' | 'request-cancelled' | 'request-ended' | 'session-ended' | 'feedback-given' | 'check-in-chosen';

export const STALE_TEXT: Readonly<Record<StaleWhy, Text>> = {
  'request-taken': t('replies.stale.request-taken'),
  'request-cancelled': t('replies.stale.request-cancelled'),
  'request-ended': t('replies.stale.request-ended'),
  'session-ended': t('replies.stale.session-ended'),
  'feedback-given': t('replies.stale.feedback-given'),
  'check-in-chosen': t('replies.stale.check-in-chosen'),
};
