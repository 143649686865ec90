/** Views for the request → offer → session flow. Words come from the catalogue (src/i18n), in the reader's language. */
import type { CountryResources } from '../../crisis/index.js';
import { lines, sentences, t, type Text } from '../../i18n/index.js';
import { encodeAction } from '../actions.js';
import type { UserRef } from '../ports.js';
import { durationText } from './duration.js';
import { lineField } from './line.js';
import { describeResource, resourceLinkTexts } from './resources.js';
import type { Field, TextView, View } from './types.js';

export type Urgency = 'routine' | 'urgent' | 'crisis';

export function queuedView(input: {
  requestId: string;
  position: number;
  onDuty: number;
  urgency: Urgency;
  resources: CountryResources;
  /** When nobody is on duty: the sentence saying when the rota next has a listener (still English: the rota is not in the catalogue yet). */
  nextListener?: string | null;
}): TextView {
  const ownResources = input.resources.others.filter((r) => r.kind === 'community');
  const ownLinks = resourceLinkTexts(ownResources);
  const onDuty: Text =
    input.onDuty === 0 ? sentences(t('queue.nobody'), input.nextListener ?? null, t('queue.stays')) : t('onDuty.now', { count: input.onDuty });
  return {
    title: t('queue.title'),
    text: lines(
      sentences(t('queue.position', { position: input.position }), onDuty),
      input.urgency === 'crisis' ? t('queue.front') : null,
      t('queue.peers'),
      t('queue.cantWait'),
    ),
    // The community's own resources come after the national line, never before or instead of it.
    fields: [lineField(t('line.talk247'), input.resources.primary), ...ownResources.map((r) => ({ label: t('line.community'), value: describeResource(r) }))],
    buttons: [{ action: encodeAction({ kind: 'cancel', requestId: input.requestId }), label: t('button.cancelRequest'), style: 'secondary' }],
    ...(ownLinks.length === 0 ? {} : { links: ownLinks }),
    tone: input.urgency === 'crisis' ? 'crisis' : 'neutral',
  };
}

export type OfferState =
  | { readonly kind: 'open' }
  | { readonly kind: 'accepted'; readonly after: number }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'expired' };

/** The card in the volunteer channel. Never the member's name; the note only if the member allowed it. The topic and note are the member's words. */
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
}): TextView {
  const fields: Field<Text>[] = [
    { label: t('offer.topic'), value: input.topic },
    { label: t('offer.urgency'), value: t('offer.urgency.value', { urgency: input.urgency }) },
    { label: t('offer.waiting'), value: durationText(input.now.getTime() - input.createdAt.getTime()) },
  ];
  if (input.anonymous) fields.push({ label: t('offer.anonymous'), value: t('offer.anonymous.yes') });
  if (input.note !== null && input.state.kind === 'open') fields.push({ label: t('offer.note'), value: input.note });
  const base = { title: input.urgency === 'crisis' ? t('offer.title.crisis') : t('offer.title'), fields };
  switch (input.state.kind) {
    case 'open':
      return {
        ...base,
        text: t('offer.open'),
        buttons: [{ action: encodeAction({ kind: 'accept', requestId: input.requestId }), label: t('button.accept'), style: 'primary' }],
        mentions: input.mentions,
        tone: input.urgency === 'crisis' ? 'crisis' : input.urgency === 'urgent' ? 'warning' : 'neutral',
      };
    case 'accepted':
      return { ...base, text: t('offer.accepted', { after: durationText(input.state.after) }), tone: 'success' };
    case 'cancelled':
      return { ...base, text: t('offer.cancelled'), tone: 'neutral' };
    case 'expired':
      return { ...base, text: t('offer.expired'), tone: 'neutral' };
  }
}

export function acceptedForVolunteerView(input: { anonymous: boolean }): TextView {
  return { title: t('accepted.title'), text: input.anonymous ? t('accepted.anonymous') : t('accepted.named'), tone: 'success' };
}

export function sessionIntroView(input: { sessionId: string; topic: string; anonymous: boolean; listener: UserRef; member: UserRef | null }): TextView {
  return {
    title: t('session.title'),
    text: lines(input.anonymous ? t('session.anonymous') : t('session.named'), t('session.topic', { topic: input.topic }), t('session.peers'), t('session.bot')),
    mentions: input.member === null ? [input.listener] : [input.member, input.listener],
    buttons: [{ action: encodeAction({ kind: 'end', sessionId: input.sessionId }), label: t('button.endSession'), style: 'danger' }],
    tone: 'neutral',
  };
}

export function memberMatchedView(input: { sessionId: string; anonymous: boolean }): TextView {
  return {
    title: t('matched.title'),
    text: input.anonymous ? t('matched.anonymous') : t('matched.named'),
    buttons: [{ action: encodeAction({ kind: 'end', sessionId: input.sessionId }), label: t('button.endSession'), style: 'danger' }],
    tone: 'success',
  };
}

export function feedbackPromptView(input: { sessionId: string; offsetsHours: readonly number[] }): TextView {
  return {
    title: t('feedback.title'),
    text: t('feedback.text'),
    buttons: [
      { action: encodeAction({ kind: 'helped', sessionId: input.sessionId, answer: 'yes' }), label: t('feedback.yes') },
      { action: encodeAction({ kind: 'helped', sessionId: input.sessionId, answer: 'somewhat' }), label: t('feedback.somewhat') },
      { action: encodeAction({ kind: 'helped', sessionId: input.sessionId, answer: 'no' }), label: t('feedback.no') },
      ...input.offsetsHours.map((hours) => ({
        action: encodeAction({ kind: 'check-in', sessionId: input.sessionId, hours }),
        label: t('feedback.checkInAfter', { hours }),
      })),
      { action: encodeAction({ kind: 'check-in', sessionId: input.sessionId, hours: null }), label: t('feedback.noCheckIn'), style: 'secondary' as const },
    ],
    tone: 'neutral',
  };
}

export function volunteerSessionEndedView(): TextView {
  return { title: t('ended.title'), text: t('ended.text'), tone: 'success' };
}

/** A short notice in English words (copy not yet in the catalogue: README, "Languages"). */
export function notice(title: string, text: string, tone: View['tone'] = 'neutral'): View {
  return tone === undefined ? { title, text } : { title, text, tone };
}
