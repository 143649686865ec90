/**
 * FakeDiscord: a local Discord (REST + gateway on one 127.0.0.1 port) for the real discord.js client.
 * Start it with fixtures, point the client at `apiUrl`, drive it with `sendInteraction`/`sendMessage`,
 * and assert on `calls`, `callbacks` and `state`. See README.md in this folder.
 */
import type { APIInteraction, APIMessage, GatewayReadyDispatchData } from 'discord.js';
import { CallLog, callTo, type CallPredicate, type RecordedCall } from './calls.js';
import { FaultInjector, type FailureSpec } from './faults.js';
import type { FakeDiscordOptions } from './fixtures.js';
import { FakeGateway, shardOfGuild } from './gateway.js';
import { InteractionBuilder } from './interaction-builders.js';
import { gatewayMessage } from './messages.js';
import { memberPayload, mentionsIn, messagePayload, noFlags, userPayload, guildCreatePayload } from './payloads.js';
import { RestServer } from './rest-server.js';
import type { PathPattern } from './route-match.js';
import type { InteractionCallbackRecord, RouteContext } from './route-context.js';
import { channelRoutes } from './routes-channels.js';
import { commandRoutes } from './routes-commands.js';
import { directoryRoutes } from './routes-directory.js';
import { interactionRoutes } from './routes-interactions.js';
import { SnowflakeSource } from './snowflake.js';
import { FakeState } from './state.js';

export interface SendMessageInput {
  /** The author's user id (a fixture member or user). */
  readonly author: string;
  /** A guild channel or thread id; 'dm' for the author's DM with the bot. */
  readonly channel: string;
  readonly content: string;
}

interface CallbackWaiter {
  readonly resolve: (record: InteractionCallbackRecord) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

const DEFAULT_WAIT_MS = 2000;

export class FakeDiscord {
  readonly state: FakeState;
  readonly gateway: FakeGateway;
  /** Builders for INTERACTION_CREATE payloads (slash commands, buttons, modal submits). */
  readonly build: InteractionBuilder;
  /** Every interaction callback the bot sent, oldest first. */
  readonly callbacks: InteractionCallbackRecord[] = [];
  /** Errors thrown inside the fake's own routes (its bugs); they were answered with 500. */
  readonly internalErrors: unknown[] = [];
  readonly #log = new CallLog();
  readonly #faults = new FaultInjector();
  readonly #rest: RestServer;
  readonly #callbackWaiters = new Map<string, CallbackWaiter>();
  readonly #ctx: RouteContext;
  #port = 0;
  /** GET /gateway/bot's recommended `shards`; tests may change it between logins. */
  shards: number;

  private constructor(readonly options: FakeDiscordOptions) {
    this.shards = options.shards ?? 1;
    this.state = new FakeState(options, new SnowflakeSource());
    this.build = new InteractionBuilder(this.state);
    this.gateway = new FakeGateway({
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 1000,
      token: options.token,
      botUserId: options.botUserId,
      ready: (session): GatewayReadyDispatchData & Record<string, unknown> => ({
        v: 10,
        user: { ...userPayload(this.state.botUser), verified: true, mfa_enabled: false },
        guilds: [...this.state.guilds.keys()].filter((id) => shardOfGuild(id, session.shard[1]) === session.shard[0]).map((id) => ({ id, unavailable: true })),
        session_id: session.id,
        resume_gateway_url: session.resumeUrl,
        shard: [session.shard[0], session.shard[1]],
        application: { id: options.applicationId, flags: noFlags(), flags_new: '0' },
        private_channels: [],
        relationships: [],
        presences: [],
        guild_join_requests: [],
        geo_ordered_rtc_regions: [],
        user_settings: {},
        _trace: ['fake-gateway'],
      }),
      guildCreates: ([id, count]) => [...this.state.guilds.values()].filter((g) => shardOfGuild(g.id, count) === id).map((g) => guildCreatePayload(this.state, g)),
      memberChunks: (request) => this.#memberChunks(request),
    });
    this.#ctx = {
      state: this.state,
      emit: (event, data) => {
        if (this.gateway.sessionCount > 0) this.gateway.dispatch(event, data);
      },
      interactionDeadlineMs: options.interactionDeadlineMs === undefined ? 3000 : options.interactionDeadlineMs,
      onCallback: (record) => this.#onCallback(record),
    };
    this.#rest = new RestServer({
      routes: [...interactionRoutes(this.#ctx), ...channelRoutes(this.#ctx), ...directoryRoutes(this.#ctx, { url: () => this.gateway.url, shards: () => this.shards, maxConcurrency: options.maxConcurrency ?? 1 }), ...commandRoutes(this.#ctx)],
      log: this.#log,
      faults: this.#faults,
      token: options.token,
      onUpgrade: (request, socket, head) => this.gateway.handleUpgrade(request, socket, head),
      onInternalError: (error) => this.internalErrors.push(error),
    });
  }

