/**
 * Server-sent events for the playground: the browser keeps one connection open and is told which
 * panes changed, then fetches only those. Changes are batched per short window, so a burst of posts
 * (an escalation step mentioning everyone) is one event per pane, not a storm of requests.
 *
 * Connections are bounded: at most `MAX_STREAMS_PER_CLIENT` per client (the playground counts by address,
 * the dashboard by signed-in session) and `MAX_STREAMS` in all; beyond that a connection is refused with
 * 429 (the page still works, refreshing panes on demand).
 */
import { HttpError } from './http.js';

/** Milliseconds changes are gathered before one event per changed pane goes out. */
const BATCH_MS = 25;
/** A comment line keeps idle connections from being closed by proxies. */
const HEARTBEAT_MS = 25_000;
/** Open event streams one client (an address, or a dashboard session) may hold: a few browser tabs. */
export const MAX_STREAMS_PER_CLIENT = 8;
/** Open event streams in all. */
export const MAX_STREAMS = 32;

interface Client {
  readonly address: string;
  readonly controller: ReadableStreamDefaultController<Uint8Array>;
  /** Stops this connection's own feed, if it has one. */
  stop: (() => void) | null;
}

export class EventHub {
  readonly #clients = new Set<Client>();
  readonly #pending = new Map<string, string>();
  readonly #encoder = new TextEncoder();
  #timer: NodeJS.Timeout | null = null;
  readonly #heartbeat: NodeJS.Timeout;

  constructor() {
    this.#heartbeat = setInterval(() => this.#write(': keep-alive\n\n'), HEARTBEAT_MS);
    this.#heartbeat.unref();
  }

  get clientCount(): number {
    return this.#clients.size;
  }

  /**
   * A streaming response for a new connection from the client `address` (an address, or any key that
   * names one client); throws a 429 `HttpError` past the bounds.
   * `feed`, when given, produces events for this connection alone (the dashboard's queue); it returns
   * the function that stops it, called when the browser goes away or the hub closes.
   */
  connect(address: string, feed?: (send: (event: string, data: string) => void) => () => void): Response {
    const mine = [...this.#clients].filter((c) => c.address === address).length;
    if (mine >= MAX_STREAMS_PER_CLIENT || this.#clients.size >= MAX_STREAMS) {
      throw new HttpError(429, 'web.tooManyLive');
    }
    let client: Client | null = null;
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        const own: Client = { address, controller, stop: null };
        client = own;
        this.#clients.add(own);
        controller.enqueue(this.#encoder.encode('retry: 2000\n\n'));
        own.stop =
          feed?.((event, data) => {
            if (!this.#clients.has(own)) return;
            try {
              controller.enqueue(this.#encoder.encode(`event: ${event}\ndata: ${data.replace(/\n/g, ' ')}\n\n`));
            } catch {
              this.#drop(own);
            }
          }) ?? null;
      },
      // Called when the browser goes away (the server cancels the stream on close).
      cancel: () => {
        if (client !== null) this.#drop(client);
      },
    });
    return new Response(body, {
      status: 200,
      // i18n-exempt: HTTP header values
      headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' },
    });
  }

  /** Queues an event; events of the same name and data within one batch go out once. */
  publish(event: 'pane' | 'clock', data: string): void {
    this.#pending.set(`${event}\n${data}`, `event: ${event}\ndata: ${data.replace(/\n/g, ' ')}\n\n`);
    this.#timer ??= setTimeout(() => {
      this.#timer = null;
      const frames = [...this.#pending.values()].join('');
      this.#pending.clear();
      this.#write(frames);
    }, BATCH_MS);
  }

  #write(frames: string): void {
    const bytes = this.#encoder.encode(frames);
    for (const client of this.#clients) {
      try {
        client.controller.enqueue(bytes);
      } catch {
        // The stream closed between the browser leaving and `cancel` running.
        this.#drop(client);
      }
    }
  }

  #drop(client: Client): void {
    this.#clients.delete(client);
    client.stop?.();
    client.stop = null;
  }

  close(): void {
    clearInterval(this.#heartbeat);
    if (this.#timer !== null) clearTimeout(this.#timer);
    for (const client of this.#clients) {
      client.stop?.();
      try {
        client.controller.close();
      } catch {
        // Already closed.
      }
    }
    this.#clients.clear();
  }
}
