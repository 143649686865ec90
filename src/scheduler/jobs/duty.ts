/** End-of-shift check and the "nobody on duty" alert (core/use-cases/shift-end.ts). */
import { askToConfirmShift, endUnconfirmedShift, tellDutyDropped } from '../../core/index.js';
import type { JobHandler } from '../runner.js';

export const dutyTimeout: JobHandler<'duty-timeout'> = (ctx, payload) => askToConfirmShift(ctx.deps, ctx, payload);

export const dutyOff: JobHandler<'duty-off'> = (ctx, payload) => endUnconfirmedShift(ctx.deps, ctx, payload);

export const dutyDropped: JobHandler<'duty-dropped'> = (ctx) => tellDutyDropped(ctx.deps, ctx);
