/**
 * A local stand-in for Slack's Web API (and `response_url`s), for the real Bolt app to talk to. It
 * answers like Slack for the methods Peerline uses, keeps what was posted so tests can read what a
 * person would see, and records every call.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackCall {
  readonly method: string;
  readonly args: Record<string, unknown>;
}

export interface PostedMessage {
  readonly channel: string;
  readonly ts: string;
  text: string;
  blocks: unknown[];
  /** Set for chat.postEphemeral: only this user sees it. */
  readonly onlyFor?: string;
  /** Message metadata as posted (Slack returns it from conversations.history with include_all_metadata). */
  readonly metadata?: unknown;
  /** Wall-clock time it was posted, epoch ms: this fake's ts are sequence numbers, not times. */
  readonly at: number;
}

/**
 * What to do with a call as it arrives, before it is answered: `drop` closes the connection without
 * acting on it (the bot never reached Slack); `hold` acts on it but never answers (Slack did it, the bot
 * never heard). Used to kill a bot process at an exact point of a flow.
 */
export type Interception = 'drop' | 'hold' | undefined;
export type Interceptor = (call: SlackCall & { readonly token: string | undefined }) => Interception;

export interface FakeSlackOptions {
  readonly teamId: string;
  readonly botUserId: string;
  readonly admins?: readonly string[];
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if ((req.headers['content-type'] ?? '').includes('application/json')) return raw === '' ? {} : (JSON.parse(raw) as Record<string, unknown>);
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    // @slack/web-api form-encodes objects and arrays as JSON strings.
    out[k] = /^[[{]/.test(v) ? (JSON.parse(v) as unknown) : v;
  }
  return out;
}

export class FakeSlack {
  readonly calls: SlackCall[] = [];
  readonly messages: PostedMessage[] = [];
  readonly responses = new Map<string, Record<string, unknown>[]>();
  readonly conversations = new Map<string, { members: string[]; closed: boolean }>();
  readonly #failures = new Map<string, { error: string; status?: number; retryAfter?: number }[]>();
  #server: Server | null = null;
  #seq = 0;
  url = '';
  /** Looks at each Web API call before it is answered (see `Interception`). */
  intercept: Interceptor | null = null;

