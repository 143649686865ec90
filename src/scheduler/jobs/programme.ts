/**
 * Programme step reminders (StRaW, mentoring, …), by DM only. Core decides who is reminded of what when
 * the job runs, and whether it is within working hours (core/programmes/reminders.ts); this sends each
 * message once per recipient, or schedules the same reminder again for the next working start.
 */
import { holdReminder, programmeStepReminders } from '../../core/index.js';
import type { JobHandler } from '../runner.js';

export const programmeStep: JobHandler<'programme-step'> = async (ctx, payload) => {
  const run = await programmeStepReminders(ctx.deps, payload, ctx.now);
  if ('holdUntil' in run) return holdReminder(ctx.deps, ctx.job, run.holdUntil, ctx.now);
  for (const { to, view } of run.send) {
    await ctx.once(`${ctx.job.idempotencyKey}:${to}`, (delivery) => ctx.deps.platform.sendPrivate(to, view, undefined, delivery));
  }
};
