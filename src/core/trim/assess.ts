/**
 * Recording a TRiM assessment. The practitioner answers the community's risk tool item by item (after
 * recording the person's consent: taking part is voluntary); the bot computes the score and shows the
 * tool's recommendation; the practitioner confirms the outcome. Only then is anything stored. Nothing
 * is recorded before the assessment is due: the initial one never sooner than 72 hours after.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { audit } from '../../db/queries/audit.js';
import { cancelPendingJobs } from '../../db/queries/jobs.js';
import { assessmentsOf, casesOfIncident, currentTool, findCase, findIncidentByNumber, toolVersion, type CaseWithIncident } from '../../db/queries/trim.js';
import { incidentHasOpenCase, insertAssessment, lockIncident, markCaseClosed, markIncidentClosed } from '../../db/queries/trim-cases.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { parseInput } from '../guards.js';
import { fail, ok, type Result } from '../result.js';
import { lines, localise, sourceText, t, type Text } from '../../i18n/index.js';
import type { TextForm, TextView } from '../views/types.js';
import { loadTrimAccess, type TrimAccess } from './access.js';
import { itemText, outcomeText, scoreAssessment, toolNameText, type TrimStage } from './tool.js';
import { incidentLabel, localWhen, STAGE_TEXT } from './views.js';

export const ASSESS_FORM_PREFIX = 'pl:form:trim-assess:';
export const CONFIRM_FORM_PREFIX = 'pl:form:trim-confirm:';
export const NOTES_MAX = 2000;
const DECLINED = 'declined';

const notesTooLong = (): string => localise(t('trim.confirm.invalid.notesTooLong', { max: String(NOTES_MAX) }), 'en');

interface OpenCase {
  readonly access: TrimAccess;
  readonly found: CaseWithIncident;
  readonly stage: TrimStage;
  readonly dueAt: Date;
}

/** The case, if the actor may assess it (its practitioner, or a manager) and an assessment is due now. */
async function caseToAssess(deps: CoreDeps, actor: Actor, caseId: string, stage?: TrimStage): Promise<Result<OpenCase>> {
  const access = await loadTrimAccess(deps, actor);
  if (!access.ok) return access;
  const found = z.uuid().safeParse(caseId).success ? await findCase(deps.db, caseId) : null;
  if (found === null || found.case.communityId !== access.value.community.id) return fail('not-found', { id: 'no-trim-case' });
  if (access.value.role !== 'manager' && found.case.practitionerRef !== actor.user) {
    return fail('trim-only', { id: 'case-of-another' });
  }
  if (found.case.closedAt !== null) return fail('stale', { id: 'case-closed' });
  const done = new Set((await assessmentsOf(deps.db, [caseId])).map((a) => a.stage));
  const next: TrimStage | null = !done.has('initial') ? 'initial' : !done.has('follow-up') ? 'follow-up' : null;
  if (next === null || (stage !== undefined && stage !== next)) return fail('stale', { id: 'assessment-recorded' });
  const dueAt = next === 'initial' ? found.case.initialDueAt : found.case.followUpDueAt;
  if (deps.clock() < dueAt) {
    return fail('conflict', { id: 'not-yet-due', stage: next, dueAt, timeZone: access.value.community.settings.timeZone });
  }
  return ok({ access: access.value, found, stage: next, dueAt });
}

/** The answers form for a person's case in incident `number` (a command names the case this way). */
export async function assessmentFormFor(deps: CoreDeps, actor: Actor, input: { number: number; person: string }): Promise<Result<TextForm>> {
  const access = await loadTrimAccess(deps, actor);
  if (!access.ok) return access;
  // A typed number can be anything; past PostgreSQL's integer range the query itself would fail.
  const number = parseInput(z.number().int().min(1).max(1_000_000), input.number);
  if (!number.ok) return number;
  const incident = await findIncidentByNumber(deps.db, access.value.community.id, number.value);
  const caseRow = incident === null ? undefined : (await casesOfIncident(deps.db, incident.id)).find((c) => c.personRef === input.person);
  if (caseRow === undefined) return fail('not-found', { id: 'no-case-for-person', incident: input.number });
  return assessmentForm(deps, actor, caseRow.id);
}

