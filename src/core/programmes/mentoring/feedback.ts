/**
 * The mentee's answer when a pair ends. The question asks consent first: one press either agrees to
 * share and gives the answer, or shares nothing. Only an agreed answer is kept (the table refuses an
 * answer without consent) and passed to the mentor; "share nothing" keeps only that it was declined.
 * No free text is asked for, so none is stored.
 */
import { audit } from '../../../db/queries/audit.js';
import { pairById, recordPairConsent } from '../../../db/queries/mentor.js';
import type { Actor } from '../../actor.js';
import { attempt } from '../../attempt.js';
import type { CoreDeps } from '../../deps.js';
import { loadCommunity } from '../../guards.js';
import { fail, ok, type Result } from '../../result.js';
import type { View } from '../../views/types.js';
import { feedbackSharedView, feedbackThanksView } from './views.js';

export async function answerMentorFeedback(deps: CoreDeps, actor: Actor, input: { pairId: string; answer: 'yes' | 'somewhat' | 'no' | 'none' }): Promise<Result<View>> {
  const community = await loadCommunity(deps, actor);
  if (!community.ok) return community;
  const pair = await pairById(deps.db, input.pairId);
  if (pair === null || pair.communityId !== community.value.id || pair.status !== 'ended') return fail('stale');
  if (pair.menteeRef !== actor.user) return fail('not-allowed', { id: 'mentee-only', what: 'feedback' });
  const shared = input.answer !== 'none';
  const now = deps.clock();
  const recorded = await deps.db.transaction(async (tx) => {
    const row = await recordPairConsent(tx, pair.id, shared ? 'shared' : 'declined', input.answer === 'none' ? null : input.answer);
    if (row === null) return null;
    await audit(tx, { communityId: pair.communityId, actorRef: actor.user, action: 'mentor.feedback_consent', detail: { pair: pair.number, consent: shared ? 'shared' : 'declined' }, at: now });
    return row;
  });
  if (recorded === null) return fail('conflict', { id: 'mentor-feedback-answered' });
  const mentor = pair.mentorRef;
  if (recorded.helped !== null && mentor !== null) {
    const helped = recorded.helped;
    await attempt(deps, 'mentor.feedback_notice_failed', { pair: pair.id }, () => deps.platform.sendPrivate(mentor, feedbackSharedView(helped)));
  }
  return ok(feedbackThanksView(shared));
}
