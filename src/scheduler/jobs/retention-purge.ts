/** The daily purge: core purges and books the next day's (core/use-cases/retention.ts). */
import { purgeRetention } from '../../core/index.js';
import type { JobHandler } from '../runner.js';

export const retentionPurge: JobHandler<'retention-purge'> = async (ctx, payload) => purgeRetention(ctx.deps, payload, ctx.now);
