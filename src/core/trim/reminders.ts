/**
 * Who gets which TRiM reminder when its job runs, by DM only: never to a shared channel. Each reads the
 * record then, so a planning meeting already held, an assessment already recorded, a closed case or a
 * changed practitioner is seen — reminders need no rescheduling when things change. The scheduler sends
 * what these return, each recipient once — or, when the job runs outside the community's working hours
 * (as they are set then), holds it to the next start of them (the engine's `withinWorkingHours`).
 */
import { findCommunityById } from '../../db/queries/communities.js';
import { findCase, trimManagers } from '../../db/queries/trim.js';
import { findIncidentById, recordedStages } from '../../db/queries/trim-cases.js';
import type { CoreDeps } from '../deps.js';
import type { JobPayload } from '../jobs.js';
import { holdReminder, NOTHING_TO_SEND, type Reminder, type ReminderRun, withinWorkingHours } from '../programmes/timeline.js';
import { assessmentReminderView, planningReminderView } from './views.js';

/** One private message a reminder job sends (the engine's `Reminder`). */
export type TrimReminder = Reminder;

/** What a reminder job does at `now` (the engine's `ReminderRun`). */
export type TrimReminderRun = ReminderRun;

export { holdReminder };

/** The managers' planning reminder, unless the meeting is recorded or the incident closed. */
export async function planningReminders(deps: Pick<CoreDeps, 'db'>, { incidentId, reminder }: JobPayload<'trim-planning'>, now: Date): Promise<TrimReminderRun> {
  const incident = await findIncidentById(deps.db, incidentId);
  if (incident === null || incident.planningHeldAt !== null || incident.closedAt !== null) return NOTHING_TO_SEND;
  const community = await findCommunityById(deps.db, incident.communityId);
  if (community === null) return NOTHING_TO_SEND;
  const view = planningReminderView({ ...incident, dueAt: incident.planningDueAt, overdue: reminder === 'overdue', timeZone: community.settings.timeZone });
  return withinWorkingHours(community.settings, now, (await trimManagers(deps.db, incident.communityId)).map((manager) => ({ to: manager, view })));
}

/**
 * The practitioner's reminder of an assessment not yet recorded on an open case, and, once it is
 * overdue, the managers' (other than the practitioner).
 */
export async function assessmentReminders(deps: Pick<CoreDeps, 'db'>, { caseId, stage, reminder }: JobPayload<'trim-assessment'>, now: Date): Promise<TrimReminderRun> {
  const found = await findCase(deps.db, caseId);
  if (found === null || found.case.closedAt !== null) return NOTHING_TO_SEND;
  const recorded = new Set(await recordedStages(deps.db, caseId));
  if (recorded.has(stage)) return NOTHING_TO_SEND;
  const community = await findCommunityById(deps.db, found.case.communityId);
  if (community === null) return NOTHING_TO_SEND;
  // A follow-up falls due with the initial assessment still missing: what is outstanding is the initial one.
  const outstanding = stage === 'follow-up' && !recorded.has('initial') ? 'initial' : stage;
  const overdue = reminder === 'overdue' || outstanding !== stage;
  const base = {
    caseId,
    incident: found.incident,
    person: found.case.personRef,
    stage: outstanding,
    dueAt: outstanding === 'initial' ? found.case.initialDueAt : found.case.followUpDueAt,
    overdue,
    timeZone: community.settings.timeZone,
  };
  const practitioner = found.case.practitionerRef;
  const reminders: TrimReminder[] = [{ to: practitioner, view: assessmentReminderView({ ...base, forManager: false }) }];
  if (overdue) {
    for (const manager of await trimManagers(deps.db, found.case.communityId)) {
      if (manager !== practitioner) reminders.push({ to: manager, view: assessmentReminderView({ ...base, forManager: true }) });
    }
  }
  return withinWorkingHours(community.settings, now, reminders);
}