  /** Starts REST and gateway on an ephemeral 127.0.0.1 port. */
  static async start(options: FakeDiscordOptions): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    fake.#port = await fake.#rest.listen();
    fake.gateway.setPort(fake.#port);
    return fake;
  }

  /** For `new Client({ rest: { api: fake.apiUrl } })`; discord.js appends '/v10'. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  get port(): number {
    return this.#port;
  }

  /** Every REST request, oldest first: `{ method, path, body, query, at, status, route, authorized, files }`. */
  get calls(): readonly RecordedCall[] {
    return this.#log.calls;
  }

  /** Calls with `method` to a path matching `pathPattern` ('/channels/:id/messages' or a RegExp). */
  callsTo(method: string, pathPattern: PathPattern): RecordedCall[] {
    return this.#log.filter(callTo(method, pathPattern));
  }

  /** Requests no route handled (answered 404 code 0): the bot used an endpoint the fake lacks. */
  unhandledCalls(): RecordedCall[] {
    return this.#log.filter((c) => c.route === null);
  }

  /** The first call, already made or still to come, that matches; rejects after `timeoutMs`. */
  async waitForCall(match: CallPredicate | { readonly method: string; readonly pathPattern: PathPattern }, timeoutMs = DEFAULT_WAIT_MS): Promise<RecordedCall> {
    const predicate = typeof match === 'function' ? match : callTo(match.method, match.pathPattern);
    const what = typeof match === 'function' ? 'matching REST call' : `${match.method} ${String(match.pathPattern)}`;
    return this.#log.waitFor(predicate, timeoutMs, what);
  }

  /** Makes the next matching request(s) fail; see {@link FailureSpec} and `DiscordErrors`. */
  failNext(spec: FailureSpec): void {
    this.#faults.add(spec);
  }

  /** Sends a gateway dispatch to every session; throws if no client is logged in. */
  dispatch(event: string, data: unknown): void {
    this.gateway.dispatch(event, data);
  }

  /**
   * Dispatches INTERACTION_CREATE and resolves with the bot's first callback for it. Rejects after
   * `timeoutMs` (default 2 s) — usually a handler that threw, or never answered.
   */
  async sendInteraction(payload: APIInteraction, options: { readonly timeoutMs?: number } = {}): Promise<InteractionCallbackRecord> {
    const userId = payload.member?.user.id ?? payload.user?.id;
    const channelId = payload.channel?.id ?? payload.channel_id;
    if (userId === undefined || channelId === undefined) throw new Error('FakeDiscord: an interaction needs a user (or member) and a channel');
    this.state.interactions.set(payload.id, {
      id: payload.id,
      token: payload.token,
      type: payload.type,
      userId,
      guildId: payload.guild_id ?? null,
      channelId,
      createdAt: Date.now(),
      sourceMessageId: 'message' in payload && payload.message !== undefined ? payload.message.id : null,
      callbackType: null,
      originalMessageId: null,
    });
    const answered = this.waitForCallback(payload.id, options.timeoutMs ?? DEFAULT_WAIT_MS);
    this.gateway.dispatch('INTERACTION_CREATE', payload);
    return answered;
  }

