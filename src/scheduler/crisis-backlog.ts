/**
 * Retries the crisis backlog (records and coordinator alerts that waited for the database) every few
 * seconds while anything waits, so coordinators hear of a crisis soon after an outage ends.
 */
import { type CrisisBacklog, type Logger } from '../core/index.js';

/** How often the backlog is tried while it holds anything (milliseconds). */
export const CRISIS_BACKLOG_RETRY_MS = 2_000;

export function startCrisisBacklog(backlog: CrisisBacklog, log: Logger, everyMs = CRISIS_BACKLOG_RETRY_MS): { stop(): Promise<void> } {
  const pass = async () => {
    if (backlog.size === 0) return;
    const delivered = await backlog.retry((entry) => log.error('crisis.backlog_gave_up', { ...entry.about, attempts: entry.attempts }));
    if (delivered > 0) log.info('crisis.backlog_delivered', { delivered, waiting: backlog.size });
  };
  const timer = setInterval(() => void pass(), everyMs);
  // The timer alone must not keep a stopping process alive.
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
    },
  };
}