  constructor(readonly options: FakeSlackOptions) {}

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.url}/response/${id}`;
  }

  failNext(method: string, failure: { error: string; status?: number; retryAfter?: number }): void {
    this.#failures.set(method, [...(this.#failures.get(method) ?? []), failure]);
  }

  callsTo(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Everything a user can read in a channel: messages, minus ephemerals meant for others. */
  textIn(channel: string, viewer?: string): string[] {
    return this.messages.filter((m) => m.channel === channel && (m.onlyFor === undefined || m.onlyFor === viewer)).map((m) => m.text);
  }

  /** What the bot said privately to a user: their DM with the bot, and ephemerals for them anywhere. */
  privateTo(user: string): string[] {
    const dm = this.#dmOf(user);
    return this.messages.filter((m) => m.onlyFor === user || (dm !== null && m.channel === dm)).map((m) => m.text);
  }

  responsesFor(id: string): Record<string, unknown>[] {
    return this.responses.get(id) ?? [];
  }

  async waitFor<T>(probe: () => T | undefined | null | false, timeoutMs = 3000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined && value !== null && value !== false) return value;
      if (Date.now() > until) throw new Error('timed out waiting for the fake Slack');
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  #dmOf(user: string): string | null {
    for (const [id, c] of this.conversations) if (id.startsWith('D') && c.members.length === 1 && c.members[0] === user) return id;
    return null;
  }

  #ts(): string {
    this.#seq += 1;
    return `1700000000.${String(this.#seq).padStart(6, '0')}`;
  }

  #answer(method: string, a: Record<string, unknown>): Record<string, unknown> {
    const str = (k: string) => (typeof a[k] === 'string' ? (a[k]) : '');
    const known = (channel: string) => this.conversations.has(channel) || /^C/.test(channel);
    switch (method) {
      case 'auth.test':
        return { ok: true, team_id: this.options.teamId, user_id: this.options.botUserId, bot_id: 'B0BOT', url: 'https://fake.slack.test/' };
      case 'users.info':
        return { ok: true, user: { id: str('user'), is_admin: (this.options.admins ?? []).includes(str('user')), is_owner: false } };
      case 'conversations.open': {
        const members = str('users').split(',').filter((u) => u !== '').sort();
        for (const [id, c] of this.conversations) if (c.members.join(',') === members.join(',')) return { ok: true, channel: { id } };
        const id = `${members.length === 1 ? 'D' : 'G'}${String(this.conversations.size + 1).padStart(6, '0')}`;
        this.conversations.set(id, { members, closed: false });
        return { ok: true, channel: { id } };
      }
      case 'conversations.close': {
        const c = this.conversations.get(str('channel'));
        if (c === undefined) return { ok: false, error: 'channel_not_found' };
        c.closed = true;
        return { ok: true };
      }
      case 'chat.postMessage': {
        const channel = str('channel');
        if (!known(channel)) return { ok: false, error: 'channel_not_found' };
        const m: PostedMessage = {
          channel,
          ts: this.#ts(),
          text: str('text'),
          blocks: (a['blocks'] as unknown[] | undefined) ?? [],
          ...(a['metadata'] === undefined ? {} : { metadata: a['metadata'] }),
          at: Date.now(),
        };
        this.messages.push(m);
        return { ok: true, channel, ts: m.ts, message: { text: m.text } };
      }
      case 'conversations.history': {
        // Newest first; `oldest` is a time bound, compared with when each message was posted here.
        const channel = str('channel');
        if (!known(channel)) return { ok: false, error: 'channel_not_found' };
        const oldest = Number(str('oldest') || '0') * 1000;
        const limit = Number(str('limit') || '100');
        const withMetadata = a['include_all_metadata'] === 'true' || a['include_all_metadata'] === true;
        const found = this.messages.filter((m) => m.channel === channel && m.onlyFor === undefined && m.at > oldest).reverse();
        return {
          ok: true,
          has_more: found.length > limit,
          messages: found.slice(0, limit).map((m) => ({ type: 'message', ts: m.ts, text: m.text, ...(withMetadata && m.metadata !== undefined ? { metadata: m.metadata } : {}) })),
        };
      }
      case 'chat.postEphemeral': {
        const m: PostedMessage = { channel: str('channel'), ts: this.#ts(), text: str('text'), blocks: (a['blocks'] as unknown[] | undefined) ?? [], onlyFor: str('user'), at: Date.now() };
        this.messages.push(m);
        return { ok: true, message_ts: m.ts };
      }
      case 'chat.update': {
        const m = this.messages.find((x) => x.channel === str('channel') && x.ts === str('ts'));
        if (m === undefined) return { ok: false, error: 'message_not_found' };
        m.text = str('text');
        m.blocks = (a['blocks'] as unknown[] | undefined) ?? [];
        return { ok: true, channel: m.channel, ts: m.ts };
      }
      case 'chat.getPermalink':
        return { ok: true, permalink: `https://fake.slack.test/archives/${str('channel')}/p${str('message_ts').replace('.', '')}` };
      case 'views.open':
      case 'views.publish':
        return { ok: true, view: { id: `V${this.#seq++}` } };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  async start(): Promise<void> {
    this.#server = createServer((req, res) => {
      void (async () => {
        const body = await readBody(req);
        const path = req.url ?? '';
        if (path.startsWith('/response/')) {
          const id = path.slice('/response/'.length);
          this.responses.set(id, [...this.responsesFor(id), body]);
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
          return;
        }
        const method = path.replace(/^\/api\//, '').split('?')[0] ?? '';
        const auth = req.headers.authorization;
        const interception = this.intercept?.({ method, args: body, token: auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length) : undefined });
        if (interception === 'drop') {
          req.socket.destroy();
          return;
        }
        this.calls.push({ method, args: body });
        if (interception === 'hold') {
          this.#answer(method, body);
          req.socket.destroy();
          return;
        }
        const failure = this.#failures.get(method)?.shift();
        if (failure !== undefined) {
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (failure.retryAfter !== undefined) headers['retry-after'] = String(failure.retryAfter);
          res.writeHead(failure.status ?? 200, headers).end(JSON.stringify({ ok: false, error: failure.error }));
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(this.#answer(method, body)));
      })();
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()) ?? resolve());
  }
}
