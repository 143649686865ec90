/**
 * The daily purge of personal identifiers past the community's retention period. Each run books the
 * next day's, so the chain survives restarts (and `ensureDailyJobs` restarts it).
 */
import type { Db } from '../../db/client.js';
import { scheduleJobs } from '../../db/queries/jobs.js';
import { purgeExpiredPersonalData } from '../../db/queries/retention.js';
import type { CoreDeps } from '../deps.js';
import { job, type JobPayload } from '../jobs.js';
import { coverageJob } from '../rota/coverage.js';

/** UTC hour at which the daily purge runs. */
const PURGE_HOUR_UTC = 3;

/** Runs `day`'s purge at `now` and books the next day's. */
export async function purgeRetention(deps: Pick<CoreDeps, 'db' | 'log'>, { day }: JobPayload<'retention-purge'>, now: Date): Promise<void> {
  const counts = await purgeExpiredPersonalData(deps.db, now);
  deps.log.info('retention.purged', { day, ...counts });
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);
  await scheduleJobs(deps.db, [purgeJob(next)], now);
}

function purgeJob(dayStart: Date, notBefore?: Date) {
  const day = dayStart.toISOString().slice(0, 10);
  const at = dayStart.getTime() + PURGE_HOUR_UTC * 3_600_000;
  return job('retention-purge', { day }, new Date(Math.max(at, notBefore?.getTime() ?? at)), day, null);
}

/**
 * Makes sure today's purge exists, and the rota's hourly coverage check for this hour (each due now if
 * its hour has passed, so it is not reported late): called at start-up.
 */
export async function ensureDailyJobs(db: Db, now: Date): Promise<void> {
  const hour = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
  await scheduleJobs(db, [purgeJob(new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`), now), coverageJob(hour, now)], now);
}
