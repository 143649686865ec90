/** Every HTTP request the bot made, in order, with a way to wait for one that has not happened yet. */
import { pathMatches, type PathPattern } from './route-match.js';

export interface RecordedCall {
  /** Upper case: 'GET', 'POST', … */
  readonly method: string;
  /** The path after '/api/v10', e.g. '/channels/123/messages'. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** Parsed JSON (or multipart `payload_json`); null when there was none. */
  readonly body: unknown;
  /** Names of files sent as multipart attachments. */
  readonly files: readonly string[];
  /** When the request arrived, ms since the Unix epoch. */
  readonly at: number;
  /** The status the fake answered with. */
  readonly status: number;
  /** The route template that handled it ('/channels/:channelId/messages'), or null if none did. */
  readonly route: string | null;
  /** Whether an Authorization header came with it (interaction callbacks and webhooks send none). */
  readonly authorized: boolean;
}

export type CallPredicate = (call: RecordedCall) => boolean;

/** A predicate for `method` + `pathPattern` (a '/channels/:id/messages' template or a RegExp). */
export function callTo(method: string, pathPattern: PathPattern): CallPredicate {
  const upper = method.toUpperCase();
  return (call) => call.method === upper && pathMatches(pathPattern, call.path);
}

interface Waiter {
  readonly predicate: CallPredicate;
  readonly resolve: (call: RecordedCall) => void;
  readonly cancel: (reason: Error) => void;
}

export class CallLog {
  readonly calls: RecordedCall[] = [];
  readonly #waiters = new Set<Waiter>();

  record(call: RecordedCall): void {
    this.calls.push(call);
    for (const waiter of this.#waiters) {
      if (waiter.predicate(call)) {
        this.#waiters.delete(waiter);
        waiter.resolve(call);
      }
    }
  }

  filter(predicate: CallPredicate): RecordedCall[] {
    return this.calls.filter(predicate);
  }

  /** The first recorded call that matches, past or future; rejects after `timeoutMs`. */
  async waitFor(predicate: CallPredicate, timeoutMs: number, what = 'a matching REST call'): Promise<RecordedCall> {
    const seen = this.calls.find(predicate);
    if (seen !== undefined) return seen;
    return new Promise<RecordedCall>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        const recent = this.calls.slice(-8).map((c) => `${c.method} ${c.path} → ${c.status}`);
        reject(new Error(`FakeDiscord: no ${what} within ${timeoutMs} ms. Last calls:\n  ${recent.join('\n  ') || '(none)'}`));
      }, timeoutMs);
      const waiter: Waiter = {
        predicate,
        resolve: (call) => {
          clearTimeout(timer);
          resolve(call);
        },
        cancel: (reason) => {
          clearTimeout(timer);
          reject(reason);
        },
      };
      this.#waiters.add(waiter);
    });
  }

  /** Rejects every pending wait, so a stopped fake leaves no timers behind. */
  close(): void {
    for (const waiter of this.#waiters) waiter.cancel(new Error('FakeDiscord stopped while a test was waiting for a REST call'));
    this.#waiters.clear();
  }
}
