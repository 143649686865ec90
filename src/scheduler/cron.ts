/**
 * node-cron only ticks: every tick asks the runner to do what PostgreSQL says is due. The cron callback
 * never waits on the database: it starts a tick unless one is still running and returns at once, so
 * node-cron has nothing to report (its own logger would print a non-JSON line every second while the
 * database hangs). Failures are logged as one structured line per change of state — when ticks start
 * failing or stall, and when they recover — not once per second.
 */
import { schedule, validate } from 'node-cron';
import { errorName, type Logger } from '../core/index.js';
import type { JobRunner } from './runner.js';

/** Every second (node-cron's six-field form). */
export const DEFAULT_TICK = '* * * * * *';
/** A tick still running after this long is reported as stalled (the database may be hung), in milliseconds. */
export const STALL_AFTER_MS = 30_000;

type Health = { readonly kind: 'ok' } | { readonly kind: 'failing' | 'stalled'; readonly since: number; skipped: number };

export interface TickingOptions {
  readonly expression: string;
  readonly log: Logger;
  readonly clock: () => Date;
  /** For tests: how long a tick may run before it is reported as stalled, in milliseconds. */
  readonly stallAfterMs?: number;
}

export function startTicking(runner: JobRunner, options: TickingOptions): { stop(): Promise<void> } {
  if (!validate(options.expression)) throw new Error(`invalid scheduler cron expression: ${options.expression}`);
  const { log } = options;
  const stallAfterMs = options.stallAfterMs ?? STALL_AFTER_MS;
  let health: Health = { kind: 'ok' };
  let inFlight: { readonly started: number } | null = null;

  const recovered = () => {
    if (health.kind === 'ok') return;
    log.info('scheduler.recovered', { after: health.kind, downMs: Date.now() - health.since, ticksSkipped: health.skipped });
    health = { kind: 'ok' };
  };

  const beat = () => {
    if (inFlight !== null) {
      if (health.kind !== 'ok') health.skipped += 1;
      else if (Date.now() - inFlight.started > stallAfterMs) {
        health = { kind: 'stalled', since: inFlight.started, skipped: 1 };
        log.error('scheduler.tick_stalled', { runningMs: Date.now() - inFlight.started });
      }
      return;
    }
    const started = Date.now();
    inFlight = { started };
    void runner.tick(options.clock()).then(
      () => recovered(),
      (error: unknown) => {
        // The database may be down; the next tick tries again and nothing due is lost.
        if (health.kind === 'failing') health.skipped += 1;
        else {
          health = { kind: 'failing', since: started, skipped: 0 };
          log.error('scheduler.tick_failed', { error: errorName(error) });
        }
      },
    ).finally(() => {
      inFlight = null;
    });
  };

  const task = schedule(options.expression, beat, {
    name: 'peerline-jobs',
    // The callback returns at once, so node-cron never sees an overlap; anything it still has to say
    // becomes a structured line instead of a console line.
    logger: {
      info: (message) => log.debug('scheduler.cron', { message }),
      debug: () => undefined,
      warn: (message) => log.warn('scheduler.cron', { message }),
      error: (message) => log.error('scheduler.cron', { message: message instanceof Error ? message.name : message }),
    },
    suppressMissedWarning: true,
  });
  return {
    async stop() {
      await task.stop();
      await task.destroy();
      await runner.drain();
    },
  };
}
