/**
 * A new request's card, taken over from the process that saved the request and died (or whose post
 * failed). The card goes out once; and if that process never answered the member, they are told
 * privately that their request is queued — their command's reply was lost with the process.
 */
import { eq } from 'drizzle-orm';
import { answeredKey, deliverOffer, queuedReply } from '../../core/offers.js';
import { findCommunityById } from '../../db/queries/communities.js';
import { supportRequests } from '../../db/schema.js';
import type { JobHandler } from '../runner.js';

export const postOffer: JobHandler<'post-offer'> = async (ctx, { requestId }) => {
  const { deps, now, job } = ctx;
  await deliverOffer(deps, requestId, job.idempotencyKey, now);
  const [request] = await deps.db.select().from(supportRequests).where(eq(supportRequests.id, requestId));
  if (request?.status !== 'queued' || request.memberRef === null) return;
  const community = await findCommunityById(deps.db, request.communityId);
  if (community === null) return;
  const member = request.memberRef;
  const view = await queuedReply(deps, community, request, member, now);
  await ctx.once(answeredKey(job), (delivery) => deps.platform.sendPrivate(member, view, undefined, delivery));
};
