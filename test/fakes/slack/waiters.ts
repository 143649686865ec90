/**
 * Promises that settle when a matching item is recorded, or reject after a timeout. Used by the fake to
 * let tests wait for a Web API call or a response_url post without sleeping.
 */
interface Waiter<T> {
  readonly match: (item: T) => boolean;
  readonly resolve: (item: T) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

export class Waiters<T> {
  readonly #waiting = new Set<Waiter<T>>();

  /** Resolves with the first of `seen` that matches, else with the next matching `offer`; rejects after `timeoutMs`. */
  wait(seen: readonly T[], match: (item: T) => boolean, timeoutMs: number, describe: () => string): Promise<T> {
    const already = seen.find(match);
    if (already !== undefined) return Promise.resolve(already);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        match,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.#waiting.delete(waiter);
          reject(new Error(describe()));
        }, timeoutMs),
      };
      this.#waiting.add(waiter);
    });
  }

  /** Hands a newly recorded item to every waiter it matches. */
  offer(item: T): void {
    for (const waiter of this.#waiting) {
      if (!waiter.match(item)) continue;
      clearTimeout(waiter.timer);
      this.#waiting.delete(waiter);
      waiter.resolve(item);
    }
  }

  /** Rejects everyone still waiting, so nothing holds the event loop after a fake stops. */
  cancelAll(reason: string): void {
    for (const waiter of this.#waiting) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error(reason));
    }
    this.#waiting.clear();
  }
}
