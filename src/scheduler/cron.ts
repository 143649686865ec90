/** node-cron only ticks: every tick asks the runner to do what PostgreSQL says is due. */
import { schedule, validate } from 'node-cron';
import type { Logger } from '../core/ports.js';
import { errorName } from '../core/use-cases/route-crisis.js';
import type { JobRunner } from './runner.js';

/** Every second (node-cron's six-field form). */
export const DEFAULT_TICK = '* * * * * *';

export function startTicking(runner: JobRunner, options: { expression: string; log: Logger; clock: () => Date }): { stop(): Promise<void> } {
  if (!validate(options.expression)) throw new Error(`invalid scheduler cron expression: ${options.expression}`);
  const task = schedule(
    options.expression,
    async () => {
      try {
        await runner.tick(options.clock());
      } catch (error) {
        // The database may be down; the next tick tries again and nothing due is lost.
        options.log.error('scheduler.tick_failed', { error: errorName(error) });
      }
    },
    { name: 'peerline-jobs', noOverlap: true },
  );
  return {
    async stop() {
      await task.stop();
      await task.destroy();
      await runner.drain();
    },
  };
}
