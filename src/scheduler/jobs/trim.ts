/**
 * TRiM reminders, by DM only. Core decides who is reminded of what when the job runs, and whether it is
 * within the community's working hours (see core/trim/reminders.ts); this sends each message once per
 * recipient, or schedules the same reminder again for the next working start.
 */
import { assessmentReminders, holdReminder, planningReminders, type TrimReminderRun } from '../../core/index.js';
import type { JobContext, JobHandler } from '../runner.js';

async function send(ctx: JobContext, run: TrimReminderRun): Promise<void> {
  if ('holdUntil' in run) return holdReminder(ctx.deps, ctx.job, run.holdUntil, ctx.now);
  for (const { to, view } of run.send) {
    await ctx.once(`${ctx.job.idempotencyKey}:${to}`, (delivery) => ctx.deps.platform.sendPrivate(to, view, undefined, delivery));
  }
}

export const trimPlanning: JobHandler<'trim-planning'> = async (ctx, payload) => send(ctx, await planningReminders(ctx.deps, payload, ctx.now));

export const trimAssessment: JobHandler<'trim-assessment'> = async (ctx, payload) => send(ctx, await assessmentReminders(ctx.deps, payload, ctx.now));
