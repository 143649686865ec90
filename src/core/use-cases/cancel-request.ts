/** A member withdraws their queued request. Its note's row is deleted with it. */
import { and, eq, inArray } from 'drizzle-orm';
import { audit } from '../../db/queries/audit.js';
import { cancelPendingJobs } from '../../db/queries/jobs.js';
import { deleteNotes } from '../../db/queries/requests.js';
import { supportRequests } from '../../db/schema.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { loadCommunity } from '../guards.js';
import { closeOffer } from '../offers.js';
import { fail, ok, type Result } from '../result.js';
import { notice } from '../views/requests.js';
import type { View } from '../views/types.js';

/** Cancels `requestId`, or the member's open request when no id is given (`/peer cancel`). */
export async function cancelRequest(deps: CoreDeps, actor: Actor, requestId?: string): Promise<Result<View>> {
  const community = await loadCommunity(deps, actor);
  if (!community.ok) return community;
  const now = deps.clock();
  const r = supportRequests;
  const mine = and(eq(r.communityId, community.value.id), eq(r.memberRef, actor.user));
  const target = requestId === undefined ? mine : and(mine, eq(r.id, requestId));
  const cancelled = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .update(r)
      .set({ status: 'cancelled', endedAt: now, endReason: 'cancelled-by-member' })
      .where(and(target, eq(r.status, 'queued')))
      .returning();
    if (row === undefined) return null;
    await deleteNotes(tx, [row.id]);
    await cancelPendingJobs(tx, 'escalate', 'requestId', row.id, now);
    await audit(tx, { communityId: community.value.id, actorRef: actor.user, action: 'request.cancelled', detail: { request: row.id }, at: now });
    return row;
  });
  if (cancelled === null) {
    const [open] = await deps.db.select({ status: r.status }).from(r).where(and(target, inArray(r.status, ['accepted', 'active'])));
    if (open !== undefined) return fail('conflict', 'A listener has already accepted it. You can end the session instead.');
    return requestId === undefined ? fail('not-found', 'You have no request waiting.') : fail('stale');
  }
  deps.metrics?.requestLeftQueue('cancelled', now.getTime() - cancelled.createdAt.getTime());
  await closeOffer(deps, cancelled, now, { kind: 'cancelled' });
  return ok(notice('Request cancelled', 'Your request has been withdrawn and its note deleted. You can ask again at any time.', 'success'));
}
