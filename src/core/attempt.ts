import type { CoreDeps } from './deps.js';
import { errorName } from './error-name.js';

/**
 * Runs a platform side effect whose failure must not undo what is already saved (a courtesy message,
 * a card refresh). The failure is logged with its code; the caller gets whether it worked.
 */
export async function attempt(deps: Pick<CoreDeps, 'log'>, code: string, fields: Record<string, unknown>, fn: () => Promise<unknown>): Promise<boolean> {
  try {
    await fn();
    return true;
  } catch (error) {
    deps.log.warn(code, { ...fields, error: errorName(error) });
    return false;
  }
}
