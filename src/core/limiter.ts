import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Bounds how much work after an acknowledgement runs at once. Acknowledging is cheap and must happen
 * within the platform's 3 seconds; the work behind it (database, rendering, REST) is what fills the
 * event loop under load. Queued work waits here as a closure instead of as hundreds of in-flight
 * queries and requests competing with the next acknowledgements. Time a piece of work spends waiting
 * on something that costs this process nothing (a request held back by a platform's rate limit) can
 * be spent aside (`aside`), its slot given to other work meanwhile.
 */
/**
 * Interactions whose work after the acknowledgement runs at once, across the Slack and Discord adapters
 * of one process (they share one event loop, so `main.ts` gives both the same limiter); the rest wait
 * their turn. Measured on Discord at 200/s: 8 and 32 gave similar acks, 32 finished the work sooner.
 */
export const AFTER_ACK_CONCURRENCY = 32;

/**
 * Work a use case starts after its answer and does not wait for (a new request's card: `CoreDeps.background`),
 * at once per process; the rest wait their turn, so a burst of requests on a rate-limited platform holds
 * neither the after-ack slots nor hundreds of calls in flight.
 */
export const BACKGROUND_CONCURRENCY = 32;

/** The slot a piece of work holds, seen from inside it (through `await`s) by `aside`. */
interface Slot {
  readonly limiter: Limiter;
  held: boolean;
}
const slots = new AsyncLocalStorage<Slot>();

export class Limiter {
  #running = 0;
  /** Work that gave its slot back while it waits on something outside the process (`aside`). */
  #aside = 0;
  readonly #waiting: (() => void)[] = [];
  readonly #idle: (() => void)[] = [];

  /** Work running, waiting for a slot, or waiting aside. */
  get pending(): number {
    return this.#running + this.#aside + this.#waiting.length;
  }

  /**
   * Resolves once nothing runs or waits (work that arrives meanwhile is waited for too), or after
   * `timeoutMs`; gives how much was still pending then (0 when it drained). For shutdown.
   */
  async idle(timeoutMs: number): Promise<number> {
    if (this.pending === 0) return 0;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      new Promise<void>((resolve) => this.#idle.push(resolve)),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs))),
    ]);
    clearTimeout(timer);
    return this.pending;
  }

  constructor(readonly max: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.#acquire('last');
    const slot: Slot = { limiter: this, held: true };
    try {
      return await slots.run(slot, work);
    } finally {
      slot.held = false;
      this.#release();
    }
  }

  /**
   * Runs `wait`, something outside this process that takes its time without using it (a platform's rate
   * limit), with this limiter's slot given back meanwhile when the caller's work holds one, so other work
   * can run; the slot is taken again, ahead of work not yet started, before the caller goes on. Called
   * from anywhere else (another limiter's work, or none), it just runs `wait`.
   */
  async aside<T>(wait: () => Promise<T>): Promise<T> {
    const slot = slots.getStore();
    if (slot?.limiter !== this || !slot.held) return wait();
    slot.held = false;
    this.#aside += 1;
    this.#free();
    try {
      return await wait();
    } finally {
      await this.#acquire('first');
      this.#aside -= 1;
      slot.held = true;
    }
  }

  /**
   * Takes a slot, waiting for one when all are taken: after the work already waiting, or before it. A slot
   * given to waiting work (`#free`) is counted as running from then on, so nothing sees it free meanwhile.
   */
  async #acquire(place: 'first' | 'last'): Promise<void> {
    if (this.#running < this.max) {
      this.#running += 1;
      return;
    }
    await new Promise<void>((resolve) => (place === 'first' ? this.#waiting.unshift(resolve) : this.#waiting.push(resolve)));
  }

  /** Gives a slot to the next work waiting, or back when none waits. */
  #free(): void {
    const next = this.#waiting.shift();
    if (next === undefined) this.#running -= 1;
    else next();
  }

  #release(): void {
    this.#free();
    if (this.pending === 0) for (const resolve of this.#idle.splice(0)) resolve();
  }
}
