/**
 * A new request's card, taken over from the process that saved the request and died (or whose post
 * failed). The card goes out once; and if that process never answered the member, they are told
 * privately that their request is queued — their command's reply was lost with the process.
 */
import { answeredKey, deliverOffer, queuedReply } from '../../core/index.js';
import { findCommunityById } from '../../db/queries/communities.js';
import { requestById } from '../../db/queries/requests.js';
import type { JobHandler } from '../runner.js';

export const postOffer: JobHandler<'post-offer'> = async (ctx, { requestId }) => {
  const { deps, now, job } = ctx;
  await deliverOffer(deps, requestId, job.idempotencyKey, now);
  const request = await requestById(deps.db, requestId);
  if (request?.status !== 'queued' || request.memberRef === null) return;
  const community = await findCommunityById(deps.db, request.communityId);
  if (community === null) return;
  const member = request.memberRef;
  const view = await queuedReply(deps, community, request, member, now);
  await ctx.once(answeredKey(job), (delivery) => deps.platform.sendPrivate(member, view, undefined, delivery));
};
