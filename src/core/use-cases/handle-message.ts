/**
 * A message the bot can read: a DM to it, a message in a session space, or one in a watched channel.
 * Anonymous sessions are relayed here (the text is passed on, never stored), and every message is
 * scanned for crisis language. After a crisis reply, the person's messages in that place are read as
 * answers to "Are you safe right now?" and answered first, from memory (crisis-answer.ts).
 */
import { isPackLanguage, signalsOf, UNDETERMINED, type Detection } from '../../crisis/index.js';
import { classifyAnswer, type SafetyAnswer } from '../crisis-answers.js';
import { placeKey } from '../crisis-conversation.js';
import { countUnscanned } from '../unscanned-languages.js';
import { findOpenRelayForMember, findOpenSessionBySpace, type SessionWithListener } from '../../db/queries/sessions.js';
import type { CoreDeps } from '../deps.js';
import type { ChannelRef, CommunityRef, MessageRef, SpaceRef, UserRef } from '../ports.js';
import { firstDelivery } from '../../db/queries/deliveries.js';
import { attempt } from '../attempt.js';
import { tellCoordinators } from '../undelivered.js';
import { t } from '../../i18n/index.js';
import { beforeDeadline } from '../deadline.js';
import type { CommunityRecord } from '../communities.js';
import { followAnswer, openConversation, replyToAnswer } from './crisis-answer.js';
import { recordCrisis, replyToCrisis, routeDetection, type CrisisOutcome } from './route-crisis.js';
import { errorName } from '../error-name.js';
import type { CrisisContext } from '../crisis-conversation.js';

const quiet: CrisisOutcome = { tier: 'none', rules: [], replied: false };

export type MessagePlace =
  /** A direct message to the bot; `channel` is the DM itself, which may be a listener's relay space. */
  | { readonly kind: 'dm'; readonly channel?: ChannelRef }
  | { readonly kind: 'space'; readonly space: SpaceRef }
  | { readonly kind: 'channel'; readonly channel: ChannelRef };

export interface InboundMessage {
  readonly community: CommunityRef;
  readonly author: UserRef;
  readonly place: MessagePlace;
  readonly text: string;
  readonly message?: MessageRef;
  /**
   * Whether this is the first delivery of the message (false for a platform's retry or replay). Asked
   * inside the same bounded wait as the place lookups, so a slow answer never holds a crisis reply.
   */
  readonly isFirstDelivery?: () => Promise<boolean>;
}

export interface MessageOutcome {
  readonly relayed: boolean;
  readonly crisis: CrisisOutcome;
  /** How the message was read, when it answered an open crisis conversation. */
  readonly answer?: SafetyAnswer;
}

/** How long the delivery check and place lookups may take before a crisis reply goes out without them (milliseconds). */
export const PLACE_LOOKUP_MS = 150;

interface Place {
  readonly session: SessionWithListener | null;
  readonly relayed: boolean;
  /** A repeated delivery, the listener's own words, or a channel nobody opted in: nothing to scan. */
  readonly quiet: boolean;
  /** A platform's retry of a message already handled. */
  readonly repeat: boolean;
}

export async function handleMessage(deps: CoreDeps, inbound: InboundMessage): Promise<MessageOutcome> {
  // Detection first: it is pure and fast, and an outage further on must not stop the crisis reply.
  const at = placeKey(inbound.place.kind === 'dm' ? { kind: 'dm' } : inbound.place.kind === 'space' ? { kind: 'space', ref: inbound.place.space } : { kind: 'channel', ref: inbound.place.channel });
  // Read in the message's language, together with the same person's last few messages here (signals only).
  const signals = signalsOf(inbound.text);
  const detected: Detection = { ...deps.crisisCooldown.recent.observe(inbound.author, at, signals, deps.clock().getTime()), lang: signals.lang };
  // An answer in an open crisis conversation is answered before anything touches the database.
  const conversation = detected.tier === 'none' ? openConversation(deps, inbound.author, at) : null;
  const detection = conversation === null ? readStatement(detected, inbound) : detected;
  const answered = conversation === null ? null : await replyToAnswer(deps, conversation, inbound.text);
  const lookup = lookUpPlace(deps, inbound, detection, answered !== null);
  if (answered !== null && conversation !== null) {
    const place = await lookup;
    if (!place.repeat) await followAnswer(deps, conversation, answered.answer);
    return { relayed: place.relayed, crisis: quiet, answer: answered.answer };
  }
  if (detection.tier === 'none') {
    const place = await lookup;
    // What the bot cannot read is counted per language (never the text), so the community knows.
    if (!place.quiet && !isPackLanguage(signals.lang) && signals.lang !== UNDETERMINED) {
      await countUnscanned(deps, inbound.community, signals.lang, inbound.place.kind === 'channel' ? inbound.place.channel : null);
    }
    return { relayed: place.relayed, crisis: quiet };
  }
  // A crisis reply waits for the lookups only briefly: with the database hung or away, it goes out from
  // memory (invariant 2), and the record and alert follow once the lookups answer.
  const timed = await beforeDeadline(PLACE_LOOKUP_MS, () => lookup);
  if (timed.inTime) {
    if (timed.value.quiet) return { relayed: timed.value.relayed, crisis: quiet };
    const crisis = await routeDetection(deps, crisisContext(inbound, timed.value.session, at), detection);
    return { relayed: timed.value.relayed, crisis };
  }
  deps.log.warn('message.lookup_late', { place: inbound.place.kind, waitedMs: PLACE_LOOKUP_MS });
  const early = inbound.place.kind !== 'channel' || isWatched(deps.communities.peek(inbound.community), inbound.place.channel);
  const reply = early ? await replyToCrisis(deps, crisisContext(inbound, null, at), detection) : null;
  const place = await lookup;
  if (place.quiet) return { relayed: place.relayed, crisis: quiet };
  const context = crisisContext(inbound, place.session, at);
  const replied = reply ?? (await replyToCrisis(deps, context, detection));
  await recordCrisis(deps, context, detection, replied);
  return { relayed: place.relayed, crisis: { tier: detection.tier, rules: detection.rules, replied: replied.replied } };
}

