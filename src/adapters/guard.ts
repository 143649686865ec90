/**
 * The one guard every adapter runs its work through (like Bolt's global error handler): an exception
 * becomes an error value and one log line with a code, so nobody is left without an answer and no
 * reply claims a cause it does not know. A database fault is answered "I cannot reach my database"; a
 * refusal by the chat platform is answered as one; anything else is a bug, logged as `<platform>.bug`
 * and answered with its own calm copy.
 */
import { type CoreError, errorName, errorView, fail, type Logger, type Result, type TextView as View } from '../core/index.js';
import { isDatabaseFault } from '../db/faults.js';

export const okView = (view: View): Result<View> => ({ ok: true, value: view });

/** The view to show: the result's, or the private reply for its error code. */
export const viewOf = (r: Result<View>): View => (r.ok ? r.value : errorView(r.error));

export interface Guard {
  /** Runs `work`; an exception comes back as `unavailable` (a database fault) or `internal` (a bug). */
  run<T>(what: string, work: () => Promise<Result<T>>): Promise<Result<T>>;
  /** As `run`, then the view to show. */
  view(what: string, work: () => Promise<Result<View>>): Promise<View>;
  /** Logs an exception that reached a platform's global handler or a fire-and-forget step; the error value it means. */
  report(what: string, error: unknown): CoreError;
}

/**
 * `platform` names the log codes (`slack.bug`); `isRefusal` recognises the platform SDK's own errors
 * (an API refusal or an unreachable API), which are neither our bug nor the database.
 */
export function createGuard(log: Logger, platform: string, isRefusal: (error: unknown) => boolean = () => false): Guard {
  const report = (what: string, error: unknown): CoreError => {
    if (isDatabaseFault(error)) {
      log.error(`${platform}.database_fault`, { what, error: errorName(error) });
      return { code: 'unavailable' };
    }
    if (isRefusal(error)) {
      log.warn(`${platform}.platform_failed`, { what, error: errorName(error) });
      return { code: 'platform' };
    }
    log.error(`${platform}.bug`, { what, error: errorName(error) });
    return { code: 'internal' };
  };
  const run = async <T>(what: string, work: () => Promise<Result<T>>): Promise<Result<T>> => {
    try {
      return await work();
    } catch (error) {
      const e = report(what, error);
      return fail(e.code);
    }
  };
  return { run, report, view: async (what, work) => viewOf(await run(what, work)) };
}
