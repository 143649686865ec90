/**
 * No answer since an imminent-risk reply: the bot speaks to the person again and the response is
 * raised (coordinators paged again, a crisis request first in the queue). Any answer cancels this job;
 * a coordinator having taken the alert makes it a no-op.
 */
import { raiseCrisis, resumeConversation, silenceView } from '../../core/index.js';
import { findCommunityById } from '../../db/queries/communities.js';
import { crisisEventById } from '../../db/queries/crisis.js';
import type { JobHandler } from '../runner.js';

export const crisisSilence: JobHandler<'crisis-silence'> = async (ctx, { eventId, lang, place, channel }) => {
  const { deps, job } = ctx;
  const event = await crisisEventById(deps.db, eventId);
  if (event === null || event.subjectRef === null || event.reachedBy !== null) return;
  const community = await findCommunityById(deps.db, event.communityId);
  if (community === null) return;
  deps.communities.remember(community);
  const person = event.subjectRef;
  const conversation = resumeConversation(deps, {
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
  if (conversation.lastAnswerAt !== null && conversation.lastAnswerAt >= event.createdAt.getTime()) return;
  if (conversation.eventId === null) conversation.eventId = eventId;
  await ctx.once(`${job.idempotencyKey}:member`, () => deps.platform.sendPrivate(person, silenceView(deps, conversation), channel));
  await ctx.once(`${job.idempotencyKey}:raise`, () => raiseCrisis(deps, conversation, 'no-answer'));
};
