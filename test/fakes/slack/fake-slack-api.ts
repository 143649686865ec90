/**
 * A local stand-in for Slack's Web API (https://slack.com/api/) and for response_url endpoints, for
 * end-to-end tests that run the real Bolt app. Point Bolt at it with
 * `clientOptions: { slackApiUrl: fake.apiUrl }`. It answers the way @slack/web-api 8 expects (HTTP 200
 * with `ok: false` for Slack errors, 429 with Retry-After for rate limits), records every call, keeps
 * enough state for errors such as `message_not_found`, and fails on request.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { boundPort } from './bound-port.js';
import { FakeSocketMode } from './socket-mode.js';
import { Waiters } from './waiters.js';
import { WEB_API_METHODS } from './web-api-methods.js';
import type { ApiArgs, ApiResult } from './web-api-methods.js';
import { Workspace } from './workspace.js';
import type { Conversation, StoredEphemeral, StoredMessage, StoredView, WorkspaceSeed } from './workspace.js';

/** One Web API call as the fake received it. */
export interface RecordedCall {
  /** Slack method name, e.g. `chat.postMessage`. */
  readonly method: string;
  /** Arguments without `token`; JSON-valued fields (`blocks`, `view`, …) are parsed, the rest are form strings. */
  readonly args: ApiArgs;
  /** Bearer token from the Authorization header (or a `token` form field). */
  readonly token: string | undefined;
  /** Arrival time, epoch milliseconds. */
  readonly at: number;
  /** HTTP status the fake answered with. */
  readonly status: number;
  readonly response: ApiResult;
}

/** One post to a response_url. */
export interface RecordedResponse {
  readonly id: string;
  readonly body: unknown;
  /** Arrival time, epoch milliseconds. */
  readonly at: number;
}

/** A call as an interceptor sees it. */
export type SlackCall = Pick<RecordedCall, 'method' | 'args'>;

/**
 * What to do with a call as it arrives, before it is answered: `drop` closes the connection without
 * acting on it (the bot never reached Slack); `hold` acts on it but never answers (Slack did it, the bot
 * never heard). Used to kill a bot process at an exact point of a flow.
 */
export type Interception = 'drop' | 'hold' | undefined;
export type Interceptor = (call: SlackCall & { readonly token: string | undefined }) => Interception;

/**
 * Something the bot posted, as a person reads it: a message in a channel, DM or group DM, or an
 * ephemeral (`onlyFor`). Text and blocks read through to the stored message, so an edit shows.
 */
export interface PostedMessage {
  readonly channel: string;
  readonly ts: string;
  readonly text: string;
  readonly blocks: unknown[];
  /** Set for chat.postEphemeral: only this user sees it. */
  readonly onlyFor?: string;
  readonly metadata?: unknown;
}

/** A DM or group DM the bot opened: the people in it (the bot left out, sorted) and whether it was closed. */
export interface OpenedConversation {
  readonly members: string[];
  readonly closed: boolean;
}

/** How the next call of a method fails. Without `error`, `status` or `drop` it is only delayed. */
export interface Fault {
  /** Slack error code for an `ok: false` answer, e.g. `not_in_channel`, `ratelimited`. */
  readonly error?: string;
  /** HTTP status; default 429 for `ratelimited`, otherwise 200 (Slack reports errors in the body). */
  readonly status?: number;
  /** Retry-After header in seconds; default 1 when the status is 429; `null` leaves it out. */
  readonly retryAfter?: number | null;
  /** Wait this long (ms) before answering. */
  readonly delayMs?: number;
  /** Destroy the connection instead of answering (the client sees a network error). */
  readonly drop?: boolean;
  /** How many consecutive calls get this fault. Default 1. */
  readonly times?: number;
}

const JSON_FIELDS = new Set(['blocks', 'attachments', 'view', 'metadata', 'unfurls']);
const DEFAULT_WAIT_MS = 2_000;

interface ParsedRequest {
  readonly fields: Record<string, unknown> | undefined;
  readonly bearer: string | undefined;
}

export class FakeSlackApi {
  readonly workspace: Workspace;
  readonly #server: Server;
  readonly #port: number;
  readonly #calls: RecordedCall[] = [];
  readonly #responses: RecordedResponse[] = [];
  readonly #faults = new Map<string, Fault[]>();
  readonly #responseFaults = new Map<string, number[]>();
  readonly #callWaiters = new Waiters<RecordedCall>();
  readonly #responseWaiters = new Waiters<RecordedResponse>();
  readonly #delays = new Set<NodeJS.Timeout>();
  readonly #posted = new WeakMap<object, PostedMessage>();
  #socketMode: FakeSocketMode | null = null;
  /** Looks at each Web API call before it is answered (see `Interception`). */
  intercept: Interceptor | null = null;

