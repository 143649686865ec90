/**
 * Graceful shutdown (`Running.stop`, what SIGTERM runs): work already acknowledged — queued in the
 * limiter the chat adapters share — finishes before the database closes, and so does the work it started
 * after answering (core's background work); work that does not finish in
 * PEERLINE_SHUTDOWN_DRAIN_MS is given up with one log line naming how much was left, and stop goes on.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { createLogger } from '../../src/log/logger.js';
import { startPeerline, type Running } from '../../src/main.js';
import { createPostgresDatabase, onPostgres, TEST_DATABASE_URL } from '../support/db.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function start(drainMs: number, lines: string[]): Promise<Running> {
  let place: Record<string, string>;
  if (onPostgres) {
    const created = await createPostgresDatabase(TEST_DATABASE_URL!);
    place = { DATABASE_URL: created.url };
    cleanups.push(created.drop);
  } else {
    const dir = await mkdtemp(join(tmpdir(), 'peerline-shutdown-'));
    place = { PEERLINE_DATA_DIR: dir };
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
  }
  const loaded = loadConfig({ PORT: '0', PEERLINE_WEB: '0', LOG_LEVEL: 'warn', PEERLINE_SHUTDOWN_DRAIN_MS: String(drainMs), ...place });
  if (!loaded.ok) throw new Error(loaded.problems.join('; '));
  return startPeerline(loaded.config, createLogger({ level: 'warn', write: (line) => lines.push(line) }));
}

describe('graceful shutdown', () => {
  it('lets acknowledged work finish, database included, before it closes the database', async () => {
    const lines: string[] = [];
    const running = await start(5_000, lines);
    // As an adapter does after its ack: the reply still needs the database a moment later.
    const work = running.afterAck.run(async () => {
      await sleep(300);
      await running.deps.db.execute(sql`select 1`);
      return 'replied';
    });
    const began = Date.now();
    await running.stop();
    await expect(work).resolves.toBe('replied');
    expect(Date.now() - began).toBeGreaterThanOrEqual(250);
    expect(running.afterAck.pending).toBe(0);
    expect(lines.filter((l) => l.includes('peerline.drain_timeout'))).toEqual([]);
  }, 120_000);

  it('lets what acknowledged work started after its answer (a new request\'s card) finish too', async () => {
    const lines: string[] = [];
    const running = await start(5_000, lines);
    let card: Promise<string> | undefined;
    await running.afterAck.run(async () => {
      // As core does after answering a /listen: the card's post and its statement come later.
      card = running.deps.background.run(async () => {
        await sleep(300);
        await running.deps.db.execute(sql`select 1`);
        return 'posted';
      });
      return 'replied';
    });
    await running.stop();
    await expect(card).resolves.toBe('posted');
    expect(running.deps.background.pending).toBe(0);
    expect(lines.filter((l) => l.includes('peerline.drain_timeout'))).toEqual([]);
  }, 120_000);

  it('gives up on work that outlasts PEERLINE_SHUTDOWN_DRAIN_MS, says how much, and still stops', async () => {
    const lines: string[] = [];
    const running = await start(300, lines);
    void running.afterAck.run(() => new Promise<void>(() => undefined));
    const began = Date.now();
    await running.stop();
    const took = Date.now() - began;
    expect(took).toBeGreaterThanOrEqual(280);
    expect(took).toBeLessThan(30_000);
    const timeout = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l['code'] === 'peerline.drain_timeout');
    expect(timeout).toMatchObject({ pending: 1, waitedMs: 300 });
  }, 120_000);
});
