/** The escalation ladder for a request nobody has accepted yet. A no-op once it is accepted or cancelled. */
import { onDutyVolunteers, coordinatorsOf } from '../../db/queries/volunteers.js';
import { supportRequests } from '../../db/schema.js';
import { mentionsFor, postOffer } from '../../core/offers.js';
import { localDate } from '../../core/time.js';
import { resourcesFor } from '../../core/use-cases/route-crisis.js';
import { coordinatorPageView, stillWaitingView, takingLongerView } from '../../core/views/scheduled.js';
import { findCommunityById } from '../../db/queries/communities.js';
import { eq } from 'drizzle-orm';
import type { JobHandler } from '../runner.js';
import { sendPrivateOrTell } from './private.js';

export const escalate: JobHandler<'escalate'> = async (ctx, { requestId, step }) => {
  const { deps, now, job } = ctx;
  const [request] = await deps.db.select().from(supportRequests).where(eq(supportRequests.id, requestId));
  if (request?.status !== 'queued' || request.memberRef === null) return;
  const community = await findCommunityById(deps.db, request.communityId);
  const channel = community?.settings.volunteerChannel ?? null;
  if (community === null || channel === null) return;
  const ladder = request.urgency === 'crisis' ? community.settings.escalation.crisis : community.settings.escalation.routine;
  const action = ladder[step]?.action;
  if (action === undefined) return;
  const member = request.memberRef;
  const waitedMs = now.getTime() - request.createdAt.getTime();
  const key = job.idempotencyKey;

  if (action === 'remention') {
    if (request.offerRef === null) {
      // The first card never made it (the platform refused): post it now.
      await ctx.once(`${key}:offer`, async () => {
        if ((await postOffer(deps, community, request, now)) === null) throw new Error('offer still not posted');
      });
      return;
    }
    const mentions = await mentionsFor(deps.db, community, request, now);
    await ctx.once(`${key}:remention`, (delivery) => deps.platform.postToChannel(channel, stillWaitingView({ requestId, waitedMs, urgency: request.urgency, mentions }), delivery));
    return;
  }
  const resources = resourcesFor(deps, community);
  if (action === 'page-coordinators') {
    const onDuty = await onDutyVolunteers(deps.db, community.id, localDate(now, community.settings.timeZone));
    const mentions = (await coordinatorsOf(deps.db, community.id)).map((c) => c.userRef);
    await ctx.once(`${key}:page`, (delivery) => deps.platform.postToChannel(channel, coordinatorPageView({ waitedMs, urgency: request.urgency, onDuty: onDuty.length, mentions }), delivery));
  }
  await sendPrivateOrTell(
    ctx,
    `${key}:member`,
    member,
    takingLongerView({ requestId, waitedMs, resources, again: action === 'tell-member' }),
    `A member whose request has waited ${Math.round(waitedMs / 60_000)} minutes could not be told that it is taking longer, or be sent crisis resources.`,
  );
};