  private constructor(workspace: Workspace, server: Server, port: number) {
    this.workspace = workspace;
    this.#server = server;
    this.#port = port;
  }

  /** Starts the fake on 127.0.0.1 on a free port. */
  static async start(seed: WorkspaceSeed): Promise<FakeSlackApi> {
    const workspace = new Workspace(seed);
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ port: 0, host: '127.0.0.1' }, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const fake = new FakeSlackApi(workspace, server, boundPort(server));
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      fake.#route(req, res).catch((error: unknown) => {
        // A bug in the fake must show up as a failing call, never as a hang.
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`fake slack error: ${error instanceof Error ? error.message : String(error)}`);
      });
    });
    return fake;
  }

  /** Base URL for `clientOptions.slackApiUrl`, with the trailing slash @slack/web-api needs. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api/`;
  }

  /**
   * Turns Socket Mode on: `apps.connections.open` with `appToken` answers a WebSocket URL on this fake's
   * port, and the returned server delivers envelopes to the app's connections (see socket-mode.ts).
   */
  enableSocketMode(appToken: string): FakeSocketMode {
    if (this.#socketMode !== null) return this.#socketMode;
    const socketMode = new FakeSocketMode(appToken, `ws://127.0.0.1:${this.#port}`);
    this.#server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => socketMode.upgrade(req, socket, head));
    this.#socketMode = socketMode;
    return socketMode;
  }

  /** A response_url the fake records posts to; put it in command and action payloads. */
  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.#port}/response/${encodeURIComponent(id)}`;
  }

  /** Every Web API call so far, in the order they were answered. */
  get calls(): readonly RecordedCall[] {
    return this.#calls;
  }

  callsTo(method: string): RecordedCall[] {
    return this.#calls.filter((c) => c.method === method);
  }

  /** The first call of `method` (already made or still to come) that matches `predicate`. */
  waitForCall(method: string, predicate: (call: RecordedCall) => boolean = () => true, timeoutMs = DEFAULT_WAIT_MS): Promise<RecordedCall> {
    return this.#callWaiters.wait(
      this.#calls,
      (c) => c.method === method && predicate(c),
      timeoutMs,
      () => `no matching ${method} call within ${timeoutMs} ms; calls to it: ${JSON.stringify(this.callsTo(method).map((c) => c.args))}`,
    );
  }

  /** Every post to any response_url so far, in arrival order (for counting many at once). */
  get allResponses(): readonly RecordedResponse[] {
    return this.#responses;
  }

  /** The bodies posted to `responseUrl(id)`, in order. */
  responsesFor(id: string): Record<string, unknown>[] {
    return this.responses(id).map((r) => (isRecord(r.body) ? r.body : { raw: r.body }));
  }

  /** Posts made to `responseUrl(id)`, in order. */
  responses(id: string): RecordedResponse[] {
    return this.#responses.filter((r) => r.id === id);
  }

  waitForResponse(id: string, timeoutMs = DEFAULT_WAIT_MS): Promise<RecordedResponse> {
    return this.#responseWaiters.wait(this.#responses, (r) => r.id === id, timeoutMs, () => `no post to response_url ${id} within ${timeoutMs} ms`);
  }

  /** Makes the next call(s) of `method` fail; `'*'` matches any method not given its own fault. */
  failNext(method: string, fault: Fault): void {
    const times = fault.times ?? 1;
    const queue = this.#faults.get(method) ?? [];
    for (let i = 0; i < times; i += 1) queue.push(fault);
    this.#faults.set(method, queue);
  }

  /** The next post to `responseUrl(id)` gets this HTTP status (Slack answers 404 for expired or overused URLs). */
  failNextResponse(id: string, status: number): void {
    this.#responseFaults.set(id, [...(this.#responseFaults.get(id) ?? []), status]);
  }

  /** Forgets recorded calls, responses and pending faults; workspace state (messages, DMs, views) stays. */
  clearCalls(): void {
    this.#calls.length = 0;
    this.#responses.length = 0;
    this.#faults.clear();
    this.#responseFaults.clear();
  }

  /** Everything posted in the workspace (messages and ephemerals), oldest first. */
  get messages(): PostedMessage[] {
    const all: PostedMessage[] = [];
    for (const byTs of this.workspace.messages.values()) for (const m of byTs.values()) all.push(this.#asPosted(m, () => livePosted(m)));
    for (const e of this.workspace.ephemerals) {
      all.push(this.#asPosted(e, () => ({ channel: e.channel, ts: e.message_ts, text: e.text ?? '', blocks: Array.isArray(e.blocks) ? e.blocks : [], onlyFor: e.user })));
    }
    return all.sort((a, b) => a.ts.localeCompare(b.ts));
  }

  /** Everything a user can read in a channel: messages, minus ephemerals meant for others. */
  textIn(channel: string, viewer?: string): string[] {
    return this.messages.filter((m) => m.channel === channel && (m.onlyFor === undefined || m.onlyFor === viewer)).map((m) => m.text);
  }

  /** What the bot said privately to a user: their DM with the bot, and ephemerals for them anywhere. */
  privateTo(user: string): string[] {
    const dm = [...this.workspace.conversations.values()].find((c) => c.kind === 'im' && c.user === user)?.id;
    return this.messages.filter((m) => m.onlyFor === user || (dm !== undefined && m.channel === dm)).map((m) => m.text);
  }

  /** The DMs and group DMs opened so far, by id. */
  get conversations(): ReadonlyMap<string, OpenedConversation> {
    const bot = this.workspace.seed.botUserId;
    const opened = new Map<string, OpenedConversation>();
    for (const c of this.workspace.conversations.values()) {
      if (c.kind === 'im' || c.kind === 'mpim') opened.set(c.id, { members: c.members.filter((u) => u !== bot).sort(), closed: !c.isOpen });
    }
    return opened;
  }

  /** Polls `probe` every 10 ms until it returns something (not undefined, null or false). */
  async waitFor<T>(probe: () => T | undefined | null | false, timeoutMs = 3000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined && value !== null && value !== false) return value;
      if (Date.now() > until) throw new Error('timed out waiting for the fake Slack');
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  #asPosted(stored: object, make: () => PostedMessage): PostedMessage {
    let posted = this.#posted.get(stored);
    if (posted === undefined) {
      posted = make();
      this.#posted.set(stored, posted);
    }
    return posted;
  }

  /** Messages in a conversation, oldest first. */
  messagesIn(channel: string): StoredMessage[] {
    return [...(this.workspace.messages.get(channel)?.values() ?? [])].sort((a, b) => a.ts.localeCompare(b.ts));
  }

  message(channel: string, ts: string): StoredMessage | undefined {
    return this.workspace.messages.get(channel)?.get(ts);
  }

  ephemerals(channel?: string): StoredEphemeral[] {
    return this.workspace.ephemerals.filter((e) => channel === undefined || e.channel === channel);
  }

  conversation(id: string): Conversation | undefined {
    return this.workspace.conversations.get(id);
  }

  view(id: string): StoredView | undefined {
    return this.workspace.views.get(id);
  }

  homeView(userId: string): StoredView | undefined {
    return this.workspace.homes.get(userId);
  }

  /** A DM with `user` that already exists under `id` (they wrote to the app first). */
  addDm(id: string, user: string): void {
    this.workspace.addIm(id, user);
  }

  /** Stores a message written by a person (as an event would report it) and returns its ts. */
  addMessage(channel: string, message: { readonly user: string; readonly text: string; readonly thread_ts?: string }): string {
    const ts = this.workspace.nextTs();
    this.workspace.messagesIn(channel).set(ts, { type: 'message', ts, channel, team: this.workspace.teamId, ...message });
    return ts;
  }

  /** Closes the server and every open connection, and rejects pending waits. */
  async stop(): Promise<void> {
    for (const timer of this.#delays) clearTimeout(timer);
    this.#delays.clear();
    this.#callWaiters.cancelAll('fake Slack API stopped');
    this.#responseWaiters.cancelAll('fake Slack API stopped');
    await this.#socketMode?.stop();
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    this.#server.closeAllConnections();
    await closed;
  }

  async #route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    if (url.pathname.startsWith('/api/')) {
      await this.#webApi(decodeURIComponent(url.pathname.slice('/api/'.length)), req, raw, url.searchParams, res);
    } else if (url.pathname.startsWith('/response/') && req.method === 'POST') {
      this.#responseUrlPost(decodeURIComponent(url.pathname.slice('/response/'.length)), req, raw, res);
    } else {
      sendJson(res, 404, { ok: false, error: 'not_found' });
    }
  }

  async #webApi(method: string, req: IncomingMessage, raw: string, query: URLSearchParams, res: ServerResponse): Promise<void> {
    const at = Date.now();
    const { fields, bearer } = parseRequest(req, raw);
    const { token: bodyToken, ...args } = { ...Object.fromEntries(query), ...(fields ?? {}) };
    const token = bearer ?? (typeof bodyToken === 'string' ? bodyToken : undefined);
    const interception = this.intercept?.({ method, args, token });
    if (interception === 'drop') {
      req.socket.destroy();
      return;
    }
    if (interception === 'hold') {
      const { status, response } = this.#answer(method, fields === undefined ? undefined : args, token, undefined);
      this.#record({ method, args, token, at, status, response });
      req.socket.destroy();
      return;
    }
    const fault = this.#takeFault(method);
    if (fault?.delayMs !== undefined) await this.#sleep(fault.delayMs);
    if (fault?.drop === true) {
      this.#record({ method, args, token, at, status: 0, response: { ok: false, error: 'connection_dropped' } });
      req.socket.destroy();
      return;
    }
    const { status, response, headers } = this.#answer(method, fields === undefined ? undefined : args, token, fault);
    this.#record({ method, args, token, at, status, response });
    sendJson(res, status, response, headers);
  }

  #answer(
    method: string,
    args: ApiArgs | undefined,
    token: string | undefined,
    fault: Fault | undefined,
  ): { status: number; response: ApiResult; headers: Record<string, string> } {
    if (fault !== undefined && (fault.error !== undefined || fault.status !== undefined)) {
      const error = fault.error ?? 'fatal_error';
      const status = fault.status ?? (error === 'ratelimited' ? 429 : 200);
      const retryAfter = fault.retryAfter === undefined ? (status === 429 ? 1 : null) : fault.retryAfter;
      return { status, response: { ok: false, error }, headers: retryAfter === null ? {} : { 'retry-after': String(retryAfter) } };
    }
    // Socket Mode's one method takes the app-level token, not a bot token.
    if (method === 'apps.connections.open' && this.#socketMode !== null) return { status: 200, response: this.#socketMode.openConnection(token), headers: {} };
    const handler = WEB_API_METHODS[method];
    if (handler === undefined) return { status: 200, response: { ok: false, error: 'unknown_method' }, headers: {} };
    if (args === undefined) return { status: 200, response: { ok: false, error: 'invalid_form_data' }, headers: {} };
    if (token === undefined) return { status: 200, response: { ok: false, error: 'not_authed' }, headers: {} };
    const allowed = this.workspace.seed.tokens;
    if (allowed !== undefined && !allowed.includes(token)) return { status: 200, response: { ok: false, error: 'invalid_auth' }, headers: {} };
    return { status: 200, response: handler(this.workspace, args), headers: {} };
  }

  #responseUrlPost(id: string, req: IncomingMessage, raw: string, res: ServerResponse): void {
    const { fields } = parseRequest(req, raw);
    const record: RecordedResponse = { id, body: fields ?? raw, at: Date.now() };
    this.#responses.push(record);
    this.#responseWaiters.offer(record);
    const status = this.#responseFaults.get(id)?.shift();
    if (status !== undefined) sendJson(res, status, { ok: false, error: 'expired_url' });
    else sendJson(res, 200, { ok: true });
  }

  #takeFault(method: string): Fault | undefined {
    return this.#faults.get(method)?.shift() ?? this.#faults.get('*')?.shift();
  }

  #record(call: RecordedCall): void {
    this.#calls.push(call);
    this.#callWaiters.offer(call);
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#delays.delete(timer);
        resolve();
      }, ms);
      this.#delays.add(timer);
    });
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Form bodies as @slack/web-api sends them (objects JSON-encoded per field), or a JSON body. */
function parseRequest(req: IncomingMessage, raw: string): ParsedRequest {
  const auth = req.headers.authorization;
  const bearer = auth?.startsWith('Bearer ') === true ? auth.slice('Bearer '.length) : undefined;
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/json') {
    try {
      const parsed: unknown = JSON.parse(raw === '' ? '{}' : raw);
      return { fields: isRecord(parsed) ? parsed : undefined, bearer };
    } catch {
      return { fields: undefined, bearer };
    }
  }
  if (type !== '' && type !== 'application/x-www-form-urlencoded') return { fields: undefined, bearer };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) fields[key] = JSON_FIELDS.has(key) ? parseJsonField(value) : value;
  return { fields, bearer };
}

function parseJsonField(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** A reading of a stored message whose text and blocks follow later edits. */
function livePosted(m: StoredMessage): PostedMessage {
  return {
    channel: m.channel,
    ts: m.ts,
    get text() {
      return m.text;
    },
    get blocks() {
      return Array.isArray(m.blocks) ? (m.blocks as unknown[]) : [];
    },
    ...(m.metadata === undefined ? {} : { metadata: m.metadata }),
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}
