/**
 * Test databases. Every test file gets its own migrated database: an in-memory PGlite by default, or,
 * when TEST_DATABASE_URL is set, a fresh database created on that PostgreSQL server (dropped after).
 * Tests inside a file isolate themselves with `resetDatabase`.
 *
 * The PGlite cluster is unpacked from the seed `npm install` built (dist/db/pglite-seed.tar.gz), as the
 * bot's first start does, instead of running initdb for every file (about 3.5 s of CPU each); without
 * a usable seed (no build, another PGlite) initdb runs, as before.
 */
import { randomBytes } from 'node:crypto';
import { Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { openDatabase, type Database } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';

export const TEST_DATABASE_URL = process.env['TEST_DATABASE_URL'];
export const onPostgres = TEST_DATABASE_URL !== undefined && TEST_DATABASE_URL !== '';

/** The seed the build wrote (src/db/pglite-seed.ts): the tests run from src/, which has none beside it. */
const BUILT_PGLITE_SEED = fileURLToPath(new URL('../../dist/db/pglite-seed.tar.gz', import.meta.url));

/** The PostgreSQL server the server-only tests use: TEST_DATABASE_URL, else the local one CI runs. */
export const POSTGRES_URL = onPostgres ? TEST_DATABASE_URL! : 'postgres://postgres@127.0.0.1:5432/test';

/** Whether something accepts TCP connections at `url`'s host and port within 1 s. */
export function postgresReachable(url = POSTGRES_URL): Promise<boolean> {
  const server = new URL(url);
  return new Promise<boolean>((resolve) => {
    const socket = new Socket();
    socket.setTimeout(1000);
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.once('connect', () => done(true)).once('error', () => done(false)).once('timeout', () => done(false));
    socket.connect(Number(server.port || 5432), server.hostname);
  });
}

export interface TestDatabase extends Database {
  /** The URL of the per-file PostgreSQL database (null on PGlite), for tests that need more connections. */
  readonly url: string | null;
  /** Closes this handle and drops the per-file database. */
  dispose(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (!onPostgres) {
    const db = await openDatabase({ kind: 'pglite', dataDir: null, seedFile: BUILT_PGLITE_SEED });
    await migrateDatabase(db);
    return { ...db, url: null, dispose: () => db.close() };
  }
  const { url, drop } = await createPostgresDatabase(TEST_DATABASE_URL!);
  const db = await openDatabase({ kind: 'postgres', url, maxConnections: 60 });
  await migrateDatabase(db);
  return {
    ...db,
    url,
    async dispose() {
      await db.close();
      await drop();
    },
  };
}

/** A new, empty database on the server behind `baseUrl`, and a function that drops it. */
export async function createPostgresDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `peerline_t_${randomBytes(6).toString('hex')}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => undefined });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const cleaner = postgres(baseUrl, { max: 1, onnotice: () => undefined });
      try {
        await cleaner.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await cleaner.end();
      }
    },
  };
}

const TABLES = [
  'mentor_pairs',
  'mentor_capacities',
  'programme_steps',
  'programme_cases',
  'programme_consents',
  'programme_tools',
  'programme_staff',
  'programme_settings',
  'trim_assessments',
  'trim_cases',
  'trim_incidents',
  'trim_tools',
  'trim_staff',
  'dashboard_sessions',
  'dashboard_tokens',
  'audit_log',
  'crisis_events',
  'feedback',
  'sessions',
  'request_notes',
  'support_requests',
  'volunteers',
  'jobs',
  'job_effects',
  'inbound_deliveries',
  'communities',
];

export async function resetDatabase(database: Database): Promise<void> {
  await database.db.execute(sql.raw(`truncate table ${TABLES.join(', ')} restart identity cascade`));
}
