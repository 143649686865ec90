/**
 * A statement built once (`perDb`, src/db/queries/prepared.ts) runs on the handle it is given: inside a
 * transaction it sees the transaction's own writes, is rolled back with it, and takes its locks on the
 * transaction's connection; its SQL is built once for all handles of one driver. If it ran on the
 * database's client instead, the uncommitted row would be invisible on PostgreSQL and the statement
 * would wait behind the open transaction on PGlite (one connection), and the rollback would keep it.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.js';
import { perDb } from '../../src/db/queries/prepared.js';
import { auditLog } from '../../src/db/schema.js';
import { createTestDatabase, onPostgres, resetDatabase, type TestDatabase } from '../support/db.js';

let database: TestDatabase;
let builds = 0;

const insertEntry = perDb((db) => {
  builds += 1;
  return db
    .insert(auditLog)
    .values({ actorRef: sql.placeholder('actor'), action: 'test.prepared', at: sql.placeholder('at') })
    .returning({ id: auditLog.id })
    .prepare('test_insert_entry');
});
const entriesBy = perDb((db) => db.select({ id: auditLog.id, at: auditLog.at }).from(auditLog).where(eq(auditLog.actorRef, sql.placeholder('actor'))).prepare('test_entries_by'));
const lockEntry = perDb((db) => db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.id, sql.placeholder('id'))).for('update').prepare('test_lock_entry'));

const at = new Date('2026-12-07T12:00:00.000Z');
const entries = async (db: Db, actor: string) => entriesBy(db).execute({ actor });

class Rollback extends Error {}

beforeAll(async () => {
  database = await createTestDatabase();
}, 120_000);

afterAll(async () => {
  await database?.dispose();
});

beforeEach(async () => {
  await resetDatabase(database);
});

describe('a statement built once (perDb)', () => {
  it('runs inside the transaction whose handle it is given: sees its rows, is rolled back with it', async () => {
    // Built on the database's handle first, so the transaction gets the statement built there.
    await insertEntry(database.db).execute({ actor: 'first', at });
    expect(await entries(database.db, 'first')).toHaveLength(1);
    await expect(
      database.db.transaction(async (tx) => {
        await insertEntry(tx).execute({ actor: 'rolled-back', at });
        // Read back on the transaction: only its own connection can see the uncommitted row.
        expect(await entries(tx, 'rolled-back')).toEqual([{ id: expect.any(Number), at }]);
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    expect(await entries(database.db, 'rolled-back')).toEqual([]);

    await database.db.transaction(async (tx) => {
      await insertEntry(tx).execute({ actor: 'committed', at });
    });
    expect(await entries(database.db, 'committed')).toHaveLength(1);
  });

  it('builds its SQL once for the database and every transaction on it', async () => {
    await insertEntry(database.db).execute({ actor: 'once', at });
    for (let i = 0; i < 3; i += 1) {
      await database.db.transaction(async (tx) => {
        await insertEntry(tx).execute({ actor: 'once', at });
      });
    }
    await insertEntry(database.db).execute({ actor: 'once', at });
    // Once in this file, whichever handle came first: not once per handle.
    expect(builds).toBe(1);
    expect(await entries(database.db, 'once')).toHaveLength(5);
  });

  it('builds for the handle when the handle has no driver client it knows (another driver)', async () => {
    const seen: unknown[] = [];
    const statement = perDb((db) => {
      seen.push(db);
      return { for: db };
    });
    const a = { session: {} } as unknown as Db;
    const b = {} as unknown as Db;
    expect(statement(a)).toEqual({ for: a });
    expect(statement(a)).toEqual({ for: a });
    expect(statement(b)).toEqual({ for: b });
    expect(seen).toEqual([a, b]);
  });

  it.runIf(onPostgres)('takes its row lock on the transaction: a second transaction waits for it', async () => {
    const [entry] = await insertEntry(database.db).execute({ actor: 'locked', at });
    const order: string[] = [];
    let releaseFirst = () => undefined as void;
    const held = new Promise<void>((resolve) => (releaseFirst = resolve));
    let locked = () => undefined as void;
    const firstHasLock = new Promise<void>((resolve) => (locked = resolve));
    const first = database.db.transaction(async (tx) => {
      await lockEntry(tx).execute({ id: entry!.id });
      locked();
      await held;
      order.push('first done');
    });
    await firstHasLock;
    const second = database.db.transaction(async (tx) => {
      await lockEntry(tx).execute({ id: entry!.id });
      order.push('second locked');
    });
    // Long enough for the second lock to be granted if the first one were not held by a transaction.
    await new Promise((resolve) => setTimeout(resolve, 300));
    order.push('released');
    releaseFirst();
    await Promise.all([first, second]);
    expect(order).toEqual(['released', 'first done', 'second locked']);
  });
});
