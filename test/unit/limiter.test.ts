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

  it('gives a slot back while its work waits aside, and takes it again before work not yet started', async () => {
    const limiter = new Limiter(1);
    const order: string[] = [];
    const gate = () => {
      let open: () => void = () => undefined;
      const opened = new Promise<void>((resolve) => (open = resolve));
      return { open, opened };
    };
    const rateLimit = gate();
    const bHolds = gate();
    const a = limiter.run(async () => {
      order.push('a starts');
      await limiter.aside(async () => {
        order.push('a waits aside');
        await rateLimit.opened;
      });
      order.push('a goes on');
    });
    const b = limiter.run(async () => {
      order.push('b starts');
      await bHolds.opened;
      order.push('b ends');
    });
    await new Promise((r) => setTimeout(r, 0));
    // While a waits aside, b has its slot; all three are pending.
    expect(order).toEqual(['a starts', 'a waits aside', 'b starts']);
    const c = limiter.run(async () => void order.push('c starts'));
    expect(limiter.pending).toBe(3);
    rateLimit.open();
    await new Promise((r) => setTimeout(r, 0));
    // a's wait is over, but b holds the only slot: a waits for it, ahead of c.
    expect(order).toEqual(['a starts', 'a waits aside', 'b starts']);
    bHolds.open();
    await Promise.all([a, b, c]);
    expect(order).toEqual(['a starts', 'a waits aside', 'b starts', 'b ends', 'a goes on', 'c starts']);
    expect(limiter.pending).toBe(0);
  });

  it('waits for work that is aside when draining, and runs `aside` as is outside its own work', async () => {
    const limiter = new Limiter(2);
    const other = new Limiter(1);
    let slow: () => void = () => undefined;
    const work = limiter.run(() => limiter.aside(() => new Promise<void>((resolve) => (slow = resolve))));
    await new Promise((r) => setTimeout(r, 0));
    expect(await limiter.idle(20)).toBe(1);
    slow();
    await work;
    expect(await limiter.idle(1000)).toBe(0);
    // Outside any of its work, or inside another limiter's, nothing is given back or counted.
    await expect(limiter.aside(async () => limiter.pending)).resolves.toBe(0);
    await expect(other.run(() => limiter.aside(async () => [limiter.pending, other.pending]))).resolves.toEqual([0, 1]);
  });
  it('counts work handed a slot as running at once, so a drain does not end between two pieces of work', async () => {
    const limiter = new Limiter(1);
    let endA: () => void = () => undefined;
    let endB: () => void = () => undefined;
    const a = limiter.run(() => new Promise<void>((resolve) => (endA = resolve)));
    const b = limiter.run(() => new Promise<void>((resolve) => (endB = resolve)));
    // Slots go one at a time: a second run while b waits does not take a's slot as it is handed on.
    let cRan = false;
    await new Promise((r) => setTimeout(r, 0));
    const drained = limiter.idle(5_000);
    endA();
    await a;
    const c = limiter.run(async () => void (cRan = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(cRan).toBe(false);
    expect(limiter.pending).toBe(2);
    endB();
    await Promise.all([b, c]);
    expect(cRan).toBe(true);
    expect(await drained).toBe(0);
  });
});
