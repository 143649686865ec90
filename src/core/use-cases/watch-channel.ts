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
import type { View } from '../views/types.js';
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
  const count = deps.communities.peek(actor.community)?.settings.watchedChannels.length ?? 0;
  return ok({
    title: watch ? 'Channel watched' : 'Channel no longer watched',
    text: watch
      ? `Peerline now reads new messages in ${channel} for crisis language. Nothing written there is stored: if crisis language appears, the person gets a private reply with a crisis line and the coordinators are alerted with a link, never the words. ${count} channel${count === 1 ? ' is' : 's are'} watched.`
      : `Peerline no longer reads messages in ${channel}. ${count} channel${count === 1 ? ' is' : 's are'} watched.`,
    tone: 'success',
  });
}
