/**
 * Coordinators opt a channel in to crisis scanning, or out again. In a watched channel the bot reads each
 * message in memory for crisis language and keeps nothing of it: a crisis event (where, when, tier, rule
 * ids) is recorded only when it finds something, and messages in languages it cannot read add one to a
 * per-language count.
 */
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { loadCommunityAsCoordinator } from '../guards.js';
import type { ChannelRef } from '../ports.js';
import { fail, ok, type Result } from '../result.js';
import { sentences, t } from '../../i18n/index.js';
import type { TextView as View } from '../views/types.js';
import { update } from './community-settings.js';

/** Most channels a community may watch (the settings schema's limit). */
export const WATCHED_MAX = 50;

export async function watchChannel(deps: CoreDeps, actor: Actor, input: { channel: ChannelRef; watch: boolean }): Promise<Result<View>> {
  const community = await loadCommunityAsCoordinator(deps, actor);
  if (!community.ok) return community;
  const { channel, watch } = input;
  const saved = await update(deps, actor, community.value, watch ? 'settings.channel-watched' : 'settings.channel-unwatched', (current) => {
    const has = current.watchedChannels.includes(channel);
    if (has === watch) return ok({ settings: current, changed: [] });
    if (watch && current.watchedChannels.length >= WATCHED_MAX) return fail('conflict', { id: 'watched-full', max: WATCHED_MAX });
    const watchedChannels = watch ? [...current.watchedChannels, channel] : current.watchedChannels.filter((c) => c !== channel);
    return ok({ settings: { ...current, watchedChannels }, changed: ['watched-channels'] });
  });
  if (!saved.ok) return saved;
  return ok(watchedView(channel, watch, deps.communities.peek(actor.community)?.settings.watchedChannels.length ?? 0));
}

/** The reply: the channel now watched (and what that means) or not, and how many are watched in all. */
export function watchedView(channel: ChannelRef, watch: boolean, count: number): View {
  return {
    title: watch ? t('setup.watch.title') : t('setup.unwatch.title'),
    text: sentences(watch ? t('setup.watch.text', { channel }) : t('setup.unwatch.text', { channel }), t('setup.watched.count', { count })),
    tone: 'success',
  };
}
