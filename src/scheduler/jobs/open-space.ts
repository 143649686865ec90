/** An accept whose process died before the space was open and both people told: finish it (core/accept-recovery.ts). */
import { finishAccept } from '../../core/index.js';
import type { JobHandler } from '../runner.js';

export const openSpace: JobHandler<'open-space'> = async (ctx, { sessionId }) => {
  await finishAccept(ctx.deps, sessionId, ctx.job.idempotencyKey, ctx.now, (key, effect) => ctx.once(key, effect));
};
