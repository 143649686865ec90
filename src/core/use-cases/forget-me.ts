/**
 * `/forget-me`: a member's personal data goes now. Open requests are cancelled, open sessions end,
 * and every row that names them keeps only anonymous counts (invariant 3).
 */
import { audit } from '../../db/queries/audit.js';
import { cancelPendingJobsAbout, cancelQueuedAsForgotten, closeRequestsAsForgotten, endOpenSessionsAsForgotten, unnameRecords, unnameRequests, unnameSessions } from '../../db/queries/forget.js';
import { deletePairsOfMentee } from '../../db/queries/mentor.js';
import { deleteNotes } from '../../db/queries/requests.js';
import type { Actor } from '../actor.js';
import { attempt } from '../attempt.js';
import type { CoreDeps } from '../deps.js';
import { loadCommunity } from '../guards.js';
import { closeOffer } from '../offers.js';
import { ok, type Result } from '../result.js';
import { t } from '../../i18n/index.js';
import type { TextView as View } from '../views/types.js';

export async function forgetMe(deps: CoreDeps, actor: Actor): Promise<Result<View>> {
  const community = await loadCommunity(deps, actor);
  if (!community.ok) return community;
  const communityId = community.value.id;
  const me = actor.user;
  const member = { communityId, memberRef: me };
  const now = deps.clock();

  const done = await deps.db.transaction(async (tx) => {
    const cancelled = await cancelQueuedAsForgotten(tx, member, now);
    const endedSessions = await endOpenSessionsAsForgotten(tx, member, now);
    if (endedSessions.length > 0) {
      await closeRequestsAsForgotten(
        tx,
        endedSessions.map((s) => s.requestId),
        now,
      );
    }
    const requestIds = await unnameRequests(tx, member);
    await deleteNotes(tx, requestIds);
    const sessionIds = await unnameSessions(tx, member);
    await unnameRecords(tx, member);
    // Their mentoring pairs and requests go; the pairs' jobs then find nothing to do.
    const pairs = await deletePairsOfMentee(tx, communityId, me);
    // Pending work about them (check-ins, escalations) must not reach them afterwards.
    const refs = [...requestIds, ...sessionIds];
    if (refs.length > 0) await cancelPendingJobsAbout(tx, requestIds, sessionIds, now);
    await audit(tx, { communityId, actorRef: null, action: 'member.forgotten', detail: { requests: requestIds.length, sessions: sessionIds.length, mentoringPairs: pairs.length }, at: now });
    return { cancelled, endedSessions, requests: requestIds.length };
  });

  deps.crisisCooldown.forget(me);
  for (const request of done.cancelled) await closeOffer(deps, request, now, { kind: 'cancelled' });
  for (const session of done.endedSessions) {
    const space = session.spaceRef;
    if (space === null) continue;
    await attempt(deps, 'session.close_failed', { session: session.id }, async () => {
      await deps.platform.postToSpace(space, { title: t('coord.ended.title'), text: t('coord.ended.forgotten') });
      await deps.platform.closeSpace(space);
    });
  }
  return ok(
    {
      title: t('coord.forgotten.title'),
      text: t('coord.forgotten.text', { requests: done.requests, closed: done.cancelled.length + done.endedSessions.length > 0 ? 'yes' : 'no' }),
      tone: 'success',
    },
  );
}
