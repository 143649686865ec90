/**
 * The WebSocket half of the fake: HELLO, IDENTIFY → READY + GUILD_CREATEs, heartbeats, RESUME with
 * replay, and dispatches filtered by the session's intents and routed by shard, as Discord's gateway does.
 * https://discord.com/developers/docs/events/gateway
 */
import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GatewayCloseCodes, GatewayIntentBits, GatewayOpcodes } from 'discord.js';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';

export interface GatewayFrame {
  readonly op: number;
  readonly d: unknown;
  readonly s: number | null;
  readonly t: string | null;
}

export interface IdentifyData {
  readonly token: string;
  readonly intents: number;
  readonly shard: readonly [number, number] | null;
  readonly properties: unknown;
}

export interface GatewayHooks {
  readonly heartbeatIntervalMs: number;
  /** Only this token may IDENTIFY/RESUME; any if undefined. */
  readonly token: string | undefined;
  readonly botUserId: string;
  /** READY's `d`, for a new session. */
  readonly ready: (session: { id: string; resumeUrl: string; shard: readonly [number, number] }) => unknown;
  /** One GUILD_CREATE `d` per guild of the shard, sent right after READY. */
  readonly guildCreates: (shard: readonly [number, number]) => readonly unknown[];
  /** GUILD_MEMBERS_CHUNK `d`s for an op 8 Request Guild Members. */
  readonly memberChunks: (request: Record<string, unknown>) => readonly unknown[];
}

export interface GatewayEvents {
  identify: [IdentifyData];
  ready: [sessionId: string];
  resumed: [sessionId: string, replayed: number];
  heartbeat: [sequence: number | null];
  disconnect: [code: number];
}

interface Session {
  readonly id: string;
  readonly intents: number;
  readonly shard: readonly [number, number];
  seq: number;
  /** Sent frames kept for RESUME replay. */
  readonly log: GatewayFrame[];
  socket: WebSocket | null;
}

interface Connection {
  readonly socket: WebSocket;
  session: Session | null;
}

const REPLAY_LIMIT = 1000;

/**
 * The shard a guild's events go to: `(guild_id >> 22) % num_shards`. Events without a guild (DMs) go
 * to shard 0. https://discord.com/developers/docs/events/gateway#sharding-sharding-formula
 */
export function shardOfGuild(guildId: string | null, numShards: number): number {
  if (guildId === null) return 0;
  return Number((BigInt(guildId) >> 22n) % BigInt(numShards));
}
const opcode = z.enum(GatewayOpcodes);
const I = GatewayIntentBits;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The intent a session needs to receive an event at all; null for events every session gets. */
function requiredIntent(event: string, data: Record<string, unknown>): number | null {
  const inGuild = typeof data.guild_id === 'string';
  if (event.startsWith('MESSAGE_REACTION_')) return inGuild ? I.GuildMessageReactions : I.DirectMessageReactions;
  if (event.startsWith('MESSAGE_')) return inGuild ? I.GuildMessages : I.DirectMessages;
  if (event === 'TYPING_START') return inGuild ? I.GuildMessageTyping : I.DirectMessageTyping;
  if (event.startsWith('GUILD_MEMBER_') && event !== 'GUILD_MEMBERS_CHUNK') return I.GuildMembers;
  if (/^(GUILD_(CREATE|UPDATE|DELETE|ROLE_)|CHANNEL_|THREAD_)/.test(event)) return I.Guilds;
  return null;
}

/**
 * Without the privileged MessageContent intent, guild messages arrive with empty content, embeds,
 * attachments and components — unless they mention the bot or are the bot's own. DMs keep content.
 */
function withoutContent(event: string, data: Record<string, unknown>, intents: number, botUserId: string): Record<string, unknown> {
  if (!(event === 'MESSAGE_CREATE' || event === 'MESSAGE_UPDATE') || typeof data.guild_id !== 'string') return data;
  if ((intents & I.MessageContent) !== 0) return data;
  const author = isRecord(data.author) ? data.author.id : undefined;
  const mentioned = Array.isArray(data.mentions) && data.mentions.some((m) => isRecord(m) && m.id === botUserId);
  if (author === botUserId || mentioned) return data;
  const { poll: _poll, ...rest } = data;
  return { ...rest, content: '', embeds: [], attachments: [], components: [] };
}

export class FakeGateway extends EventEmitter<GatewayEvents> {
  /** Every IDENTIFY received, oldest first (intents, shard, properties). */
  readonly identifies: IdentifyData[] = [];
  /** The URLs clients connected to, e.g. 'ws://127.0.0.1:1234/?v=10&encoding=json'. */
  readonly connectionUrls: string[] = [];
  /** Set false to stop answering heartbeats: discord.js then calls the connection a zombie and resumes. */
  ackHeartbeats = true;
  #baseUrl = '';
  readonly #hooks: GatewayHooks;
  readonly #wss = new WebSocketServer({ noServer: true });
  readonly #sessions = new Map<string, Session>();
  readonly #connections = new Set<Connection>();
  #sessionCounter = 0;

