/** Posting and refreshing the offer card for a request; shared by the request, accept and cancel flows. */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { RequestRow } from '../db/queries/requests.js';
import { onDutyVolunteers } from '../db/queries/volunteers.js';
import { supportRequests } from '../db/schema.js';
import type { CommunityRecord } from './communities.js';
import { attempt } from './attempt.js';
import type { CoreDeps } from './deps.js';
import { errorName } from './use-cases/route-crisis.js';
import { localDate } from './time.js';
import { offerCardView, type OfferState } from './views/requests.js';
import type { View } from './views/types.js';

/** On-duty volunteers to notify: the preferred one, then those whose tags match the topic, then the rest. */
export async function mentionsFor(db: Db, community: CommunityRecord, request: RequestRow, now: Date): Promise<string[]> {
  const onDuty = (await onDutyVolunteers(db, community.id, localDate(now, community.settings.timeZone))).filter(
    (v) => v.userRef !== request.memberRef,
  );
  const topic = request.topic.toLowerCase();
  const score = (v: (typeof onDuty)[number]) => (v.id === request.preferredVolunteerId ? 0 : v.tags.includes(topic) ? 1 : 2);
  return [...onDuty].sort((a, b) => score(a) - score(b)).map((v) => v.userRef);
}

export function offerView(request: RequestRow, now: Date, mentions: readonly string[], state: OfferState): View {
  return offerCardView({
    requestId: request.id,
    topic: request.topic,
    urgency: request.urgency,
    anonymous: request.anonymous,
    createdAt: request.createdAt,
    now,
    note: request.shareNote ? request.note : null,
    mentions,
    state,
  });
}

/** Posts a fresh card and remembers where. Returns the card's ref, or null if the platform refused. */
export async function postOffer(deps: CoreDeps, community: CommunityRecord, request: RequestRow, now: Date): Promise<string | null> {
  const channel = community.settings.volunteerChannel;
  if (channel === null) return null;
  try {
    const mentions = await mentionsFor(deps.db, community, request, now);
    const ref = await deps.platform.postToChannel(channel, offerView(request, now, mentions, { kind: 'open' }));
    await deps.db.update(supportRequests).set({ offerRef: ref }).where(eq(supportRequests.id, request.id));
    return ref;
  } catch (error) {
    deps.log.error('offer.post_failed', { community: community.id, request: request.id, error: errorName(error) });
    return null;
  }
}

/** Rewrites the card for a request that is no longer open; failures are logged, the state is already saved. */
export async function closeOffer(deps: CoreDeps, request: RequestRow, now: Date, state: OfferState): Promise<void> {
  const ref = request.offerRef;
  if (ref === null) return;
  await attempt(deps, 'offer.update_failed', { request: request.id }, () => deps.platform.updateMessage(ref, offerView(request, now, [], state)));
}
