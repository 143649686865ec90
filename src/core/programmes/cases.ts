/**
 * A programme's cases: opening one (with its timeline of steps and their reminders), finding one the
 * actor may see (its practitioner, or a manager: need to know), assigning its practitioner, recording a
 * step, closing it. Every change is audited; reading is audited by the use cases that show it.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { cancelPendingJobs, scheduleJobs } from '../../db/queries/jobs.js';
import {
  completeStep,
  findCaseByKey,
  findCaseByNumber,
  insertCase,
  insertSteps,
  markProgrammeCaseClosed,
  nextCaseNumber,
  setPractitioner,
  stepsOf,
  type ProgrammeCaseRow,
  type ProgrammeStepRow,
} from '../../db/queries/programme-cases.js';
import { scoreTool, type ProgrammeTool } from '../../model/programme-tool.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { parseInput } from '../guards.js';
import type { UserRef } from '../ports.js';
import { fail, ok, type Result } from '../result.js';
import { loadProgrammeAccess, type ProgrammeAccess } from './access.js';
import { programmeAudit } from './audit.js';
import { stepDefinition, type ProgrammeDefinition } from './definition.js';
import { stepReminderJobs } from './timeline.js';

export type { ProgrammeCaseRow, ProgrammeStepRow };

/** A step to put on a case's timeline: the programme's step id and when it falls due. */
export interface PlannedStep {
  readonly id: string;
  readonly dueAt: Date;
}

export interface OpenCaseInput {
  readonly communityId: string;
  readonly timeZone: string;
  readonly person: UserRef;
  readonly practitioner: UserRef | null;
  readonly route: string;
  readonly by: UserRef;
  /** The opening step's own id: the same step run twice opens one case. */
  readonly key?: string;
  readonly steps: readonly PlannedStep[];
}

/** Opens a case inside the caller's transaction: the case, its steps and their reminders, audited. `created` false: the same step opened it before. */
export async function openCase(tx: Db, def: ProgrammeDefinition, input: OpenCaseInput, now: Date): Promise<{ case: ProgrammeCaseRow; created: boolean }> {
  const number = await nextCaseNumber(tx, input.communityId, def.id);
  const known = input.key === undefined ? null : await findCaseByKey(tx, input.communityId, def.id, input.key);
  if (known !== null) return { case: known, created: false };
  const row: ProgrammeCaseRow = {
    id: randomUUID(),
    communityId: input.communityId,
    programme: def.id,
    number,
    personRef: input.person,
    practitionerRef: input.practitioner,
    route: input.route,
    openedBy: input.by,
    openedAt: now,
    outcome: null,
    closedAt: null,
    closedBy: null,
    closeReason: null,
    idempotencyKey: input.key ?? null,
  };
  await insertCase(tx, row);
  await addSteps(tx, def, row, input.timeZone, input.steps, now);
  await programmeAudit(tx, def, { communityId: input.communityId, actorRef: input.by, action: 'case.opened', subjectRef: input.person, detail: { caseId: row.id, number, route: input.route }, at: now });
  return { case: row, created: true };
}

/** Adds steps to a case's timeline, each with its due and overdue reminders. */
export async function addSteps(tx: Db, def: ProgrammeDefinition, caseRow: Pick<ProgrammeCaseRow, 'id' | 'communityId'>, timeZone: string, steps: readonly PlannedStep[], now: Date): Promise<void> {
  const rows = steps.map((s) => ({ id: randomUUID(), caseId: caseRow.id, communityId: caseRow.communityId, programme: def.id, step: s.id, dueAt: s.dueAt }));
  await insertSteps(tx, rows);
  const jobs = rows.flatMap((r) => stepReminderJobs(def, caseRow.communityId, caseRow.id, { id: r.id, dueAt: r.dueAt, firstReminder: stepDefinition(def, r.step)?.firstReminder }, timeZone, now));
  await scheduleJobs(tx, jobs, now);
}

const caseNumber = z.number().int().min(1).max(1_000_000);

export interface VisibleCase {
  readonly access: ProgrammeAccess;
  readonly case: ProgrammeCaseRow;
  readonly steps: ProgrammeStepRow[];
}

