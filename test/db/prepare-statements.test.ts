/**
 * Every statement prepared on PostgreSQL (src/db/prepare-statements.ts): the server holds the bot's
 * statements as prepared statements of the connection, in and out of transactions and savepoints; the
 * bound on distinct texts holds (texts past it still run, unprepared); and after the connection is killed
 * the same statements work on the new one. PGlite is another driver with nothing to prepare, so this file
 * needs the PostgreSQL server (CI has one).
 */
import { and, eq, inArray } from 'drizzle-orm';
import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drizzleOnPostgres, openDatabase, type Db } from '../../src/db/client.js';
import { isDatabaseFault } from '../../src/db/faults.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { PreparedTexts, preparingEveryStatement } from '../../src/db/prepare-statements.js';
import * as schema from '../../src/db/schema.js';
import { DatabaseProxy } from '../support/db-proxy.js';
import { createPostgresDatabase, POSTGRES_URL, postgresReachable } from '../support/db.js';

const reachable = await postgresReachable();
if (!reachable) console.warn('prepare-statements: no PostgreSQL; these tests are skipped');

const deliveries = schema.inboundDeliveries;

let url: string;
let drop: () => Promise<void>;
const clients: postgres.Sql[] = [];

/** One connection, so the prepared statements read back are the ones the statements under test made. */
function oneConnection() {
  const client = postgres(url, { max: 1, onnotice: () => undefined });
  clients.push(client);
  return client;
}

/** The texts the server holds as prepared statements of `client`'s connection (asked without parameters: a simple query, itself not prepared). */
async function preparedOn(client: postgres.Sql): Promise<string[]> {
  // postgres.js prepares its own type lookup when it connects; that one is not ours.
  const rows = await client.unsafe<{ statement: string }[]>("select statement from pg_prepared_statements where statement not like '%pg_catalog.pg_type%'");
  return rows.map((row) => row.statement);
}

async function backendPid(client: postgres.Sql): Promise<number> {
  const [row] = await client.unsafe<{ pid: number }[]>('select pg_backend_pid() as pid');
  return row!.pid;
}

const seen = (db: Db, source: string, ids: string[]) =>
  db.select({ id: deliveries.deliveryId }).from(deliveries).where(and(eq(deliveries.source, source), inArray(deliveries.deliveryId, ids)));

