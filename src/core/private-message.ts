import type { CoreDeps } from './deps.js';
import { errorName } from './error-name.js';
import type { UserRef } from './ports.js';
import type { TextView as View } from './views/types.js';

/** One private message a job sends: core decides who gets which view, the scheduler delivers it once. */
export interface PrivateMessage {
  readonly to: UserRef;
  readonly view: View;
}

/**
 * Sends `view` to each of `people` privately, one after another, after the change it tells of is
 * committed: a failed DM is logged as `event` and never undoes that change (the audit log holds it).
 */
export async function tellEach(deps: CoreDeps, people: readonly UserRef[], view: View, event: string, context: Readonly<Record<string, string>> = {}): Promise<void> {
  for (const person of people) {
    try {
      await deps.platform.sendPrivate(person, view);
    } catch (error) {
      deps.log.warn(event, { ...context, error: errorName(error) });
    }
  }
}
