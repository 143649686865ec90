/**
 * `/forget-me`: a member's personal data goes now. Open requests are cancelled, open sessions end,
 * and every row that names them keeps only anonymous counts (invariant 3).
 */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { audit } from '../../db/queries/audit.js';
import { deleteNotes } from '../../db/queries/requests.js';
import { auditLog, crisisEvents, feedback, jobs, sessions, supportRequests } from '../../db/schema.js';
import type { Actor } from '../actor.js';
import { attempt } from '../attempt.js';
import type { CoreDeps } from '../deps.js';
import { loadCommunity } from '../guards.js';
import { closeOffer } from '../offers.js';
import { ok, type Result } from '../result.js';
import { notice } from '../views/requests.js';
import type { View } from '../views/types.js';

export async function forgetMe(deps: CoreDeps, actor: Actor): Promise<Result<View>> {
  const community = await loadCommunity(deps, actor);
  if (!community.ok) return community;
  const communityId = community.value.id;
  const me = actor.user;
  const now = deps.clock();

  const done = await deps.db.transaction(async (tx) => {
    const cancelled = await tx
      .update(supportRequests)
      .set({ status: 'cancelled', endedAt: now, endReason: 'forgotten' })
      .where(and(eq(supportRequests.communityId, communityId), eq(supportRequests.memberRef, me), eq(supportRequests.status, 'queued')))
      .returning();
    const endedSessions = await tx
      .update(sessions)
      .set({ endedAt: now, endedBy: 'forgotten' })
      .where(and(eq(sessions.communityId, communityId), eq(sessions.memberRef, me), isNull(sessions.endedAt)))
      .returning({ id: sessions.id, spaceRef: sessions.spaceRef, requestId: sessions.requestId });
    if (endedSessions.length > 0) {
      await tx
        .update(supportRequests)
        .set({ status: 'closed', endedAt: now, endReason: 'forgotten' })
        .where(inArray(supportRequests.id, endedSessions.map((s) => s.requestId)));
    }
    const mine = await tx
      .update(supportRequests)
      .set({ memberRef: null, note: null })
      .where(and(eq(supportRequests.communityId, communityId), eq(supportRequests.memberRef, me)))
      .returning({ id: supportRequests.id });
    const requestIds = mine.map((r) => r.id);
    await deleteNotes(tx, requestIds);
    const sessionRows = await tx
      .update(sessions)
      .set({ memberRef: null })
      .where(and(eq(sessions.communityId, communityId), eq(sessions.memberRef, me)))
      .returning({ id: sessions.id });
    await tx.update(feedback).set({ memberRef: null }).where(and(eq(feedback.communityId, communityId), eq(feedback.memberRef, me)));
    await tx.update(crisisEvents).set({ subjectRef: null }).where(and(eq(crisisEvents.communityId, communityId), eq(crisisEvents.subjectRef, me)));
    await tx.update(auditLog).set({ actorRef: null }).where(and(eq(auditLog.communityId, communityId), eq(auditLog.actorRef, me)));
    await tx.update(auditLog).set({ subjectRef: null }).where(and(eq(auditLog.communityId, communityId), eq(auditLog.subjectRef, me)));
    // Pending work about them (check-ins, escalations) must not reach them afterwards.
    const sessionIds = sessionRows.map((s) => s.id);
    const refs = [...requestIds, ...sessionIds];
    if (refs.length > 0) {
      await tx
        .update(jobs)
        .set({ state: 'cancelled', updatedAt: now, finishedAt: now })
        .where(
          and(
            eq(jobs.state, 'pending'),
            sql`(${jobs.payload} ->> 'requestId' = any(${sql.param(requestIds)}::text[]) or ${jobs.payload} ->> 'sessionId' = any(${sql.param(sessionIds)}::text[]))`,
          ),
        );
    }
    await audit(tx, { communityId, actorRef: null, action: 'member.forgotten', detail: { requests: requestIds.length, sessions: sessionIds.length }, at: now });
    return { cancelled, endedSessions, requests: requestIds.length };
  });

  deps.crisisCooldown.forget(me);
  for (const request of done.cancelled) await closeOffer(deps, request, now, { kind: 'cancelled' });
  for (const session of done.endedSessions) {
    const space = session.spaceRef;
    if (space === null) continue;
    await attempt(deps, 'session.close_failed', { session: session.id }, async () => {
      await deps.platform.postToSpace(space, notice('Session ended', 'The member has asked Peerline to forget them, so this session has ended.'));
      await deps.platform.closeSpace(space);
    });
  }
  return ok(
    notice(
      'Your data has been deleted',
      `I removed your name from ${done.requests} request${done.requests === 1 ? '' : 's'} and everything linked to them${done.cancelled.length + done.endedSessions.length > 0 ? ', and closed what was still open' : ''}. Only anonymous counts remain. You can still ask for a listener at any time.`,
      'success',
    ),
  );
}
