/** A database migrated by a newer Peerline is refused at start, with a sentence saying what to do. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrateDatabase } from '../../src/db/migrate.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
}, 120_000);
afterAll(async () => {
  await database?.dispose();
});

it('migrates a current database again without complaint, and refuses one with a later migration', async () => {
  await expect(migrateDatabase(database)).resolves.toBeUndefined();
  const later = Date.UTC(2099, 0, 1);
  await database.db.execute(sql`insert into drizzle.__drizzle_migrations (hash, created_at) values ('from-a-newer-version', ${later})`);
  await expect(migrateDatabase(database)).rejects.toThrow(/migrated by a newer version of Peerline \(a migration of 2099-01-01T00:00:00.000Z, after this version's last, \d{4}_\w+\); run that version or newer/);
});
