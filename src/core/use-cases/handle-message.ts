/**
 * A message the bot can read: a DM to it, a message in a session space, or one in a watched channel.
 * Anonymous sessions are relayed here (the text is passed on, never stored), and every message is
 * scanned for crisis language.
 */
import { detectMessage } from '../../crisis/index.js';
import { countUnscanned } from '../unscanned-languages.js';
import { findOpenRelayForMember, findOpenSessionBySpace, type SessionWithListener } from '../../db/queries/sessions.js';
import type { CoreDeps } from '../deps.js';
import type { ChannelRef, CommunityRef, MessageRef, SpaceRef, UserRef } from '../ports.js';
import { firstDelivery } from '../../db/queries/deliveries.js';
import { attempt } from '../attempt.js';
import { tellCoordinators } from '../undelivered.js';
import { notice } from '../views/requests.js';
import { errorName, routeDetection, type CrisisOutcome } from './route-crisis.js';

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
}

export interface MessageOutcome {
  readonly relayed: boolean;
  readonly crisis: CrisisOutcome;
}

export async function handleMessage(deps: CoreDeps, inbound: InboundMessage): Promise<MessageOutcome> {
  // Detection first: it is pure and fast, and an outage further on must not stop the crisis reply.
  const detection = detectMessage(inbound.text);
  let session: SessionWithListener | null = null;
  let relayed = false;
  try {
    const place = inbound.place;
    // Where a platform's relay space is the listener's DM with the bot, a DM may belong to a session.
    const space = place.kind === 'space' ? place.space : place.kind === 'dm' ? place.channel : undefined;
    if (space !== undefined) session = await findOpenSessionBySpace(deps.db, space);
    if (session !== null && inbound.author === session.listenerRef) {
      if (session.relay && session.memberRef !== null) relayed = await relayToMember(deps, inbound.community, session, session.memberRef, inbound.text);
      // Listeners are trained to ask directly about suicide; their own words are not scanned.
      return { relayed, crisis: quiet };
    }
    if (place.kind === 'dm') {
      session = await findOpenRelayForMember(deps.db, inbound.author);
      if (session?.spaceRef != null) {
        await deps.platform.postToSpace(session.spaceRef, { text: inbound.text, title: 'Member' });
        relayed = true;
      }
    } else if (place.kind === 'channel' && detection.tier !== 'none') {
      // Channels are scanned only when the community opted them in.
      const community = deps.communities.peek(inbound.community) ?? (await deps.communities.get(deps.db, inbound.community));
      if (community === null || !community.settings.watchedChannels.includes(place.channel)) return { relayed, crisis: quiet };
    }
  } catch (error) {
    if (detection.tier === 'none' || inbound.place.kind === 'channel') throw error;
    deps.log.error('message.lookup_failed', { place: inbound.place.kind, error: errorName(error) });
  }
  const source = session !== null ? 'session' : inbound.place.kind === 'channel' ? 'channel' : 'dm';
  const crisis = await routeDetection(
    deps,
    {
      community: inbound.community,
      person: inbound.author,
      source,
      ...(inbound.place.kind === 'channel' ? { channel: inbound.place.channel } : {}),
      ...(inbound.message === undefined ? {} : { message: inbound.message }),
      ...(session === null ? {} : { sessionId: session.id }),
    },
    detection,
  );
  if (detection.unscanned) await countUnscanned(deps, inbound.community, detection.lang, inbound.place.kind === 'channel' ? inbound.place.channel : null);
  return { relayed, crisis };
}

/**
 * Passes a listener's words to the anonymous member's DM. When the member cannot be reached, the
 * listener learns it in the space at once (each time: every lost message matters to them), and the
 * coordinators once per session — the inbound-delivery key keeps that to one notice across instances.
 */
async function relayToMember(deps: CoreDeps, community: CommunityRef, session: SessionWithListener, member: UserRef, text: string): Promise<boolean> {
  try {
    await deps.platform.sendPrivate(member, { text, title: 'Your listener' });
    return true;
  } catch (error) {
    deps.log.warn('relay.member_unreachable', { session: session.id, error: errorName(error) });
    if (session.spaceRef === null) return false;
    const space = session.spaceRef;
    await attempt(deps, 'relay.undelivered_notice_failed', { session: session.id }, () =>
      deps.platform.postToSpace(space, notice('Not delivered', 'Your last message did not reach the member: I cannot send them direct messages right now. It was not kept, so please write it again once they can be reached. The coordinators have been told.', 'warning')),
    );
    if (await firstDelivery(deps.db, 'relay-undelivered', session.id, deps.clock())) {
      const channel = (deps.communities.peek(community) ?? (await deps.communities.get(deps.db, community)))?.settings.volunteerChannel ?? null;
      await tellCoordinators(deps, channel, {
        code: 'relay.member_unreachable',
        fields: { session: session.id },
        error,
        what: "In an anonymous session, the listener's messages cannot reach the member by direct message (the member is anonymous, so they cannot be named here). The listener has been told; they can end the session if it cannot go on.",
      });
    }
    return false;
  }
}
