/**
 * A TCP proxy between the bot and PostgreSQL that a test can cut in two ways: `hang()` is a network
 * partition (connections are accepted and bytes are held, nothing is answered), `refuse()` is a server
 * that is down (open connections are closed and the port stops listening, so new ones are refused).
 * `restore()` brings it back: held bytes flow on, as they would when a partition heals.
 */
import { createServer, Socket, type AddressInfo, type Server } from 'node:net';

type Mode = 'pass' | 'hang' | 'refuse';

interface Pair {
  readonly client: Socket;
  readonly server: Socket;
  /** Bytes held while hung, per direction, sent on restore. */
  readonly held: { toServer: Buffer[]; toClient: Buffer[] };
}

export class DatabaseProxy {
  #mode: Mode = 'pass';
  #port = 0;
  readonly #pairs = new Set<Pair>();
  readonly #server: Server;

  private constructor(
    private readonly target: { host: string; port: number },
    server: Server,
  ) {
    this.#server = server;
  }

  static async start(target: { host: string; port: number }): Promise<DatabaseProxy> {
    const server = createServer();
    const proxy = new DatabaseProxy(target, server);
    server.on('connection', (client) => proxy.#accept(client));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get port(): number {
    return (this.#server.address() as AddressInfo | null)?.port ?? this.#port;
  }

  /** The URL `base` with its host and port pointing at the proxy. */
  urlFor(base: string): string {
    const url = new URL(base);
    url.hostname = '127.0.0.1';
    url.port = String(this.port);
    return url.toString();
  }

  hang(): void {
    this.#mode = 'hang';
  }

  async refuse(): Promise<void> {
    this.#mode = 'refuse';
    this.#port = this.port;
    // Nothing listens: a new connection is refused by the kernel, as with a server that is down.
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    for (const pair of this.#pairs) this.#drop(pair);
    await closed;
  }

  async restore(): Promise<void> {
    if (this.#mode === 'refuse') await new Promise<void>((resolve) => this.#server.listen(this.#port, '127.0.0.1', resolve));
    this.#mode = 'pass';
    for (const pair of this.#pairs) {
      for (const chunk of pair.held.toServer.splice(0)) pair.server.write(chunk);
      for (const chunk of pair.held.toClient.splice(0)) pair.client.write(chunk);
    }
  }

  async stop(): Promise<void> {
    for (const pair of this.#pairs) this.#drop(pair);
    if (this.#server.listening) await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #accept(client: Socket): void {
    const server = new Socket();
    const pair: Pair = { client, server, held: { toServer: [], toClient: [] } };
    this.#pairs.add(pair);
    server.connect(this.target.port, this.target.host);
    client.on('data', (chunk) => (this.#mode === 'pass' ? server.write(chunk) : pair.held.toServer.push(chunk)));
    server.on('data', (chunk) => (this.#mode === 'pass' ? client.write(chunk) : pair.held.toClient.push(chunk)));
    const close = () => this.#drop(pair);
    client.on('close', close);
    server.on('close', close);
    client.on('error', close);
    server.on('error', close);
  }

  #drop(pair: Pair): void {
    if (!this.#pairs.delete(pair)) return;
    pair.client.resetAndDestroy();
    pair.server.destroy();
  }
}
