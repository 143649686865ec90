/**
 * A human route after high or imminent risk: a crisis-priority request, queued at once through the
 * ordinary request use case (so one open request per member still holds), or — when the person already
 * has one waiting — that request raised to crisis urgency with the crisis escalation ladder.
 */
import { audit } from '../../db/queries/audit.js';
import { cancelPendingJobs, scheduleJobs } from '../../db/queries/jobs.js';
import { openRequestOf, raiseQueuedToCrisis, readNote } from '../../db/queries/requests.js';
import { onDutyVolunteers } from '../../db/queries/volunteers.js';
import type { Actor } from '../actor.js';
import type { CommunityRecord } from '../communities.js';
import { loadCommunity } from '../guards.js';
import { ok, type Result } from '../result.js';
import { crisisQueuedView } from '../views/crisis.js';
import type { TextView as View } from '../views/types.js';
import type { CoreDeps } from '../deps.js';
import { job } from '../jobs.js';
import { offerView, mentionsFor } from '../offers.js';
import { attempt } from '../attempt.js';
import { queueCrisisRequest } from '../queue-request.js';
import type { UserRef } from '../ports.js';
import { addMinutes, localDate } from '../time.js';
import { resourcesFor } from '../resources.js';

export type CrisisRequest =
  /** A request is waiting at crisis urgency: `change` says whether this call created or raised it. */
  | { readonly kind: 'queued'; readonly requestId: string; readonly change: 'created' | 'raised' | 'unchanged'; readonly onDuty: number }
  /** The person already has a listener (their request was accepted). */
  | { readonly kind: 'with-listener'; readonly requestId: string }
  | { readonly kind: 'failed'; readonly code: string };

export async function ensureCrisisRequest(deps: CoreDeps, community: CommunityRecord, person: UserRef): Promise<CrisisRequest> {
  const created = await queueCrisisRequest(deps, { user: person, community: community.ref });
  if (created.ok) return { kind: 'queued', requestId: created.value.requestId, change: 'created', onDuty: await onDutyCount(deps, community, person) };
  if (created.error.code !== 'already-open') return { kind: 'failed', code: created.error.code };
  return raiseOpenRequest(deps, community, person);
}

/**
 * "Talk to a listener" under a crisis reply: a crisis request, or — when the person already has one
 * open — that request raised to crisis, rather than "you already have a request open".
 */
export async function listenerNow(deps: CoreDeps, actor: Actor): Promise<Result<View>> {
  const created = await queueCrisisRequest(deps, actor);
  if (created.ok) return ok(created.value.view);
  if (created.error.code !== 'already-open') return created;
  const community = await loadCommunity(deps, actor);
  if (!community.ok) return community;
  const raised = await raiseOpenRequest(deps, community.value, actor.user);
  if (raised.kind !== 'queued') return created;
  const lang = deps.crisisCooldown.conversations.latestFor(actor.user, deps.clock().getTime())?.lang ?? 'en';
  return ok(crisisQueuedView({ lang, resources: resourcesFor(deps, community.value), requestId: raised.requestId, onDuty: raised.onDuty, coordinatorsTold: false, raised: raised.change !== 'created' }));
}

async function raiseOpenRequest(deps: CoreDeps, community: CommunityRecord, person: UserRef): Promise<CrisisRequest> {
  const now = deps.clock();
  const raised = await deps.db.transaction(async (tx) => {
    const row = await raiseQueuedToCrisis(tx, community.id, person);
    if (row === null) return null;
    // The ladder it was on was the routine one: the crisis ladder replaces it, counted from now.
    await cancelPendingJobs(tx, 'escalate', 'requestId', row.id, now);
    await scheduleJobs(
      tx,
      community.settings.escalation.crisis.map((step, index) => job('escalate', { requestId: row.id, step: index }, addMinutes(now, step.afterMinutes), `${row.id}:crisis:${now.getTime()}:${index}`, community.id)),
      now,
    );
    await audit(tx, { communityId: community.id, actorRef: null, action: 'request.raised_to_crisis', detail: { request: row.id }, at: now });
    return row;
  });
  if (raised !== null) {
    const ref = raised.offerRef;
    if (ref !== null) {
      const mentions = await mentionsFor(deps.db, community, raised, now);
      const note = raised.shareNote ? await readNote(deps.db, raised.id) : null;
      await attempt(deps, 'offer.update_failed', { request: raised.id }, () => deps.platform.updateMessage(ref, offerView(raised, note, now, mentions, { kind: 'open' })));
    }
    return { kind: 'queued', requestId: raised.id, change: 'raised', onDuty: await onDutyCount(deps, community, person) };
  }
  const open = await openRequestOf(deps.db, community.id, person);
  if (open === null) return { kind: 'failed', code: 'not-found' };
  if (open.status !== 'queued') return { kind: 'with-listener', requestId: open.id };
  return { kind: 'queued', requestId: open.id, change: 'unchanged', onDuty: await onDutyCount(deps, community, person) };
}

async function onDutyCount(deps: CoreDeps, community: CommunityRecord, person: UserRef): Promise<number> {
  const onDuty = await onDutyVolunteers(deps.db, community.id, localDate(deps.clock(), community.settings.timeZone));
  return onDuty.filter((v) => v.userRef !== person).length;
}
