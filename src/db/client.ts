/**
 * Opens the database: PGlite in a data directory (or in memory) when no URL is given, PostgreSQL through
 * postgres.js otherwise. Both are handed out as the same drizzle type, so nothing above this file knows
 * which one it has.
 */
import { mkdir } from 'node:fs/promises';
import { lockDataDir } from './data-dir-lock.js';
import { pgliteStartFor, SEED_FILE, type PgliteStart } from './pglite-seed.js';
import { listenPglite, listenPostgres, type Listener, type ListenHandlers } from './listen.js';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres, { type Sql } from 'postgres';
import { preparingEveryStatement } from './prepare-statements.js';
import * as schema from './schema.js';

export type Schema = typeof schema;
/** The drizzle handle every query takes; a transaction handle is accepted wherever this is. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  readonly db: Db;
  readonly kind: 'pglite' | 'postgres';
  /** Connections this handle may open at once (PGlite: 1). */
  readonly maxConnections: number;
  /** PGlite: how its data directory was started (pglite-seed.ts). */
  readonly start?: PgliteStart;
  /** Runs `fn` on one connection holding a session advisory lock (the migrator takes none of its own). */
  withLock<T>(key: number, fn: (db: Db) => Promise<T>): Promise<T>;
  /** LISTENs on `channels` (PostgreSQL: on one connection outside the pool, re-opened when it drops). */
  listen(channels: readonly string[], handlers: ListenHandlers): Promise<Listener>;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | {
      readonly kind: 'postgres';
      readonly url: string;
      readonly maxConnections?: number;
      /** The server ends a statement after this many milliseconds (PostgreSQL's `statement_timeout`). */
      readonly statementTimeoutMs?: number;
      /** A new connection that takes longer than this many milliseconds fails. */
      readonly connectTimeoutMs?: number;
    }
  | {
      readonly kind: 'pglite';
      /** null: in memory. */
      readonly dataDir: string | null;
      /** A new cluster is unpacked from this file instead of running initdb, when it is usable (default `SEED_FILE`; null: never). */
      readonly seedFile?: string | null;
    };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === 'postgres' ? openPostgres(target) : openPglite(target.dataDir, target.seedFile === undefined ? SEED_FILE : target.seedFile);
}

// PGlite is loaded only when it is opened, so a start on PostgreSQL does not load it.
async function openPglite(dataDir: string | null, seedFile: string | null): Promise<Database> {
  const [{ PGlite }, { drizzle: drizzlePglite }] = await Promise.all([import('@electric-sql/pglite'), import('drizzle-orm/pglite')]);
  if (dataDir !== null) await mkdir(dataDir, { recursive: true });
  // PGlite is one process per data directory: a second one would corrupt it.
  const unlock = dataDir === null ? () => undefined : lockDataDir(dataDir);
  let start: PgliteStart;
  let client: InstanceType<typeof PGlite>;
  try {
    const { start: how, ...options } = pgliteStartFor(dataDir, seedFile);
    start = how;
    client = dataDir === null ? new PGlite(options) : new PGlite(dataDir, options);
    await client.waitReady;
  } catch (error) {
    unlock();
    throw error;
  }
  const db: Db = drizzlePglite({ client, schema });
  return {
    db,
    kind: 'pglite',
    start,
    maxConnections: 1,
    // One connection and one process per data directory: there is nobody to race with.
    withLock: (_key, fn) => fn(db),
    listen: (channels, handlers) => listenPglite(client, channels, handlers),
    close: async () => {
      try {
        await client.close();
      } finally {
        unlock();
      }
    },
  };
}

/**
 * The drizzle handle on a postgres.js client, with every statement prepared (`preparingEveryStatement`).
 * Exported for the round-trip benchmark, which counts statements on its own client.
 */
export function drizzleOnPostgres(client: Sql): Db {
  return drizzlePostgres({ client: preparingEveryStatement(client), schema });
}

/** Defaults that keep a stuck statement or an unreachable server from holding work for minutes. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 10_000;
export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;

async function openPostgres(target: Extract<DatabaseTarget, { kind: 'postgres' }>): Promise<Database> {
  const { url } = target;
  const options = {
    max: target.maxConnections ?? 10,
    onnotice: () => undefined,
    // postgres.js takes seconds here; it may be fractional.
    connect_timeout: (target.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS) / 1000,
    connection: { application_name: 'peerline', statement_timeout: target.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS },
  };
  const client = postgres(url, options);
  try {
    await client`select 1`;
  } catch (error) {
    await client.end({ timeout: 0 });
    throw error;
  }
  const db = drizzleOnPostgres(client);
  return {
    db,
    kind: 'postgres',
    maxConnections: options.max,
    async withLock(key, fn) {
      // Waiting for the lock and migrating may rightly take longer than any one statement should.
      const single = postgres(url, { ...options, max: 1, connection: { ...options.connection, statement_timeout: 0 } });
      try {
        await single`select pg_advisory_lock(${key})`;
        try {
          // Not prepared: the migrator's statements run once, on a connection that ends with them.
          return await fn(drizzlePostgres({ client: single, schema }));
        } finally {
          await single`select pg_advisory_unlock(${key})`;
        }
      } finally {
        await single.end();
      }
    },
    listen: (channels, handlers) => listenPostgres(url, options, channels, handlers),
    close: () => client.end({ timeout: 5 }),
  };
}
