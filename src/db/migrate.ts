import { fileURLToPath } from 'node:url';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { Database } from './client.js';
import type { Schema } from './client.js';

/** The committed drizzle-kit migrations, found relative to this file in `src/` and in `dist/` alike. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../migrations', import.meta.url));

/** Arbitrary constant naming Peerline's migration lock among PostgreSQL advisory locks. */
const MIGRATION_LOCK = 7_301_994;

/** Applies pending migrations once, even when several instances start together. */
export async function migrateDatabase(database: Database): Promise<void> {
  await database.withLock(MIGRATION_LOCK, async (db) => {
    // The migrators are typed per driver although they only use the shared PgDatabase surface.
    if (database.kind === 'pglite') {
      await migratePglite(db as PgliteDatabase<Schema>, { migrationsFolder: MIGRATIONS_FOLDER });
    } else {
      await migratePostgres(db as PostgresJsDatabase<Schema>, { migrationsFolder: MIGRATIONS_FOLDER });
    }
  });
}
