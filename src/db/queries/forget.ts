/**
 * `/forget-me`'s statements, each run in the caller's transaction, in the order core/use-cases/forget-me.ts
 * gives: what is still open closes with the reason `forgotten`, then every row that names the member keeps
 * only anonymous counts.
 */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { auditLog, crisisEvents, feedback, jobs, personLocales, sessions, supportRequests } from '../schema.js';
import type { RequestRow } from './requests.js';

/** Who is forgotten, and where. */
export interface ForgottenMember {
  readonly communityId: string;
  readonly memberRef: string;
}

/** Cancels the member's queued requests; returns them (their cards are rewritten). */
export async function cancelQueuedAsForgotten(tx: Db, m: ForgottenMember, now: Date): Promise<RequestRow[]> {
  return tx
    .update(supportRequests)
    .set({ status: 'cancelled', endedAt: now, endReason: 'forgotten' })
    .where(and(eq(supportRequests.communityId, m.communityId), eq(supportRequests.memberRef, m.memberRef), eq(supportRequests.status, 'queued')))
    .returning();
}

/** Ends the member's open sessions; returns what closing their spaces and requests needs. */
export async function endOpenSessionsAsForgotten(tx: Db, m: ForgottenMember, now: Date): Promise<{ id: string; spaceRef: string | null; requestId: string }[]> {
  return tx
    .update(sessions)
    .set({ endedAt: now, endedBy: 'forgotten' })
    .where(and(eq(sessions.communityId, m.communityId), eq(sessions.memberRef, m.memberRef), isNull(sessions.endedAt)))
    .returning({ id: sessions.id, spaceRef: sessions.spaceRef, requestId: sessions.requestId });
}

/** Closes the requests of the sessions `endOpenSessionsAsForgotten` ended. */
export async function closeRequestsAsForgotten(tx: Db, requestIds: readonly string[], now: Date): Promise<void> {
  await tx
    .update(supportRequests)
    .set({ status: 'closed', endedAt: now, endReason: 'forgotten' })
    .where(inArray(supportRequests.id, [...requestIds]));
}

/** Removes the member's ref (and any note column) from their requests; returns the requests' ids. */
export async function unnameRequests(tx: Db, m: ForgottenMember): Promise<string[]> {
  const mine = await tx
    .update(supportRequests)
    .set({ memberRef: null, note: null })
    .where(and(eq(supportRequests.communityId, m.communityId), eq(supportRequests.memberRef, m.memberRef)))
    .returning({ id: supportRequests.id });
  return mine.map((r) => r.id);
}

/** Removes the member's ref from their sessions; returns the sessions' ids. */
export async function unnameSessions(tx: Db, m: ForgottenMember): Promise<string[]> {
  const rows = await tx
    .update(sessions)
    .set({ memberRef: null })
    .where(and(eq(sessions.communityId, m.communityId), eq(sessions.memberRef, m.memberRef)))
    .returning({ id: sessions.id });
  return rows.map((s) => s.id);
}

/**
 * Removes the member's ref from feedback, crisis events and the audit log (as actor and as subject), in
 * that order, and deletes their remembered language (`person_locales`).
 */
export async function unnameRecords(tx: Db, m: ForgottenMember): Promise<void> {
  const { communityId, memberRef: me } = m;
  await tx.delete(personLocales).where(and(eq(personLocales.communityId, communityId), eq(personLocales.userRef, me)));
  await tx.update(feedback).set({ memberRef: null }).where(and(eq(feedback.communityId, communityId), eq(feedback.memberRef, me)));
  await tx.update(crisisEvents).set({ subjectRef: null }).where(and(eq(crisisEvents.communityId, communityId), eq(crisisEvents.subjectRef, me)));
  await tx.update(auditLog).set({ actorRef: null }).where(and(eq(auditLog.communityId, communityId), eq(auditLog.actorRef, me)));
  await tx.update(auditLog).set({ subjectRef: null }).where(and(eq(auditLog.communityId, communityId), eq(auditLog.subjectRef, me)));
}

/** Cancels pending jobs of any kind whose payload names one of these requests or sessions. */
export async function cancelPendingJobsAbout(tx: Db, requestIds: readonly string[], sessionIds: readonly string[], now: Date): Promise<void> {
  await tx
    .update(jobs)
    .set({ state: 'cancelled', updatedAt: now, finishedAt: now })
    .where(
      and(
        eq(jobs.state, 'pending'),
        sql`(${jobs.payload} ->> 'requestId' = any(${sql.param([...requestIds])}::text[]) or ${jobs.payload} ->> 'sessionId' = any(${sql.param([...sessionIds])}::text[]))`,
      ),
    );
}
