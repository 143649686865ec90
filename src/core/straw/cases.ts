/**
 * StRaW staff at work on a case: a manager assigns the practitioner; the practitioner records the
 * conversation (answers to the tool, the outcome), peer support meetings and the one-month follow-up;
 * what is due; the record; closing. Practitioners see only their own cases, managers all; every read
 * and change is audited.
 */
import { z } from 'zod';
import { t, type Text } from '../../i18n/index.js';
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
import { joinWith, programmeToolAt, toolWords } from '../programmes/tool.js';
import { fail, ok, type Result } from '../result.js';
import { addDays, formatLocal } from '../time.js';
import type { Field, TextView as View } from '../views/types.js';
import { STRAW, STRAW_TIMINGS } from './definition.js';

const stepLabel = (step: string): Text => stepDefinition(STRAW, step)?.label ?? step;

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
  const number = String(c.number);
  await deps.platform.sendPrivate(practitioner, {
    title: t('straw.assigned.dm.title', { number }),
    text: t('straw.assigned.dm.text', { dated: next === null ? 'no' : 'yes', due: next === null ? '' : formatLocal(next, tz) }),
    fields: [{ label: t('programme.field.person'), about: c.personRef, value: '' }],
    tone: 'neutral',
  });
  if (first) {
    await deps.platform.sendPrivate(c.personRef, {
      title: t('straw.assigned.person.title'),
      text: t('straw.assigned.person.text'),
      fields: [{ label: t('straw.field.practitioner'), about: practitioner, value: '' }],
      tone: 'neutral',
    });
  }
  return ok({ title: t('straw.assigned.title', { number }), text: first ? t('straw.assigned.first') : t('straw.assigned.again'), fields: [{ label: t('straw.field.practitioner'), about: practitioner, value: '' }], tone: 'success' });
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
    title: t('straw.due.title', { count: lines.length }),
    text: lines.length === 0 ? t('straw.due.nothing', { manager: manager ? 'yes' : 'no' }) : t('straw.due.text'),
    fields: lines.slice(0, 20).map((l) => ({
      label: t('straw.due.label', { number: String(l.number), step: stepLabel(l.step.step) }),
      about: l.person,
      value: t('straw.due.value', { overdue: l.overdue ? 'yes' : 'no', due: formatLocal(l.step.dueAt, tz) }),
    })),
    tone: lines.some((l) => l.overdue) ? 'warning' : 'neutral',
  });
}

/** The record of a case: who, how it began, each step with what was recorded (notes decrypted for the staff allowed to read them). */
export async function strawCase(deps: CoreDeps, actor: Actor, input: { number: number }): Promise<Result<View>> {
  const found = await caseForActor(deps, actor, STRAW, input.number);
  if (!found.ok) return found;
  const { access, case: c, steps } = found.value;
  const tz = access.community.settings.timeZone;
  const fields: Field<Text>[] = [
    { label: t('programme.field.person'), about: c.personRef, value: c.route === 'self' ? t('straw.case.self') : t('straw.case.referred') },
    ...(c.practitionerRef === null ? [{ label: t('straw.field.practitioner'), value: t('straw.case.unassigned') }] : [{ label: t('straw.field.practitioner'), about: c.practitionerRef, value: '' }]),
  ];
  for (const s of steps) {
    const tool = s.toolVersion === null ? null : await programmeToolAt(deps.db, STRAW, access.community.id, s.toolVersion);
    const outcome = s.outcome === null ? null : tool === null ? s.outcome : toolWords(STRAW, tool).outcome(s.outcome);
    const yes = tool === null ? [] : tool.items.filter((i) => s.answers[i.id] === true).map((i) => i.id);
    const note = openNote(deps, s.notesCiphertext, s.id);
    fields.push({
      label: s.doneAt === null ? stepLabel(s.step) : t('straw.case.stepDone', { step: stepLabel(s.step), at: formatLocal(s.doneAt, tz) }),
      value:
        s.doneAt === null
          ? t('straw.case.due', { due: formatLocal(s.dueAt, tz) })
          : joinWith('programme.join.dot', [
              s.score === null ? t('straw.case.done') : t('straw.case.score', { score: s.score, version: s.toolVersion ?? 0 }),
              ...(outcome === null ? [] : [t('straw.case.outcome', { outcome })]),
              ...(tool === null ? [] : [yes.length === 0 ? t('straw.case.yesTo', { items: t('straw.case.none') }) : t('straw.case.yesTo', { items: yes.join(', ') })]),
              ...(note === null ? [] : [t('straw.case.notes', { note })]),
            ]),
    });
  }
  await programmeAudit(deps.db, STRAW, { communityId: access.community.id, actorRef: actor.user, action: 'case.viewed', subjectRef: c.personRef, detail: { caseId: c.id }, at: deps.clock() });
  return ok({
    title: t('straw.case.title', { number: String(c.number) }),
    text: t('straw.case.text', { opened: formatLocal(c.openedAt, tz), open: c.closedAt === null ? 'yes' : 'no', closed: c.closedAt === null ? '' : formatLocal(c.closedAt, tz) }),
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
  return ok({ title: t('straw.closed.title', { number: String(c.number) }), text: t('straw.closed.text'), tone: 'success' });
}