/** The answers form for the case's next assessment. */
export async function assessmentForm(deps: CoreDeps, actor: Actor, caseId: string): Promise<Result<TextForm>> {
  const open = await caseToAssess(deps, actor, caseId);
  if (!open.ok) return open;
  const { access, found, stage } = open.value;
  const { version, tool } = await currentTool(deps.db, access.community.id, deps.clock());
  const yesNo = [
    { value: 'yes', label: t('trim.assess.yes') },
    { value: 'no', label: t('trim.assess.no') },
  ];
  return ok({
    id: `${ASSESS_FORM_PREFIX}${caseId}:${stage}`,
    title: stage === 'initial' ? t('trim.assess.initial.title') : t('trim.assess.followUp.title'),
    submitLabel: t('trim.assess.score'),
    metadata: JSON.stringify({ toolVersion: version }),
    fields: [
      { kind: 'info', id: 'about', about: found.case.personRef, text: t('trim.assess.about', { stage: STAGE_TEXT[stage], incident: incidentLabel(found.incident), tool: toolNameText(tool) }) },
      {
        kind: 'select',
        id: 'consent',
        label: t('trim.assess.consent'),
        options: [
          { value: 'yes', label: t('trim.assess.consent.yes') },
          { value: 'no', label: t('trim.assess.consent.no') },
        ],
      },
      // Not required by the form, so a decline can be sent without answers; core insists on every answer when they agreed.
      ...tool.items.map((item) => ({ kind: 'select' as const, id: `item_${item.id}`, label: itemText(item), options: yesNo, required: false })),
    ],
  });
}

const answersInput = z.object({
  caseId: z.string(),
  stage: z.enum(['initial', 'follow-up']),
  toolVersion: z.number().int().min(1),
  consented: z.boolean(),
  answers: z.record(z.string(), z.boolean()).default({}),
});

/** Reads the answers form back (metadata and values as the adapter decoded them). */
export function parseAnswersForm(formId: string, metadata: string, values: Readonly<Record<string, unknown>>): unknown {
  const [caseId, stage] = formId.slice(formId.startsWith(ASSESS_FORM_PREFIX) ? ASSESS_FORM_PREFIX.length : CONFIRM_FORM_PREFIX.length).split(':');
  let meta: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(metadata);
    if (typeof parsed === 'object' && parsed !== null) meta = parsed as Record<string, unknown>;
  } catch {
    // A form without readable metadata fails validation below, with a calm reply.
  }
  const answers: Record<string, boolean> = {};
  for (const [id, v] of Object.entries(values)) if (id.startsWith('item_') && (v === 'yes' || v === 'no')) answers[id.slice(5)] = v === 'yes';
  return { caseId, stage, toolVersion: meta['toolVersion'], consented: values['consent'] === undefined ? meta['consented'] : values['consent'] === 'yes', answers: meta['answers'] ?? answers, ...extra(values) };
}

function extra(values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return {
    ...(typeof values['outcome'] === 'string' ? { outcome: values['outcome'] } : {}),
    ...(typeof values['notes'] === 'string' && values['notes'].trim() !== '' ? { notes: values['notes'] } : {}),
  };
}

interface Checked {
  readonly open: OpenCase;
  readonly input: z.output<typeof answersInput>;
  readonly score: number | null;
  readonly recommendation: string | null;
  readonly outcomes: readonly { id: string; label: Text }[];
}

async function checkAnswers(deps: CoreDeps, actor: Actor, raw: unknown): Promise<Result<Checked>> {
  const parsed = parseInput(answersInput, raw);
  if (!parsed.ok) return parsed;
  const input = parsed.value;
  const open = await caseToAssess(deps, actor, input.caseId, input.stage);
  if (!open.ok) return open;
  const tool = await toolVersion(deps.db, open.value.access.community.id, input.toolVersion);
  if (tool === null) return fail('stale', { id: 'tool-version-gone' });
  if (!input.consented) return ok({ open: open.value, input, score: null, recommendation: null, outcomes: [{ id: DECLINED, label: outcomeText(tool, DECLINED) }] });
  const unanswered = tool.items.find((item) => input.answers[item.id] === undefined);
  if (unanswered !== undefined) return fail('bad-input', { id: 'unanswered-item' }, `item_${unanswered.id}`);
  // Only the tool's own items are kept: anything else in a submission is not an answer.
  const answers = Object.fromEntries(tool.items.map((item) => [item.id, input.answers[item.id] === true]));
  const { score, recommendation } = scoreAssessment(tool, input.stage, answers);
  return ok({ open: open.value, input: { ...input, answers }, score, recommendation, outcomes: tool.outcomes.map((o) => ({ id: o.id, label: outcomeText(tool, o.id) })) });
}

