/**
 * The HTTP half of the fake: '/api/v10/…' routes, call recording, injected failures and rate-limit
 * headers. WebSocket upgrades on the same port are handed to the gateway.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { CallLog } from './calls.js';
import { DiscordErrors, DiscordHttpError } from './errors.js';
import type { FaultInjector } from './faults.js';
import { matchTemplate } from './route-match.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RestRequest {
  readonly method: HttpMethod;
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: unknown;
}

export interface RestResponse {
  readonly status: number;
  readonly body?: unknown;
}

export interface RestRoute {
  readonly method: HttpMethod;
  /** e.g. '/channels/:channelId/messages'; literal segments such as '@me' and '@original' match exactly. */
  readonly template: string;
  /** Interaction callbacks and interaction webhooks are called without a bot token. */
  readonly auth: boolean;
  readonly handle: (request: RestRequest) => RestResponse;
}

export const ok = (body: unknown): RestResponse => ({ status: 200, body });
export const noContent = (): RestResponse => ({ status: 204 });

const API_PREFIX = '/api/v10';

export interface RestServerOptions {
  readonly routes: readonly RestRoute[];
  readonly log: CallLog;
  readonly faults: FaultInjector;
  /** Only this bot token is accepted; any if undefined. */
  readonly token: string | undefined;
  readonly onUpgrade: (request: IncomingMessage, socket: Duplex, head: Buffer) => void;
  /** Bugs in the fake itself (a route threw something other than a DiscordHttpError). */
  readonly onInternalError: (error: unknown, call: string) => void;
}

interface ParsedBody {
  readonly body: unknown;
  readonly files: string[];
}

async function readBody(request: IncomingMessage): Promise<ParsedBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return { body: null, files: [] };
  const type = request.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    // discord.js sends files as multipart with the JSON in `payload_json`.
    const form = await new Request('http://fake.invalid/', { method: 'POST', headers: { 'content-type': type }, body: raw }).formData();
    const json = form.get('payload_json');
    const files: string[] = [];
    for (const [, value] of form) if (typeof value !== 'string') files.push(value.name);
    return { body: typeof json === 'string' ? (JSON.parse(json) as unknown) : null, files };
  }
  return { body: JSON.parse(raw.toString('utf8')) as unknown, files: [] };
}

function decodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}

function bucketOf(method: string, template: string): string {
  return createHash('sha1').update(`${method} ${template}`).digest('hex').slice(0, 16);
}

/** Headers of a bucket that is nowhere near its limit, so discord.js's queue never waits. */
function rateLimitHeaders(bucket: string): Record<string, string> {
  return {
    'x-ratelimit-limit': '50',
    'x-ratelimit-remaining': '49',
    'x-ratelimit-reset': ((Date.now() + 1000) / 1000).toFixed(3),
    'x-ratelimit-reset-after': '1.000',
    'x-ratelimit-bucket': bucket,
  };
}

export class RestServer {
  readonly #server: Server;
  readonly #options: RestServerOptions;

  constructor(options: RestServerOptions) {
    this.#options = options;
    this.#server = createServer((request, response) => {
      void this.#handle(request, response);
    });
    this.#server.on('upgrade', options.onUpgrade);
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(0, '127.0.0.1', () => {
        this.#server.off('error', reject);
        resolve();
      });
    });
    return (this.#server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    // discord.js's undici pool keeps connections alive; close them or `close` waits for their timeout.
    this.#server.closeAllConnections();
    await closed;
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const at = Date.now();
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = (request.method ?? 'GET').toUpperCase();
    // discord.js sends '@original' and '@me' as '%40original' and '%40me'; record and route them decoded.
    const path = decodePath(url.pathname.startsWith(`${API_PREFIX}/`) ? url.pathname.slice(API_PREFIX.length) : url.pathname);
    const query = Object.fromEntries(url.searchParams);
    const authorization = request.headers.authorization ?? null;
    let parsed: ParsedBody = { body: null, files: [] };
    try {
      parsed = await readBody(request);
    } catch {
      this.#send(response, 400, { message: 'The request body contains invalid JSON.', code: 50109 }, {});
      this.#options.log.record({ method, path, query, body: null, files: [], at, status: 400, route: null, authorized: authorization !== null });
      return;
    }

    const found = url.pathname.startsWith(`${API_PREFIX}/`) ? this.#route(method, path) : null;
    const bucket = bucketOf(method, found?.route.template ?? path);
    let status: number;
    let body: unknown;
    let headers: Record<string, string> = {};

    const fault = found === null ? null : this.#options.faults.take(method, path, bucket);
    if (found === null) {
      // Real Discord answers unknown routes like this; the call is recorded with route null.
      status = 404;
      body = { message: `404: Not Found (FakeDiscord has no route for ${method} ${path})`, code: 0 };
    } else if (found.route.auth && !this.#authorized(authorization)) {
      status = 401;
      body = DiscordHttpError.of(DiscordErrors.unauthorized).body;
    } else if (fault !== null) {
      status = fault.status;
      body = fault.body;
      headers = { ...fault.headers };
    } else {
      try {
        const result = found.route.handle({ method: found.route.method, path, params: found.params, query: url.searchParams, body: parsed.body });
        status = result.status;
        body = result.body;
        headers = rateLimitHeaders(bucket);
      } catch (error) {
        if (error instanceof DiscordHttpError) {
          status = error.status;
          body = error.body;
          headers = rateLimitHeaders(bucket);
        } else {
          this.#options.onInternalError(error, `${method} ${path}`);
          status = 500;
          body = { message: `FakeDiscord bug: ${error instanceof Error ? error.message : String(error)}`, code: 0 };
        }
      }
    }
    // Record before answering, so a test that awaits the bot's request sees the call already logged.
    this.#options.log.record({
      method,
      path,
      query,
      body: parsed.body,
      files: parsed.files,
      at,
      status,
      route: found?.route.template ?? null,
      authorized: authorization !== null,
    });
    this.#send(response, status, body, headers);
  }

  #route(method: string, path: string): { route: RestRoute; params: Record<string, string> } | null {
    for (const route of this.#options.routes) {
      if (route.method !== method) continue;
      const params = matchTemplate(route.template, path);
      if (params !== null) return { route, params };
    }
    return null;
  }

  #authorized(header: string | null): boolean {
    if (header === null || !header.startsWith('Bot ')) return false;
    return this.#options.token === undefined || header === `Bot ${this.#options.token}`;
  }

  #send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
    if (status === 204 || body === undefined) {
      response.writeHead(status, headers).end();
      return;
    }
    response.writeHead(status, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify(body));
  }
}
