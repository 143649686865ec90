import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, MIGRATIONS_FOLDER } from '../../src/db/migrate.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

const run = promisify(execFile);
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.dispose());

describe('migrations', () => {
  it('create every table on an empty database, and applying them again changes nothing', async () => {
    const result = await database.db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    const names = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows).map((r) => (r as { table_name: string }).table_name);
    expect(names).toEqual(
      expect.arrayContaining(['audit_log', 'communities', 'crisis_events', 'feedback', 'inbound_deliveries', 'job_effects', 'jobs', 'sessions', 'support_requests', 'volunteers']),
    );
    await migrateDatabase(database);
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
