/**
 * Bounds how much work after an acknowledgement runs at once. Acknowledging is cheap and must happen
 * within the platform's 3 seconds; the work behind it (database, rendering, REST) is what fills the
 * event loop under load. Queued work waits here as a closure instead of as hundreds of in-flight
 * queries and requests competing with the next acknowledgements.
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

export class Limiter {
  #running = 0;
  readonly #waiting: (() => void)[] = [];
  readonly #idle: (() => void)[] = [];

  /** Work running or waiting for a slot. */
  get pending(): number {
    return this.#running + this.#waiting.length;
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
    if (this.#running >= this.max) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#running += 1;
    try {
      return await work();
    } finally {
      this.#running -= 1;
      this.#waiting.shift()?.();
      if (this.pending === 0) for (const resolve of this.#idle.splice(0)) resolve();
    }
  }
}
