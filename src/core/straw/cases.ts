/**
 * StRaW staff at work on a case: a manager assigns the practitioner; the practitioner records the
 * conversation (answers to the tool, the outcome), peer support meetings and the one-month follow-up;
 * what is due; the record; closing. Practitioners see only their own cases, managers all; every read
 * and change is audited.
 */
import { z } from 'zod';
import { openProgrammeCases, stepsOf } from '../../db/queries/programme-cases.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { parseInput } from '../guards.js';
import type { UserRef } from '../ports.js';
import { loadProgrammeAccess } from '../programmes/access.js';
import { programmeAudit } from '../programmes/audit.js';
import { addSteps, assignPractitioner, caseForActor, closeProgrammeCase, nextOpenStep, type ProgrammeStepRow } from '../programmes/cases.js';
import { stepDefinition } from '../programmes/definition.js';
import { openNote } from '../programmes/notes.js';
import { stepState } from '../programmes/timeline.js';
import { programmeToolAt } from '../programmes/tool.js';
import { fail, ok, type Result } from '../result.js';
import { addDays, formatLocal } from '../time.js';
import type { Field, View } from '../views/types.js';
import { STRAW, STRAW_TIMINGS } from './definition.js';

const stepLabel = (step: string): string => stepDefinition(STRAW, step)?.label ?? step;

/** A manager assigns (or changes) the case's practitioner; the practitioner and the person are told by DM. */
export async function assignStraw(deps: CoreDeps, actor: Actor, raw: { number: number; practitioner: string }): Promise<Result<View>> {
  const found = await caseForActor(deps, actor, STRAW, raw.number, 'manager');
  if (!found.ok) return found;
  const { access, case: c, steps } = found.value;
  const input = parseInput(z.object({ practitioner: z.string().min(1) }), raw);
  if (!input.ok) return input;
  const practitioner: UserRef = input.value.practitioner;
  if (c.closedAt !== null) return fail('stale', { id: 'programme-case-closed', programme: STRAW.name });
  if (practitioner === c.personRef) return fail('bad-input', { id: 'own-practitioner', pickAnother: false });
  if ((await STRAW.staff.roleOf(deps.db, access.community.id, practitioner)) === null) return fail('bad-input', { id: 'no-programme-role', programme: STRAW.name });
  const now = deps.clock();
  const tz = access.community.settings.timeZone;
  const conversationDue = addDays(now, STRAW_TIMINGS.conversationWithinDays);
  const first = !steps.some((s) => s.step === 'conversation');
  const assigned = await deps.db.transaction(async (tx) => {
    if (!(await assignPractitioner(tx, STRAW, c, practitioner, actor.user, now))) return false;
    if (first) await addSteps(tx, STRAW, c, tz, [{ id: 'conversation', dueAt: conversationDue }], now);
    return true;
  });
  if (!assigned) return fail('stale', { id: 'programme-case-closed', programme: STRAW.name });
  const next = first ? conversationDue : (nextOpenStep(await stepsOf(deps.db, [c.id]))?.dueAt ?? null);
  await deps.platform.sendPrivate(practitioner, {
    title: `StRaW case ${c.number} is yours`,
    text: `Please contact them to arrange the StRaW conversation${next === null ? '' : `, due by ${formatLocal(next, tz)}`}. Record it with the StRaW record command (see StRaW help).`,
    fields: [{ label: 'Person', about: c.personRef, value: '' }],
    tone: 'neutral',
  });
  if (first) {
    await deps.platform.sendPrivate(c.personRef, {
      title: 'Your StRaW practitioner',
      text: 'A StRaW practitioner (a trained peer) will message you to arrange a conversation. It is confidential to StRaW staff, and you can stop at any time.',
      fields: [{ label: 'Practitioner', about: practitioner, value: '' }],
      tone: 'neutral',
    });
  }
  return ok({ title: `StRaW case ${c.number}: practitioner assigned`, text: first ? 'They and the person have been told by direct message.' : 'The new practitioner has been told; reminders now go to them.', fields: [{ label: 'Practitioner', about: practitioner, value: '' }], tone: 'success' });
}

