/**
 * The guard in front of Bolt's `HTTPReceiver` (Slack's HTTP mode). Bolt 5.1 buffers up to 4 MB before it
 * checks the signature, accepts signed timestamps in the future, runs a replayed request again, and
 * throws outside any handler on a signed body that is JSON `null` (issue 11). So every request first
 * passes here, and reaches Bolt only when it is:
 *
 * 1. a POST to the events endpoint (else 404), with a body of at most `MAX_BODY_BYTES` (else 413, and
 *    no more is read);
 * 2. signed with the signing secret (`v0=` HMAC-SHA256 over `v0:<timestamp>:<body>`, compared in
 *    constant time), with a timestamp at most `MAX_AGE_S` old and at most `MAX_FUTURE_S` ahead (else 401);
 * 3. a JSON object (events) or a form whose `payload`, when present, is a JSON object (else 400);
 * 4. not a replay: the same signature seen within `MAX_AGE_S` is answered 200 with an empty body (an
 *    ack, so Slack does not retry) and not run again. Remembered in memory, bounded by `MAX_REMEMBERED`.
 *
 * Bolt then gets the buffered body (it reads `rawBody` instead of the stream) and checks again. Anything
 * thrown here is a 400, never an exception out of the server.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorName, type Logger } from '../../core/index.js';

/** Largest body read (Slack's payloads are a few KB; a modal with 100 blocks stays well under this). */
export const MAX_BODY_BYTES = 256 * 1024;
/** Oldest signed timestamp accepted, in seconds (Slack's own rule); also how long signatures are remembered. */
export const MAX_AGE_S = 5 * 60;
/** How far ahead of our clock a signed timestamp may be, in seconds (clock skew). */
export const MAX_FUTURE_S = 60;
/** Signatures remembered for replay detection at most (the oldest are forgotten first beyond this). */
export const MAX_REMEMBERED = 100_000;

export interface SlackGuardOptions {
  readonly signingSecret: string;
  /** The path Slack posts to, e.g. `/slack/events`. */
  readonly endpoint: string;
  readonly log: Logger;
  /** Milliseconds since the epoch: Slack signs with real time, so this is the wall clock outside tests. */
  readonly now?: () => number;
}

/** A request whose body has been read: Bolt's HTTPReceiver uses `rawBody` when it is set. */
export type BufferedRequest = IncomingMessage & { rawBody?: Buffer };

type Refusal = { readonly status: 400 | 401 | 404 | 413; readonly why: string };

export class SlackRequestGuard {
  readonly #o: SlackGuardOptions;
  readonly #now: () => number;
  /** Signature → when it may be forgotten (ms); insertion order is arrival order. */
  readonly #seen = new Map<string, number>();

  constructor(o: SlackGuardOptions) {
    this.#o = o;
    this.#now = o.now ?? Date.now;
  }

