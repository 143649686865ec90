/** Wait percentiles with unanswered requests counted as censored (Kaplan–Meier), checked by hand. */
import { describe, expect, it } from 'vitest';
import { requestOutcome, waitPercentile } from '../../src/core/outcomes.js';
import { formatWait as waitText } from '../../src/core/use-cases/stats.js';
import { localise } from '../../src/i18n/index.js';

const formatWait = (p: Parameters<typeof waitText>[0]): string => localise(waitText(p), 'en');

const min = 60_000;
const acc = (m: number) => ({ ms: m * min, accepted: true });
const cen = (m: number) => ({ ms: m * min, accepted: false });

describe('waitPercentile', () => {
  it('is the plain order statistic when every request was accepted', () => {
    const all = [acc(2), acc(4), acc(6), acc(8), acc(10)];
    expect(waitPercentile(all, 0.5)).toEqual({ ms: 6 * min, over: false });
    expect(waitPercentile(all, 0.9)).toEqual({ ms: 10 * min, over: false });
  });

  it('counts a request nobody answered as a wait of at least its time seen, not as nothing', () => {
    // Accepted at 1, 2 and 3 min; three never answered, seen waiting 30, 40 and 50 min.
    // S(1) = 5/6, S(2) = 4/6, S(3) = 3/6 = 0.5 → the median is 3 min. Leaving the unanswered out would
    // have said 2 min. Half accepted at most: the 90th percentile is over the longest wait seen, 50 min.
    const waits = [acc(1), acc(2), acc(3), cen(30), cen(40), cen(50)];
    expect(waitPercentile(waits, 0.5)).toEqual({ ms: 3 * min, over: false });
    expect(waitPercentile(waits, 0.9)).toEqual({ ms: 50 * min, over: true });
  });

  it('takes censoring between acceptances out of the risk set', () => {
    // 4 at risk: accepted at 5 (S = 3/4); censored at 6 (3 → 2 at risk); accepted at 8 (S = 3/4 · 1/2 = 3/8);
    // accepted at 12 (S = 0). The median is 8 min (1 − 3/8 = 0.625 ≥ 0.5); p25 is 5 min.
    const waits = [acc(5), cen(6), acc(8), acc(12)];
    expect(waitPercentile(waits, 0.25)).toEqual({ ms: 5 * min, over: false });
    expect(waitPercentile(waits, 0.5)).toEqual({ ms: 8 * min, over: false });
    expect(waitPercentile(waits, 0.9)).toEqual({ ms: 12 * min, over: false });
  });

  it('counts an acceptance before a censoring at the same time, and has no answer without data', () => {
    expect(waitPercentile([cen(3), acc(3)], 0.5)).toEqual({ ms: 3 * min, over: false });
    expect(waitPercentile([], 0.5)).toBeNull();
  });
});

describe('requestOutcome (the glossary the tiles and charts share)', () => {
  it('classifies by acceptance first, then status', () => {
    const at = new Date(0);
    expect(requestOutcome({ acceptedAt: at, status: 'closed' })).toBe('accepted');
    expect(requestOutcome({ acceptedAt: null, status: 'cancelled' })).toBe('cancelled');
    expect(requestOutcome({ acceptedAt: null, status: 'expired' })).toBe('no-listener');
    expect(requestOutcome({ acceptedAt: null, status: 'closed' })).toBe('no-listener');
    expect(requestOutcome({ acceptedAt: null, status: 'queued' })).toBe('waiting');
  });
});

describe('formatWait', () => {
  it('says "over" a censored percentile, and nothing it cannot know', () => {
    expect(formatWait({ ms: 6 * min, over: false })).toBe('6 min');
    expect(formatWait({ ms: 50 * min, over: true })).toBe('over 50 min');
    expect(formatWait({ ms: 10_000, over: true })).toBe('too few answered yet');
    expect(formatWait(null)).toBe('no data');
  });
});
