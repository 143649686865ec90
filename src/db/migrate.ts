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

/** The committed drizzle-kit migrations, found relative to this file in `src/` and in `dist/` alike. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../migrations', import.meta.url));

/** Arbitrary constant naming Peerline's migration lock among PostgreSQL advisory locks. */
const MIGRATION_LOCK = 7_301_994;

/** Applies pending migrations once, even when several instances start together. */
export async function migrateDatabase(database: Database): Promise<void> {
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
const executed = z.union([lastApplied, z.object({ rows: lastApplied }).transform((r) => r.rows)]);

/**
 * A database migrated by a newer Peerline (its last migration is later than any this code knows) is
 * refused: running old code on a newer schema could write what the new code no longer expects. The
 * drizzle migrator itself would carry on silently.
 */
async function refuseNewerDatabase(db: Db): Promise<void> {
  const known = journal.parse(JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'))).entries;
  const newestKnown = Math.max(...known.map((e) => e.when));
  const present: unknown = await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`);
  const presentRows = z.union([z.array(z.object({ present: z.boolean() })), z.object({ rows: z.array(z.object({ present: z.boolean() })) }).transform((r) => r.rows)]).parse(present);
  if (presentRows[0]?.present !== true) return;
  const [row] = executed.parse(await db.execute(sql`select max(created_at) as at from drizzle.__drizzle_migrations`));
  if (row?.at !== null && row?.at !== undefined && row.at > newestKnown) {
    throw new StartupError(
      `The database was migrated by a newer version of Peerline (a migration of ${new Date(row.at).toISOString()}, after this version's last, ${known.at(-1)?.tag ?? 'none'}); run that version or newer, or restore the backup taken before the upgrade.`,
    );
  }
}
