/**
 * Server-sent events for the playground: the browser keeps one connection open and is told which
 * panes changed, then fetches only those. Changes are batched per short window, so a burst of posts
 * (an escalation step mentioning everyone) is one event per pane, not a storm of requests.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Milliseconds changes are gathered before one event per changed pane goes out. */
const BATCH_MS = 25;
/** A comment line keeps idle connections from being closed by proxies. */
const HEARTBEAT_MS = 25_000;

export class EventHub {
  readonly #clients = new Set<ServerResponse>();
  readonly #pending = new Map<string, string>();
  #timer: NodeJS.Timeout | null = null;
  readonly #heartbeat: NodeJS.Timeout;

  constructor() {
    this.#heartbeat = setInterval(() => this.#write(': keep-alive\n\n'), HEARTBEAT_MS);
    this.#heartbeat.unref();
  }

  get clientCount(): number {
    return this.#clients.size;
  }

  connect(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-content-type-options': 'nosniff',
    });
    res.write('retry: 2000\n\n');
    this.#clients.add(res);
    req.on('close', () => this.#clients.delete(res));
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
    for (const client of this.#clients) client.write(frames);
  }

  close(): void {
    clearInterval(this.#heartbeat);
    if (this.#timer !== null) clearTimeout(this.#timer);
    for (const client of this.#clients) client.end();
    this.#clients.clear();
  }
}
