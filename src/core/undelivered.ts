/**
 * When a private message to someone cannot be delivered (Discord 50007: they do not accept direct
 * messages from server members), nobody sees it fail unless the bot says so. The coordinators are told
 * in the volunteer channel what to fix, in the platform's own words (`ChatPlatform.explainFailure`).
 */
import { attempt } from './attempt.js';
import type { CoreDeps } from './deps.js';
import type { ChannelRef } from './ports.js';
import { sentences, t, type Text } from '../i18n/index.js';

const UNKNOWN_FIX = 'Check the bot logs for the error code.';

/** What a coordinator should do about `error`, or a pointer to the logs when the platform does not know. */
export function fixFor(deps: Pick<CoreDeps, 'platform'>, error: unknown): string {
  return deps.platform.explainFailure?.(error) ?? UNKNOWN_FIX;
}

/** Whether the platform recognised `error` as a refusal it can explain (not an outage or a bug). */
export function isExplainedRefusal(deps: Pick<CoreDeps, 'platform'>, error: unknown): boolean {
  return (deps.platform.explainFailure?.(error) ?? null) !== null;
}

/**
 * Posts "`what` <fix>" to the volunteer channel. Best effort: when the channel itself refuses, the
 * failure is logged with `code` and the caller goes on. Never put message text in `what`.
 */
export async function tellCoordinators(
  deps: Pick<CoreDeps, 'platform' | 'log'>,
  channel: ChannelRef | null,
  o: { readonly code: string; readonly fields: Record<string, unknown>; readonly what: Text; readonly error: unknown },
): Promise<boolean> {
  if (channel === null) {
    deps.log.warn(`${o.code}_no_channel`, o.fields);
    return false;
  }
  const fix = deps.platform.explainFailure?.(o.error) ?? t('coord.fix.logs');
  const view = { title: t('coord.undelivered.title'), text: sentences(o.what, fix), tone: 'warning' as const };
  return attempt(deps, `${o.code}_notice_failed`, o.fields, () => deps.platform.postToChannel(channel, view));
}
