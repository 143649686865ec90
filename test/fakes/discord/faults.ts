/** Injected REST failures: the next matching request(s) get this status and body instead of the route. */
import { pathMatches, type PathPattern } from './route-match.js';

export interface FailureSpec {
  /** Any method if omitted. */
  readonly method?: string;
  /** '/channels/:id/messages' (`:x` matches one segment) or a RegExp on the path after '/api/v10'. */
  readonly pathPattern: PathPattern;
  readonly status: number;
  /** Discord's JSON error code (50013, 50007, …); default 0. */
  readonly code?: number;
  readonly message?: string;
  /** Replaces the `{ message, code }` body entirely. */
  readonly body?: unknown;
  /** 429 only: seconds until a retry may succeed (Discord sends fractions, e.g. 0.25). Default 0.1. */
  readonly retryAfter?: number;
  /** 429 only: a global rate limit (`x-ratelimit-global`), which stalls every route in discord.js. */
  readonly global?: boolean;
  /** 429 only: `x-ratelimit-scope`; default 'user', or 'global' when `global`. */
  readonly scope?: 'user' | 'global' | 'shared';
  /** How many matching requests fail; default 1. discord.js retries 5xx up to 3 times on its own. */
  readonly times?: number;
}

export interface FaultResponse {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Readonly<Record<string, string>>;
}

interface Armed {
  readonly spec: FailureSpec;
  remaining: number;
}

export class FaultInjector {
  readonly #armed: Armed[] = [];

  add(spec: FailureSpec): void {
    this.#armed.push({ spec, remaining: spec.times ?? 1 });
  }

  /** Failures armed but not yet triggered. */
  get pending(): number {
    return this.#armed.reduce((sum, a) => sum + a.remaining, 0);
  }

  clear(): void {
    this.#armed.length = 0;
  }

  /** Consumes one matching failure, if any. */
  take(method: string, path: string, bucket: string): FaultResponse | null {
    const index = this.#armed.findIndex(
      (a) => (a.spec.method === undefined || a.spec.method.toUpperCase() === method) && pathMatches(a.spec.pathPattern, path),
    );
    const armed = this.#armed[index];
    if (armed === undefined) return null;
    armed.remaining -= 1;
    if (armed.remaining <= 0) this.#armed.splice(index, 1);
    return respond(armed.spec, bucket);
  }
}

function respond(spec: FailureSpec, bucket: string): FaultResponse {
  if (spec.status !== 429) {
    return {
      status: spec.status,
      body: spec.body ?? { message: spec.message ?? `${spec.status}: injected failure`, code: spec.code ?? 0 },
      headers: {},
    };
  }
  const retryAfter = spec.retryAfter ?? 0.1;
  const global = spec.global ?? false;
  const headers: Record<string, string> = {
    // Discord rounds this header up to whole seconds; the fake keeps fractions so tests stay fast.
    'retry-after': String(retryAfter),
    'x-ratelimit-scope': spec.scope ?? (global ? 'global' : 'user'),
  };
  if (global) {
    headers['x-ratelimit-global'] = 'true';
  } else {
    headers['x-ratelimit-limit'] = '5';
    headers['x-ratelimit-remaining'] = '0';
    headers['x-ratelimit-reset'] = ((Date.now() + retryAfter * 1000) / 1000).toFixed(3);
    headers['x-ratelimit-reset-after'] = retryAfter.toFixed(3);
    headers['x-ratelimit-bucket'] = bucket;
  }
  return {
    status: 429,
    body: spec.body ?? { message: spec.message ?? 'You are being rate limited.', retry_after: retryAfter, global, ...(spec.code === undefined ? {} : { code: spec.code }) },
    headers,
  };
}
