/** The check-in a member asked for after their session. Never sent after /forget-me or a change of mind. */
import { feedbackForSession } from '../../db/queries/sessions.js';
import { checkInView } from '../../core/index.js';
import type { JobHandler } from '../runner.js';
import { sendPrivateOrTell } from './private.js';

export const checkIn: JobHandler<'check-in'> = async (ctx, { sessionId }) => {
  const { deps, job } = ctx;
  const row = await feedbackForSession(deps.db, sessionId);
  // A changed choice cancels the old job; these guards cover a job already claimed when that happened.
  if (row === null || row.memberRef === null || row.checkInDeclined || row.checkInHours === null) return;
  const member = row.memberRef;
  await sendPrivateOrTell(ctx, `${job.idempotencyKey}:send`, member, checkInView({ sessionId }), 'The check-in a member asked for after their session could not be sent to them; it will be retried.');
};
