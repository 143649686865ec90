/**
 * Messages the crisis detector could not read, counted per community, UTC day and language, so a
 * community can see what the bot cannot read ("it 12, nl 3") and ask for rules in that language. A
 * count only: the text, the author and the place go nowhere. Counting never holds up a crisis reply:
 * it runs after routing, and a failure is logged, not raised.
 */
import { addUnscanned } from '../db/queries/unscanned.js';
import type { CoreDeps } from './deps.js';
import type { ChannelRef, CommunityRef } from './ports.js';

/** An ISO 639 code as the identifier gives it; anything else is refused rather than stored. */
const LANG = /^[a-z]{2,3}$/;

/**
 * Adds one unscanned message in `lang` for `community` today (UTC). A message in a channel counts only
 * when the community watches that channel (the bot is not asked to read the others). Unknown
 * communities and odd codes change nothing.
 */
export async function countUnscanned(deps: Pick<CoreDeps, 'db' | 'communities' | 'clock' | 'log'>, community: CommunityRef, lang: string, channel: ChannelRef | null = null): Promise<void> {
  if (!LANG.test(lang)) return;
  try {
    const record = deps.communities.peek(community) ?? (await deps.communities.get(deps.db, community));
    if (record === null || (channel !== null && !record.settings.watchedChannels.includes(channel))) return;
    const day = deps.clock().toISOString().slice(0, 10);
    await addUnscanned(deps.db, record.id, day, lang);
  } catch (error) {
    deps.log.warn('crisis.unscanned_count_failed', { lang, error: error instanceof Error ? error.name : 'unknown' });
  }
}

/** "it 12, nl 3", or "none". */
export function formatUnscanned(counts: readonly { readonly lang: string; readonly n: number }[]): string {
  return counts.length === 0 ? 'none' : counts.map((c) => `${c.lang} ${c.n}`).join(', ');
}
