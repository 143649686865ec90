/**
 * The mentee's feedback at the end of a pair: offered only after they agreed to share it (consent.ts, an
 * engine consent record), one of three answers, kept once and passed to the mentor. No free text is
 * asked for, so none is stored; the table refuses an answer without consent.
 */
import { pairById, recordPairFeedback } from '../../db/queries/mentor.js';
import type { Actor } from '../actor.js';
import { attempt } from '../attempt.js';
import type { CoreDeps } from '../deps.js';
import { loadCommunity } from '../guards.js';
import { programmeAudit } from '../programmes/audit.js';
import { fail, ok, type Result } from '../result.js';
import type { TextView as View } from '../views/types.js';
import { MENTORING } from './definition.js';
import { feedbackSharedView, feedbackThanksView } from './views.js';

export async function answerMentorFeedback(deps: CoreDeps, actor: Actor, input: { pairId: string; answer: 'yes' | 'somewhat' | 'no' }): Promise<Result<View>> {
  // Not refused when mentoring has been switched off since: the mentee is finishing what they were asked.
  const community = await loadCommunity(deps, actor);
  if (!community.ok) return community;
  const pair = await pairById(deps.db, input.pairId);
  if (pair === null || pair.communityId !== community.value.id || pair.status !== 'ended') return fail('stale');
  if (pair.menteeRef !== actor.user) return fail('not-allowed', { id: 'mentee-only', what: 'feedback' });
  if (pair.consent !== 'shared') return fail('stale');
  const now = deps.clock();
  const recorded = await deps.db.transaction(async (tx) => {
    const row = await recordPairFeedback(tx, pair.id, input.answer);
    if (row !== null) await programmeAudit(tx, MENTORING, { communityId: pair.communityId, actorRef: actor.user, action: 'feedback.shared', detail: { pair: pair.number }, at: now });
    return row;
  });
  if (recorded === null) return fail('conflict', { id: 'mentor-feedback-answered' });
  const mentor = pair.mentorRef;
  if (mentor !== null) await attempt(deps, 'mentor.feedback_notice_failed', { pair: pair.id }, () => deps.platform.sendPrivate(mentor, feedbackSharedView(input.answer)));
  return ok(feedbackThanksView(true));
}
