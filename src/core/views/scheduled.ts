/**
 * Views sent by scheduled jobs: escalation, check-ins, shift and training reminders, debriefs. The
 * member's (check-in, taking longer, crisis waiting) come from the catalogue; the volunteers' and
 * coordinators' are still English (README, "Languages").
 */
import type { CountryResources } from '../../crisis/index.js';
import { encodeAction } from '../actions.js';
import type { UserRef } from '../ports.js';
import { formatDuration } from '../time.js';
import type { CrisisAudience } from '../escalation.js';
import { lines, sentences, t } from '../../i18n/index.js';
import { durationText } from './duration.js';
import { lineField } from './line.js';
import { resourceField } from './resources.js';
import type { TextView, View } from './types.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

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

export function takingLongerView(input: { requestId: string; waitedMs: number; resources: CountryResources; again: boolean }): TextView {
  return {
    title: input.again ? t('longer.title.again') : t('longer.title'),
    text: lines(t('longer.waited', { waited: durationText(input.waitedMs), again: input.again ? 'yes' : 'no' }), t('longer.stays'), t('longer.now')),
    fields: [lineField(t('line.anyTime'), input.resources.primary)],
    buttons: [{ action: encodeAction({ kind: 'cancel', requestId: input.requestId }), label: t('button.cancelRequest'), style: 'secondary' }],
    tone: 'warning',
  };
}

/** A round of a crisis request's escalation, in the volunteer channel. Never the member's name. */
export function crisisRoundView(input: { requestId: string; waitedMs: number; onDuty: number; audience: CrisisAudience; mentions: readonly UserRef[] }): View {
  const onDuty = input.onDuty === 0 ? 'Nobody is on duty right now.' : `${plural(input.onDuty, 'listener is', 'listeners are')} on duty, and none has accepted.`;
  const ask =
    input.audience === 'on-duty' && input.onDuty > 0
      ? 'If you are on duty and able, please accept.'
      : 'Every volunteer is asked: if you can, go on duty and accept.';
  return {
    title: 'Crisis request still waiting',
    text: [
      `Someone asked for a listener in a crisis ${formatDuration(input.waitedMs)} ago. ${onDuty}`,
      ask,
      input.audience === 'everyone' ? 'Coordinators: please find a listener who can go on duty now.' : null,
      'I will ask again every 10 minutes until someone accepts.',
    ]
      .filter((line): line is string => line !== null)
      .join('\n'),
    buttons: [{ action: encodeAction({ kind: 'accept', requestId: input.requestId }), label: 'Accept', style: 'primary' }],
    mentions: input.mentions,
    tone: 'crisis',
  };
}

/** The member's private update while their crisis request waits: honest about who is there, with the line. */
export function crisisWaitingView(input: { requestId: string; waitedMs: number; onDuty: number; resources: CountryResources }): TextView {
  const { emergency, primary } = input.resources;
  return {
    title: t('crisisWait.title'),
    text: lines(
      sentences(t('crisisWait.waited', { waited: durationText(input.waitedMs) }), input.onDuty === 0 ? t('onDuty.nobody') : t('onDuty.now', { count: input.onDuty })),
      t('crisisWait.asking'),
      t('crisisWait.dontWait'),
    ),
    fields: [lineField(t('line.talkNow'), primary), ...(emergency === null ? [] : [resourceField(t('line.danger'), emergency)])],
    buttons: [{ action: encodeAction({ kind: 'cancel', requestId: input.requestId }), label: t('button.cancelRequest'), style: 'secondary' }],
    tone: 'crisis',
  };
}

/** To the last volunteer on duty whose shift ran out unconfirmed while a crisis request waits. */
export function stillNeededView(input: { crisisWaiting: number; askAgainMinutes: number }): View {
  return {
    title: 'Please stay on duty if you can',
    text: `Your shift has run out, but ${plural(input.crisisWaiting, 'crisis request is', 'crisis requests are')} waiting and you are the only listener on duty, so I have kept you on duty. If you can, accept it or stay until someone else comes on duty. If you cannot, go off duty: the coordinators are told when nobody is on duty. I will ask again in ${input.askAgainMinutes} minutes.`,
    buttons: [{ action: encodeAction({ kind: 'duty-confirm' }), label: 'Stay on duty', style: 'primary' }],
    tone: 'warning',
  };
}

/** To the coordinators, once per time duty falls to nobody while requests wait. */
export function dutyDroppedView(input: { waiting: number; crisis: number; mentions: readonly UserRef[] }): View {
  const crisis = input.crisis === 0 ? '' : input.crisis === input.waiting ? (input.waiting === 1 ? ', a crisis request' : ', all crisis requests') : `, ${input.crisis} of them crisis`;
  return {
    title: 'Nobody is on duty',
    text: `The last listener has gone off duty and ${plural(input.waiting, 'request is', 'requests are')} waiting${crisis}. Please find someone who can go on duty.`,
    mentions: input.mentions,
    tone: input.crisis > 0 ? 'crisis' : 'warning',
  };
}

export function checkInView(input: { sessionId: string }): TextView {
  return {
    title: t('checkIn.title'),
    text: t('checkIn.text'),
    buttons: [
      { action: encodeAction({ kind: 'check-in-reply', sessionId: input.sessionId, answer: 'ok' }), label: t('checkIn.ok'), style: 'primary' },
      { action: encodeAction({ kind: 'check-in-reply', sessionId: input.sessionId, answer: 'talk' }), label: t('checkIn.talk') },
      { action: encodeAction({ kind: 'check-in-reply', sessionId: input.sessionId, answer: 'resources' }), label: t('checkIn.resources'), style: 'secondary' },
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
