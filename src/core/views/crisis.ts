/**
 * What the bot says when risk appears, and in the conversation after. Member-facing words come from
 * crisis-copy.ts in the person's language; each view is short (test/core/crisis-copy.test.ts holds every
 * one to its word limit and to the SAFETY.md checklist). Coordinator and listener views come from the
 * catalogue (`coord.` keys): alerts in the community's language, the listener's prompt in theirs;
 * `/resources` in the reader's language.
 */
import type { CountryResources, Tier } from '../../crisis/index.js';
import type { SafetyAnswer } from '../crisis-answers.js';
import type { HumanRoute } from '../crisis-conversation.js';
import { encodeAction } from '../actions.js';
import type { UserRef } from '../ports.js';
import { CRISIS_COPY, type CrisisCopy, type CrisisLang } from './crisis-copy.js';
import { countryName, crisisLineFields, describeResource, emergencyNumber, reachLine, resourceField, resourceLinks, resourceLinkTexts } from './resources.js';
import { lines, type Msg, t, type Text } from '../../i18n/index.js';
import type { Button, TextView, View } from './types.js';

/** Words allowed before the buttons (title, text and fields), per member-facing view. */
export const WORD_LIMITS = { imminent: 60, high: 70, elevated: 60, followUp: 60, queued: 60 } as const;

export interface CrisisCopyInput {
  readonly lang: CrisisLang;
  readonly resources: CountryResources;
  readonly route: HumanRoute;
}

type RiskTier = Exclude<Tier, 'none'>;

export function answerButtons(copy: CrisisCopy): Button[] {
  return [
    { action: encodeAction({ kind: 'crisis-answer', answer: 'safe' }), label: copy.buttons.safe, style: 'secondary' },
    { action: encodeAction({ kind: 'crisis-answer', answer: 'unsafe' }), label: copy.buttons.unsafe, style: 'danger' },
    { action: encodeAction({ kind: 'crisis-answer', answer: 'unsure' }), label: copy.buttons.unsure, style: 'secondary' },
  ];
}

function listenerButton(copy: CrisisCopy): Button {
  return { action: encodeAction({ kind: 'crisis-listener' }), label: copy.buttons.listener, style: 'primary' };
}

/** With a listener to ask for, that comes first and "not sure" gives way (three buttons at most). */
function buttonsFor(copy: CrisisCopy, route: HumanRoute): Button[] {
  const answers = answerButtons(copy);
  return route === 'offer' ? [listenerButton(copy), ...answers.slice(0, 2)] : answers;
}

const join = (lines: readonly (string | null)[]): string => lines.filter((l): l is string => l !== null).join('\n');

function danger(copy: CrisisCopy, resources: CountryResources): string {
  return copy.danger(copy.dial(emergencyNumber(resources)));
}

/** The first reply to risk: imminent and high put the emergency number first, then the line, then one question. */
export function crisisReplyView(tier: RiskTier, input: CrisisCopyInput): View {
  const copy = CRISIS_COPY[input.lang];
  const line = reachLine(copy, input.resources.primary);
  if (tier === 'elevated') {
    return {
      title: copy.titles.elevated,
      text: join([copy.heavy, line, copy.ask, copy.route[input.route], copy.bot]),
      buttons: buttonsFor(copy, input.route),
      links: resourceLinks([input.resources.primary], copy.lang),
      tone: 'warning',
    };
  }
  const imminent = tier === 'imminent';
  return {
    title: imminent ? copy.titles.imminent : copy.titles.high,
    text: join([imminent ? null : copy.painful, danger(copy, input.resources), line, copy.ask, copy.route[input.route], copy.bot]),
    buttons: buttonsFor(copy, input.route),
    links: resourceLinks([input.resources.primary], copy.lang),
    tone: 'crisis',
  };
}

/** A repeat within the cooldown, or a reply the bot cannot read: short, and never silence. */
export function stillHereView(tier: RiskTier, input: CrisisCopyInput): View {
  const copy = CRISIS_COPY[input.lang];
  return {
    title: copy.titles.stillHere,
    text: join([copy.stillHere, tier === 'elevated' ? null : danger(copy, input.resources), reachLine(copy, input.resources.primary), copy.ask, copy.routeStill[input.route], copy.bot]),
    buttons: buttonsFor(copy, input.route),
    tone: tier === 'elevated' ? 'warning' : 'crisis',
  };
}

