import { describe, expect, it } from 'vitest';
import { Limiter } from '../../src/core/limiter.js';

describe('Limiter', () => {
  it('runs at most `max` at once, the rest in arrival order, and passes results and errors through', async () => {
    const limiter = new Limiter(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const gates: (() => void)[] = [];
    const jobs = [0, 1, 2, 3, 4].map((n) =>
      limiter.run(async () => {
        started.push(n);
        running += 1;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => gates.push(resolve));
        running -= 1;
        if (n === 3) throw new Error('job 3 failed');
        return n * 10;
      }),
    );
    const settled = Promise.allSettled(jobs);
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual([0, 1]);
    while (gates.length > 0 || started.length < 5) {
      gates.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    }
    const results = await settled;
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([0, 10, 20, 'job 3 failed', 40]);
  });
});
