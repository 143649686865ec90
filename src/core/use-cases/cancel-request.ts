/** A member withdraws their queued request. Its note's row is deleted with it. */
import { audit } from '../../db/queries/audit.js';
import { cancelPendingJobs } from '../../db/queries/jobs.js';
import { cancelQueuedRequest, deleteNotes, memberRequestTaken } from '../../db/queries/requests.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { loadCommunity } from '../guards.js';
import { closeOffer } from '../offers.js';
import { fail, ok, type Result } from '../result.js';
import { t } from '../../i18n/index.js';
import type { TextView as View } from '../views/types.js';

/** Cancels `requestId`, or the member's open request when no id is given (`/peer cancel`). */
export async function cancelRequest(deps: CoreDeps, actor: Actor, requestId?: string): Promise<Result<View>> {
  const community = await loadCommunity(deps, actor);
  if (!community.ok) return community;
  const now = deps.clock();
  const target = { communityId: community.value.id, memberRef: actor.user, ...(requestId === undefined ? {} : { requestId }) };
  const cancelled = await deps.db.transaction(async (tx) => {
    const row = await cancelQueuedRequest(tx, target, now);
    if (row === null) return null;
    await deleteNotes(tx, [row.id]);
    await cancelPendingJobs(tx, 'escalate', 'requestId', row.id, now);
    await audit(tx, { communityId: community.value.id, actorRef: actor.user, action: 'request.cancelled', detail: { request: row.id }, at: now });
    return row;
  });
  if (cancelled === null) {
    if (await memberRequestTaken(deps.db, target)) return fail('conflict', { id: 'already-accepted' });
    return requestId === undefined ? fail('not-found', { id: 'no-request-waiting' }) : fail('stale');
  }
  deps.metrics?.requestLeftQueue('cancelled', now.getTime() - cancelled.createdAt.getTime());
  await closeOffer(deps, cancelled, now, { kind: 'cancelled' });
  return ok({ title: t('coord.cancelled.title'), text: t('coord.cancelled.text'), tone: 'success' });
}
