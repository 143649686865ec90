/**
 * The Socket Mode half of the fake Slack (https://docs.slack.dev/apis/events-api/using-socket-mode):
 * `apps.connections.open` (app-level token) answers a one-time `ws://…/link/?ticket=…` URL on the fake's
 * own port; on connect the server sends `hello`; then it delivers envelopes
 * `{ envelope_id, type, payload, accepts_response_payload, retry_attempt, retry_reason }` and waits for
 * the app's `{ envelope_id, payload }` acknowledgement. Slack spreads an app's envelopes across its open
 * connections (up to 10) and re-sends an event that was not acknowledged in time, possibly to another
 * connection; `deliver` and `retry` do the same on request, so a test decides which connection gets what.
 * Each delivery has its own envelope id; the payload of a retry (its `event_id`, `action_ts`,
 * `trigger_id`) is the one first sent.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ApiResult } from './web-api-methods.js';
import type { SlackBody } from './requests.js';
import { Waiters } from './waiters.js';

const LINK_PATH = '/link/';
const APP_ID = 'A0FAKEAPP';
const DEFAULT_ACK_MS = 3_000;

/** Socket Mode's envelope types, by what Slack would post to a Request URL in HTTP mode. */
const ENVELOPE_TYPE = { command: 'slash_commands', interactive: 'interactive', event: 'events_api' } as const;
export type EnvelopeType = (typeof ENVELOPE_TYPE)[keyof typeof ENVELOPE_TYPE];

/** One envelope as the fake sent it on one connection. */
export interface Envelope {
  readonly envelope_id: string;
  readonly type: EnvelopeType;
  readonly payload: unknown;
  readonly accepts_response_payload: boolean;
  readonly retry_attempt: number;
  readonly retry_reason: string;
}

/** One delivery: the envelope, the connection it went to, and the app's acknowledgement once it came. */
export interface Delivery {
  readonly envelope: Envelope;
  /** Index into `connections` (in the order they opened). */
  readonly connection: number;
  /** The acknowledgement's `payload` (`{}` for a bare ack); undefined until acknowledged. */
  ack: Record<string, unknown> | undefined;
  /** Milliseconds from sending the envelope to its acknowledgement; undefined until acknowledged. */
  ackMs: number | undefined;
  readonly sentAt: number;
}

export interface SocketConnection {
  readonly index: number;
  /** The ticket of the `apps.connections.open` URL it connected with. */
  readonly ticket: string;
  readonly open: () => boolean;
  /** Envelopes sent on this connection, in order. */
  readonly deliveries: Delivery[];
}

export interface DeliverOptions {
  /** The connection to use (index into `connections`); default the next open one, round-robin. */
  readonly connection?: number;
  /** How long to wait for the acknowledgement, ms (Slack's window is 3 s). */
  readonly ackTimeoutMs?: number;
}

interface Live {
  readonly info: SocketConnection;
  readonly socket: WebSocket;
}

export class FakeSocketMode {
  readonly #server = new WebSocketServer({ noServer: true });
  readonly #tickets = new Set<string>();
  readonly #live: Live[] = [];
  readonly #acks = new Waiters<Delivery>();
  readonly #opened = new Waiters<SocketConnection>();
  readonly #deliveries: Delivery[] = [];
  #next = 0;

  /**
   * @param appToken the app-level token (`xapp-…`) `apps.connections.open` accepts.
   * @param baseUrl `ws://127.0.0.1:PORT` of the fake's HTTP server, which hands upgrades to `upgrade`.
   */
  constructor(
    readonly appToken: string,
    private readonly baseUrl: string,
  ) {}

  /** Every connection so far, open or closed, in the order they opened. */
  get connections(): readonly SocketConnection[] {
    return this.#live.map((l) => l.info);
  }

  /** Every delivery so far, on any connection, in the order sent. */
  get deliveries(): readonly Delivery[] {
    return this.#deliveries;
  }

  /** Resolves once `count` connections have opened (hello sent) since the start. */
  async waitForConnections(count: number, timeoutMs = 30_000): Promise<void> {
    await this.#opened.wait(this.connections, (c) => c.index === count - 1, timeoutMs, () => `only ${this.#live.length} of ${count} Socket Mode connections within ${timeoutMs} ms`);
  }

  /** `apps.connections.open`: a one-time URL for the app-level token, as Slack answers it. */
  openConnection(token: string | undefined): ApiResult {
    if (token === undefined) return { ok: false, error: 'not_authed' };
    if (!token.startsWith('xapp-')) return { ok: false, error: 'not_allowed_token_type' };
    if (token !== this.appToken) return { ok: false, error: 'invalid_auth' };
    const ticket = randomUUID();
    this.#tickets.add(ticket);
    return { ok: true, url: `${this.baseUrl}${LINK_PATH}?ticket=${ticket}&app_id=${APP_ID}` };
  }

