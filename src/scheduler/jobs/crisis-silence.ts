/**
 * No answer since an imminent-risk reply: core decides whether the bot speaks again (core/use-cases/
 * crisis-silence.ts); this sends the person's message and raises the response, each once.
 */
import { dueCrisisSilence } from '../../core/index.js';
import type { JobHandler } from '../runner.js';

export const crisisSilence: JobHandler<'crisis-silence'> = async (ctx, payload) => {
  const { deps, job } = ctx;
  const due = await dueCrisisSilence(deps, payload);
  if (due === null) return;
  await ctx.once(`${job.idempotencyKey}:member`, () => deps.platform.sendPrivate(due.to, due.view, due.channel));
  await ctx.once(`${job.idempotencyKey}:raise`, () => due.raise());
};
