import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, MIGRATIONS_FOLDER } from '../../src/db/migrate.js';
import { columnsIn, columnsInSchema, tablesIn, tablesInSchema } from '../support/catalog.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

const run = promisify(execFile);
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.dispose());

describe('migrations', () => {
  it('create on an empty database exactly the tables and columns schema.ts describes (names, types, nullability), and applying them again changes nothing', async () => {
    const expected = columnsInSchema();
    // What the database says, from pg_catalog: a table or column the migrations forgot, or one schema.ts dropped, shows here.
    expect(await tablesIn(database.db)).toEqual(tablesInSchema().map((t) => getTableConfig(t).name).sort());
    expect(await columnsIn(database.db)).toEqual(expected);
    expect(expected['jobs.state']).toBe('job_state, not null');
    expect(Object.keys(expected).length).toBeGreaterThan(100);
    await migrateDatabase(database);
    expect(await columnsIn(database.db)).toEqual(expected);
  });

  it('match the schema: drizzle-kit would generate nothing new', async () => {
    const out = await mkdtemp(join(tmpdir(), 'peerline-migrations-'));
    try {
      await cp(MIGRATIONS_FOLDER, out, { recursive: true });
      const before = await readdir(out);
      const root = join(MIGRATIONS_FOLDER, '..');
      // drizzle-kit prefixes --out with './' and exits 0 even on errors: pass it a relative path and read its output.
      const { stdout, stderr } = await run(
        process.execPath,
        ['node_modules/drizzle-kit/bin.cjs', 'generate', '--dialect', 'postgresql', '--schema', './src/db/schema.ts', '--out', relative(root, out)],
        { cwd: root },
      );
      expect(stderr).toBe('');
      expect(await readdir(out)).toEqual(before);
      expect(await readdir(join(out, 'meta'))).toEqual(await readdir(join(MIGRATIONS_FOLDER, 'meta')));
      expect(stdout).toContain('No schema changes');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 60_000);
});