  /** The first callback for an interaction, already sent or still to come. */
  async waitForCallback(interactionId: string, timeoutMs = DEFAULT_WAIT_MS): Promise<InteractionCallbackRecord> {
    const seen = this.callbacks.find((c) => c.interactionId === interactionId);
    if (seen !== undefined) return seen;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#callbackWaiters.delete(interactionId);
        const calls = this.calls.slice(-5).map((c) => `${c.method} ${c.path} → ${c.status}`);
        reject(new Error(`FakeDiscord: no callback for interaction ${interactionId} within ${timeoutMs} ms. Last calls:\n  ${calls.join('\n  ') || '(none)'}`));
      }, timeoutMs);
      this.#callbackWaiters.set(interactionId, { resolve, reject, timer });
    });
  }

  #onCallback(record: InteractionCallbackRecord): void {
    this.callbacks.push(record);
    const waiter = this.#callbackWaiters.get(record.interactionId);
    if (waiter === undefined) return;
    this.#callbackWaiters.delete(record.interactionId);
    clearTimeout(waiter.timer);
    waiter.resolve(record);
  }

  /** A person posts a message: stored, and dispatched as MESSAGE_CREATE (filtered by the client's intents). */
  sendMessage(input: SendMessageInput): APIMessage {
    const author = this.state.user(input.author);
    if (author === undefined) throw new Error(`FakeDiscord: unknown user ${input.author}`);
    const channelId = input.channel === 'dm' ? this.state.openDm(author.id).id : input.channel;
    const guild = this.state.guildOf(channelId);
    if (input.channel !== 'dm') {
      if (this.state.channel(channelId) === undefined) throw new Error(`FakeDiscord: unknown channel ${channelId}`);
      if (guild?.members.has(author.id) !== true) throw new Error(`FakeDiscord: ${author.id} is not a member of the guild of ${channelId}`);
    }
    const payload = messagePayload(this.state, {
      id: this.state.ids.next(),
      channelId,
      author,
      extra: { content: input.content, mentions: mentionsIn(this.state, input.content) },
    });
    this.state.addMessage(payload);
    this.gateway.dispatch('MESSAGE_CREATE', gatewayMessage(this.#ctx, payload));
    return payload;
  }

  /**
   * Cuts the gateway connection(s). Default: an abrupt drop that discord.js RESUMEs (replaying what
   * was dispatched meanwhile). See {@link FakeGateway.dropConnections} for codes.
   */
  dropConnection(options: { readonly code?: number; readonly invalidateSessions?: boolean } = {}): void {
    this.gateway.dropConnections(options);
  }

  /** Resolves at the next READY (after IDENTIFY) or RESUMED the gateway sends. */
  async waitForGateway(event: 'ready' | 'resumed', timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.gateway.off(event, done);
        reject(new Error(`FakeDiscord: no ${event.toUpperCase()} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.gateway.once(event, done);
    });
  }

  #memberChunks(request: Record<string, unknown>): unknown[] {
    const guild = typeof request.guild_id === 'string' ? this.state.guilds.get(request.guild_id) : undefined;
    if (guild === undefined) return [];
    const wanted = Array.isArray(request.user_ids) ? request.user_ids.map(String) : typeof request.user_ids === 'string' ? [request.user_ids] : null;
    const query = typeof request.query === 'string' ? request.query.toLowerCase() : '';
    const limit = typeof request.limit === 'number' && request.limit > 0 ? request.limit : Number.POSITIVE_INFINITY;
    const members = [...guild.members.values()]
      .filter((m) => (wanted === null ? (this.state.user(m.userId)?.username.toLowerCase().startsWith(query) ?? false) : wanted.includes(m.userId)))
      .slice(0, limit);
    return [
      {
        guild_id: guild.id,
        members: members.map((m) => memberPayload(this.state, m)),
        chunk_index: 0,
        chunk_count: 1,
        not_found: wanted === null ? [] : wanted.filter((id) => !guild.members.has(id)),
        ...(typeof request.nonce === 'string' ? { nonce: request.nonce } : {}),
      },
    ];
  }

  /** Closes sockets and the server and rejects pending waits. Destroy the client first, or it keeps reconnecting. */
  async stop(): Promise<void> {
    for (const [id, waiter] of this.#callbackWaiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error(`FakeDiscord stopped while waiting for a callback to interaction ${id}`));
    }
    this.#callbackWaiters.clear();
    this.#log.close();
    this.#faults.clear();
    await this.gateway.close();
    await this.#rest.close();
  }
}
