/**
 * TRiM reminders, by DM only: never to a shared channel. Each job reads the record when it runs, so a
 * planning meeting already held, an assessment already recorded, a closed case or a changed practitioner
 * is seen then — reminders need no rescheduling when things change.
 */
import { eq } from 'drizzle-orm';
import { findCommunityById } from '../../db/queries/communities.js';
import { findCase, trimManagers } from '../../db/queries/trim.js';
import { trimAssessments, trimIncidents } from '../../db/schema.js';
import { assessmentReminderView, planningReminderView } from '../../core/index.js';
import type { JobHandler } from '../runner.js';

export const trimPlanning: JobHandler<'trim-planning'> = async (ctx, { incidentId, reminder }) => {
  const { deps, job } = ctx;
  const [incident] = await deps.db.select().from(trimIncidents).where(eq(trimIncidents.id, incidentId));
  if (incident === undefined || incident.planningHeldAt !== null || incident.closedAt !== null) return;
  const community = await findCommunityById(deps.db, incident.communityId);
  if (community === null) return;
  const view = planningReminderView({ ...incident, dueAt: incident.planningDueAt, overdue: reminder === 'overdue', timeZone: community.settings.timeZone });
  for (const manager of await trimManagers(deps.db, incident.communityId)) {
    await ctx.once(`${job.idempotencyKey}:${manager}`, (delivery) => deps.platform.sendPrivate(manager, view, undefined, delivery));
  }
};

export const trimAssessment: JobHandler<'trim-assessment'> = async (ctx, { caseId, stage, reminder }) => {
  const { deps, job } = ctx;
  const found = await findCase(deps.db, caseId);
  if (found === null || found.case.closedAt !== null) return;
  const recorded = new Set(
    (await deps.db.select({ stage: trimAssessments.stage }).from(trimAssessments).where(eq(trimAssessments.caseId, caseId))).map((r) => r.stage),
  );
  if (recorded.has(stage)) return;
  const community = await findCommunityById(deps.db, found.case.communityId);
  if (community === null) return;
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
  await ctx.once(`${job.idempotencyKey}:${practitioner}`, (delivery) => deps.platform.sendPrivate(practitioner, assessmentReminderView({ ...base, forManager: false }), undefined, delivery));
  if (!overdue) return;
  for (const manager of await trimManagers(deps.db, found.case.communityId)) {
    if (manager === practitioner) continue;
    await ctx.once(`${job.idempotencyKey}:${manager}`, (delivery) => deps.platform.sendPrivate(manager, assessmentReminderView({ ...base, forManager: true }), undefined, delivery));
  }
};
