/**
 * Consent before anything is opened for a person someone else referred: the question is recorded and
 * sent to them by DM with two buttons; only their own answer counts, once. What follows (a case opened,
 * the referrer told without detail) is the programme's `onConsent`; the engine records and audits it.
 */
import { z } from 'zod';
import type { Text } from '../../i18n/index.js';
import type { Db } from '../../db/client.js';
import { answerConsentRow, findConsent, insertConsent, type ProgrammeConsentRow } from '../../db/queries/programmes.js';
import { encodeAction } from '../actions.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { errorName } from '../error-name.js';
import type { UserRef } from '../ports.js';
import { fail, ok, type Result } from '../result.js';
import type { Button, TextView as View } from '../views/types.js';
import { programmeAudit } from './audit.js';
import type { ProgrammeDefinition } from './definition.js';

/** Records the question inside the caller's transaction; null when one is already waiting for this person. */
export async function recordConsentQuestion(tx: Db, def: ProgrammeDefinition, input: { communityId: string; person: UserRef; askedBy: UserRef }, now: Date): Promise<ProgrammeConsentRow | null> {
  const row = await insertConsent(tx, { communityId: input.communityId, programme: def.id, person: input.person, askedBy: input.askedBy, now });
  if (row !== null) await programmeAudit(tx, def, { communityId: input.communityId, actorRef: input.askedBy, action: 'consent.asked', subjectRef: input.person, detail: { consentId: row.id }, at: now });
  return row;
}

/** The two answers, as buttons for the question's DM. */
export function consentButtons(consentId: string, labels: { yes: Text; no: Text }): Button<Text>[] {
  return [
    { action: encodeAction({ kind: 'programme-consent', consentId, answer: 'yes' }), label: labels.yes, style: 'primary' },
    { action: encodeAction({ kind: 'programme-consent', consentId, answer: 'no' }), label: labels.no, style: 'secondary' },
  ];
}

/** A person answers: recorded once, then the programme's `onConsent` runs in the same transaction; its messages go after the commit. */
export async function answerConsent(deps: CoreDeps, actor: Actor, input: { consentId: string; answer: 'yes' | 'no' }, programmeOf: (id: string) => ProgrammeDefinition | undefined): Promise<Result<View>> {
  const consent = z.uuid().safeParse(input.consentId).success ? await findConsent(deps.db, input.consentId) : null;
  // Only the person asked may answer; to anyone else the button does not exist.
  if (consent === null || consent.personRef !== actor.user) return fail('not-found');
  const def = programmeOf(consent.programme);
  if (def?.onConsent === undefined) return fail('stale');
  const onConsent = def.onConsent;
  if (consent.answer !== null) return fail('stale', { id: 'consent-answered' });
  const answer = input.answer === 'yes' ? 'given' : 'declined';
  const now = deps.clock();
  const outcome = await deps.db.transaction(async (tx) => {
    if (!(await answerConsentRow(tx, consent.id, answer, now))) return null;
    await programmeAudit(tx, def, { communityId: consent.communityId, actorRef: actor.user, action: `consent.${answer}`, subjectRef: consent.personRef, detail: { consentId: consent.id }, at: now });
    return onConsent(tx, deps, consent, answer, now);
  });
  if (outcome === null) return fail('stale', { id: 'consent-answered' });
  for (const { to, view } of outcome.tell) {
    try {
      await deps.platform.sendPrivate(to, view);
    } catch (error) {
      deps.log.warn('programme.consent_notice_failed', { programme: def.id, error: errorName(error) });
    }
  }
  return ok(outcome.reply);
}
