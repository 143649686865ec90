/**
 * The consent question when a pair ends, as an engine consent record: "may I share your feedback?" The
 * mentee's own answer counts, once (the engine checks and audits it). Declining keeps nothing but the
 * answer; agreeing shows three answers to choose from (feedback.ts), and only then is one kept and passed on.
 */
import type { Db } from '../../db/client.js';
import { pairByConsent, recordPairConsent } from '../../db/queries/mentor.js';
import type { ProgrammeConsentRow } from '../../db/queries/programmes.js';
import type { CoreDeps } from '../deps.js';
import type { ConsentOutcome } from '../programmes/definition.js';
import { feedbackChoiceView, feedbackThanksView } from './views.js';

export async function answerFeedbackConsent(tx: Db, _deps: CoreDeps, consent: ProgrammeConsentRow, answer: 'given' | 'declined', _now: Date): Promise<ConsentOutcome> {
  const pair = await pairByConsent(tx, consent.id);
  if (pair === null) return { reply: feedbackThanksView(false), tell: [] };
  await recordPairConsent(tx, pair.id, answer === 'given' ? 'shared' : 'declined');
  return { reply: answer === 'given' ? feedbackChoiceView(pair.id) : feedbackThanksView(false), tell: [] };
}
