import type { View } from './types.js';

/** The reply to a dashboard request where this deployment serves no dashboard. */
export const DASHBOARD_OFF: View = {
  title: 'The dashboard is not switched on',
  text: 'Whoever runs this bot can turn it on with PEERLINE_WEB=1 and the address coordinators reach it at in PEERLINE_WEB_URL.',
  tone: 'neutral',
};