/** The second step: the score, the tool's recommendation, and the outcome to confirm (the recommendation preselected). */
export async function confirmForm(deps: CoreDeps, actor: Actor, raw: unknown): Promise<Result<TextForm>> {
  const checked = await checkAnswers(deps, actor, raw);
  if (!checked.ok) return checked;
  const { open, input, score, recommendation, outcomes } = checked.value;
  const summary =
    score === null
      ? t('trim.confirm.declined')
      : t('trim.confirm.scored', { score, recommended: outcomes.find((o) => o.id === recommendation)?.label ?? recommendation ?? '' });
  return ok({
    id: `${CONFIRM_FORM_PREFIX}${input.caseId}:${input.stage}`,
    title: t('trim.confirm.title'),
    submitLabel: t('trim.confirm.submit'),
    // Ids and yes/no answers only; the notes are typed in this step, so they never travel in metadata.
    metadata: JSON.stringify({ toolVersion: input.toolVersion, consented: input.consented, answers: input.answers }),
    fields: [
      { kind: 'info', id: 'summary', about: open.found.case.personRef, text: summary },
      { kind: 'select', id: 'outcome', label: t('trim.confirm.outcome'), options: outcomes.map((o) => ({ value: o.id, label: o.label })), ...(recommendation === null ? { initial: DECLINED } : { initial: recommendation }) },
      ...(deps.trimNotes === undefined
        ? [{ kind: 'info' as const, id: 'notes_off', text: t('trim.confirm.notesOff') }]
        : [
            {
              kind: 'text' as const,
              id: 'notes',
              label: t('trim.confirm.notes'),
              maxLength: NOTES_MAX,
              multiline: true,
              required: false,
              hint: t('trim.confirm.notesHint'),
            },
          ]),
    ],
  });
}

// Messages in English: a refusal's `invalid` reason carries a string (core/result.ts).
const recordExtra = z.object({ outcome: z.string().min(1, sourceText('trim.confirm.invalid.noOutcome')), notes: z.string().max(NOTES_MAX, notesTooLong()).optional() });

export async function recordAssessment(deps: CoreDeps, actor: Actor, raw: unknown): Promise<Result<TextView>> {
  const checked = await checkAnswers(deps, actor, raw);
  if (!checked.ok) return checked;
  const more = parseInput(recordExtra, raw);
  if (!more.ok) return more;
  const { open, input, score, recommendation, outcomes } = checked.value;
  const { outcome, notes } = more.value;
  if (!outcomes.some((o) => o.id === outcome)) return fail('bad-input', { id: 'unknown-outcome' }, 'outcome');
  const cipher = deps.trimNotes;
  if (notes !== undefined && cipher === undefined) {
    return fail('bad-input', { id: 'notes-key-missing' }, 'notes');
  }
  const now = deps.clock();
  const { community } = open.access;
  const caseRow = open.found.case;
  const id = randomUUID();
  const saved = await deps.db.transaction(async (tx) => {
    const inserted = await insertAssessment(tx, {
      id,
      caseId: caseRow.id,
      communityId: community.id,
      stage: input.stage,
      consented: input.consented,
      toolVersion: input.toolVersion,
      answers: input.consented ? input.answers : {},
      score,
      recommendation,
      outcome,
      notesCiphertext: notes === undefined || cipher === undefined ? null : cipher.encrypt(notes, id),
      assessedBy: actor.user,
      assessedAt: now,
    });
    // Two practitioners submitting at once: the unique (case, stage) index lets one win.
    if (!inserted) return false;
    if (input.stage === 'follow-up') await closeCase(tx, caseRow.id, caseRow.incidentId, 'follow-up-done', actor.user, now);
    await audit(tx, {
      communityId: community.id,
      actorRef: actor.user,
      action: 'trim.assessment.recorded',
      subjectRef: caseRow.personRef,
      detail: { caseId: caseRow.id, stage: input.stage, consented: input.consented, toolVersion: input.toolVersion, score, outcome, notes: notes !== undefined },
      at: now,
    });
    return true;
  });
  if (!saved) return fail('stale', { id: 'assessment-recorded' });
  const tz = community.settings.timeZone;
  const label = outcomes.find((o) => o.id === outcome)?.label ?? outcome;
  return ok({
    title: t('trim.recorded.title'),
    text: lines(
      score === null
        ? t('trim.recorded.declined', { stage: STAGE_TEXT[input.stage], incident: incidentLabel(open.found.incident), outcome: label })
        : t('trim.recorded.scored', { stage: STAGE_TEXT[input.stage], incident: incidentLabel(open.found.incident), score, outcome: label }),
      input.stage === 'initial' ? t('trim.recorded.followUp', { when: localWhen(caseRow.followUpDueAt, tz) }) : t('trim.recorded.closed'),
    ),
    fields: [{ label: t('trim.field.person'), about: caseRow.personRef, value: '' }],
    tone: 'success',
  });
}

/** Closes a case, cancels its reminders, and closes the incident once none of its cases is open. */
export async function closeCase(tx: Db, caseId: string, incidentId: string, reason: 'follow-up-done' | 'closed-by-manager', by: string, now: Date): Promise<void> {
  // The incident row lock serialises closings: two last cases closed at once would each see the other still open.
  await lockIncident(tx, incidentId);
  await markCaseClosed(tx, caseId, reason, by, now);
  await cancelPendingJobs(tx, 'trim-assessment', 'caseId', caseId, now);
  if (!(await incidentHasOpenCase(tx, incidentId))) await markIncidentClosed(tx, incidentId, now);
}
