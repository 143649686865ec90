/** The rota's jobs: reminders, duty on and off at a shift's start and end, swap asks and the unfilled-swap alert (core/rota). */
import { askForSwap, checkCoverage, endRotaShift, remindShift, startRotaShift, tellSwapUnfilled } from '../../core/index.js';
import type { JobHandler } from '../runner.js';

export const rotaReminder: JobHandler<'rota-reminder'> = (ctx, payload) => remindShift(ctx.deps, ctx, payload);

export const rotaStart: JobHandler<'rota-start'> = (ctx, payload) => startRotaShift(ctx.deps, ctx, payload);

export const rotaEnd: JobHandler<'rota-end'> = (ctx, payload) => endRotaShift(ctx.deps, ctx, payload);

export const rotaSwapAsk: JobHandler<'rota-swap-ask'> = (ctx, payload) => askForSwap(ctx.deps, ctx, payload);

export const rotaSwapUnfilled: JobHandler<'rota-swap-unfilled'> = (ctx, payload) => tellSwapUnfilled(ctx.deps, ctx, payload);

export const rotaCoverage: JobHandler<'rota-coverage'> = (ctx, payload) => checkCoverage(ctx.deps, ctx, payload);
