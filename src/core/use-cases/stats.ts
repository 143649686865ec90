/** Coordinator statistics: counts and waiting times, never anyone's identity. */
import { and, eq, gte, sql } from 'drizzle-orm';
import { z } from 'zod';
import { crisisEvents, supportRequests } from '../../db/schema.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { loadCommunityAsCoordinator, parseInput } from '../guards.js';
import { ok, type Result } from '../result.js';
import { formatDuration } from '../time.js';
import { formatUnscanned, unscannedByLanguage } from '../unscanned-languages.js';
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
  const r = supportRequests;
  const inRange = and(eq(r.communityId, communityId), gte(r.createdAt, since));
  const waitMs = sql`extract(epoch from (${r.acceptedAt} - ${r.createdAt})) * 1000`;
  const [totals] = await deps.db
    .select({
      requests: sql<number>`count(*)::int`,
      accepted: sql<number>`count(${r.acceptedAt})::int`,
      unanswered: sql<number>`count(*) filter (where ${r.acceptedAt} is null and ${r.status} in ('cancelled', 'expired'))::int`,
      waiting: sql<number>`count(*) filter (where ${r.status} = 'queued')::int`,
      p50: sql<number | null>`(percentile_cont(0.5) within group (order by ${waitMs}))::float8`,
      p90: sql<number | null>`(percentile_cont(0.9) within group (order by ${waitMs}))::float8`,
    })
    .from(r)
    .where(inRange);
  const byTopic = await deps.db
    .select({ topic: r.topic, n: sql<number>`count(*)::int` })
    .from(r)
    .where(inRange)
    .groupBy(r.topic)
    .orderBy(sql`count(*) desc`, r.topic);
  const [crisis] = await deps.db
    .select({ n: sql<number>`count(*)::int` })
    .from(crisisEvents)
    .where(and(eq(crisisEvents.communityId, communityId), gte(crisisEvents.createdAt, since)));
  return {
    days,
    requests: totals?.requests ?? 0,
    accepted: totals?.accepted ?? 0,
    unanswered: totals?.unanswered ?? 0,
    waiting: totals?.waiting ?? 0,
    waitP50Ms: totals?.p50 === null || totals?.p50 === undefined ? null : Number(totals.p50),
    waitP90Ms: totals?.p90 === null || totals?.p90 === undefined ? null : Number(totals.p90),
    byTopic,
    crisisEvents: crisis?.n ?? 0,
    unscanned: await unscannedByLanguage(deps.db, communityId, since),
  };
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
