/** Views for the request → offer → session flow. */
import type { CountryResources } from '../../crisis/index.js';
import { encodeAction } from '../actions.js';
import type { UserRef } from '../ports.js';
import { formatDuration } from '../time.js';
import { lineField } from './line.js';
import { describeResource, resourceLinks } from './resources.js';
import type { View } from './types.js';

export type Urgency = 'routine' | 'urgent' | 'crisis';

export function queuedView(input: {
  requestId: string;
  position: number;
  onDuty: number;
  urgency: Urgency;
  resources: CountryResources;
  /** When nobody is on duty: the sentence saying when the rota next has a listener. */
  nextListener?: string | null;
}): View {
  const ownResources = input.resources.others.filter((r) => r.kind === 'community');
  const ownLinks = resourceLinks(ownResources);
  const onDuty =
    input.onDuty === 0
      ? `No listeners are on duty right now.${input.nextListener == null ? '' : ` ${input.nextListener}`} Your request stays in the queue and the first listener to come on duty will see it; the coordinators are told if it waits.`
      : `${input.onDuty} listener${input.onDuty === 1 ? ' is' : 's are'} on duty right now.`;
  return {
    title: 'Your request is in the queue',
    text: [
      `You are number ${input.position} in the queue. ${onDuty}`,
      input.urgency === 'crisis'
        ? 'Because of what you wrote, your request is at the front of the queue.'
        : null,
      'Listeners are trained volunteers — peers, not clinicians. Your name is not shown on the request card.',
      "If it can't wait:",
    ]
      .filter((line): line is string => line !== null)
      .join('\n'),
    // The community's own resources come after the national line, never before or instead of it.
    fields: [lineField('Talk to someone 24/7', input.resources.primary), ...ownResources.map((r) => ({ label: 'Also for this community', value: describeResource(r) }))],
    buttons: [{ action: encodeAction({ kind: 'cancel', requestId: input.requestId }), label: 'Cancel my request', style: 'secondary' }],
    ...(ownLinks.length === 0 ? {} : { links: ownLinks }),
    tone: input.urgency === 'crisis' ? 'crisis' : 'neutral',
  };
}

export type OfferState =
  | { readonly kind: 'open' }
  | { readonly kind: 'accepted'; readonly after: number }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'expired' };

/** The card in the volunteer channel. Never the member's name; the note only if the member allowed it. */
export function offerCardView(input: {
  requestId: string;
  topic: string;
  urgency: Urgency;
  anonymous: boolean;
  createdAt: Date;
  now: Date;
  note: string | null;
  mentions: readonly UserRef[];
  state: OfferState;
}): View {
  const fields = [
    { label: 'Topic', value: input.topic },
    { label: 'Urgency', value: input.urgency },
    { label: 'Waiting', value: formatDuration(input.now.getTime() - input.createdAt.getTime()) },
  ];
  if (input.anonymous) fields.push({ label: 'Anonymous', value: 'yes — you will talk through the bot' });
  if (input.note !== null && input.state.kind === 'open') fields.push({ label: 'Note', value: input.note });
  const base = { title: input.urgency === 'crisis' ? 'Crisis request: someone needs a listener now' : 'Someone would like to talk', fields };
  switch (input.state.kind) {
    case 'open':
      return {
        ...base,
        text: 'A member asked for a listener. Accept if you are on duty and able to give them your attention.',
        buttons: [{ action: encodeAction({ kind: 'accept', requestId: input.requestId }), label: 'Accept', style: 'primary' }],
        mentions: input.mentions,
        tone: input.urgency === 'crisis' ? 'crisis' : input.urgency === 'urgent' ? 'warning' : 'neutral',
      };
    case 'accepted':
      return { ...base, text: `Accepted after ${formatDuration(input.state.after)}. Thank you.`, tone: 'success' };
    case 'cancelled':
      return { ...base, text: 'The member cancelled this request.', tone: 'neutral' };
    case 'expired':
      return { ...base, text: 'This request ended without a listener.', tone: 'neutral' };
  }
}

export function acceptedForVolunteerView(input: { anonymous: boolean }): View {
  return {
    title: 'You accepted the request',
    text: input.anonymous
      ? 'The member asked to stay anonymous. A private space has been opened for you; what you write there is passed to them by the bot, and their replies appear there.'
      : 'A private space has been opened for the two of you. Say hello when you are ready.',
    tone: 'success',
  };
}

export function sessionIntroView(input: { sessionId: string; topic: string; anonymous: boolean; listener: UserRef; member: UserRef | null }): View {
  const who = input.anonymous
    ? 'This is a private space for the listener. The member stays anonymous: the bot passes messages both ways and does not keep them.'
    : 'This is a private space for the two of you.';
  return {
    title: 'Your listening session',
    text: [
      who,
      `Topic: ${input.topic}.`,
      'Listeners are trained volunteers — peers, not clinicians or a crisis service. Either of you can end the session with the button below.',
      'Peerline is a bot: it does not store what you write here, but it watches for signs that someone may be in danger so it can offer help.',
    ].join('\n'),
    mentions: input.member === null ? [input.listener] : [input.member, input.listener],
    buttons: [{ action: encodeAction({ kind: 'end', sessionId: input.sessionId }), label: 'End session', style: 'danger' }],
    tone: 'neutral',
  };
}

export function memberMatchedView(input: { sessionId: string; anonymous: boolean }): View {
  return {
    title: 'A listener is here for you',
    text: input.anonymous
      ? 'A listener accepted your request. Write to me here and I will pass your messages on; their replies will come here. Your name is not shown to them.'
      : 'A listener accepted your request and a private space has been opened for the two of you.',
    buttons: [{ action: encodeAction({ kind: 'end', sessionId: input.sessionId }), label: 'End session', style: 'danger' }],
    tone: 'success',
  };
}

export function feedbackPromptView(input: { sessionId: string; offsetsHours: readonly number[] }): View {
  return {
    title: 'Your session has ended',
    text: 'Thank you for reaching out. Did it help to talk? And would you like me to check in with you later? You can answer either, both or neither.',
    buttons: [
      { action: encodeAction({ kind: 'helped', sessionId: input.sessionId, answer: 'yes' }), label: 'It helped' },
      { action: encodeAction({ kind: 'helped', sessionId: input.sessionId, answer: 'somewhat' }), label: 'A little' },
      { action: encodeAction({ kind: 'helped', sessionId: input.sessionId, answer: 'no' }), label: 'Not really' },
      ...input.offsetsHours.map((hours) => ({
        action: encodeAction({ kind: 'check-in', sessionId: input.sessionId, hours }),
        label: `Check in after ${hours} h`,
      })),
      { action: encodeAction({ kind: 'check-in', sessionId: input.sessionId, hours: null }), label: 'No check-in', style: 'secondary' as const },
    ],
    tone: 'neutral',
  };
}

export function volunteerSessionEndedView(): View {
  return { title: 'Session ended', text: 'Thank you for listening. Take a moment before your next one if you need it.', tone: 'success' };
}

export function notice(title: string, text: string, tone: View['tone'] = 'neutral'): View {
  return tone === undefined ? { title, text } : { title, text, tone };
}
