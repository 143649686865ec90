/**
 * Start-up failures as an operator meets them, with real `peerline` processes: a second process on the
 * same embedded data directory is refused while the first runs (and allowed once it stops); a port in
 * use is one sentence naming the key; PostgreSQL that is not there yet is retried, one line per attempt,
 * until it answers or the configured wait runs out.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseProxy } from '../support/db-proxy.js';
import { createPostgresDatabase, POSTGRES_URL, postgresReachable } from '../support/db.js';

interface Run {
  readonly child: ChildProcess;
  readonly stderr: () => string;
  readonly exited: Promise<number | null>;
}

function peerline(args: string[], env: Record<string, string>): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'info', PEERLINE_WEB: '0', PORT: '0', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, stderr: () => err, exited };
}

async function until(what: string, check: () => boolean, timeoutMs = 200_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('start-up failures', () => {
  it('refuses a second process on the same embedded data directory while the first runs, naming its pid', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'peerline-lock-'));
    dirs.push(dir);
    const first = peerline(['start'], { PEERLINE_DATA_DIR: dir });
    try {
      await until('the first process to start', () => first.stderr().includes('"code":"peerline.started"'));
      const second = peerline(['migrate'], { PEERLINE_DATA_DIR: dir });
      expect(await second.exited).toBe(1);
      expect(second.stderr()).toContain(`in use by another Peerline process (pid ${first.child.pid})`);
      expect(second.stderr()).toContain('PEERLINE_DATA_DIR');
      expect(second.stderr()).not.toMatch(/\n\s+at /);
    } finally {
      first.child.kill('SIGTERM');
      await first.exited;
    }
    // Stopped cleanly, the lock is released and the directory opens again.
    const third = peerline(['migrate'], { PEERLINE_DATA_DIR: dir });
    expect(await third.exited).toBe(0);
  }, 400_000);

  it('says in one sentence which key to change when the port is taken', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'peerline-port-'));
    dirs.push(dir);
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const port = (taken.address() as AddressInfo).port;
      const run = peerline(['start'], { PEERLINE_DATA_DIR: dir, PORT: String(port), PEERLINE_WEB: '' });
      expect(await run.exited).toBe(1);
      expect(run.stderr()).toContain(`cannot listen on port ${port}: another process already uses it; set PEERLINE_WEB_PORT (or PORT) to a free port`);
      expect(run.stderr()).not.toMatch(/\n\s+at /);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  }, 400_000);
});

const server = new URL(POSTGRES_URL);
const reachable = await postgresReachable();

describe.skipIf(!reachable)('waiting for PostgreSQL at start-up', () => {
  it('retries a refused database with one line per attempt and goes on when it answers', async () => {
    const created = await createPostgresDatabase(server.toString());
    const target = new URL(created.url);
    const proxy = await DatabaseProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
    try {
      await proxy.refuse();
      const run = peerline(['migrate'], { DATABASE_URL: proxy.urlFor(created.url), DATABASE_STARTUP_WAIT_MS: '120000', DATABASE_CONNECT_TIMEOUT_MS: '1000' });
      await until('two refused attempts', () => (run.stderr().match(/"code":"db.unreachable"/g) ?? []).length >= 2);
      await proxy.restore();
      expect(await run.exited).toBe(0);
      const lines = run.stderr().split('\n').filter((l) => l.includes('"code":"db.unreachable"'));
      expect(lines[0]).toContain('"attempt":1');
      expect(lines[1]).toContain('"attempt":2');
      expect(run.stderr()).toContain('"code":"db.ready"');
      expect(run.stderr()).not.toContain('postgres@');
    } finally {
      await proxy.stop();
      await created.drop();
    }
  }, 400_000);

  it('gives up after DATABASE_STARTUP_WAIT_MS with one sentence naming the keys', async () => {
    const closed: Server = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const run = peerline(['migrate'], { DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/nothing`, DATABASE_STARTUP_WAIT_MS: '2500' });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toContain(`PostgreSQL at 127.0.0.1:${port} did not answer within 3 s (ECONNREFUSED); check DATABASE_URL`);
    expect(run.stderr()).toContain('raise DATABASE_STARTUP_WAIT_MS');
    expect(run.stderr()).not.toMatch(/\n\s+at /);
  }, 400_000);
});
