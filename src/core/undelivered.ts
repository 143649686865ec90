/**
 * When a private message to someone cannot be delivered (Discord 50007: they do not accept direct
 * messages from server members), nobody sees it fail unless the bot says so. The coordinators are told
 * in the volunteer channel what to fix, in the platform's own words (`ChatPlatform.explainFailure`).
 */
import { attempt } from './attempt.js';
import type { CoreDeps } from './deps.js';
import type { ChannelRef } from './ports.js';
import type { TextView } from './views/types.js';
import { sentences, t, type Text } from '../i18n/index.js';

/** What a coordinator should do about `error`, or a pointer to the logs when the platform does not know. */
export function fixFor(deps: Pick<CoreDeps, 'platform'>, error: unknown): Text {
  return deps.platform.explainFailure?.(error) ?? t('replies.undelivered.unknown-fix');
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
  const view: TextView = { title: t('replies.undelivered.title'), text: sentences(o.what, fixFor(deps, o.error)), tone: 'warning' };
  return attempt(deps, `${o.code}_notice_failed`, o.fields, () => deps.platform.postToChannel(channel, view));
}
