/**
 * The seed a new embedded database is unpacked from instead of running initdb (src/db/pglite-seed.ts):
 * written by the build's step with the migrations applied, used for a new data directory (or an
 * in-memory one), ignored for a directory that holds a cluster, and
 * not trusted when it was made by another PGlite or its bytes changed — then initdb runs, as before.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.js';
import { MIGRATIONS_FOLDER, migrateDatabase } from '../../src/db/migrate.js';
import { installedPgliteVersion, readPgliteSeed } from '../../src/db/pglite-seed.js';
import { writePgliteSeed } from '../../src/db/pglite-seed-build.js';
import { inboundDeliveries } from '../../src/db/schema.js';

let dir: string;
let seed: string;

/** initdb's random identifier of the cluster: the same for every cluster unpacked from one seed. */
async function systemIdentifier(database: Database): Promise<string> {
  const match = /"system_identifier":"?(\d+)/.exec(JSON.stringify(await database.db.execute(sql`select system_identifier::text from pg_control_system()`)));
  if (match === null) throw new Error('no system identifier');
  return match[1]!;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'peerline-seed-'));
  seed = path.join(dir, 'seed.tar.gz');
  await writePgliteSeed(seed);
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** How many of drizzle's migrations the database records as applied (0 when it has no record). */
async function migrationsApplied(database: Database): Promise<number> {
  const present = JSON.stringify(await database.db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`));
  if (present.includes('"present":false')) return 0;
  return Number(/"n":(\d+)/.exec(JSON.stringify(await database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)))![1]);
}

/** The migrations this checkout has (drizzle-kit's journal). */
const knownMigrations = (): number => (JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }).entries.length;

/** A copy of the seed, its sidecar changed by `about` or its bytes by `bytes`. */
function copyOf(name: string, change: { about?: (about: Record<string, unknown>) => Record<string, unknown>; bytes?: (bytes: Buffer) => Buffer }): string {
  const file = path.join(dir, name);
  writeFileSync(file, (change.bytes ?? ((b) => b))(readFileSync(seed)));
  const about = JSON.parse(readFileSync(`${seed}.json`, 'utf8')) as Record<string, unknown>;
  writeFileSync(`${file}.json`, JSON.stringify((change.about ?? ((a) => a))(about)));
  return file;
}

describe('the PGlite seed', () => {
  let seededId = '';

  it('is written with the installed PGlite version and the SHA-256 of its bytes, and reads back', () => {
    const about = JSON.parse(readFileSync(`${seed}.json`, 'utf8')) as { pglite: string; sha256: string };
    expect(about.pglite).toBe(installedPgliteVersion());
    expect(about.pglite).toMatch(/^\d+\.\d+\.\d+/);
    const read = readPgliteSeed(seed);
    expect('bytes' in read && read.bytes.length).toBeGreaterThan(1_000_000);
  });

  it('starts a new data directory from the seed, migrated and empty; the cluster is kept and found again', async () => {
    const dataDir = path.join(dir, 'fresh');
    const first = await openDatabase({ kind: 'pglite', dataDir, seedFile: seed });
    try {
      expect(first.start).toBe('seed');
      seededId = await systemIdentifier(first);
      expect(await migrationsApplied(first)).toBe(knownMigrations());
      expect(await first.db.select().from(inboundDeliveries)).toEqual([]);
      await migrateDatabase(first);
      expect(await migrationsApplied(first)).toBe(knownMigrations());
      await first.db.insert(inboundDeliveries).values({ source: 'seed', deliveryId: 'kept', at: new Date() });
      expect(JSON.stringify(await first.db.execute(sql`show server_encoding`))).toContain('"server_encoding":"UTF8"');
    } finally {
      await first.close();
    }
    const again = await openDatabase({ kind: 'pglite', dataDir, seedFile: seed });
    try {
      expect(again.start).toBe('existing');
      expect(await systemIdentifier(again)).toBe(seededId);
      expect(await again.db.select({ id: inboundDeliveries.deliveryId }).from(inboundDeliveries)).toEqual([{ id: 'kept' }]);
    } finally {
      await again.close();
    }
  }, 60_000);

  it('starts an in-memory database from the seed too: the same cluster', async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir: null, seedFile: seed });
    try {
      expect(database.start).toBe('seed');
      expect(await systemIdentifier(database)).toBe(seededId);
    } finally {
      await database.close();
    }
  }, 60_000);

  it('is not trusted when another PGlite made it, when its bytes changed, or when it is missing', () => {
    expect(readPgliteSeed(copyOf('other.tar.gz', { about: (a) => ({ ...a, pglite: '0.0.1' }) }))).toEqual({ unusable: 'stale' });
    expect(readPgliteSeed(copyOf('flipped.tar.gz', { bytes: (b) => Buffer.concat([b.subarray(0, 100), Buffer.from([b[100]! ^ 1]), b.subarray(101)]) }))).toEqual({ unusable: 'corrupt' });
    expect(readPgliteSeed(copyOf('bad-sidecar.tar.gz', { about: () => ({ pglite: 1 }) }))).toEqual({ unusable: 'corrupt' });
    const torn = copyOf('torn-sidecar.tar.gz', {});
    writeFileSync(`${torn}.json`, '{"pglite":');
    expect(readPgliteSeed(torn)).toEqual({ unusable: 'corrupt' });
    expect(readPgliteSeed(path.join(dir, 'absent.tar.gz'))).toEqual({ unusable: 'missing' });
  });

  it('runs initdb instead when the seed cannot be trusted, and the database works', async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'stale'), seedFile: copyOf('stale.tar.gz', { about: (a) => ({ ...a, pglite: '0.0.1' }) }) });
    try {
      expect(database.start).toBe('initdb: stale');
      expect(await systemIdentifier(database)).not.toBe(seededId);
      expect(await migrationsApplied(database)).toBe(0);
      await migrateDatabase(database);
      expect(await migrationsApplied(database)).toBe(knownMigrations());
      expect(await database.db.select().from(inboundDeliveries)).toEqual([]);
    } finally {
      await database.close();
    }
  }, 60_000);
});