/** Case `number`, if the actor may see it: a manager any, a practitioner only the cases they hold. */
export async function caseForActor(deps: CoreDeps, actor: Actor, def: ProgrammeDefinition, number: number, need: 'staff' | 'manager' = 'staff'): Promise<Result<VisibleCase>> {
  const access = await loadProgrammeAccess(deps, actor, def, need);
  if (!access.ok) return access;
  const n = parseInput(caseNumber, number);
  if (!n.ok) return n;
  const found = await findCaseByNumber(deps.db, access.value.community.id, def.id, n.value);
  if (found === null) return fail('not-found', { id: 'no-programme-case', programme: def.name, number: n.value });
  if (!access.value.manager && found.practitionerRef !== actor.user) return { ok: false, error: { code: def.refusals.noRole.code, reason: { id: 'case-of-another' } } };
  return ok({ access: access.value, case: found, steps: await stepsOf(deps.db, [found.id]) });
}

/** The case's next step not yet done, earliest due first. */
export const nextOpenStep = (steps: readonly ProgrammeStepRow[]): ProgrammeStepRow | undefined =>
  [...steps].filter((s) => s.doneAt === null).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())[0];

/** Gives the case its practitioner and marks its `assign` step done, if it has one. False when the case is closed. */
export async function assignPractitioner(tx: Db, def: ProgrammeDefinition, caseRow: ProgrammeCaseRow, practitioner: UserRef, by: UserRef, now: Date): Promise<boolean> {
  if (!(await setPractitioner(tx, caseRow.id, practitioner))) return false;
  const assign = (await stepsOf(tx, [caseRow.id])).find((s) => s.step === 'assign' && s.doneAt === null);
  if (assign !== undefined) await completeStep(tx, assign.id, { doneAt: now, doneBy: by, toolVersion: null, answers: {}, score: null, recommendation: null, outcome: null, notesCiphertext: null });
  await programmeAudit(tx, def, { communityId: caseRow.communityId, actorRef: by, action: 'case.assigned', subjectRef: caseRow.personRef, detail: { caseId: caseRow.id, practitioner }, at: now });
  return true;
}

export interface ToolAnswers {
  readonly answers: Record<string, boolean>;
  readonly score: number;
  readonly recommendation: string | null;
}

/** Checks answers against the tool for `stepId`: every item answered (only its own items kept), the outcome one of its outcomes. */
export function checkToolAnswers(tool: ProgrammeTool, stepId: string, raw: Readonly<Record<string, boolean>>, outcome: string): Result<ToolAnswers> {
  const unknown = Object.keys(raw).find((id) => !tool.items.some((i) => i.id === id));
  if (unknown !== undefined) return fail('bad-input', { id: 'unknown-item', item: unknown.slice(0, 40) }, 'answers');
  if (!tool.outcomes.some((o) => o.id === outcome)) return fail('bad-input', { id: 'unknown-outcome' }, 'outcome');
  const answers = Object.fromEntries(tool.items.map((item) => [item.id, raw[item.id] === true]));
  return ok({ answers, ...scoreTool(tool, stepId, answers) });
}

/** Records the step as done (once: two submissions at once, one wins), audited. */
export async function recordStep(
  tx: Db,
  def: ProgrammeDefinition,
  caseRow: ProgrammeCaseRow,
  step: ProgrammeStepRow,
  done: { by: UserRef; now: Date; toolVersion: number | null; answers: Record<string, boolean>; score: number | null; recommendation: string | null; outcome: string | null; notesCiphertext: string | null },
): Promise<boolean> {
  const saved = await completeStep(tx, step.id, {
    doneAt: done.now,
    doneBy: done.by,
    toolVersion: done.toolVersion,
    answers: done.answers,
    score: done.score,
    recommendation: done.recommendation,
    outcome: done.outcome,
    notesCiphertext: done.notesCiphertext,
  });
  if (!saved) return false;
  await programmeAudit(tx, def, {
    communityId: caseRow.communityId,
    actorRef: done.by,
    action: 'step.recorded',
    subjectRef: caseRow.personRef,
    detail: { caseId: caseRow.id, step: step.step, toolVersion: done.toolVersion, score: done.score, outcome: done.outcome, notes: done.notesCiphertext !== null },
    at: done.now,
  });
  return true;
}

/** Closes the case and cancels its reminders, audited. False when it was closed already. */
export async function closeProgrammeCase(tx: Db, def: ProgrammeDefinition, caseRow: ProgrammeCaseRow, reason: string, by: UserRef, now: Date): Promise<boolean> {
  if (!(await markProgrammeCaseClosed(tx, caseRow.id, reason, by, now))) return false;
  await cancelPendingJobs(tx, 'programme-step', 'caseId', caseRow.id, now);
  await programmeAudit(tx, def, { communityId: caseRow.communityId, actorRef: by, action: 'case.closed', subjectRef: caseRow.personRef, detail: { caseId: caseRow.id, reason }, at: now });
  return true;
}
