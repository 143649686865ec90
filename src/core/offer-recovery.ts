/**
 * A new request's card, taken over from the process that saved the request and died (or whose post
 * failed): the `post-offer` job. The card goes out once; and if that process never answered the member,
 * they are told privately that their request is queued — their command's reply was lost with the
 * process. The scheduler sends that reply once, under `answeredKey`.
 */
import type { JobRow } from '../db/queries/jobs.js';
import { findCommunityById } from '../db/queries/communities.js';
import { requestById } from '../db/queries/requests.js';
import type { CoreDeps } from './deps.js';
import type { JobPayload } from './jobs.js';
import { deliverOffer, queuedReply } from './offers.js';
import type { PrivateMessage } from './private-message.js';

/** Posts the card if it is missing; returns the member's queued reply while the request still waits, else null. */
export async function recoverOffer(deps: CoreDeps, { requestId }: JobPayload<'post-offer'>, job: Pick<JobRow, 'idempotencyKey'>, now: Date): Promise<PrivateMessage | null> {
  await deliverOffer(deps, requestId, job.idempotencyKey, now);
  const request = await requestById(deps.db, requestId);
  if (request?.status !== 'queued' || request.memberRef === null) return null;
  const community = await findCommunityById(deps.db, request.communityId);
  if (community === null) return null;
  const member = request.memberRef;
  return { to: member, view: await queuedReply(deps, community, request, member, now) };
}
