/**
 * A crisis request is never left waiting: after the community's ladder, its escalation goes on in
 * rounds every 10 minutes until someone accepts or the member cancels, each round asking more people —
 * the volunteers on duty, then every volunteer whether on duty or not, then every volunteer and every
 * coordinator. The member hears, privately and now and then (not every round), that nobody has
 * answered yet and which line they can call meanwhile. One job per round, keyed by request and round,
 * so restarts and several instances run each round once; accept and cancel cancel the pending round.
 */
import type { Db } from '../db/client.js';
import type { NewJob } from '../db/queries/jobs.js';
import type { RequestRow } from '../db/queries/requests.js';
import { trainedVolunteerRefs } from '../db/queries/volunteers.js';
import type { CommunityRecord } from './communities.js';
import { job } from './jobs.js';
import { mentionsFor } from './offers.js';
import type { UserRef } from './ports.js';
import { addMinutes, localDate } from './time.js';

/** Minutes between two rounds. */
export const CRISIS_ROUND_MINUTES = 10;

/** Who a round asks: it widens as the wait goes on, and never narrows. */
export type CrisisAudience = 'on-duty' | 'all-volunteers' | 'everyone';

export function crisisAudience(round: number): CrisisAudience {
  return round <= 1 ? 'on-duty' : round === 2 ? 'all-volunteers' : 'everyone';
}

/**
 * Whether a round also tells the member: every third round (30 minutes) for the first two hours,
 * then every sixth (hourly). The ladder's own "tell the member" step gives the first update.
 */
export function crisisRoundTellsMember(round: number): boolean {
  return round <= 12 ? round % 3 === 0 : round % 6 === 0;
}

/**
 * The job for round `round`, due 10 minutes per round after the request was made — or 10 minutes from
 * `now` when that time has passed (a late run, after an outage, does not fire a burst of rounds).
 */
export function crisisRoundJob(request: Pick<RequestRow, 'id' | 'communityId' | 'createdAt'>, round: number, now: Date): NewJob {
  const planned = addMinutes(request.createdAt, CRISIS_ROUND_MINUTES * round);
  const due = planned.getTime() > now.getTime() ? planned : addMinutes(now, CRISIS_ROUND_MINUTES);
  return job('escalate', { requestId: request.id, step: 0, round }, due, `${request.id}:round:${round}`, request.communityId);
}

/**
 * Who a round mentions, never the member themselves: on duty first (when nobody is on duty, every
 * volunteer instead, as there is nobody narrower to ask); every volunteer with valid training, on duty
 * or not; then those and every coordinator.
 */
export async function crisisMentions(db: Db, community: CommunityRecord, request: RequestRow, audience: CrisisAudience, now: Date): Promise<UserRef[]> {
  if (audience === 'on-duty') {
    const onDuty = await mentionsFor(db, community, request, now);
    if (onDuty.length > 0) return onDuty;
  }
  const today = localDate(now, community.settings.timeZone);
  // On duty first, then the other volunteers, then coordinators: the people most able to accept lead.
  const refs = await trainedVolunteerRefs(db, community.id, today, audience === 'everyone');
  return refs.filter((ref) => ref !== request.memberRef);
}
