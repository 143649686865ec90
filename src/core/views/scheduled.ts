/** Views sent by scheduled jobs: escalation, check-ins, shift and training reminders, debriefs. */
import type { CountryResources } from '../../crisis/index.js';
import { encodeAction } from '../actions.js';
import type { UserRef } from '../ports.js';
import { formatDuration } from '../time.js';
import { resourceField } from './resources.js';
import type { View } from './types.js';

export function stillWaitingView(input: { requestId: string; waitedMs: number; urgency: string; mentions: readonly UserRef[] }): View {
  return {
    title: input.urgency === 'crisis' ? 'Crisis request still waiting' : 'A request is still waiting',
    text: `Someone has waited ${formatDuration(input.waitedMs)} for a listener. If you are on duty and able, please accept.`,
    buttons: [{ action: encodeAction({ kind: 'accept', requestId: input.requestId }), label: 'Accept', style: 'primary' }],
    mentions: input.mentions,
    tone: input.urgency === 'crisis' ? 'crisis' : 'warning',
  };
}

export function coordinatorPageView(input: { waitedMs: number; urgency: string; onDuty: number; mentions: readonly UserRef[] }): View {
  return {
    title: 'Coordinators: a request needs a listener',
    text: `A ${input.urgency} request has waited ${formatDuration(input.waitedMs)} with nobody accepting. ${input.onDuty === 0 ? 'No listeners are on duty.' : `${input.onDuty} listener${input.onDuty === 1 ? ' is' : 's are'} on duty but none has accepted.`}`,
    mentions: input.mentions,
    tone: 'warning',
  };
}

export function takingLongerView(input: { requestId: string; waitedMs: number; resources: CountryResources; again: boolean }): View {
  return {
    title: input.again ? 'Still looking for a listener' : 'This is taking longer than usual',
    text: [
      `You have been waiting ${formatDuration(input.waitedMs)}. I am sorry it is taking this long: ${input.again ? 'there is still nobody free' : 'our listeners are volunteers, and none has been free yet'}. The coordinators know.`,
      'Your request stays in the queue until a listener accepts it or you cancel it.',
      'If you need to talk to someone now:',
    ].join('\n'),
    fields: [resourceField('Any time, day or night', input.resources.primary)],
    buttons: [{ action: encodeAction({ kind: 'cancel', requestId: input.requestId }), label: 'Cancel my request', style: 'secondary' }],
    tone: 'warning',
  };
}

export function checkInView(input: { sessionId: string }): View {
  return {
    title: 'Checking in',
    text: 'You talked with one of our listeners a little while ago, and asked me to check in. How are you doing?',
    buttons: [
      { action: encodeAction({ kind: 'check-in-reply', sessionId: input.sessionId, answer: 'ok' }), label: "I'm OK", style: 'primary' },
      { action: encodeAction({ kind: 'check-in-reply', sessionId: input.sessionId, answer: 'talk' }), label: "I'd like to talk again" },
      { action: encodeAction({ kind: 'check-in-reply', sessionId: input.sessionId, answer: 'resources' }), label: 'Show resources', style: 'secondary' },
    ],
    tone: 'neutral',
  };
}

export function shiftCheckView(input: { hours: number; confirmMinutes: number }): View {
  return {
    title: 'Are you still on duty?',
    text: `You have been on duty for ${input.hours} h. If you are still there, confirm below; otherwise I will take you off duty in ${input.confirmMinutes} minutes. Long shifts are hard — a break is fine.`,
    buttons: [{ action: encodeAction({ kind: 'duty-confirm' }), label: 'Stay on duty', style: 'primary' }],
    tone: 'neutral',
  };
}

export function takenOffDutyView(reason: 'shift' | 'training'): View {
  return reason === 'shift'
    ? { title: 'You are off duty', text: 'I did not hear back, so I have taken you off duty. Thank you for your time. Go on duty again whenever you are ready.', tone: 'neutral' }
    : {
        title: 'Your training has expired',
        text: 'Your listener training has expired, so I have taken you off duty and you cannot accept requests until a coordinator renews it.',
        tone: 'warning',
      };
}

export function trainingReminderView(validUntil: string): View {
  return {
    title: 'Your training expires soon',
    text: `Your listener training is valid until ${validUntil}. Please arrange a refresher with a coordinator so you can keep listening.`,
    tone: 'neutral',
  };
}

export function debriefView(): View {
  return {
    title: 'Time to debrief',
    text: 'Your last session touched on crisis. Please talk it through with a coordinator soon — what you heard matters, and you should not carry it alone. Thank you for being there.',
    tone: 'neutral',
  };
}

export function deadJobView(input: { kind: string; jobId: number; attempts: number; mentions: readonly UserRef[] }): View {
  return {
    title: 'A scheduled task kept failing',
    text: `Peerline tried "${input.kind}" ${input.attempts} times and has stopped (job ${input.jobId}). Someone may not have received a message they were due. Check the bot's logs for job ${input.jobId}.`,
    mentions: input.mentions,
    tone: 'danger',
  };
}
