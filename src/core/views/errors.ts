/** The private reply for each expected failure; adapters call this at the edge. */
import type { CoreError, ErrorCode } from '../result.js';
import type { View } from './types.js';

const COPY: Record<ErrorCode, { title: string; text: string }> = {
  'bad-input': { title: 'That did not work', text: 'Something in that was not quite right.' },
  'unknown-community': {
    title: 'Peerline is not set up here yet',
    text: 'An admin needs to run setup first. If you need support now, use /resources.',
  },
  'not-allowed': { title: 'Not allowed', text: 'Only coordinators of this community can do that.' },
  'trim-only': {
    title: 'TRiM records are private',
    text: 'Only the TRiM practitioners and managers of this community can do that. A coordinator or TRiM manager can give you a TRiM role.',
  },
  'not-enrolled': {
    title: 'Not a volunteer here',
    text: 'Only volunteers enrolled by a coordinator can do that. Ask a coordinator if you think you should be.',
  },
  'training-expired': {
    title: 'Training needs renewing',
    text: 'Your listener training has expired, so you cannot go on duty or accept requests. A coordinator can renew it.',
  },
  'not-on-duty': { title: 'You are off duty', text: 'Go on duty first, then you can accept requests.' },
  'at-capacity': {
    title: 'You are at capacity',
    text: 'You already have as many sessions open as you can take. End one first — looking after yourself matters too.',
  },
  'already-open': {
    title: 'You already have a request open',
    text: 'You can have one request at a time. Cancel it first if you want to change it.',
  },
  'already-taken': { title: 'Already taken', text: 'Another listener has accepted this request. Thank you for responding.' },
  'own-request': { title: 'That is your own request', text: 'You cannot accept a request you made.' },
  'not-found': { title: 'Not found', text: 'I could not find that.' },
  stale: { title: 'This is out of date', text: 'That button no longer applies: the request or session has ended.' },
  conflict: { title: 'Not right now', text: 'That cannot be done in the current state.' },
  platform: {
    title: 'The chat platform refused',
    text: 'The chat platform did not let me do that. The coordinators have been told what to fix.',
  },
  unavailable: {
    title: 'Peerline is having trouble',
    text: 'I cannot reach my database just now, so I could not do that. Please try again in a minute. If you need support now, use /resources.',
  },
};

export function errorView(error: CoreError): View {
  const copy = COPY[error.code];
  return {
    title: copy.title,
    text: error.detail === undefined ? copy.text : `${copy.text}\n${error.detail}`,
    tone: error.code === 'unavailable' || error.code === 'platform' ? 'danger' : 'warning',
  };
}
