/** After a session that met crisis language, the listener is prompted to debrief with a coordinator. */
import { eq } from 'drizzle-orm';
import { sessions, volunteers } from '../../db/schema.js';
import { debriefView } from '../../core/views/scheduled.js';
import type { JobHandler } from '../runner.js';

export const debrief: JobHandler<'debrief'> = async (ctx, { sessionId }) => {
  const [row] = await ctx.deps.db
    .select({ listener: volunteers.userRef })
    .from(sessions)
    .innerJoin(volunteers, eq(volunteers.id, sessions.volunteerId))
    .where(eq(sessions.id, sessionId));
  if (row === undefined) return;
  const listener = row.listener;
  await ctx.once(`${ctx.job.idempotencyKey}:send`, (delivery) => ctx.deps.platform.sendPrivate(listener, debriefView(), undefined, delivery));
};
