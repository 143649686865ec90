/**
 * A step's reminder when its job runs, by DM only. Read then: a step done, a case closed or a changed
 * practitioner is seen, so nothing needs rescheduling when things change. A step for the practitioner
 * goes to them (to the managers while nobody is assigned); once overdue the managers are told too.
 * Outside the community's working hours the reminder is held to the next start of them.
 */
import { findCommunityById } from '../../db/queries/communities.js';
import { findProgrammeCase, findStep } from '../../db/queries/programme-cases.js';
import type { CoreDeps } from '../deps.js';
import type { JobPayload } from '../jobs.js';
import { formatLocal } from '../time.js';
import type { View } from '../views/types.js';
import { stepDefinition, type ProgrammeDefinition } from './definition.js';
import { managersOf } from './staff-store.js';
import { NOTHING_TO_SEND, type Reminder, type ReminderRun, withinWorkingHours } from './timeline.js';

export async function stepReminders(deps: Pick<CoreDeps, 'db'>, def: ProgrammeDefinition, { caseId, stepId, reminder }: JobPayload<'programme-step'>, now: Date): Promise<ReminderRun> {
  const step = await findStep(deps.db, stepId);
  const caseRow = await findProgrammeCase(deps.db, caseId);
  if (step === null || caseRow === null || step.caseId !== caseRow.id || step.doneAt !== null || caseRow.closedAt !== null) return NOTHING_TO_SEND;
  const community = await findCommunityById(deps.db, caseRow.communityId);
  const what = stepDefinition(def, step.step);
  if (community === null || what === undefined) return NOTHING_TO_SEND;
  const overdue = reminder === 'overdue';
  const managers = await managersOf(deps.db, def.staff, def.managerRole, caseRow.communityId);
  const holder = what.remind === 'practitioner' ? caseRow.practitionerRef : null;
  const view = (forManager: boolean): View => ({
    title: `${def.name} ${what.label} ${overdue ? 'overdue' : 'due'}`,
    text: [
      overdue
        ? `This was due ${formatLocal(step.dueAt, community.settings.timeZone)} and is not recorded yet.${forManager && holder !== null ? ` You are told as a ${def.roleLabel[def.managerRole]}.` : ''}`
        : `This is due ${formatLocal(step.dueAt, community.settings.timeZone)}.`,
      forManager && holder !== null ? '' : def.recordHint,
    ]
      .filter((t) => t !== '')
      .join(' '),
    fields: [{ label: `${def.name} case ${caseRow.number}`, about: caseRow.personRef, value: what.label }],
    tone: overdue ? 'warning' : 'neutral',
  });
  const reminders: Reminder[] = holder === null ? managers.map((to) => ({ to, view: view(true) })) : [{ to: holder, view: view(false) }];
  if (overdue && holder !== null) for (const m of managers) if (m !== holder) reminders.push({ to: m, view: view(true) });
  return withinWorkingHours(community.settings, now, reminders);
}