  constructor(hooks: GatewayHooks) {
    super();
    this.#hooks = hooks;
  }

  /** Where clients connect (GET /gateway/bot `url`). */
  get url(): string {
    return this.#baseUrl;
  }

  get resumeUrl(): string {
    return `${this.#baseUrl}/resume`;
  }

  setPort(port: number): void {
    this.#baseUrl = `ws://127.0.0.1:${port}`;
  }

  /** Sessions that exist (connected, or dropped and still resumable). */
  get sessionCount(): number {
    return this.#sessions.size;
  }

  /** Open WebSocket connections. */
  get connectionCount(): number {
    return this.#connections.size;
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.#wss.handleUpgrade(request, socket, head, (ws) => this.#accept(ws, request));
  }

  #accept(socket: WebSocket, request: IncomingMessage): void {
    const url = new URL(request.url ?? '/', this.#baseUrl);
    this.connectionUrls.push(`${this.#baseUrl}${request.url ?? ''}`);
    const connection: Connection = { socket, session: null };
    this.#connections.add(connection);
    socket.on('message', (raw, isBinary) => {
      if (isBinary) {
        socket.close(GatewayCloseCodes.DecodeError, 'FakeDiscord speaks JSON text frames only');
        return;
      }
      let frame: unknown;
      try {
        const bytes = Buffer.isBuffer(raw) ? raw : Array.isArray(raw) ? Buffer.concat(raw) : Buffer.from(raw);
        frame = JSON.parse(bytes.toString('utf8'));
      } catch {
        socket.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
        return;
      }
      this.#receive(connection, frame);
    });
    socket.on('close', (code) => {
      this.#connections.delete(connection);
      const session = connection.session;
      if (session !== null && session.socket === socket) {
        session.socket = null;
        // A client closing with 1000/1001 ends its session; anything else may RESUME.
        if (code === 1000 || code === 1001) this.#sessions.delete(session.id);
      }
      this.emit('disconnect', code);
    });
    if (url.searchParams.get('v') !== '10') {
      socket.close(GatewayCloseCodes.InvalidAPIVersion, 'Invalid API version');
      return;
    }
    if (url.searchParams.get('encoding') !== 'json' || url.searchParams.has('compress')) {
      socket.close(GatewayCloseCodes.DecodeError, 'FakeDiscord supports encoding=json without compression');
      return;
    }
    this.#send(socket, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.#hooks.heartbeatIntervalMs, _trace: ['fake-gateway'] }, s: null, t: null });
  }

  #receive(connection: Connection, frame: unknown): void {
    const { socket } = connection;
    if (!isRecord(frame) || typeof frame.op !== 'number') {
      socket.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    const op = opcode.safeParse(frame.op);
    if (!op.success) {
      socket.close(GatewayCloseCodes.UnknownOpcode, 'Unknown opcode.');
      return;
    }
    const d = isRecord(frame.d) ? frame.d : {};
    switch (op.data) {
      case GatewayOpcodes.Heartbeat: {
        const sequence = typeof frame.d === 'number' ? frame.d : null;
        this.emit('heartbeat', sequence);
        if (this.ackHeartbeats) this.#send(socket, { op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
        return;
      }
      case GatewayOpcodes.Identify:
        this.#identify(connection, d);
        return;
      case GatewayOpcodes.Resume:
        this.#resume(connection, d);
        return;
      case GatewayOpcodes.RequestGuildMembers:
        if (connection.session === null) break;
        for (const chunk of this.#hooks.memberChunks(d)) this.#deliver(connection.session, 'GUILD_MEMBERS_CHUNK', chunk);
        return;
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
        if (connection.session === null) break;
        return;
      default:
        socket.close(GatewayCloseCodes.UnknownOpcode, 'Unknown opcode.');
        return;
    }
    socket.close(GatewayCloseCodes.NotAuthenticated, 'Not authenticated.');
  }

  #tokenOk(token: unknown): boolean {
    return typeof token === 'string' && (this.#hooks.token === undefined || token === this.#hooks.token);
  }

  #identify(connection: Connection, d: Record<string, unknown>): void {
    const { socket } = connection;
    if (connection.session !== null) {
      socket.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
      return;
    }
    if (!this.#tokenOk(d.token)) {
      socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
      return;
    }
    if (typeof d.intents !== 'number') {
      socket.close(GatewayCloseCodes.InvalidIntents, 'Invalid intent(s).');
      return;
    }
    const shardIn = Array.isArray(d.shard) && d.shard.length === 2 ? d.shard : null;
    const shard: readonly [number, number] = shardIn === null ? [0, 1] : [Number(shardIn[0]), Number(shardIn[1])];
    if (!Number.isInteger(shard[0]) || !Number.isInteger(shard[1]) || shard[1] < 1 || shard[0] < 0 || shard[0] >= shard[1]) {
      socket.close(GatewayCloseCodes.InvalidShard, 'Invalid shard.');
      return;
    }
    const identify: IdentifyData = { token: String(d.token), intents: d.intents, shard: shardIn === null ? null : shard, properties: d.properties };
    this.identifies.push(identify);
    this.emit('identify', identify);

    this.#sessionCounter += 1;
    const id = `fake-session-${this.#sessionCounter.toString().padStart(4, '0')}`;
    const session: Session = { id, intents: d.intents, shard, seq: 0, log: [], socket };
    this.#sessions.set(id, session);
    connection.session = session;
    this.#deliver(session, 'READY', this.#hooks.ready({ id, resumeUrl: this.resumeUrl, shard }));
    // Without the Guilds intent Discord sends no GUILD_CREATE; discord.js then gives up waiting at once.
    for (const guild of this.#hooks.guildCreates(shard)) this.#deliver(session, 'GUILD_CREATE', guild);
    this.emit('ready', id);
  }

  #resume(connection: Connection, d: Record<string, unknown>): void {
    const session = typeof d.session_id === 'string' ? this.#sessions.get(d.session_id) : undefined;
    if (session === undefined || !this.#tokenOk(d.token) || connection.session !== null) {
      // d: false — not resumable; discord.js reconnects and identifies afresh.
      this.#send(connection.socket, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
      return;
    }
    const from = typeof d.seq === 'number' ? d.seq : 0;
    if (session.socket !== null && session.socket !== connection.socket) session.socket.terminate();
    session.socket = connection.socket;
    connection.session = session;
    const missed = session.log.filter((frame) => (frame.s ?? 0) > from);
    for (const frame of missed) this.#send(connection.socket, frame);
    this.#deliver(session, 'RESUMED', { _trace: ['fake-gateway'] });
    this.emit('resumed', session.id, missed.length);
  }

