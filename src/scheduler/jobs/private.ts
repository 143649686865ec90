/** A job's private message to someone, or the coordinators told why it could not go (core/job-run.ts). */
import { sendPrivateOrTell as sendOrTell, type UserRef, type TextView as View } from '../../core/index.js';
import type { Text } from '../../i18n/index.js';
import type { JobContext } from '../runner.js';

export function sendPrivateOrTell(ctx: JobContext, key: string, user: UserRef, view: View, what: Text): Promise<void> {
  return sendOrTell(ctx.deps, ctx, key, user, view, what);
}
