/**
 * The practitioner records the case's next step. The conversation and the follow-up answer the
 * community's StRaW tool (the items talked about: yes or no); without an outcome the bot shows the score
 * and the tool's recommendation and records nothing, so the practitioner confirms an outcome from their
 * own judgement. Outcomes: peer support (a follow-up meeting, then the one-month follow-up), signposting
 * (the person gets the organisation's EAP and other resources by DM, and the follow-up still comes), or
 * closing. A meeting is simply recorded as held. Notes are optional and stored only encrypted.
 */
import { z } from 'zod';
import { setCaseOutcome } from '../../db/queries/programme-cases.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { parseInput } from '../guards.js';
import { addSteps, caseForActor, checkToolAnswers, closeProgrammeCase, nextOpenStep, recordStep } from '../programmes/cases.js';
import { stepDefinition } from '../programmes/definition.js';
import { sealNote } from '../programmes/notes.js';
import { currentProgrammeTool, toolWords } from '../programmes/tool.js';
import { resourcesFor } from '../resources.js';
import { fail, ok, type Result } from '../result.js';
import { addDays, formatLocal } from '../time.js';
import { lines, sentences, t, type Text } from '../../i18n/index.js';
import { resourcesView } from '../views/crisis.js';
import type { TextView, TextView as View } from '../views/types.js';
import { STRAW, STRAW_TIMINGS } from './definition.js';

const recordInput = z.object({
  number: z.number().int().min(1).max(1_000_000),
  /** Item ids answered yes; the rest are no. */
  yes: z.array(z.string().min(1).max(40)).max(20).default([]),
  /** null: show the score and recommendation, record nothing. */
  outcome: z.string().min(1).max(40).nullable().default(null),
  notes: z.string().max(4000).optional(),
});
export type StrawRecordInput = z.input<typeof recordInput>;

export async function recordStraw(deps: CoreDeps, actor: Actor, raw: StrawRecordInput): Promise<Result<View>> {
  const parsed = parseInput(recordInput, raw);
  if (!parsed.ok) return parsed;
  const input = parsed.value;
  const found = await caseForActor(deps, actor, STRAW, input.number);
  if (!found.ok) return found;
  const { access, case: c, steps } = found.value;
  if (c.closedAt !== null) return fail('stale', { id: 'programme-case-closed', programme: STRAW.name });
  const step = nextOpenStep(steps);
  if (step === undefined || c.practitionerRef === null || step.step === 'assign') return fail('conflict', { id: 'no-practitioner-yet' });
  const what = stepDefinition(STRAW, step.step);
  if (what === undefined) return fail('stale');
  const now = deps.clock();
  const tz = access.community.settings.timeZone;
  const notes = sealNote(deps, input.notes, step.id);
  if (!notes.ok) return notes;

  if (!what.scored) {
    const saved = await deps.db.transaction((tx) =>
      recordStep(tx, STRAW, c, step, { by: actor.user, now, toolVersion: null, answers: {}, score: null, recommendation: null, outcome: null, notesCiphertext: notes.value }),
    );
    if (!saved) return fail('stale', { id: 'assessment-recorded' });
    const next = nextOpenStep(steps.filter((s) => s.id !== step.id));
    return ok({
      title: t('straw.record.title', { number: String(c.number), step: what.label }),
      text: next === undefined ? t('straw.record.nothingPlanned') : t('straw.record.next', { step: stepDefinition(STRAW, next.step)?.label ?? next.step, due: formatLocal(next.dueAt, tz) }),
      tone: 'success',
    });
  }

  const current = await currentProgrammeTool(deps.db, STRAW, access.community.id, now);
  if (current === null) return fail('stale');
  const { version, tool } = current;
  const answered = Object.fromEntries(input.yes.map((id) => [id.toLowerCase(), true]));
  const checked = checkToolAnswers(tool, what.id, answered, input.outcome ?? tool.outcomes[0]!.id);
  if (!checked.ok) return checked;
  const { answers, score, recommendation } = checked.value;
  const words = toolWords(STRAW, tool);
  const label = (id: string | null): Text => (id === null ? t('straw.case.none') : words.outcome(id));
  const number = String(c.number);
  if (input.outcome === null) {
    return ok({
      title: t('straw.record.check.title', { number, step: what.label }),
      text: lines(
        t('straw.record.check.score', { score, version, shipped: current.shipped ? 'yes' : 'no', suggests: label(recommendation) }),
        t('straw.record.check.nothing'),
        ...tool.outcomes.map((o) => t('straw.record.check.outcome', { id: o.id, label: words.outcome(o.id) })),
      ),
      tone: 'neutral',
    });
  }
  const outcome = input.outcome;
  const signpost = outcome === 'signpost';
  const closes = outcome === 'close' || (what.id === 'follow-up' && outcome !== 'peer-support');
  const round = steps.filter((s) => stepDefinition(STRAW, s.step)?.id === 'follow-up').length + 1;
  const saved = await deps.db.transaction(async (tx) => {
    const done = await recordStep(tx, STRAW, c, step, { by: actor.user, now, toolVersion: version, answers, score, recommendation, outcome, notesCiphertext: notes.value });
    if (!done) return false;
    await setCaseOutcome(tx, c.id, outcome);
    if (closes) await closeProgrammeCase(tx, STRAW, c, `${what.id}:${outcome}`, actor.user, now);
    else {
      const n = what.id === 'conversation' ? '' : `-${round}`;
      // Peer support: a meeting, then the follow-up. Signposting: the follow-up still comes, to see how they are.
      await addSteps(tx, STRAW, c, tz, [
        ...(outcome === 'peer-support' ? [{ id: `meeting${n}`, dueAt: addDays(now, STRAW_TIMINGS.meetingAfterDays) }] : []),
        { id: `follow-up${n}`, dueAt: addDays(now, STRAW_TIMINGS.followUpAfterDays) },
      ], now);
    }
    return true;
  });
  if (!saved) return fail('stale', { id: 'assessment-recorded' });
  if (signpost) await deps.platform.sendPrivate(c.personRef, signpostView(deps, access.community));
  return ok({
    title: t('straw.record.title', { number, step: what.label }),
    text: lines(
      t('straw.record.outcome', { score, outcome: label(outcome) }),
      signpost ? t('straw.record.signposted') : null,
      closes
        ? t('straw.record.closed')
        : sentences(
            outcome === 'peer-support' ? t('straw.record.meetingDue', { due: formatLocal(addDays(now, STRAW_TIMINGS.meetingAfterDays), tz) }) : null,
            t('straw.record.followUpDue', { due: formatLocal(addDays(now, STRAW_TIMINGS.followUpAfterDays), tz) }),
          ),
    ),
    tone: 'success',
  });
}

/** What a person signposted to professional help receives: the community's own support (its EAP) and the national line. */
function signpostView(deps: CoreDeps, community: Parameters<typeof resourcesFor>[1]): TextView {
  const resources = resourcesView(resourcesFor(deps, community));
  const own = (community?.settings.extraResources.length ?? 0) > 0;
  return {
    ...resources,
    title: t('straw.signpost.title'),
    text: lines(
      t('straw.signpost.suggested'),
      own ? t('straw.signpost.own') : t('straw.signpost.noEap'),
      resources.text,
    ),
  };
}
