/**
 * Views sent by scheduled jobs: escalation, check-ins, shift and training reminders, debriefs. The
 * member's, the volunteers' and the coordinators' all come from the catalogue: alerts in the volunteer
 * channel are read in the community's language, private prompts in the person's (the ports choose).
 */
import type { CountryResources } from '../../crisis/index.js';
import { encodeAction } from '../actions.js';
import type { UserRef } from '../ports.js';
import type { CrisisAudience } from '../escalation.js';
import { lines, sentences, t } from '../../i18n/index.js';
import { durationText } from './duration.js';
import { lineField } from './line.js';
import { resourceField } from './resources.js';
import type { TextView } from './types.js';

const urgencyOf = (u: string): 'routine' | 'urgent' | 'crisis' => (u === 'routine' || u === 'urgent' ? u : 'crisis');

export function stillWaitingView(input: { requestId: string; waitedMs: number; urgency: string; mentions: readonly UserRef[] }): TextView {
  return {
    title: input.urgency === 'crisis' ? t('coord.waiting.title.crisis') : t('coord.waiting.title'),
    text: t('coord.waiting.text', { waited: durationText(input.waitedMs) }),
    buttons: [{ action: encodeAction({ kind: 'accept', requestId: input.requestId }), label: t('button.accept'), style: 'primary' }],
    mentions: input.mentions,
    tone: input.urgency === 'crisis' ? 'crisis' : 'warning',
  };
}

export function coordinatorPageView(input: { waitedMs: number; urgency: string; onDuty: number; mentions: readonly UserRef[] }): TextView {
  return {
    title: t('coord.page.title'),
    text: sentences(
      t('coord.page.text', { urgency: urgencyOf(input.urgency), waited: durationText(input.waitedMs) }),
      input.onDuty === 0 ? t('coord.page.nobody') : t('coord.page.onDuty', { count: input.onDuty }),
    ),
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
export function crisisRoundView(input: { requestId: string; waitedMs: number; onDuty: number; audience: CrisisAudience; mentions: readonly UserRef[] }): TextView {
  const onDuty = input.onDuty === 0 ? t('onDuty.nobody') : t('coord.round.onDuty', { count: input.onDuty });
  const ask = input.audience === 'on-duty' && input.onDuty > 0 ? t('coord.round.askOnDuty') : t('coord.round.askEveryone');
  return {
    title: t('coord.waiting.title.crisis'),
    text: lines(
      sentences(t('coord.round.asked', { ago: durationText(input.waitedMs) }), onDuty),
      ask,
      input.audience === 'everyone' ? t('coord.round.coordinators') : null,
      t('coord.round.again'),
    ),
    buttons: [{ action: encodeAction({ kind: 'accept', requestId: input.requestId }), label: t('button.accept'), style: 'primary' }],
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
export function stillNeededView(input: { crisisWaiting: number; askAgainMinutes: number }): TextView {
  return {
    title: t('coord.stillNeeded.title'),
    text: t('coord.stillNeeded.text', { count: input.crisisWaiting, minutes: input.askAgainMinutes }),
    buttons: [{ action: encodeAction({ kind: 'duty-confirm' }), label: t('coord.button.stayOnDuty'), style: 'primary' }],
    tone: 'warning',
  };
}

/** To the coordinators, once per time duty falls to nobody while requests wait. */
export function dutyDroppedView(input: { waiting: number; crisis: number; mentions: readonly UserRef[] }): TextView {
  const crisis = input.crisis === 0 ? 'none' : input.crisis === input.waiting ? (input.waiting === 1 ? 'one' : 'all') : 'some';
  return {
    title: t('coord.dropped.title'),
    text: t('coord.dropped.text', { waiting: input.waiting, crisis, n: input.crisis }),
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

export function shiftCheckView(input: { hours: number; confirmMinutes: number }): TextView {
  return {
    title: t('coord.shiftCheck.title'),
    text: t('coord.shiftCheck.text', { hours: input.hours, minutes: input.confirmMinutes }),
    buttons: [{ action: encodeAction({ kind: 'duty-confirm' }), label: t('coord.button.stayOnDuty'), style: 'primary' }],
    tone: 'neutral',
  };
}

export function takenOffDutyView(reason: 'shift' | 'training'): TextView {
  return reason === 'shift'
    ? { title: t('coord.offDuty.title'), text: t('coord.offDuty.text'), tone: 'neutral' }
    : { title: t('coord.trainingExpired.title'), text: t('coord.trainingExpired.text'), tone: 'warning' };
}

export function trainingReminderView(validUntil: string): TextView {
  return {
    title: t('coord.trainingSoon.title'),
    text: t('coord.trainingSoon.text', { until: validUntil }),
    tone: 'neutral',
  };
}

export function debriefView(): TextView {
  return {
    title: t('coord.debrief.title'),
    text: t('coord.debrief.text'),
    tone: 'neutral',
  };
}

export function deadJobView(input: { kind: string; jobId: number; attempts: number; mentions: readonly UserRef[] }): TextView {
  return {
    title: t('coord.deadJob.title'),
    // The job's id as written, never grouped ("job 1234", not "1,234").
    text: t('coord.deadJob.text', { kind: input.kind, attempts: input.attempts, job: String(input.jobId) }),
    mentions: input.mentions,
    tone: 'danger',
  };
}
