/** After a session that met crisis language, the listener is prompted to debrief with a coordinator. */
import { sessionListenerRef } from '../../db/queries/sessions.js';
import { debriefView } from '../../core/index.js';
import type { JobHandler } from '../runner.js';

export const debrief: JobHandler<'debrief'> = async (ctx, { sessionId }) => {
  const listener = await sessionListenerRef(ctx.deps.db, sessionId);
  if (listener === null) return;
  await ctx.once(`${ctx.job.idempotencyKey}:send`, (delivery) => ctx.deps.platform.sendPrivate(listener, debriefView(), undefined, delivery));
};