  /** A `node:http` request listener: checks the request, then hands it to `next` (Bolt's listener). */
  listener(next: (req: BufferedRequest, res: ServerResponse) => void): (req: IncomingMessage, res: ServerResponse) => void {
    return (req, res) => {
      this.#handle(req, res, next).catch((error: unknown) => {
        this.#o.log.warn('slack.request_failed', { error: errorName(error) });
        // i18n-exempt: the HTTP body answered to Slack's servers, never shown to a person
        reply(res, 400, 'bad request');
      });
    };
  }

  async #handle(req: BufferedRequest, res: ServerResponse, next: (req: BufferedRequest, res: ServerResponse) => void): Promise<void> {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'POST' || path !== this.#o.endpoint) return refuse(this.#o.log, res, { status: 404, why: 'not-found' });
    const declared = Number(req.headers['content-length'] ?? '0');
    if (!Number.isFinite(declared) || declared > MAX_BODY_BYTES) return refuse(this.#o.log, res, { status: 413, why: 'too-large' }, true);

    const body = await readBounded(req);
    if (body === null) return refuse(this.#o.log, res, { status: 413, why: 'too-large' }, true);
    const text = body.toString('utf8');
    const type = req.headers['content-type'] ?? '';

    // Slack's SSL check is the one unsigned request; Bolt answers it too, but nothing else rides on it.
    if (type === 'application/x-www-form-urlencoded' && new URLSearchParams(text).get('ssl_check') === '1') {
      reply(res, 200, '');
      return;
    }
    const signed = this.#verify(req, text);
    if (signed !== true) return refuse(this.#o.log, res, signed);
    const shape = checkShape(type, text);
    if (shape !== true) return refuse(this.#o.log, res, shape);
    const signature = String(req.headers['x-slack-signature']);
    if (!this.#remember(signature)) {
      this.#o.log.warn('slack.replay_ignored', { kind: type.startsWith('application/json') ? 'event' : 'form' });
      reply(res, 200, '');
      return;
    }
    req.rawBody = body;
    next(req, res);
  }

  #verify(req: IncomingMessage, body: string): true | Refusal {
    const signature = req.headers['x-slack-signature'];
    const timestamp = req.headers['x-slack-request-timestamp'];
    if (typeof signature !== 'string' || !/^v0=[0-9a-f]{64}$/.test(signature)) return { status: 401, why: 'no-signature' };
    if (typeof timestamp !== 'string' || !/^\d{1,12}$/.test(timestamp)) return { status: 401, why: 'no-timestamp' };
    const nowS = Math.floor(this.#now() / 1000);
    const ts = Number(timestamp);
    if (ts < nowS - MAX_AGE_S) return { status: 401, why: 'stale' };
    if (ts > nowS + MAX_FUTURE_S) return { status: 401, why: 'future' };
    const expected = Buffer.from(`v0=${createHmac('sha256', this.#o.signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`);
    if (!timingSafeEqual(expected, Buffer.from(signature))) return { status: 401, why: 'bad-signature' };
    return true;
  }

  /** Records a signature; false when it was already seen within the window (a replay). */
  #remember(signature: string): boolean {
    const now = this.#now();
    for (const [key, forgetAt] of this.#seen) {
      if (forgetAt > now && this.#seen.size < MAX_REMEMBERED) break;
      this.#seen.delete(key);
    }
    const seen = this.#seen.get(signature);
    if (seen !== undefined && seen > now) return false;
    // The timestamp is checked to be within MAX_FUTURE_S, so after this long the signature is refused as stale anyway.
    this.#seen.set(signature, now + (MAX_AGE_S + MAX_FUTURE_S) * 1000);
    return true;
  }
}

/** Reads the body, or null as soon as it passes `MAX_BODY_BYTES` (a missing Content-Length is no bypass). */
async function readBounded(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Bolt reads `body.<field>` straight away: the body must be an object, as Slack's always are. */
function checkShape(type: string, text: string): true | Refusal {
  if (type === 'application/x-www-form-urlencoded') {
    const payload = new URLSearchParams(text).get('payload');
    if (payload === null) return true;
    return parsesToObject(payload) ? true : { status: 400, why: 'payload-not-object' };
  }
  return parsesToObject(text) ? true : { status: 400, why: 'body-not-object' };
}

function parsesToObject(text: string): boolean {
  try {
    return isObject(JSON.parse(text));
  } catch {
    return false;
  }
}

function refuse(log: Logger, res: ServerResponse, refusal: Refusal, close = false): void {
  log.warn('slack.request_refused', { status: refusal.status, reason: refusal.why });
  reply(res, refusal.status, '', close);
}

function reply(res: ServerResponse, status: number, body: string, close = false): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  // Closing stops the client sending (and us receiving) the rest of an oversized body.
  // i18n-exempt: an HTTP header value
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...(close ? { connection: 'close' } : {}) });
  res.end(body);
  if (close) res.once('finish', () => res.socket?.destroy());
}
