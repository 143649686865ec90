/**
 * The one glossary of what became of a request, used by every figure that counts them (the chat
 * `/stats`, the dashboard's tiles and its charts), so a word means the same thing everywhere.
 */
import { localise, t, type Text } from '../i18n/index.js';

/** What became of a request, judged by whether a listener accepted it and its status now. */
export type RequestOutcome = 'accepted' | 'cancelled' | 'no-listener' | 'waiting';

export const OUTCOMES: readonly RequestOutcome[] = ['accepted', 'cancelled', 'no-listener', 'waiting'];

/** The name and the definition of each outcome, as the glossary shows them: catalogue text. */
export const OUTCOME_TEXT: Readonly<Record<RequestOutcome, { readonly label: Text; readonly means: Text }>> = {
  accepted: { label: t('replies.outcome.accepted'), means: t('replies.outcome.accepted.means') },
  cancelled: { label: t('replies.outcome.cancelled'), means: t('replies.outcome.cancelled.means') },
  'no-listener': { label: t('replies.outcome.no-listener'), means: t('replies.outcome.no-listener.means') },
  waiting: { label: t('replies.outcome.waiting'), means: t('replies.outcome.waiting.means') },
};

/** The glossary in English words, for screens not yet rendering catalogue text (`OUTCOME_TEXT` is the source). */
export const OUTCOME_GLOSSARY: Readonly<Record<RequestOutcome, { readonly label: string; readonly means: string }>> = Object.fromEntries(
  OUTCOMES.map((o) => [o, { label: localise(OUTCOME_TEXT[o].label, 'en'), means: localise(OUTCOME_TEXT[o].means, 'en') }]),
) as Record<RequestOutcome, { label: string; means: string }>;

export function requestOutcome(r: { readonly acceptedAt: Date | null; readonly status: string }): RequestOutcome {
  if (r.acceptedAt !== null) return 'accepted';
  if (r.status === 'cancelled') return 'cancelled';
  if (r.status === 'queued') return 'waiting';
  return 'no-listener';
}

/** How the wait percentiles are computed, in words for the people reading them: catalogue text. */
export const WAIT_METHOD_TEXT: Text = t('replies.outcome.wait-method');

/** The same in English words, for screens not yet rendering catalogue text. */
export const WAIT_METHOD = localise(WAIT_METHOD_TEXT, 'en');

/** One request's wait: `ms` until acceptance (`accepted`), or how long it was seen waiting without one (censored). */
export interface WaitObservation {
  readonly ms: number;
  readonly accepted: boolean;
}

/** A wait percentile: `ms`, or (`over`) more than `ms` when too few requests were accepted to reach it. */
export interface WaitPercentile {
  readonly ms: number;
  readonly over: boolean;
}

/**
 * The `p`-th wait percentile (0 < p < 1) by the Kaplan–Meier estimator, with requests never accepted
 * as right-censored observations: the smallest wait t at which the estimated share accepted by t
 * reaches p. At a tie, acceptances count before censorings. Null with no observations.
 */
export function waitPercentile(observations: readonly WaitObservation[], p: number): WaitPercentile | null {
  if (observations.length === 0) return null;
  const sorted = [...observations].sort((a, b) => a.ms - b.ms || Number(b.accepted) - Number(a.accepted));
  let atRisk = sorted.length;
  let survival = 1;
  let i = 0;
  while (i < sorted.length) {
    const t = sorted[i]!.ms;
    let events = 0;
    let censored = 0;
    while (i < sorted.length && sorted[i]!.ms === t) {
      if (sorted[i]!.accepted) events += 1;
      else censored += 1;
      i += 1;
    }
    if (events > 0) {
      survival *= 1 - events / atRisk;
      // A small tolerance: 1 − S is a product of fractions, and 0.5 must be reached at exactly half.
      if (1 - survival >= p - 1e-9) return { ms: t, over: false };
    }
    atRisk -= events + censored;
  }
  return { ms: sorted[sorted.length - 1]!.ms, over: true };
}