  /** The `[shard_id, num_shards]` of every session whose connection is open, in identify order. */
  liveShards(): (readonly [number, number])[] {
    return [...this.#sessions.values()].filter((s) => s.socket !== null).map((s) => s.shard);
  }

  /**
   * Sends a dispatch (op 0) to every session of the event's shard whose intents allow it; sessions whose
   * socket dropped keep it for replay on RESUME. Returns how many sessions took it (0: no session runs
   * that shard, and the event is lost, as on Discord).
   */
  dispatch(event: string, data: unknown): number {
    if (this.#sessions.size === 0) {
      throw new Error(`FakeDiscord: cannot dispatch ${event}: no gateway session (is the client logged in?)`);
    }
    const guildId = isRecord(data) && typeof data.guild_id === 'string' ? data.guild_id : null;
    let taken = 0;
    for (const session of this.#sessions.values()) {
      if (shardOfGuild(guildId, session.shard[1]) !== session.shard[0]) continue;
      if (this.#deliver(session, event, data)) taken += 1;
    }
    return taken;
  }

  #deliver(session: Session, event: string, data: unknown): boolean {
    let d = data;
    if (isRecord(data)) {
      const intent = requiredIntent(event, data);
      if (intent !== null && (session.intents & intent) === 0) return false;
      d = withoutContent(event, data, session.intents, this.#hooks.botUserId);
    }
    session.seq += 1;
    const frame: GatewayFrame = { op: GatewayOpcodes.Dispatch, d, s: session.seq, t: event };
    session.log.push(frame);
    if (session.log.length > REPLAY_LIMIT) session.log.shift();
    if (session.socket !== null) this.#send(session.socket, frame);
    return true;
  }

  /**
   * Cuts every connection. Without a code the TCP socket is destroyed (client sees 1006) and
   * discord.js RESUMEs. 4000–4009 also resume; 1000 makes discord.js IDENTIFY again — and its identify
   * throttle then waits up to ~6.5 s if the last IDENTIFY was under 5 s ago.
   */
  dropConnections(options: { readonly code?: number; readonly invalidateSessions?: boolean } = {}): void {
    if (options.invalidateSessions === true) this.#sessions.clear();
    for (const connection of this.#connections) {
      if (options.code === undefined) connection.socket.terminate();
      else connection.socket.close(options.code, 'FakeDiscord dropped the connection');
    }
  }

  /** op 7 Reconnect: discord.js closes and RESUMEs on a new connection. */
  requestReconnect(): void {
    for (const connection of this.#connections) this.#send(connection.socket, { op: GatewayOpcodes.Reconnect, d: null, s: null, t: null });
  }

  #send(socket: WebSocket, frame: GatewayFrame): void {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
  }

  async close(): Promise<void> {
    for (const connection of this.#connections) connection.socket.terminate();
    this.#connections.clear();
    this.#sessions.clear();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
  }
}
