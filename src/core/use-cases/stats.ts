/** Coordinator statistics: counts and waiting times, never anyone's identity. */
import { z } from 'zod';
import { crisisEventCountSince, requestsByTopicSince, requestTotalsSince } from '../../db/queries/stats.js';
import { unscannedByLanguage } from '../../db/queries/unscanned.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { loadCommunityAsCoordinator, parseInput } from '../guards.js';
import { ok, type Result } from '../result.js';
import { formatDuration } from '../time.js';
import { formatUnscanned } from '../unscanned-languages.js';
import type { View } from '../views/types.js';

export interface Stats {
  readonly days: number;
  readonly requests: number;
  readonly accepted: number;
  /** Ended without a listener: cancelled or expired before acceptance. */
  readonly unanswered: number;
  readonly waiting: number;
  readonly waitP50Ms: number | null;
  readonly waitP90Ms: number | null;
  readonly byTopic: readonly { readonly topic: string; readonly n: number }[];
  readonly crisisEvents: number;
  /** Messages the crisis detector could not read, per language (a count, never the text). */
  readonly unscanned: readonly { readonly lang: string; readonly n: number }[];
}

export async function computeStats(deps: CoreDeps, communityId: string, days: number): Promise<Stats> {
  const since = new Date(deps.clock().getTime() - days * 86_400_000);
  const totals = await requestTotalsSince(deps.db, communityId, since);
  const byTopic = await requestsByTopicSince(deps.db, communityId, since);
  const crisisEvents = await crisisEventCountSince(deps.db, communityId, since);
  return { days, ...totals, byTopic, crisisEvents, unscanned: await unscannedByLanguage(deps.db, communityId, since) };
}

export async function showStats(deps: CoreDeps, actor: Actor, raw: { days?: number } = {}): Promise<Result<View>> {
  const community = await loadCommunityAsCoordinator(deps, actor);
  if (!community.ok) return community;
  const input = parseInput(z.object({ days: z.number().int().min(1).max(365).default(30) }), raw);
  if (!input.ok) return input;
  const s = await computeStats(deps, community.value.id, input.value.days);
  const wait = (ms: number | null) => (ms === null ? 'no data' : formatDuration(ms));
  return ok({
    title: `Last ${s.days} days`,
    text: 'Counts only: no names, no notes.',
    fields: [
      { label: 'Requests', value: String(s.requests) },
      { label: 'Accepted', value: String(s.accepted) },
      { label: 'Unanswered (cancelled or expired)', value: String(s.unanswered) },
      { label: 'Waiting now', value: String(s.waiting) },
      { label: 'Wait, median', value: wait(s.waitP50Ms) },
      { label: 'Wait, 90th percentile', value: wait(s.waitP90Ms) },
      { label: 'Crisis events', value: String(s.crisisEvents) },
      { label: 'Messages the bot could not read', value: formatUnscanned(s.unscanned) },
      { label: 'By topic', value: s.byTopic.length === 0 ? 'none' : s.byTopic.map((t) => `${t.topic}: ${t.n}`).join(', ') },
    ],
    tone: 'neutral',
  });
}
