/**
 * The escalation ladder for a request nobody has accepted yet (the `escalate` job), and for a crisis
 * request the rounds that follow it every 10 minutes until someone accepts (core/escalation.ts). A no-op
 * once the request is accepted or cancelled. The ladder alone used to be all there was: a crisis
 * request's last step was at 10 minutes, so after it nothing asked anyone again, however long the
 * person waited.
 */
import { findCommunityById } from '../../db/queries/communities.js';
import { scheduleJobs } from '../../db/queries/jobs.js';
import { requestById, type RequestRow } from '../../db/queries/requests.js';
import { coordinatorsOf, onDutyVolunteers } from '../../db/queries/volunteers.js';
import type { CommunityRecord } from '../communities.js';
import type { CoreDeps } from '../deps.js';
import { crisisAudience, crisisMentions, crisisRoundJob, crisisRoundTellsMember } from '../escalation.js';
import { type JobRun, sendPrivateOrTell } from '../job-run.js';
import type { JobPayload } from '../jobs.js';
import { mentionsFor, postOffer } from '../offers.js';
import { resourcesFor } from '../resources.js';
import { localDate } from '../time.js';
import { coordinatorPageView, crisisRoundView, crisisWaitingView, stillWaitingView, takingLongerView } from '../views/scheduled.js';
import type { TextView as View } from '../views/types.js';
import { t } from '../../i18n/index.js';

export async function escalateRequest(deps: CoreDeps, run: JobRun, { requestId, step, round }: JobPayload<'escalate'>): Promise<void> {
  const { now } = run;
  const request = await requestById(deps.db, requestId);
  if (request?.status !== 'queued' || request.memberRef === null) return;
  const community = await findCommunityById(deps.db, request.communityId);
  const channel = community?.settings.volunteerChannel ?? null;
  if (community === null || channel === null) return;
  if (request.urgency === 'crisis') {
    // The next round is scheduled before anything is sent, so a failed message (retried on its own)
    // never holds the chain back. Its key makes a re-run or a second instance schedule it once.
    await scheduleJobs(deps.db, [crisisRoundJob(request, (round ?? 0) + 1, now)], now);
  }
  if (round !== undefined) return crisisRound(deps, run, community, channel, request, round);
  const ladder = request.urgency === 'crisis' ? community.settings.escalation.crisis : community.settings.escalation.routine;
  const action = ladder[step]?.action;
  if (action === undefined) return;
  const waitedMs = now.getTime() - request.createdAt.getTime();
  const key = run.job.idempotencyKey;

  if (action === 'remention') {
    if (request.offerRef === null) {
      // The first card never made it (the platform refused): post it now.
      await run.once(`${key}:offer`, async () => {
        if ((await postOffer(deps, community, request, now)) === null) throw new Error('offer still not posted');
      });
      return;
    }
    const mentions = await mentionsFor(deps.db, community, request, now);
    await run.once(`${key}:remention`, (delivery) => deps.platform.postToChannel(channel, stillWaitingView({ requestId, waitedMs, urgency: request.urgency, mentions }), delivery));
    return;
  }
  const onDuty = await onDutyCount(deps, now, community, request);
  if (action === 'page-coordinators') {
    const mentions = (await coordinatorsOf(deps.db, community.id)).map((c) => c.userRef);
    await run.once(`${key}:page`, (delivery) => deps.platform.postToChannel(channel, coordinatorPageView({ waitedMs, urgency: request.urgency, onDuty, mentions }), delivery));
    // A crisis member hears at the ladder's "tell" step and then every few rounds, not at every step.
    if (request.urgency === 'crisis') return;
  }
  await tellMember(
    deps,
    run,
    request,
    request.urgency === 'crisis'
      ? crisisWaitingView({ requestId, waitedMs, onDuty, resources: resourcesFor(deps, community) })
      : takingLongerView({ requestId, waitedMs, resources: resourcesFor(deps, community), again: action === 'tell-member' }),
  );
}

/** One round of a crisis request's escalation: a post to a wider audience, and now and then the member. */
async function crisisRound(deps: CoreDeps, run: JobRun, community: CommunityRecord, channel: string, request: RequestRow, round: number): Promise<void> {
  const { now } = run;
  const waitedMs = now.getTime() - request.createdAt.getTime();
  const audience = crisisAudience(round);
  const onDuty = await onDutyCount(deps, now, community, request);
  const mentions = await crisisMentions(deps.db, community, request, audience, now);
  await run.once(`${run.job.idempotencyKey}:post`, (delivery) =>
    deps.platform.postToChannel(channel, crisisRoundView({ requestId: request.id, waitedMs, onDuty, audience, mentions }), delivery),
  );
  if (crisisRoundTellsMember(round)) {
    await tellMember(deps, run, request, crisisWaitingView({ requestId: request.id, waitedMs, onDuty, resources: resourcesFor(deps, community) }));
  }
}

async function onDutyCount(deps: CoreDeps, now: Date, community: CommunityRecord, request: RequestRow): Promise<number> {
  const onDuty = await onDutyVolunteers(deps.db, community.id, localDate(now, community.settings.timeZone));
  return onDuty.filter((v) => v.userRef !== request.memberRef).length;
}

async function tellMember(deps: CoreDeps, run: JobRun, request: RequestRow, view: View): Promise<void> {
  if (request.memberRef === null) return;
  const minutes = Math.round((run.now.getTime() - request.createdAt.getTime()) / 60_000);
  await sendPrivateOrTell(
    deps,
    run,
    `${run.job.idempotencyKey}:member`,
    request.memberRef,
    view,
    t('coord.undelivered.longer', { minutes: String(minutes) }),
  );
}
