/**
 * A step's reminder when its job runs, by DM only. Read then: a step done, a case closed or a changed
 * practitioner is seen, so nothing needs rescheduling when things change. A step for the practitioner
 * goes to them (to the managers while nobody is assigned); once overdue the managers are told too.
 * Outside the community's working hours the reminder is held to the next start of them.
 */
import { sentences, t } from '../../i18n/index.js';
import { findCommunityById } from '../../db/queries/communities.js';
import { findProgrammeCase, findStep } from '../../db/queries/programme-cases.js';
import type { CoreDeps } from '../deps.js';
import type { JobPayload } from '../jobs.js';
import { formatLocal } from '../time.js';
import type { TextView as View } from '../views/types.js';
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
  const due = formatLocal(step.dueAt, community.settings.timeZone);
  const view = (forManager: boolean): View => ({
    title: t('programme.reminder.title', { programme: def.name, step: what.label, overdue: overdue ? 'yes' : 'no' }),
    text: sentences(
      overdue ? t('programme.reminder.overdue', { due }) : t('programme.reminder.due', { due }),
      overdue && forManager && holder !== null ? t('programme.reminder.toldAs', { role: def.roleLabel[def.managerRole] ?? def.managerRole }) : null,
      forManager && holder !== null ? null : def.recordHint,
    ),
    fields: [{ label: t('programme.reminder.case', { programme: def.name, number: String(caseRow.number) }), about: caseRow.personRef, value: what.label }],
    tone: overdue ? 'warning' : 'neutral',
  });
  const reminders: Reminder[] = holder === null ? managers.map((to) => ({ to, view: view(true) })) : [{ to: holder, view: view(false) }];
  if (overdue && holder !== null) for (const m of managers) if (m !== holder) reminders.push({ to: m, view: view(true) });
  return withinWorkingHours(community.settings, now, reminders);
}
