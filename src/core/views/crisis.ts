/**
 * What the bot says when risk appears. Copy follows shared/domain/SAFETY.md: honest that it is a bot
 * and that listeners are peers, a direct and kind question about safety, one named 24/7 line, the
 * emergency number when risk is imminent, a human route, and never anything about methods.
 */
import type { CountryResources, Tier } from '../../crisis/index.js';
import { encodeAction } from '../actions.js';
import { crisisLineFields, describeResource, resourceField, resourceLinks } from './resources.js';
import type { View } from './types.js';

const BOT_AND_PEERS =
  "I'm Peerline, a bot. The listeners here are trained volunteers — peers, not clinicians or a crisis service.";

export function crisisReplyView(tier: Exclude<Tier, 'none'>, resources: CountryResources): View {
  if (tier === 'elevated') return elevatedView(resources);
  const imminent = tier === 'imminent';
  const text = [
    imminent
      ? 'What you wrote worries me, and your safety matters most right now.'
      : 'What you wrote sounds really painful, and I want to check in with you.',
    'Are you safe right now? Are you thinking about ending your life? It is okay to say so.',
    imminent && resources.emergency !== null
      ? `If you might act on it, or have already hurt yourself, call ${resources.emergency.phone ?? 'your local emergency number'} now.`
      : null,
    `You can talk to a person at ${resources.primary.name} any time, day or night. Most calls are a conversation and need no emergency services.`,
    'If you can, be with someone you trust, and put some distance between you and anything you could use to hurt yourself.',
    `${BOT_AND_PEERS} One of them can be with you here now: press "Talk to a listener now".`,
    'The people on duty have been told someone may need support, so a human can check in.',
  ]
    .filter((line): line is string => line !== null)
    .join('\n\n');
  return {
    title: imminent ? 'Please reach out right now' : 'You do not have to face this alone',
    text,
    fields: crisisLineFields(resources, imminent),
    buttons: [{ action: encodeAction({ kind: 'crisis-listener' }), label: 'Talk to a listener now', style: 'primary' }],
    links: resourceLinks([resources.primary]),
    tone: 'crisis',
  };
}

function elevatedView(resources: CountryResources): View {
  return {
    title: 'Checking in',
    text: [
      'It sounds like things are heavy right now. Thank you for saying it.',
      'If you are having thoughts of ending your life, you can tell us — asking for help is a strong thing to do.',
      `${BOT_AND_PEERS} Would you like to talk to one?`,
    ].join('\n\n'),
    fields: [resourceField('Any time, day or night', resources.primary)],
    buttons: [
      { action: encodeAction({ kind: 'crisis-listener' }), label: 'Talk to a listener', style: 'primary' },
      { action: encodeAction({ kind: 'resources' }), label: 'Show resources', style: 'secondary' },
    ],
    tone: 'warning',
  };
}

/** `/resources`: the named line, the emergency number, and up to one more (three at most). */
export function resourcesView(resources: CountryResources): View {
  const where = resources.country === null ? 'wherever you are' : `in ${resources.country}`;
  const fields = crisisLineFields(resources, true);
  const extra = resources.others[0];
  if (extra !== undefined) fields.push(resourceField('Also', extra));
  return {
    title: 'Support you can reach now',
    text: [
      `If you are struggling, these people can help ${where}. ${describeResource(resources.primary)}.`,
      BOT_AND_PEERS,
    ].join('\n\n'),
    fields,
    links: resourceLinks([resources.primary, ...(extra === undefined ? [] : [extra])]),
    tone: 'neutral',
  };
}

/** The alert coordinators see: where and how urgent, with a link — never the words. */
export function crisisAlertView(input: {
  tier: Exclude<Tier, 'none'>;
  where: string;
  link: string | null;
  mentions: readonly string[];
  /** Null when the private reply arrived; otherwise what to fix so the person can be reached. */
  undelivered: string | null;
}): View {
  return {
    title: input.tier === 'imminent' ? 'Crisis alert: act now' : 'Crisis alert',
    text: [
      input.undelivered === null
        ? `Crisis language (${input.tier}) was detected ${input.where}. The person has been sent crisis resources privately and offered a listener.`
        : `Crisis language (${input.tier}) was detected ${input.where}, and the private reply with crisis resources could NOT be delivered to them. Reach them another way. ${input.undelivered}`,
      input.link === null ? 'There is no link to the place it happened.' : `Open: ${input.link}`,
      'The message itself is not stored or repeated here.',
    ].join('\n'),
    mentions: input.mentions,
    tone: 'crisis',
  };
}
