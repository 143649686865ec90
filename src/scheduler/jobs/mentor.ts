/** Mentoring's jobs: the rhythm's prompts to meet, and the end of a pair's period (core/programmes/mentoring). */
import { endPairPeriod, promptPair } from '../../core/index.js';
import type { JobHandler } from '../runner.js';

export const mentorPrompt: JobHandler<'mentor-prompt'> = (ctx, payload) => promptPair(ctx.deps, ctx, payload);

export const mentorPeriodEnd: JobHandler<'mentor-period-end'> = (ctx, payload) => endPairPeriod(ctx.deps, ctx, payload);
