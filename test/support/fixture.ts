/**
 * The usual life of a core test file: one database for the file, emptied before each test, a fresh
 * core (recording platform, movable clock) per test, and optionally the standard community.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createTestCore, type TestCore } from './core.js';
import { createTestDatabase, resetDatabase, type TestDatabase } from './db.js';
import { setUpCommunity } from './fixtures.js';

export interface CoreFixture {
  readonly database: TestDatabase;
  readonly core: TestCore;
}

export function useCoreFixture(options: { community?: boolean } = {}): CoreFixture {
  let database: TestDatabase | undefined;
  let core: TestCore | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database?.dispose());
  // A test's cards still being posted would write into the next test's database.
  afterEach(async () => core?.settle());
  beforeEach(async () => {
    await resetDatabase(database!);
    core = createTestCore(database!);
    if (options.community !== false) await setUpCommunity(core);
  });
  return {
    get database() {
      return database!;
    },
    get core() {
      return core!;
    },
  };
}
