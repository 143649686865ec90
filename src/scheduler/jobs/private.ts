/**
 * A job's private message to someone. When the platform refuses it for a reason it can explain (the
 * person does not accept DMs), the coordinators are told on the job's first attempt; the job still
 * fails, so its retries deliver the message once the person has fixed it — and a dead job is reported.
 */
import { isExplainedRefusal, tellCoordinators, type UserRef, type View } from '../../core/index.js';
import { findCommunityById } from '../../db/queries/communities.js';
import type { JobContext } from '../runner.js';

export async function sendPrivateOrTell(ctx: JobContext, key: string, user: UserRef, view: View, what: string): Promise<void> {
  const { deps, job } = ctx;
  try {
    await ctx.once(key, (delivery) => deps.platform.sendPrivate(user, view, undefined, delivery));
  } catch (error) {
    if (job.attempts === 1 && job.communityId !== null && isExplainedRefusal(deps, error)) {
      const community = await findCommunityById(deps.db, job.communityId);
      await tellCoordinators(deps, community?.settings.volunteerChannel ?? null, { code: `job.${job.kind}_undelivered`, fields: { job: job.id }, error, what });
    }
    throw error;
  }
}
