/** Training reminders and expiry: core decides and takes the volunteer off duty (core/use-cases/training-jobs.ts); this sends its message once. */
import { expireTraining, type PrivateMessage, dueTrainingReminder } from '../../core/index.js';
import type { JobContext, JobHandler } from '../runner.js';

async function send(ctx: JobContext, message: PrivateMessage | null): Promise<void> {
  if (message === null) return;
  await ctx.once(`${ctx.job.idempotencyKey}:send`, (delivery) => ctx.deps.platform.sendPrivate(message.to, message.view, undefined, delivery));
}

export const trainingReminder: JobHandler<'training-reminder'> = async (ctx, payload) => send(ctx, await dueTrainingReminder(ctx.deps, payload));

export const trainingExpired: JobHandler<'training-expired'> = async (ctx, payload) => send(ctx, await expireTraining(ctx.deps, payload, ctx.now));
