/**
 * Work a use case wants done once the person has been answered, not before: a new request's card, which
 * on a rate-limited platform can wait its turn for seconds under load, while the member's reply goes by
 * an endpoint of its own. An adapter runs an interaction's handling, up to and including sending its
 * reply, inside `answering`; `answerSent` resolves when that ends (the reply sent or not). Outside
 * `answering` (a test, the playground) it resolves at once.
 *
 * The order matters after a crash as well: when the card's post starts, the member has their reply, so a
 * takeover of the card need not answer them again (core/queue-request.ts).
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const handling = new AsyncLocalStorage<Promise<void>>();

/** Runs `handle` (an interaction's work and its reply); `answerSent` within it resolves when it ends. */
export async function answering<T>(handle: () => Promise<T>): Promise<T> {
  let ended: (() => void) | undefined;
  const answered = new Promise<void>((resolve) => (ended = resolve));
  try {
    return await handling.run(answered, handle);
  } finally {
    ended?.();
  }
}

/** Resolves once the interaction being handled has been answered (see `answering`); at once outside one. */
export function answerSent(): Promise<void> {
  return handling.getStore() ?? Promise.resolve();
}
