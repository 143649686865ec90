/** The member's answers after a session: did it help, and a check-in later or not. */
import { audit } from '../../db/queries/audit.js';
import { cancelPendingJobs, scheduleJobs } from '../../db/queries/jobs.js';
import { feedbackWithSessionEnd, setFeedbackCheckIn, setFeedbackHelped } from '../../db/queries/sessions.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { loadCommunity } from '../guards.js';
import { job } from '../jobs.js';
import { fail, ok, type Result } from '../result.js';
import { addHours } from '../time.js';
import { t } from '../../i18n/index.js';
import type { TextView as View } from '../views/types.js';

async function ownFeedback(deps: CoreDeps, actor: Actor, sessionId: string) {
  const community = await loadCommunity(deps, actor);
  if (!community.ok) return community;
  const row = await feedbackWithSessionEnd(deps.db, community.value.id, sessionId);
  if (row === null || row.endedAt === null) return fail('stale');
  if (row.feedback.memberRef !== actor.user) return fail('not-allowed', { id: 'member-only', what: 'feedback' });
  return ok({ community: community.value, row: row.feedback, endedAt: row.endedAt });
}

export async function recordHelped(deps: CoreDeps, actor: Actor, input: { sessionId: string; answer: 'yes' | 'somewhat' | 'no' }): Promise<Result<View>> {
  const found = await ownFeedback(deps, actor, input.sessionId);
  if (!found.ok) return found;
  const now = deps.clock();
  await setFeedbackHelped(deps.db, found.value.row.id, input.answer, now);
  return ok(
    input.answer === 'no'
      ? { title: t('coord.feedback.sorry.title'), text: t('coord.feedback.sorry.text'), tone: 'neutral' }
      : { title: t('coord.feedback.thanks.title'), text: t('coord.feedback.thanks.text'), tone: 'success' },
  );
}

export async function chooseCheckIn(deps: CoreDeps, actor: Actor, input: { sessionId: string; hours: number | null }): Promise<Result<View>> {
  const found = await ownFeedback(deps, actor, input.sessionId);
  if (!found.ok) return found;
  const { community, row, endedAt } = found.value;
  if (input.hours !== null && !community.settings.checkInOffsetsHours.includes(input.hours)) return fail('stale');
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    await setFeedbackCheckIn(tx, row.id, input.hours, now);
    await cancelPendingJobs(tx, 'check-in', 'sessionId', input.sessionId, now);
    if (input.hours !== null) {
      await scheduleJobs(
        tx,
        [job('check-in', { sessionId: input.sessionId }, addHours(endedAt, input.hours), `${input.sessionId}:${input.hours}:${now.getTime()}`, community.id)],
        now,
      );
    }
    await audit(tx, { communityId: community.id, actorRef: actor.user, action: 'check-in.chosen', detail: { session: input.sessionId, hours: input.hours }, at: now });
  });
  return ok(
    input.hours === null
      ? { title: t('coord.checkIn.none.title'), text: t('coord.checkIn.none.text'), tone: 'neutral' }
      : { title: t('coord.checkIn.booked.title'), text: t('coord.checkIn.booked.text', { hours: input.hours }), tone: 'success' },
  );
}