/** What is due: the actor's own open steps (a manager: everyone's, and cases still waiting for a practitioner). */
export async function strawDue(deps: CoreDeps, actor: Actor): Promise<Result<View>> {
  const access = await loadProgrammeAccess(deps, actor, STRAW);
  if (!access.ok) return access;
  const { community, manager } = access.value;
  const now = deps.clock();
  const cases = await openProgrammeCases(deps.db, community.id, STRAW.id, manager ? null : actor.user);
  const steps = await stepsOf(deps.db, cases.map((c) => c.id));
  const lines: { number: number; person: UserRef; step: ProgrammeStepRow; overdue: boolean }[] = [];
  for (const c of cases) {
    const next = nextOpenStep(steps.filter((s) => s.caseId === c.id));
    if (next === undefined) continue;
    const state = stepState(next.dueAt, now, STRAW.overdueAfterDays);
    // A conversation or meeting may be held before its date; the list shows it once it is due, and assigning at once.
    if (state !== 'upcoming' || next.step === 'assign' || next.step === 'conversation') lines.push({ number: c.number, person: c.personRef, step: next, overdue: state === 'overdue' });
  }
  await programmeAudit(deps.db, STRAW, { communityId: community.id, actorRef: actor.user, action: 'due.viewed', detail: { cases: lines.length, scope: manager ? 'all' : 'own' }, at: now });
  const tz = community.settings.timeZone;
  return ok({
    title: `StRaW: to do (${lines.length})`,
    text: lines.length === 0 ? `Nothing is waiting ${manager ? 'in this community' : 'for you'}.` : 'Open StRaW cases and their next step, by case number:',
    fields: lines.slice(0, 20).map((l) => ({ label: `Case ${l.number} · ${stepLabel(l.step.step)}`, about: l.person, value: `${l.overdue ? 'OVERDUE — ' : ''}due ${formatLocal(l.step.dueAt, tz)}` })),
    tone: lines.some((l) => l.overdue) ? 'warning' : 'neutral',
  });
}

/** The record of a case: who, how it began, each step with what was recorded (notes decrypted for the staff allowed to read them). */
export async function strawCase(deps: CoreDeps, actor: Actor, input: { number: number }): Promise<Result<View>> {
  const found = await caseForActor(deps, actor, STRAW, input.number);
  if (!found.ok) return found;
  const { access, case: c, steps } = found.value;
  const tz = access.community.settings.timeZone;
  const fields: Field[] = [
    { label: 'Person', about: c.personRef, value: c.route === 'self' ? 'referred themselves' : 'referred by someone else, with their consent' },
    ...(c.practitionerRef === null ? [{ label: 'Practitioner', value: 'not assigned yet' }] : [{ label: 'Practitioner', about: c.practitionerRef, value: '' }]),
  ];
  for (const s of steps) {
    const tool = s.toolVersion === null ? null : await programmeToolAt(deps.db, STRAW, access.community.id, s.toolVersion);
    const outcome = s.outcome === null ? null : (tool?.outcomes.find((o) => o.id === s.outcome)?.label ?? s.outcome);
    const yes = tool === null ? [] : tool.items.filter((i) => s.answers[i.id] === true).map((i) => i.id);
    const note = openNote(deps, s.notesCiphertext, s.id);
    fields.push({
      label: `${stepLabel(s.step)}${s.doneAt === null ? '' : `, ${formatLocal(s.doneAt, tz)}`}`,
      value:
        s.doneAt === null
          ? `due ${formatLocal(s.dueAt, tz)}`
          : [s.score === null ? 'done' : `score ${s.score} (tool version ${s.toolVersion})`, outcome === null ? '' : `outcome: ${outcome}`, tool === null ? '' : `yes to: ${yes.join(', ') || 'none'}`, note === null ? '' : `notes: ${note}`]
              .filter((t) => t !== '')
              .join(' · '),
    });
  }
  await programmeAudit(deps.db, STRAW, { communityId: access.community.id, actorRef: actor.user, action: 'case.viewed', subjectRef: c.personRef, detail: { caseId: c.id }, at: deps.clock() });
  return ok({
    title: `StRaW case ${c.number}`,
    text: `Opened ${formatLocal(c.openedAt, tz)}. ${c.closedAt === null ? 'Open.' : `Closed ${formatLocal(c.closedAt, tz)}.`}`,
    fields,
    tone: 'neutral',
  });
}

/** A manager closes a case; its reminders stop. */
export async function closeStraw(deps: CoreDeps, actor: Actor, input: { number: number }): Promise<Result<View>> {
  const found = await caseForActor(deps, actor, STRAW, input.number, 'manager');
  if (!found.ok) return found;
  const c = found.value.case;
  const closed = await deps.db.transaction((tx) => closeProgrammeCase(tx, STRAW, c, 'closed-by-manager', actor.user, deps.clock()));
  if (!closed) return fail('stale', { id: 'programme-case-closed', programme: STRAW.name });
  return ok({ title: `StRaW case ${c.number} closed`, text: 'Its reminders are cancelled. The record is kept for StRaW staff.', tone: 'success' });
}
