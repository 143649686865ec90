/** Reads behind a screen that redraws itself (the playground): where requests, sessions and feedback stand, by id. */
import { inArray } from 'drizzle-orm';
import type { Db } from '../client.js';
import { feedback, sessions, supportRequests } from '../schema.js';

/** The status of each of these requests that exists. */
export async function requestStatuses(db: Db, ids: readonly string[]): Promise<{ readonly id: string; readonly status: string }[]> {
  if (ids.length === 0) return [];
  return db.select({ id: supportRequests.id, status: supportRequests.status }).from(supportRequests).where(inArray(supportRequests.id, [...ids]));
}

/** When each of these sessions ended (null: still open). */
export async function sessionEndTimes(db: Db, ids: readonly string[]): Promise<{ readonly id: string; readonly endedAt: Date | null }[]> {
  if (ids.length === 0) return [];
  return db.select({ id: sessions.id, endedAt: sessions.endedAt }).from(sessions).where(inArray(sessions.id, [...ids]));
}

/** The feedback answers given for each of these sessions. */
export async function feedbackAnswers(
  db: Db,
  sessionIds: readonly string[],
): Promise<{ readonly id: string; readonly helped: 'yes' | 'somewhat' | 'no' | null; readonly checkInHours: number | null; readonly declined: boolean }[]> {
  if (sessionIds.length === 0) return [];
  return db
    .select({ id: feedback.sessionId, helped: feedback.helped, checkInHours: feedback.checkInHours, declined: feedback.checkInDeclined })
    .from(feedback)
    .where(inArray(feedback.sessionId, [...sessionIds]));
}
