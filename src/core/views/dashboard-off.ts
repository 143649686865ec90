import { t } from '../../i18n/index.js';
import { localiseView } from './localise.js';
import type { TextView, View } from './types.js';

/** The reply to a dashboard request where this deployment serves no dashboard (in the reader's language). */
export const DASHBOARD_OFF_VIEW: TextView = {
  title: t('coord.dashboardOff.title'),
  text: t('coord.dashboardOff.text'),
  tone: 'neutral',
};

/** The same in English words, for the TRiM page link until it returns catalogue text (use-cases/trim-page.ts). */
export const DASHBOARD_OFF: View = localiseView(DASHBOARD_OFF_VIEW, 'en');
