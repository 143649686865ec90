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

export class Limiter {
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(readonly max: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.#running >= this.max) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#running += 1;
    try {
      return await work();
    } finally {
      this.#running -= 1;
      this.#waiting.shift()?.();
    }
  }
}
