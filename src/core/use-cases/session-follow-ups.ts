/**
 * The messages that follow a session, decided when their job runs: the member's check-in and the
 * listener's debrief prompt. Each reads the session then, so a change of mind or /forget-me is seen.
 */
import { feedbackForSession, sessionListenerRef } from '../../db/queries/sessions.js';
import type { CoreDeps } from '../deps.js';
import type { JobPayload } from '../jobs.js';
import type { PrivateMessage } from '../private-message.js';
import { checkInView, debriefView } from '../views/scheduled.js';

/** The check-in the member asked for, unless they declined it since or their data is gone. */
export async function dueCheckIn(deps: Pick<CoreDeps, 'db'>, { sessionId }: JobPayload<'check-in'>): Promise<PrivateMessage | null> {
  const row = await feedbackForSession(deps.db, sessionId);
  // A changed choice cancels the old job; these guards cover a job already claimed when that happened.
  if (row === null || row.memberRef === null || row.checkInDeclined || row.checkInHours === null) return null;
  return { to: row.memberRef, view: checkInView({ sessionId }) };
}

/** After a session that met crisis language, the listener's prompt to debrief with a coordinator. */
export async function dueDebrief(deps: Pick<CoreDeps, 'db'>, { sessionId }: JobPayload<'debrief'>): Promise<PrivateMessage | null> {
  const listener = await sessionListenerRef(deps.db, sessionId);
  return listener === null ? null : { to: listener, view: debriefView() };
}