/** The answer to a reply to "Are you safe right now?" (typed or pressed). */
export function safetyAnswerView(answer: SafetyAnswer, tier: RiskTier, input: CrisisCopyInput & { readonly raisedBefore?: boolean }): View {
  const copy = CRISIS_COPY[input.lang];
  const line = reachLine(copy, input.resources.primary);
  switch (answer) {
    case 'safe':
      return {
        title: copy.titles.safe,
        text: join([copy.safeThanks, `${copy.ifChanges} ${line}`, copy.routeStill[input.route], copy.bot]),
        ...(input.route === 'offer' ? { buttons: [listenerButton(copy)] } : {}),
        tone: 'neutral',
      };
    case 'unsafe':
    case 'plan':
      return {
        title: copy.titles.unsafe,
        text: join([danger(copy, input.resources), line, input.raisedBefore === true ? copy.routeStill[input.route] : copy.raising[input.route], copy.askWithSomeone, copy.bot]),
        tone: 'crisis',
      };
    case 'unsure':
      return {
        title: copy.titles.unsure,
        text: join([copy.unsure, copy.actOn(copy.dial(emergencyNumber(input.resources))), line, copy.ask, copy.routeStill[input.route], copy.bot]),
        buttons: buttonsFor(copy, input.route),
        tone: 'crisis',
      };
    case 'other':
      return stillHereView(tier, input);
  }
}

/** No answer for a while after an imminent reply: the bot speaks again, and the coordinators were paged again. */
export function noAnswerView(input: CrisisCopyInput): View {
  const copy = CRISIS_COPY[input.lang];
  return {
    title: copy.titles.stillHere,
    text: join([copy.noAnswer, danger(copy, input.resources), reachLine(copy, input.resources.primary), copy.toldAgain, copy.ask, copy.bot]),
    buttons: answerButtons(copy),
    tone: 'crisis',
  };
}

/** After the crisis request is queued (or an open one raised): what is true now, and how to cancel. */
export function crisisQueuedView(input: {
  readonly lang: CrisisLang;
  readonly resources: CountryResources;
  readonly requestId: string;
  readonly onDuty: number;
  readonly coordinatorsTold: boolean;
  readonly raised: boolean;
}): View {
  const copy = CRISIS_COPY[input.lang];
  return {
    title: copy.titles.queued,
    text: join([copy.queued(input), reachLine(copy, input.resources.primary), copy.bot]),
    buttons: [{ action: encodeAction({ kind: 'cancel', requestId: input.requestId }), label: copy.buttons.cancel, style: 'secondary' }],
    tone: 'crisis',
  };
}

/** A private prompt to the listener of a session where the member's words carried risk. */
export function listenerPromptView(input: { readonly tier: RiskTier; readonly resources: CountryResources; readonly raised?: boolean }): TextView {
  const line = describeResource(input.resources.primary);
  const emergency = emergencyNumber(input.resources);
  return {
    title: input.raised === true ? t('coord.prompt.title.raised') : t('coord.prompt.title'),
    text: lines(
      input.raised === true ? t('coord.prompt.raised') : t('coord.prompt.risk', { tier: input.tier }),
      t('coord.prompt.protocol'),
      t('coord.prompt.ask'),
      emergency === null ? t('coord.prompt.share', { line }) : t('coord.prompt.shareDanger', { line, number: emergency }),
      t('coord.prompt.call'),
    ),
    tone: 'crisis',
  };
}

/** Why the response was raised, for coordinators: a category, never the person's words. */
export type RaiseReason = 'not-safe' | 'plan' | 'no-answer';

const RAISED: Record<RaiseReason, Msg> = {
  'not-safe': t('coord.alert.raised.notSafe'),
  plan: t('coord.alert.raised.plan'),
  'no-answer': t('coord.alert.raised.noAnswer'),
};

const LISTENER = {
  queued: t('coord.alert.listener.queued'),
  'with-listener': t('coord.alert.listener.withListener'),
  'in-session': t('coord.alert.listener.inSession'),
  none: t('coord.alert.listener.none'),
} as const;

