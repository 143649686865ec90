import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { StartupError } from '../startup-error.js';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { Database } from './client.js';
import type { Db, Schema } from './client.js';
import { executedRows } from './executed.js';

/** The committed drizzle-kit migrations, found relative to this file in `src/` and in `dist/` alike. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../migrations', import.meta.url));

/** Arbitrary constant naming Peerline's migration lock among PostgreSQL advisory locks. */
const MIGRATION_LOCK = 7_301_994;

/** Applies pending migrations once, even when several instances start together. */
export async function migrateDatabase(database: Database): Promise<void> {
  // The usual start, on a database already up to date, is a check: no lock (on PostgreSQL a connection
  // of its own) and no migrator (it reads and hashes every migration file, then applies none). Drizzle
  // commits a run's migrations with their rows, and applies only those newer than the newest row: when
  // that row is this code's newest migration, it would apply nothing.
  if ((await newestApplied(database.db)) === newestKnown()) return;
  await database.withLock(MIGRATION_LOCK, async (db) => {
    await refuseNewerDatabase(db);
    // The migrators are typed per driver although they only use the shared PgDatabase surface.
    if (database.kind === 'pglite') {
      // Loaded only here, like PGlite itself (client.ts): a start on PostgreSQL does not load it.
      const { migrate: migratePglite } = await import('drizzle-orm/pglite/migrator');
      await migratePglite(db as PgliteDatabase<Schema>, { migrationsFolder: MIGRATIONS_FOLDER });
    } else {
      await migratePostgres(db as PostgresJsDatabase<Schema>, { migrationsFolder: MIGRATIONS_FOLDER });
    }
  });
}

const journal = z.object({ entries: z.array(z.object({ when: z.number(), tag: z.string() })) });
const lastApplied = z.array(z.object({ at: z.coerce.number().nullable() }));
const present = z.array(z.object({ present: z.boolean() }));

function knownMigrations(): z.infer<typeof journal>['entries'] {
  return journal.parse(JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'))).entries;
}

/** The timestamp (ms) of this code's newest migration. */
function newestKnown(known = knownMigrations()): number {
  return Math.max(...known.map((e) => e.when));
}

/** The timestamp of the newest migration applied to the database, or null when none is. */
async function newestApplied(db: Db): Promise<number | null> {
  const [table] = executedRows(present, await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`));
  if (table?.present !== true) return null;
  const [row] = executedRows(lastApplied, await db.execute(sql`select max(created_at) as at from drizzle.__drizzle_migrations`));
  return row?.at ?? null;
}

/**
 * A database migrated by a newer Peerline (its last migration is later than any this code knows) is
 * refused: running old code on a newer schema could write what the new code no longer expects. The
 * drizzle migrator itself would carry on silently.
 */
async function refuseNewerDatabase(db: Db): Promise<void> {
  const known = knownMigrations();
  const at = await newestApplied(db);
  if (at !== null && at > newestKnown(known)) {
    throw new StartupError(
      `The database was migrated by a newer version of Peerline (a migration of ${new Date(at).toISOString()}, after this version's last, ${known.at(-1)?.tag ?? 'none'}); run that version or newer, or restore the backup taken before the upgrade.`,
    );
  }
}
