/**
 * What the process does with an error nobody caught: the one place for it (invariant 8).
 *
 * - A rejected promise nobody awaited (`unhandledRejection`) is a failed piece of work — a library's
 *   background call, a listener that forgot a `catch`. The state of the process is intact, so it is
 *   logged with a code and the bot keeps serving: one request's error never ends the process.
 * - A thrown exception nobody caught (`uncaughtException`) unwound a stack mid-way, and Node documents
 *   the process state as undefined after it. The bot logs it, stops its services in order (within
 *   `STOP_DEADLINE_MS`) and exits with status 1, so a supervisor restarts a clean process rather than
 *   one serving from broken state. Requests never reach this: every HTTP handler catches its own errors.
 */
import { errorName, type Logger } from './core/index.js';

/** Milliseconds the orderly stop may take after an uncaught exception before the process exits anyway. */
export const STOP_DEADLINE_MS = 10_000;

export interface ProcessPolicyOptions {
  readonly log: Logger;
  /** Stops the running services (adapters, scheduler, database). */
  readonly stop: () => Promise<void>;
  /** Ends the process; `process.exit` in production. */
  readonly exit: (code: number) => void;
  /** The process to watch; `process` in production. */
  readonly target?: Pick<NodeJS.Process, 'on' | 'off'>;
}

/** Installs the handlers; returns a function that removes them. */
export function installProcessPolicy(o: ProcessPolicyOptions): () => void {
  const target = o.target ?? process;
  let stopping = false;

  const onRejection = (reason: unknown) => {
    o.log.error('process.unhandled_rejection', { error: errorName(reason), stack: firstFrame(reason) });
  };

  const onException = (error: unknown) => {
    o.log.error('process.uncaught_exception', { error: errorName(error), stack: firstFrame(error), action: stopping ? 'already-stopping' : 'stop-and-exit' });
    if (stopping) return;
    stopping = true;
    const deadline = setTimeout(() => {
      o.log.error('process.stop_timed_out', { afterMs: STOP_DEADLINE_MS });
      o.exit(1);
    }, STOP_DEADLINE_MS);
    deadline.unref();
    o.stop().then(
      () => {
        clearTimeout(deadline);
        o.exit(1);
      },
      (stopError: unknown) => {
        clearTimeout(deadline);
        o.log.error('process.stop_failed', { error: errorName(stopError) });
        o.exit(1);
      },
    );
  };

  target.on('unhandledRejection', onRejection);
  target.on('uncaughtException', onException);
  return () => {
    target.off('unhandledRejection', onRejection);
    target.off('uncaughtException', onException);
  };
}

/** Where the error was thrown (one stack line, no message: messages can carry input). */
function firstFrame(error: unknown): string | undefined {
  if (!(error instanceof Error) || error.stack === undefined) return undefined;
  return error.stack
    .split('\n')
    .find((line) => line.trimStart().startsWith('at '))
    ?.trim();
}
