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
import { holdReminder, NOTHING_TO_SEND } from '../programmes/timeline.js';
import type { UserRef } from '../ports.js';
import type { CommunitySettings } from '../settings.js';
import type { TextView } from '../views/types.js';
import { nextWorkingTime } from '../working-hours.js';
import { assessmentReminderView, planningReminderView } from './views.js';

/** One private message a reminder job sends (as the engine's `Reminder`, its words from the catalogue). */
export interface TrimReminder {
  readonly to: UserRef;
  readonly view: TextView;
}

/** What a reminder job does at `now` (as the engine's `ReminderRun`): send these, or run again at `holdUntil`. */
export type TrimReminderRun = { readonly send: readonly TrimReminder[] } | { readonly holdUntil: Date };

/** The reminders, unless `now` is outside the community's working hours: then the next start of them (the engine's rule). */
function withinWorkingHours(settings: Pick<CommunitySettings, 'workingHours' | 'timeZone'>, now: Date, reminders: readonly TrimReminder[]): TrimReminderRun {
  if (reminders.length === 0) return NOTHING_TO_SEND;
  const start = nextWorkingTime(now, settings.workingHours, settings.timeZone);
  return start > now ? { holdUntil: start } : { send: reminders };
}

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
