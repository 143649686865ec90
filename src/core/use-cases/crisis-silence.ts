/**
 * No answer since an imminent-risk reply (the `crisis-silence` job): the bot speaks to the person again
 * and the response is raised (coordinators paged again, a crisis request first in the queue). Any answer
 * cancels the job; a coordinator having taken the alert makes it a no-op.
 */
import { findCommunityById } from '../../db/queries/communities.js';
import { crisisEventById } from '../../db/queries/crisis.js';
import type { CrisisConversation } from '../crisis-conversation.js';
import type { CoreDeps } from '../deps.js';
import type { JobPayload } from '../jobs.js';
import type { ChannelRef } from '../ports.js';
import type { PrivateMessage } from '../private-message.js';
import { raiseCrisis } from './crisis-response.js';
import { resumeConversation, silenceView } from './crisis-answer.js';

/** What the silence job does: speak to the person (where the crisis was met) and raise the response. */
export interface CrisisSilence extends PrivateMessage {
  /** Where the person met the bot, when it was a channel: the message is sent in reply there. */
  readonly channel: ChannelRef | undefined;
  /** Pages the coordinators again and puts a crisis request first in the queue. */
  readonly raise: () => Promise<unknown>;
}

/** The person's message and the raise, or null when they answered, a coordinator reached them, or the record is gone. */
export async function dueCrisisSilence(deps: CoreDeps, { eventId, lang, place, channel }: JobPayload<'crisis-silence'>): Promise<CrisisSilence | null> {
  const event = await crisisEventById(deps.db, eventId);
  if (event === null || event.subjectRef === null || event.reachedBy !== null) return null;
  const community = await findCommunityById(deps.db, event.communityId);
  if (community === null) return null;
  deps.communities.remember(community);
  const person = event.subjectRef;
  const conversation: CrisisConversation = resumeConversation(deps, {
    community: community.ref,
    person,
    source: event.source,
    place,
    lang,
    tier: event.tier,
    ...(channel === undefined ? {} : { channel }),
    ...(event.sessionId === null ? {} : { sessionId: event.sessionId }),
  });
  // An answer that reached this instance just before the job was scheduled could not cancel it.
  if (conversation.lastAnswerAt !== null && conversation.lastAnswerAt >= event.createdAt.getTime()) return null;
  if (conversation.eventId === null) conversation.eventId = eventId;
  return { to: person, view: silenceView(deps, conversation), channel, raise: () => raiseCrisis(deps, conversation, 'no-answer') };
}