  /** Takes an HTTP upgrade from the fake's server; an unknown or used ticket is refused with 401. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const ticket = url.searchParams.get('ticket') ?? '';
    if (url.pathname !== LINK_PATH || !this.#tickets.delete(ticket)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    this.#server.handleUpgrade(req, socket, head, (ws) => this.#accept(ws, ticket));
  }

  /**
   * Sends `body` as Slack would in Socket Mode (a slash command, an interactive payload or an Events API
   * callback) and resolves with the delivery once the app acknowledged it; rejects if it did not in time.
   */
  deliver(body: SlackBody, o: DeliverOptions = {}): Promise<Delivery> {
    const type = ENVELOPE_TYPE[body.kind];
    return this.#send(
      {
        envelope_id: randomUUID(),
        type,
        payload: body.payload,
        // Slack lets the app answer in the ack for commands and interactivity (a modal's errors), not for events.
        accepts_response_payload: type !== 'events_api',
        retry_attempt: 0,
        retry_reason: '',
      },
      o,
    );
  }

  /**
   * Slack's re-delivery of `previous`: the same payload in a new envelope with `retry_attempt` one higher
   * and `retry_reason` `timeout`, by default on another open connection than the one it went to.
   */
  retry(previous: Delivery, o: DeliverOptions = {}): Promise<Delivery> {
    const others = this.#openIndexes().filter((i) => i !== previous.connection);
    const connection = o.connection ?? others[0] ?? previous.connection;
    return this.#send(
      { ...previous.envelope, envelope_id: randomUUID(), retry_attempt: previous.envelope.retry_attempt + 1, retry_reason: 'timeout' },
      { ...o, connection },
    );
  }

  /**
   * Slack's `disconnect` message on one connection (`refresh_requested` when Slack recycles it, `warning`
   * shortly before): the app closes that connection and opens a new one with `apps.connections.open`.
   */
  disconnect(connection: number, reason: 'refresh_requested' | 'warning' | 'link_disabled' = 'refresh_requested'): void {
    const live = this.#live[connection];
    if (live === undefined || !live.info.open()) throw new Error(`Socket Mode connection ${connection} is not open`);
    live.socket.send(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'applink-fake' } }));
  }

  /** Closes every connection and the server. */
  async stop(): Promise<void> {
    this.#acks.cancelAll('fake Socket Mode stopped');
    this.#opened.cancelAll('fake Socket Mode stopped');
    for (const l of this.#live) l.socket.terminate();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #accept(socket: WebSocket, ticket: string): void {
    const info: SocketConnection = { index: this.#live.length, ticket, open: () => socket.readyState === socket.OPEN, deliveries: [] };
    this.#live.push({ info, socket });
    socket.on('message', (data, isBinary) => {
      if (!isBinary) this.#onAck(info, (Array.isArray(data) ? Buffer.concat(data) : Buffer.from(new Uint8Array(data))).toString('utf8'));
    });
    socket.send(
      JSON.stringify({
        type: 'hello',
        num_connections: this.#openIndexes().length,
        debug_info: { host: 'applink-fake', build_number: 1, approximate_connection_time: 18_060 },
        connection_info: { app_id: APP_ID },
      }),
    );
    this.#opened.offer(info);
  }

  /** An acknowledgement is `{ envelope_id, payload? }`; one for an envelope not sent on this connection is ignored. */
  #onAck(connection: SocketConnection, text: string): void {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      return;
    }
    if (typeof message !== 'object' || message === null || !('envelope_id' in message)) return;
    const delivery = connection.deliveries.find((d) => d.envelope.envelope_id === message.envelope_id);
    if (delivery === undefined || delivery.ack !== undefined) return;
    const payload = 'payload' in message && typeof message.payload === 'object' && message.payload !== null ? (message.payload as Record<string, unknown>) : {};
    delivery.ack = payload;
    delivery.ackMs = Math.round(performance.now() - delivery.sentAt);
    this.#acks.offer(delivery);
  }

  #openIndexes(): number[] {
    return this.#live.filter((l) => l.info.open()).map((l) => l.info.index);
  }

  #send(envelope: Envelope, o: DeliverOptions): Promise<Delivery> {
    const open = this.#openIndexes();
    if (open.length === 0) return Promise.reject(new Error('no open Socket Mode connection'));
    const index = o.connection ?? open[this.#next++ % open.length]!;
    const live = this.#live[index];
    if (live === undefined || !live.info.open()) return Promise.reject(new Error(`Socket Mode connection ${index} is not open`));
    const delivery: Delivery = { envelope, connection: index, ack: undefined, ackMs: undefined, sentAt: performance.now() };
    live.info.deliveries.push(delivery);
    this.#deliveries.push(delivery);
    const acked = this.#acks.wait([], (d) => d === delivery, o.ackTimeoutMs ?? DEFAULT_ACK_MS, () => `${envelope.type} envelope ${envelope.envelope_id} not acknowledged on connection ${index}`);
    live.socket.send(JSON.stringify(envelope));
    return acked;
  }
}
