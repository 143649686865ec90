/** After a session that met crisis language, the listener is prompted to debrief with a coordinator (core decides who). */
import { dueDebrief } from '../../core/index.js';
import type { JobHandler } from '../runner.js';

export const debrief: JobHandler<'debrief'> = async (ctx, payload) => {
  const message = await dueDebrief(ctx.deps, payload);
  if (message === null) return;
  await ctx.once(`${ctx.job.idempotencyKey}:send`, (delivery) => ctx.deps.platform.sendPrivate(message.to, message.view, undefined, delivery));
};
