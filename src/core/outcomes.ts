/**
 * The one glossary of what became of a request, used by every figure that counts them (the chat
 * `/stats`, the dashboard's tiles and its charts), so a word means the same thing everywhere.
 */

/** What became of a request, judged by whether a listener accepted it and its status now. */
export type RequestOutcome = 'accepted' | 'cancelled' | 'no-listener' | 'waiting';

export const OUTCOMES: readonly RequestOutcome[] = ['accepted', 'cancelled', 'no-listener', 'waiting'];

/** The name and the definition of each outcome, as the glossary shows them. */
export const OUTCOME_GLOSSARY: Readonly<Record<RequestOutcome, { readonly label: string; readonly means: string }>> = {
  accepted: { label: 'Accepted', means: 'A listener accepted the request (whatever happened after).' },
  cancelled: { label: 'Cancelled before a listener came', means: 'The member withdrew the request (or asked for their data to be deleted) while it waited.' },
  'no-listener': {
    label: 'Ended without a listener',
    means: 'Nobody accepted it and Peerline ended it: its escalation ran out, or it was closed without a session.',
  },
  waiting: { label: 'Still waiting', means: 'In the queue now.' },
};

export function requestOutcome(r: { readonly acceptedAt: Date | null; readonly status: string }): RequestOutcome {
  if (r.acceptedAt !== null) return 'accepted';
  if (r.status === 'cancelled') return 'cancelled';
  if (r.status === 'queued') return 'waiting';
  return 'no-listener';
}

/** How the wait percentiles are computed, in words for the people reading them. */
export const WAIT_METHOD =
  'Waits are time from asking to a listener accepting. Requests nobody accepted count too, as waits of at least as long as they were seen waiting (until cancelled, ended, or now): a Kaplan–Meier estimate, so the median is not flattered by leaving them out. “Over X” means fewer than that share were answered within the longest wait seen.';

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
