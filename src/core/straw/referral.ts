/**
 * Coming into StRaW. A colleague refers themselves, privately: a case opens at once and the StRaW
 * managers are reminded to assign a practitioner. Or someone (a line manager, a colleague) refers them:
 * then nothing is opened until the person says yes to a DM; if they say no, the referrer is told only
 * that they are not going ahead, and nothing else happens.
 */
import { z } from 'zod';
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
import type { View } from '../views/types.js';
import { STRAW, STRAW_TIMINGS } from './definition.js';

const NOW_HELP = 'If you need support before then, /resources lists lines you can reach now.';

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
  if (opened === null) return ok({ title: 'You already have StRaW support open', text: `A StRaW practitioner has your referral, or one is being assigned. Nothing new was opened. ${NOW_HELP}`, tone: 'neutral' });
  return ok({
    title: 'StRaW referral made',
    text: [
      'Thank you for asking. Only StRaW practitioners and managers here can see this; your line manager is not told.',
      'A StRaW manager will assign a practitioner, who will message you to arrange a conversation (a peer, not a counsellor).',
      NOW_HELP,
    ].join('\n'),
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
    title: 'Would you like StRaW support?',
    text: [
      'A colleague has suggested StRaW for you: a confidential conversation with a trained peer (a StRaW practitioner) about stress at work, and help to find more support if you want it.',
      'It is your choice. Nothing is opened unless you say yes. If you say no, they are told only that you are not going ahead.',
    ].join('\n'),
    fields: [{ label: 'Suggested by', about: actor.user, value: '' }],
    buttons: consentButtons(consent.id, { yes: 'Yes, I would like that', no: 'No, thank you' }),
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
    title: 'StRaW: they have been asked',
    text: 'I have asked them privately whether they would like StRaW support. You will hear whether they go ahead, and nothing more: what they share stays with StRaW staff.',
    fields: [{ label: 'Asked', about: person, value: '' }],
    tone: 'success',
  });
}

/** The person's answer to a referral: a case opens on yes; on no, nothing, and the referrer hears only that. */
export async function strawConsentAnswered(tx: Db, _deps: CoreDeps, consent: ProgrammeConsentRow, answer: 'given' | 'declined', now: Date): Promise<ConsentOutcome> {
  const referrer = consent.askedBy;
  if (answer === 'declined') {
    return {
      reply: { title: 'Understood', text: `Nothing has been opened. They are told only that you are not going ahead. ${NOW_HELP}`, tone: 'neutral' },
      tell: [{ to: referrer, view: { title: 'StRaW referral', text: 'They have chosen not to go ahead. Nothing more will happen. Thank you for looking out for them.', fields: [{ label: 'About', about: consent.personRef, value: '' }], tone: 'neutral' } }],
    };
  }
  const community = await findCommunityById(tx, consent.communityId);
  const existing = await openCaseOfPerson(tx, consent.communityId, STRAW.id, consent.personRef);
  const opened = existing ?? (await openStrawCase(tx, { communityId: consent.communityId, timeZone: community?.settings.timeZone ?? 'UTC', person: consent.personRef, route: 'manager', by: referrer, now })).case;
  await linkConsentToCase(tx, consent.id, opened.id);
  return {
    reply: {
      title: 'Thank you',
      text: `${existing === null ? 'A StRaW manager will assign a practitioner, who will message you to arrange a conversation.' : 'You already have StRaW support open; nothing new was needed.'} What you share stays with StRaW staff. ${NOW_HELP}`,
      tone: 'success',
    },
    tell: [{ to: referrer, view: { title: 'StRaW referral', text: 'They have agreed. A StRaW practitioner will be in touch with them. You will not hear more: what they share stays with StRaW staff.', fields: [{ label: 'About', about: consent.personRef, value: '' }], tone: 'success' } }],
  };
}
