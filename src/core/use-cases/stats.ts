/** Coordinator statistics: counts and waiting times, never anyone's identity. */
import { z } from 'zod';
import { crisisEventCountSince, requestsByTopicSince, requestTimesSince } from '../../db/queries/stats.js';
import { unscannedByLanguage } from '../../db/queries/unscanned.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { loadCommunityAsCoordinator, parseInput } from '../guards.js';
import { ok, type Result } from '../result.js';
import { OUTCOME_TEXT, requestOutcome, WAIT_METHOD_TEXT, type WaitObservation, type WaitPercentile, waitPercentile } from '../outcomes.js';
import { durationText } from '../views/duration.js';
import { formatUnscanned } from '../unscanned-languages.js';
import type { TextView as View } from '../views/types.js';
import { t, type Text } from '../../i18n/index.js';

export interface Stats {
  readonly days: number;
  readonly requests: number;
  readonly accepted: number;
  /** Outcomes as the glossary (`outcomes.ts`) defines them. */
  readonly cancelled: number;
  readonly noListener: number;
  readonly waiting: number;
  /** Kaplan–Meier wait percentiles: requests nobody accepted count as censored (see `WAIT_METHOD`). */
  readonly waitP50: WaitPercentile | null;
  readonly waitP90: WaitPercentile | null;
  readonly byTopic: readonly { readonly topic: string; readonly n: number }[];
  readonly crisisEvents: number;
  /** Messages the crisis detector could not read, per language (a count, never the text). */
  readonly unscanned: readonly { readonly lang: string; readonly n: number }[];
}

export async function computeStats(deps: CoreDeps, communityId: string, days: number): Promise<Stats> {
  const since = new Date(deps.clock().getTime() - days * 86_400_000);
  const now = deps.clock();
  const rows = await requestTimesSince(deps.db, communityId, since);
  const counts = { accepted: 0, cancelled: 0, 'no-listener': 0, waiting: 0 };
  const waits: WaitObservation[] = [];
  for (const row of rows) {
    counts[requestOutcome(row)] += 1;
    const until = row.acceptedAt ?? row.endedAt ?? now;
    waits.push({ ms: Math.max(0, until.getTime() - row.createdAt.getTime()), accepted: row.acceptedAt !== null });
  }
  return {
    days,
    requests: rows.length,
    accepted: counts.accepted,
    cancelled: counts.cancelled,
    noListener: counts['no-listener'],
    waiting: counts.waiting,
    waitP50: waitPercentile(waits, 0.5),
    waitP90: waitPercentile(waits, 0.9),
    byTopic: await requestsByTopicSince(deps.db, communityId, since),
    crisisEvents: await crisisEventCountSince(deps.db, communityId, since),
    unscanned: await unscannedByLanguage(deps.db, communityId, since),
  };
}

/** A wait percentile in words: "6 min", "over 2 h", "too few answered yet", or "no data". */
export function formatWait(p: WaitPercentile | null): Text {
  if (p === null) return t('dash.wait.noData');
  if (!p.over) return durationText(p.ms);
  // Not reached within the longest wait seen; under a minute of that says nothing yet.
  return p.ms < 60_000 ? t('dash.wait.tooFew') : t('dash.wait.over', { wait: durationText(p.ms) });
}

export async function showStats(deps: CoreDeps, actor: Actor, raw: { days?: number } = {}): Promise<Result<View>> {
  const community = await loadCommunityAsCoordinator(deps, actor);
  if (!community.ok) return community;
  const input = parseInput(z.object({ days: z.number().int().min(1).max(365).default(30) }), raw);
  if (!input.ok) return input;
  const s = await computeStats(deps, community.value.id, input.value.days);
  const none = t('checks.stats.none');
  return ok({
    title: t('checks.stats.title', { days: s.days }),
    text: t('checks.stats.text', { method: WAIT_METHOD_TEXT }),
    fields: [
      { label: t('checks.stats.requests'), value: String(s.requests) },
      { label: OUTCOME_TEXT.accepted.label, value: String(s.accepted) },
      { label: OUTCOME_TEXT.cancelled.label, value: String(s.cancelled) },
      { label: OUTCOME_TEXT['no-listener'].label, value: String(s.noListener) },
      { label: t('checks.stats.waiting'), value: String(s.waiting) },
      { label: t('checks.stats.median'), value: formatWait(s.waitP50) },
      { label: t('checks.stats.p90'), value: formatWait(s.waitP90) },
      { label: t('checks.stats.crisis'), value: String(s.crisisEvents) },
      // Language codes and topics are data, listed as they are.
      { label: t('checks.stats.unread'), value: s.unscanned.length === 0 ? none : formatUnscanned(s.unscanned) },
      { label: t('checks.stats.byTopic'), value: s.byTopic.length === 0 ? none : s.byTopic.map((b) => `${b.topic}: ${b.n}`).join(', ') },
    ],
    tone: 'neutral',
  });
}
