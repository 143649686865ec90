/**
 * A case's timeline: when a step is due and overdue, the reminder jobs that say so, and holding a
 * reminder to the community's working hours. Reminders go by DM only, never to a shared channel, and
 * read the record when they run, so a step done or a case closed in between is seen.
 */
import { scheduleJobs, type NewJob } from '../../db/queries/jobs.js';
import type { CoreDeps } from '../deps.js';
import { job } from '../jobs.js';
import type { UserRef } from '../ports.js';
import type { CommunitySettings } from '../settings.js';
import { addDays, dayReminderAt } from '../time.js';
import type { TextView as View } from '../views/types.js';
import { nextWorkingTime } from '../working-hours.js';
import type { ProgrammeDefinition } from './definition.js';

export type StepState = 'upcoming' | 'due' | 'overdue';

/** Where a step not yet done stands at `now`: before its due time, due, or `overdueAfterDays` past it. */
export function stepState(dueAt: Date, now: Date, overdueAfterDays: number): StepState {
  if (now < dueAt) return 'upcoming';
  return addDays(dueAt, overdueAfterDays) <= now ? 'overdue' : 'due';
}

/** One private message a reminder job sends. */
export interface Reminder {
  readonly to: UserRef;
  readonly view: View;
}

/** What a reminder job does at `now`: send these (none: nothing is outstanding), or run again at `holdUntil`. */
export type ReminderRun = { readonly send: readonly Reminder[] } | { readonly holdUntil: Date };

export const NOTHING_TO_SEND: ReminderRun = { send: [] };

/** The reminders, unless `now` is outside the community's working hours (as set now): then the next start of them. */
export function withinWorkingHours(settings: Pick<CommunitySettings, 'workingHours' | 'timeZone'>, now: Date, reminders: readonly Reminder[]): ReminderRun {
  if (reminders.length === 0) return NOTHING_TO_SEND;
  const start = nextWorkingTime(now, settings.workingHours, settings.timeZone);
  return start > now ? { holdUntil: start } : { send: reminders };
}

/** A reminder job, as much of it as holding it needs. */
export interface HeldReminderJob {
  readonly kind: string;
  readonly payload: Record<string, unknown>;
  readonly idempotencyKey: string;
  readonly communityId: string | null;
}

/** Schedules the same reminder again at `until`. The key names that time, so a re-run of the job after a crash schedules it once. */
export async function holdReminder(deps: Pick<CoreDeps, 'db'>, held: HeldReminderJob, until: Date, now: Date): Promise<void> {
  await scheduleJobs(deps.db, [{ kind: held.kind, payload: held.payload, dueAt: until, key: `${held.idempotencyKey}@${until.toISOString()}`, communityId: held.communityId }], now);
}

/**
 * The first reminder (on the due day: the due time, or 09:00 local if later; or at once when the step's
 * definition says so, or it is due already) and the overdue one, for a step (`id`: the step row's id).
 */
export function stepReminderJobs(
  def: Pick<ProgrammeDefinition, 'id' | 'overdueAfterDays'>,
  communityId: string,
  caseId: string,
  step: { id: string; dueAt: Date; firstReminder?: 'at-once' | 'due' | undefined },
  timeZone: string,
  now: Date,
): NewJob[] {
  const due = dayReminderAt(step.dueAt, timeZone);
  return [
    job('programme-step', { programme: def.id, caseId, stepId: step.id, reminder: 'due' }, step.firstReminder === 'at-once' || due < now ? now : due, `${step.id}:due`, communityId),
    job('programme-step', { programme: def.id, caseId, stepId: step.id, reminder: 'overdue' }, dayReminderAt(addDays(step.dueAt, def.overdueAfterDays), timeZone), `${step.id}:overdue`, communityId),
  ];
}
