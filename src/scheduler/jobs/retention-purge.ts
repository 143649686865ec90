/** The daily purge. Each run books the next day's, so the chain survives restarts (and `ensureDailyJobs` restarts it). */
import { scheduleJobs } from '../../db/queries/jobs.js';
import { purgeExpiredPersonalData } from '../../db/queries/retention.js';
import { job } from '../../core/index.js';
import type { Db } from '../../db/client.js';
import type { JobHandler } from '../runner.js';

/** UTC hour at which the daily purge runs. */
const PURGE_HOUR_UTC = 3;

export const retentionPurge: JobHandler<'retention-purge'> = async (ctx, { day }) => {
  const counts = await purgeExpiredPersonalData(ctx.deps.db, ctx.now);
  ctx.deps.log.info('retention.purged', { day, ...counts });
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);
  await scheduleJobs(ctx.deps.db, [purgeJob(next)], ctx.now);
};

function purgeJob(dayStart: Date, notBefore?: Date) {
  const day = dayStart.toISOString().slice(0, 10);
  const at = dayStart.getTime() + PURGE_HOUR_UTC * 3_600_000;
  return job('retention-purge', { day }, new Date(Math.max(at, notBefore?.getTime() ?? at)), day, null);
}

/** Makes sure today's purge exists (due now if its hour has passed, so it is not reported late): called at start-up. */
export async function ensureDailyJobs(db: Db, now: Date): Promise<void> {
  await scheduleJobs(db, [purgeJob(new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`), now)], now);
}