/** The alert coordinators see: who (by mention), where, how urgent, and a button to reach them — never the words. */
export function crisisAlertView(input: {
  tier: RiskTier;
  /** Where it was detected ("in a listening session"): `WHERE` in use-cases/crisis-response.ts. */
  where: Text;
  link: string | null;
  mentions: readonly UserRef[];
  person: UserRef;
  /** The person asked to stay anonymous (a relayed session, an anonymous request): not named in the channel. */
  anonymous?: boolean;
  /** The crisis event the "Reach them" button claims; null when it could not be recorded. */
  eventId: string | null;
  raised?: RaiseReason;
  /** What was done for a human to reach them: a crisis request queued or raised, their session's listener told, or neither. */
  listener: 'queued' | 'with-listener' | 'in-session' | 'none';
  /** Null when the private reply arrived; otherwise what to fix so the person can be reached. */
  undelivered: Text | null;
}): TextView {
  const { tier, where } = input;
  return {
    title: input.raised !== undefined ? t('coord.alert.title.raised') : input.tier === 'imminent' ? t('coord.alert.title.imminent') : t('coord.alert.title'),
    text: lines(
      input.raised !== undefined ? RAISED[input.raised] : null,
      input.undelivered === null ? t('coord.alert.detected', { tier, where }) : t('coord.alert.undelivered', { tier, where, fix: input.undelivered }),
      LISTENER[input.listener],
      input.link === null ? t('coord.alert.noLink') : t('coord.alert.open', { link: input.link }),
      input.eventId === null ? null : t('coord.alert.reach'),
      t('coord.alert.notStored'),
    ),
    // Volunteers read this channel too: an anonymous person is named only to the coordinator who reaches them.
    fields: [input.anonymous === true ? { label: t('coord.alert.who'), value: t('coord.alert.anonymous') } : { label: t('coord.alert.who'), value: t('coord.alert.person'), about: input.person }],
    ...(input.eventId === null ? {} : { buttons: [{ action: encodeAction({ kind: 'crisis-reach', eventId: input.eventId }), label: t('coord.alert.button.reach'), style: 'danger' as const }] }),
    mentions: input.mentions,
    tone: 'crisis',
  };
}

/** The alert once a coordinator has taken it: no button, and who did. */
export function crisisAlertTakenView(input: { tier: RiskTier; where: Text; person: UserRef; anonymous: boolean; coordinator: UserRef }): TextView {
  return {
    title: t('coord.alert.title.taken'),
    text: t('coord.alert.taken', { tier: input.tier, where: input.where }),
    fields: [
      input.anonymous ? { label: t('coord.alert.who'), value: t('coord.alert.anonymousTaken') } : { label: t('coord.alert.who'), value: t('coord.alert.person'), about: input.person },
      { label: t('coord.alert.takenBy'), value: t('coord.alert.coordinator'), about: input.coordinator },
    ],
    tone: 'success',
  };
}

/** The first message in the private space a coordinator opened with the person (crisis copy: in the catalogue, marked for review). */
export function reachIntroView(input: { coordinator: UserRef; person: UserRef; resources: CountryResources }): TextView {
  const number = emergencyNumber(input.resources);
  return {
    title: t('crisis.reach.title'),
    text: lines(t('crisis.reach.text'), t('crisis.danger', { dial: number === null ? t('crisis.dial.local') : t('crisis.dial', { number }) })),
    fields: [
      { label: t('crisis.reach.coordinator'), value: t('crisis.reach.hereWithYou'), about: input.coordinator },
      resourceField(t('line.talk247'), input.resources.primary),
    ],
    tone: 'crisis',
  };
}

/** `/resources`: the named line, the emergency number, and up to one more (three at most). */
export function resourcesView(resources: CountryResources): TextView {
  const fields = crisisLineFields(resources, true);
  const extra = resources.others.find((r) => r.phone !== undefined || r.sms !== undefined);
  if (extra !== undefined) fields.push(resourceField(t('line.also'), extra));
  return {
    title: t('resources.title'),
    text: lines(resources.country === null ? t('resources.anywhere') : t('resources.here', { country: countryName(resources.country) }), '', t('crisis.bot')),
    fields,
    links: resourceLinkTexts([resources.primary, ...(extra === undefined ? [] : [extra])]),
    tone: 'neutral',
  };
}
