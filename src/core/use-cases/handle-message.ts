/**
 * A message the bot can read: a DM to it, a message in a session space, or one in a watched channel.
 * Anonymous sessions are relayed here (the text is passed on, never stored), and every message is
 * scanned for crisis language.
 */
import { detect } from '../../crisis/index.js';
import { findOpenRelayForMember, findOpenSessionBySpace, type SessionWithListener } from '../../db/queries/sessions.js';
import type { CoreDeps } from '../deps.js';
import type { ChannelRef, CommunityRef, MessageRef, SpaceRef, UserRef } from '../ports.js';
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
  const detection = detect(inbound.text);
  let session: SessionWithListener | null = null;
  let relayed = false;
  try {
    const place = inbound.place;
    // Where a platform's relay space is the listener's DM with the bot, a DM may belong to a session.
    const space = place.kind === 'space' ? place.space : place.kind === 'dm' ? place.channel : undefined;
    if (space !== undefined) session = await findOpenSessionBySpace(deps.db, space);
    if (session !== null && inbound.author === session.listenerRef) {
      if (session.relay && session.memberRef !== null) {
        await deps.platform.sendPrivate(session.memberRef, { text: inbound.text, title: 'Your listener' });
        relayed = true;
      }
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
  return { relayed, crisis };
}