/**
 * Where the message was: a session space (a listener speaking, or relayed words), a DM, or a channel.
 * Relays as it goes. A lookup failure is thrown only when there is nothing to answer; otherwise the
 * crisis path goes on as though the message were a DM or a channel message.
 */
async function lookUpPlace(deps: CoreDeps, inbound: InboundMessage, detection: Detection, answered: boolean): Promise<Place> {
  let session: SessionWithListener | null = null;
  let relayed = false;
  // A retry of a message already handled: nothing to relay, scan or answer again.
  if (inbound.isFirstDelivery !== undefined && !(await inbound.isFirstDelivery())) return { session, relayed, quiet: true, repeat: true };
  try {
    const place = inbound.place;
    // Where a platform's relay space is the listener's DM with the bot, a DM may belong to a session.
    const space = place.kind === 'space' ? place.space : place.kind === 'dm' ? place.channel : undefined;
    if (space !== undefined) session = await findOpenSessionBySpace(deps.db, space);
    if (session !== null && inbound.author === session.listenerRef) {
      if (session.relay && session.memberRef !== null) relayed = await relayToMember(deps, inbound.community, session, session.memberRef, inbound.text);
      // Listeners are trained to ask directly about suicide; their own words are not scanned.
      return { session, relayed, quiet: true, repeat: false };
    }
    if (place.kind === 'dm') {
      session = await findOpenRelayForMember(deps.db, inbound.author);
      if (session?.spaceRef != null) {
        await deps.platform.postToSpace(session.spaceRef, { text: inbound.text, title: t('coord.relay.member') });
        relayed = true;
      }
    } else if (place.kind === 'channel' && detection.tier !== 'none') {
      // Channels are scanned only when the community opted them in.
      const community = deps.communities.peek(inbound.community) ?? (await deps.communities.get(deps.db, inbound.community));
      if (!isWatched(community, place.channel)) return { session, relayed, quiet: true, repeat: false };
    }
  } catch (error) {
    if (!answered && (detection.tier === 'none' || inbound.place.kind === 'channel')) throw error;
    deps.log.error('message.lookup_failed', { place: inbound.place.kind, error: errorName(error) });
  }
  return { session, relayed, quiet: false, repeat: false };
}

const isWatched = (community: CommunityRecord | null, channel: ChannelRef): boolean => community !== null && community.settings.watchedChannels.includes(channel);

function crisisContext(inbound: InboundMessage, session: SessionWithListener | null, place: string): CrisisContext {
  return {
    community: inbound.community,
    person: inbound.author,
    source: session !== null ? 'session' : inbound.place.kind === 'channel' ? 'channel' : 'dm',
    ...(inbound.place.kind === 'channel' ? { channel: inbound.place.channel } : {}),
    ...(inbound.message === undefined ? {} : { message: inbound.message }),
    ...(session === null ? {} : { sessionId: session.id }),
    ...(session?.listenerRef == null ? {} : { listener: { user: session.listenerRef, space: session.spaceRef, relay: session.relay } }),
    place,
  };
}

/**
 * Passes a listener's words to the anonymous member's DM. When the member cannot be reached, the
 * listener learns it in the space at once (each time: every lost message matters to them), and the
 * coordinators once per session — the inbound-delivery key keeps that to one notice across instances.
 */
async function relayToMember(deps: CoreDeps, community: CommunityRef, session: SessionWithListener, member: UserRef, text: string): Promise<boolean> {
  try {
    await deps.platform.sendPrivate(member, { text, title: t('coord.relay.listener') });
    return true;
  } catch (error) {
    deps.log.warn('relay.member_unreachable', { session: session.id, error: errorName(error) });
    if (session.spaceRef === null) return false;
    const space = session.spaceRef;
    await attempt(deps, 'relay.undelivered_notice_failed', { session: session.id }, () =>
      deps.platform.postToSpace(space, { title: t('coord.notDelivered.title'), text: t('coord.notDelivered.text'), tone: 'warning' }),
    );
    if (await firstDelivery(deps.db, 'relay-undelivered', session.id, deps.clock())) {
      const channel = (deps.communities.peek(community) ?? (await deps.communities.get(deps.db, community)))?.settings.volunteerChannel ?? null;
      await tellCoordinators(deps, channel, {
        code: 'relay.member_unreachable',
        fields: { session: session.id },
        error,
        what: t('coord.undelivered.relay'),
      });
    }
    return false;
  }
}

/**
 * "I'm not safe" or "I have a plan", said to the bot in a DM with no crisis conversation open, is a
 * disclosure even where the detector sees no risk words: it is answered as high risk.
 */
function readStatement(detection: Detection, inbound: InboundMessage): Detection {
  if (detection.tier !== 'none' || inbound.place.kind !== 'dm') return detection;
  const statement = classifyAnswer(inbound.text, { strict: true });
  if (statement !== 'unsafe' && statement !== 'plan') return detection;
  return { ...detection, tier: 'high', rules: [statement === 'plan' ? 'statement.plan' : 'statement.not-safe'] };
}
