/**
 * TRiM reminders, by DM only. Core decides who is reminded of what when the job runs (see
 * core/trim/reminders.ts); this sends each message once per recipient.
 */
import { assessmentReminders, planningReminders, type TrimReminder } from '../../core/index.js';
import type { JobContext, JobHandler } from '../runner.js';

async function send(ctx: JobContext, reminders: readonly TrimReminder[]): Promise<void> {
  for (const { to, view } of reminders) {
    await ctx.once(`${ctx.job.idempotencyKey}:${to}`, (delivery) => ctx.deps.platform.sendPrivate(to, view, undefined, delivery));
  }
}

export const trimPlanning: JobHandler<'trim-planning'> = async (ctx, payload) => send(ctx, await planningReminders(ctx.deps, payload));

export const trimAssessment: JobHandler<'trim-assessment'> = async (ctx, payload) => send(ctx, await assessmentReminders(ctx.deps, payload));
