/**
 * LISTEN on the database's notification channels (src/db/channels.ts), on a connection of its own.
 *
 * PostgreSQL: one extra connection per process, outside the pool, kept open with no idle or lifetime
 * limit. When it drops (server restart, network cut, `pg_terminate_backend`), or cannot be opened at
 * first, the listener says so and tries again every `retryMs` until it works; notifications sent in
 * between are lost, so `up(true)` means "re-read what you hold". It never throws for a connection
 * fault. PGlite: the one in-process connection, which never drops.
 */
import type { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';

/** What a listener reports to whoever keeps copies in step. */
export interface ListenHandlers {
  /** A notification arrived on `channel`. */
  notified(channel: string, payload: string): void;
  /** Listening began; `again` after a drop (notifications in between were missed). */
  up(again: boolean): void;
  /** The listening connection was lost; it is being re-opened. */
  down(): void;
}

export interface Listener {
  /** Whether notifications are being received right now. */
  readonly listening: boolean;
  close(): Promise<void>;
}

/** Milliseconds between attempts to re-open a dropped listening connection. */
export const RELISTEN_MS = 1000;

type PostgresOptions = postgres.Options<Record<string, postgres.PostgresType>>;

export async function listenPostgres(url: string, options: PostgresOptions, channels: readonly string[], handlers: ListenHandlers, retryMs = RELISTEN_MS): Promise<Listener> {
  let listening = false;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;
  // postgres.js hands every notification to `onnotify` (it reads the option; its typings leave it out).
  const own: PostgresOptions & { onnotify: (channel: string, payload: string) => void } = {
    ...options,
    max: 1,
    // The connection is meant to stay open for the life of the process.
    idle_timeout: 0,
    max_lifetime: null,
    fetch_types: false,
    onnotify: (channel, payload) => handlers.notified(channel, payload),
    onclose: () => {
      if (closed || !listening) return;
      listening = false;
      handlers.down();
      schedule();
    },
  };
  const sql = postgres(url, own);
  // One LISTEN per channel on the same connection. A failure (server unreachable) is retried; `up` says
  // `again` for every start but the first, since anything sent before it was missed.
  const attempt = async (again: boolean) => {
    retry = null;
    if (closed) return;
    try {
      for (const channel of channels) await sql`listen ${sql(channel)}`;
    } catch {
      schedule();
      return;
    }
    if (closed) return;
    listening = true;
    handlers.up(again);
  };
  const schedule = () => {
    if (closed || retry !== null) return;
    retry = setTimeout(() => void attempt(true), retryMs);
    retry.unref();
  };
  await attempt(false);
  return {
    get listening() {
      return listening;
    },
    async close() {
      closed = true;
      listening = false;
      if (retry !== null) clearTimeout(retry);
      await sql.end({ timeout: 1 });
    },
  };
}

export async function listenPglite(client: PGlite, channels: readonly string[], handlers: ListenHandlers): Promise<Listener> {
  const stops = await Promise.all(channels.map((channel) => client.listen(channel, (payload) => handlers.notified(channel, payload))));
  let listening = true;
  handlers.up(false);
  return {
    get listening() {
      return listening;
    },
    async close() {
      listening = false;
      // After the database closed there is nothing left to stop listening on.
      if (!client.closed) for (const stop of stops) await stop();
    },
  };
}

/**
 * Hands a listener's reports to whoever subscribed: per channel for notifications, and to every state
 * subscriber when listening starts or stops. A subscriber that throws is reported to `onError` and does
 * not stop the others (it runs inside the driver's socket handler).
 */
export class ChangeFeed implements ListenHandlers {
  #listening = false;
  readonly #channels = new Map<string, Set<(payload: string) => void>>();
  readonly #states = new Set<(listening: boolean, again: boolean) => void>();

  constructor(private readonly onError: (error: unknown) => void) {}

  /** Whether notifications are being received right now. */
  get listening(): boolean {
    return this.#listening;
  }

  /** Calls `fn` with each payload on `channel`; returns the function that stops it. */
  on(channel: string, fn: (payload: string) => void): () => void {
    const set = this.#channels.get(channel) ?? new Set();
    this.#channels.set(channel, set);
    set.add(fn);
    return () => set.delete(fn);
  }

  /** One channel on its own: whether notices arrive, and a subscription to its payloads. */
  channel(name: string): { readonly listening: boolean; subscribe(fn: (payload: string) => void): () => void } {
    const listening = () => this.#listening;
    return {
      get listening() {
        return listening();
      },
      subscribe: (fn) => this.on(name, fn),
    };
  }

  /** Calls `fn` when listening starts (`again` after a drop) or stops; returns the function that stops it. */
  onState(fn: (listening: boolean, again: boolean) => void): () => void {
    this.#states.add(fn);
    return () => this.#states.delete(fn);
  }

  notified(channel: string, payload: string): void {
    for (const fn of this.#channels.get(channel) ?? []) this.#call(() => fn(payload));
  }

  up(again: boolean): void {
    this.#listening = true;
    for (const fn of this.#states) this.#call(() => fn(true, again));
  }

  down(): void {
    this.#listening = false;
    for (const fn of this.#states) this.#call(() => fn(false, false));
  }

  #call(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.onError(error);
    }
  }
}
