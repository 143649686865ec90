/**
 * Coming into StRaW. A colleague refers themselves, privately: a case opens at once and the StRaW
 * managers are reminded to assign a practitioner. Or someone (a line manager, a colleague) refers them:
 * then nothing is opened until the person says yes to a DM; if they say no, the referrer is told only
 * that they are not going ahead, and nothing else happens.
 */
import { z } from 'zod';
import { lines, sentences, t } from '../../i18n/index.js';
import type { Db } from '../../db/client.js';
import { findCommunityById } from '../../db/queries/communities.js';
import { openCaseOfPerson } from '../../db/queries/programme-cases.js';
import { deleteConsent, linkConsentToCase, type ProgrammeConsentRow } from '../../db/queries/programmes.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { parseInput } from '../guards.js';
import type { UserRef } from '../ports.js';
import { loadProgrammeCommunity } from '../programmes/access.js';
import { openCase } from '../programmes/cases.js';
import { consentButtons, recordConsentQuestion } from '../programmes/consent.js';
import type { ConsentOutcome } from '../programmes/definition.js';
import { fail, ok, type Result } from '../result.js';
import { fixFor, isExplainedRefusal } from '../undelivered.js';
import { addHours } from '../time.js';
import type { TextView as View } from '../views/types.js';
import { STRAW, STRAW_TIMINGS } from './definition.js';

const NOW_HELP = t('straw.refer.nowHelp');

/** Opens the person's case (route `self` or `manager`) with its first step: a manager assigns a practitioner. */
async function openStrawCase(tx: Db, input: { communityId: string; timeZone: string; person: UserRef; route: 'self' | 'manager'; by: UserRef; now: Date }) {
  return openCase(
    tx,
    STRAW,
    { communityId: input.communityId, timeZone: input.timeZone, person: input.person, practitioner: null, route: input.route, by: input.by, steps: [{ id: 'assign', dueAt: addHours(input.now, STRAW_TIMINGS.assignWithinHours) }] },
    input.now,
  );
}

/** `/peer straw refer`: the person asks for StRaW support for themselves. Private: only StRaW staff see the case. */
export async function selfRefer(deps: CoreDeps, actor: Actor): Promise<Result<View>> {
  const community = await loadProgrammeCommunity(deps, actor, STRAW);
  if (!community.ok) return community;
  const now = deps.clock();
  const { id: communityId, settings } = community.value;
  const opened = await deps.db.transaction(async (tx) => {
    if ((await openCaseOfPerson(tx, communityId, STRAW.id, actor.user)) !== null) return null;
    return openStrawCase(tx, { communityId, timeZone: settings.timeZone, person: actor.user, route: 'self', by: actor.user, now });
  });
  if (opened === null) return ok({ title: t('straw.refer.open.title'), text: sentences(t('straw.refer.open.text'), NOW_HELP), tone: 'neutral' });
  return ok({
    title: t('straw.refer.made.title'),
    text: lines(t('straw.refer.made.private'), t('straw.refer.made.next'), NOW_HELP),
    tone: 'success',
  });
}

/** `/peer straw refer @colleague`: asks the colleague's consent by DM before anything is opened. */
export async function referColleague(deps: CoreDeps, actor: Actor, raw: { person: string }): Promise<Result<View>> {
  const community = await loadProgrammeCommunity(deps, actor, STRAW);
  if (!community.ok) return community;
  const input = parseInput(z.object({ person: z.string().min(1) }), raw);
  if (!input.ok) return input;
  const person = input.value.person;
  if (person === actor.user) return fail('bad-input', { id: 'own-referral' });
  const now = deps.clock();
  const consent = await deps.db.transaction((tx) => recordConsentQuestion(tx, STRAW, { communityId: community.value.id, person, askedBy: actor.user }, now));
  if (consent === null) return fail('conflict', { id: 'already-referred' });
  const question: View = {
    title: t('straw.refer.question.title'),
    text: lines(t('straw.refer.question.text'), t('straw.refer.question.choice')),
    fields: [{ label: t('straw.refer.question.by'), about: actor.user, value: '' }],
    buttons: consentButtons(consent.id, { yes: t('straw.refer.question.yes'), no: t('straw.refer.question.no') }),
    tone: 'neutral',
  };
  try {
    await deps.platform.sendPrivate(person, question);
  } catch (error) {
    // Undelivered: nothing waits on an answer that can never come, and the referral can be made again.
    await deleteConsent(deps.db, consent.id);
    if (!isExplainedRefusal(deps, error)) throw error;
    return fail('conflict', { id: 'conversation-failed', fix: fixFor(deps, error) });
  }
  return ok({
    title: t('straw.refer.asked.title'),
    text: t('straw.refer.asked.text'),
    fields: [{ label: t('straw.refer.asked.field'), about: person, value: '' }],
    tone: 'success',
  });
}

/** The person's answer to a referral: a case opens on yes; on no, nothing, and the referrer hears only that. */
export async function strawConsentAnswered(tx: Db, _deps: CoreDeps, consent: ProgrammeConsentRow, answer: 'given' | 'declined', now: Date): Promise<ConsentOutcome> {
  const referrer = consent.askedBy;
  if (answer === 'declined') {
    return {
      reply: { title: t('straw.refer.declined.title'), text: sentences(t('straw.refer.declined.text'), NOW_HELP), tone: 'neutral' },
      tell: [{ to: referrer, view: { title: t('straw.refer.referrer.title'), text: t('straw.refer.referrer.declined'), fields: [{ label: t('straw.field.about'), about: consent.personRef, value: '' }], tone: 'neutral' } }],
    };
  }
  const community = await findCommunityById(tx, consent.communityId);
  const existing = await openCaseOfPerson(tx, consent.communityId, STRAW.id, consent.personRef);
  const opened = existing ?? (await openStrawCase(tx, { communityId: consent.communityId, timeZone: community?.settings.timeZone ?? 'UTC', person: consent.personRef, route: 'manager', by: referrer, now })).case;
  await linkConsentToCase(tx, consent.id, opened.id);
  return {
    reply: {
      title: t('straw.refer.agreed.title'),
      text: sentences(existing === null ? t('straw.refer.agreed.new') : t('straw.refer.agreed.existing'), t('straw.refer.agreed.stays'), NOW_HELP),
      tone: 'success',
    },
    tell: [{ to: referrer, view: { title: t('straw.refer.referrer.title'), text: t('straw.refer.referrer.agreed'), fields: [{ label: t('straw.field.about'), about: consent.personRef, value: '' }], tone: 'success' } }],
  };
}
