/**
 * What a scheduled job's use case is handed by the scheduler: the tick's time, the job's row and `once`.
 * The scheduler's job handlers only parse the payload and call their use case with it.
 */
import { findCommunityById } from '../db/queries/communities.js';
import type { JobRow } from '../db/queries/jobs.js';
import type { CoreDeps } from './deps.js';
import type { Effect } from './effects.js';
import type { UserRef } from './ports.js';
import { isExplainedRefusal, tellCoordinators } from './undelivered.js';
import type { TextView as View } from './views/types.js';
import type { Text } from '../i18n/index.js';

export interface JobRun {
  /** The tick's time: a job's use case compares against it, never against the wall clock. */
  readonly now: Date;
  readonly job: JobRow;
  /**
   * Runs `effect` unless an effect with this key was confirmed before; returns whether it ran. Pass the
   * `Delivery` it is given to the platform call, so a re-send after a crash can be recognised there.
   */
  once(key: string, effect: Effect): Promise<boolean>;
}

/**
 * A job's private message to someone. When the platform refuses it for a reason it can explain (the
 * person does not accept DMs), the coordinators are told on the job's first attempt; the job still
 * fails, so its retries deliver the message once the person has fixed it — and a dead job is reported.
 */
export async function sendPrivateOrTell(deps: CoreDeps, run: JobRun, key: string, user: UserRef, view: View, what: Text): Promise<void> {
  const { job } = run;
  try {
    await run.once(key, (delivery) => deps.platform.sendPrivate(user, view, undefined, delivery));
  } catch (error) {
    if (job.attempts === 1 && job.communityId !== null && isExplainedRefusal(deps, error)) {
      const community = await findCommunityById(deps.db, job.communityId);
      await tellCoordinators(deps, community?.settings.volunteerChannel ?? null, { code: `job.${job.kind}_undelivered`, fields: { job: job.id }, error, what });
    }
    throw error;
  }
}