describe.skipIf(!reachable)('every statement prepared (PostgreSQL)', () => {
  beforeAll(async () => {
    ({ url, drop } = await createPostgresDatabase(POSTGRES_URL));
    const setup = await openDatabase({ kind: 'postgres', url, maxConnections: 1 });
    try {
      await migrateDatabase(setup);
    } finally {
      await setup.close();
    }
  });
  afterAll(async () => {
    for (const client of clients) await client.end({ timeout: 5 });
    await drop?.();
  });

  it('prepares the statements drizzle sends, in and out of transactions and savepoints', async () => {
    const client = oneConnection();
    const db = drizzleOnPostgres(client);
    const at = new Date('2026-12-06T12:00:00Z');
    await db.insert(deliveries).values({ source: 'prep', deliveryId: 'a', at });
    const inside = await db.transaction(async (tx) => {
      await tx.insert(deliveries).values({ source: 'prep', deliveryId: 'b', at });
      await tx.transaction(async (nested) => nested.insert(deliveries).values({ source: 'prep', deliveryId: 'c', at }));
      return seen(tx, 'prep', ['a', 'b', 'c']);
    });
    expect(inside.map((r) => r.id).sort()).toEqual(['a', 'b', 'c']);
    const held = await preparedOn(client);
    expect(held.filter((s) => s.startsWith('insert into "inbound_deliveries"'))).toHaveLength(1);
    expect(held.filter((s) => s.startsWith('select "delivery_id"'))).toHaveLength(1);

    // Drizzle's default, for contrast: nothing is left prepared.
    const bare = oneConnection();
    const plain: Db = drizzle({ client: bare, schema });
    expect(await seen(plain, 'prep', ['a'])).toEqual([{ id: 'a' }]);
    expect(await preparedOn(bare)).toEqual([]);
  });

  it('prepares at most the bound of distinct texts; the others still run, unprepared', async () => {
    const texts = new PreparedTexts(2);
    const client = oneConnection();
    const db: Db = drizzle({ client: preparingEveryStatement(client, texts), schema });
    // Each IN list of another length is another text.
    for (let n = 1; n <= 5; n += 1) {
      const ids = ['a', 'b', 'c', 'd', 'e'].slice(0, n);
      expect((await seen(db, 'prep', ids)).map((r) => r.id).sort()).toEqual(ids.filter((id) => id <= 'c'));
    }
    expect(texts.size).toBe(2);
    expect(await preparedOn(client)).toHaveLength(2);
  });

  it('runs the same prepared statements again after the connection was killed', async () => {
    const client = oneConnection();
    const db = drizzleOnPostgres(client);
    expect(await seen(db, 'prep', ['a'])).toEqual([{ id: 'a' }]);
    const pid = await backendPid(client);
    const killer = oneConnection();
    await killer`select pg_terminate_backend(${pid})`;
    while ((await killer`select 1 from pg_stat_activity where pid = ${pid}`).length > 0) await new Promise((r) => setTimeout(r, 20));
    // The first statement on the dead connection may fail; postgres.js then opens a new one. If the
    // old backend's 57P01 reached postgres.js while that statement was in flight, postgres.js 3.4.9
    // keeps it and replays it onto the first statement of the new connection too (porsager/postgres#1223,
    // and the table in #1215): so up to two statements fail, each with the kill's own error.
    const failures: unknown[] = [];
    let rows: unknown;
    for (let attempt = 0; attempt < 3 && rows === undefined; attempt += 1) {
      rows = await seen(db, 'prep', ['a']).catch((error: unknown) => void failures.push(error));
    }
    expect(rows).toEqual([{ id: 'a' }]);
    expect(failures.length).toBeLessThanOrEqual(2);
    for (const failure of failures) expect(isDatabaseFault(failure)).toBe(true);
    expect(await db.transaction(async (tx) => seen(tx, 'prep', ['b']))).toEqual([{ id: 'b' }]);
    expect(await backendPid(client)).not.toBe(pid);
    expect((await preparedOn(client)).filter((s) => s.startsWith('select "delivery_id"'))).toHaveLength(1);
  });

  it('settles a statement sent just after the connection was reset, and serves the next one', async () => {
    // A warm statement goes out as Bind + Execute; if postgres.js may pipeline a statement onto a
    // connection between its reset ('error') and its 'close', that statement is never settled (a
    // postgres.js fault, porsager/postgres#1130). The pool is opened with max_pipeline 0 for that reason.
    const target = new URL(url);
    const proxy = await DatabaseProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
    const database = await openDatabase({ kind: 'postgres', url: proxy.urlFor(url), maxConnections: 1, connectTimeoutMs: 1_000 });
    try {
      await database.db.insert(deliveries).values({ source: 'reset', deliveryId: 'r', at: new Date() });
      expect(await seen(database.db, 'reset', ['r'])).toEqual([{ id: 'r' }]);
      proxy.hang();
      const inFlight = seen(database.db, 'reset', ['r']);
      const next = inFlight.then(
        () => 'not reset' as const,
        () => seen(database.db, 'reset', ['r']).then(() => 'answered' as const, () => 'failed' as const),
      );
      await proxy.refuse();
      await proxy.restore();
      const settled = await Promise.race([next, new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 5_000))]);
      expect(['answered', 'failed']).toContain(settled);
      expect(await seen(database.db, 'reset', ['r'])).toEqual([{ id: 'r' }]);
    } finally {
      await database.close();
      await proxy.stop();
    }
  });
});
