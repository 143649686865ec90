/** The escalation ladder and a crisis request's rounds (core/use-cases/escalate-request.ts). */
import { escalateRequest } from '../../core/index.js';
import type { JobHandler } from '../runner.js';

export const escalate: JobHandler<'escalate'> = (ctx, payload) => escalateRequest(ctx.deps, ctx, payload);
