/** How every adapter turns a use case's result into the private reply, shared so they answer alike. */
import { errorName, errorView, type Logger, type Result, type View } from '../core/index.js';

export const okView = (view: View): Result<View> => ({ ok: true, value: view });

/** The view to show: the result's, or the private reply for its error code. */
export const viewOf = (r: Result<View>): View => (r.ok ? r.value : errorView(r.error));

/**
 * Runs a use case after the ack, turning an outage or a bug into a calm private reply (and one log line
 * with `<platform>.handler_failed`), so nobody is left without an answer.
 */
export function guardedRunner(log: Logger, platform: string): (what: string, run: () => Promise<Result<View>>) => Promise<View> {
  return async (what, run) => {
    try {
      return viewOf(await run());
    } catch (error) {
      log.error(`${platform}.handler_failed`, { what, error: errorName(error) });
      return errorView({ code: 'unavailable' });
    }
  };
}
