/**
 * Database round trips per use case, counted on the driver, not by eye: `/listen` (request a listener)
 * and Accept, plus the delivery check the adapters run before an Accept. Two figures each: statements
 * (postgres.js calls `debug` once per statement sent, BEGIN and COMMIT included) and socket writes to the
 * server (each write is followed by a wait for its answer in these one-at-a-time use cases, so writes are
 * the round trips; statements queued together share one). Each is run 20 times on PostgreSQL against a
 * set-up community with 20 volunteers on duty, once as drizzle sends statements by default (unprepared:
 * Parse + Describe, wait, Bind + Execute) and once through the bot's client (`drizzleOnPostgres`, every
 * statement prepared), interleaved, after one warm-up pass each; the figure is the median, so the
 * prepared one is for a connection that has seen the statement before. The CPU is this process's
 * (`process.cpuUsage`) around each use case: the core, drizzle and postgres.js, no chat platform.
 */
import net from 'node:net';
import os from 'node:os';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { DeliveryGate } from '../../src/adapters/deliveries.js';
import { encodeAction } from '../../src/core/actions.js';
import { configureCommunity } from '../../src/core/use-cases/configure-community.js';
import { duty } from '../../src/core/use-cases/duty.js';
import { handleAction } from '../../src/core/use-cases/handle-action.js';
import { enrolVolunteer } from '../../src/core/use-cases/manage-volunteers.js';
import { requestListener } from '../../src/core/use-cases/request-listener.js';
import type { Db } from '../../src/db/client.js';
import { drizzleOnPostgres, openDatabase } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import * as schema from '../../src/db/schema.js';
import { createTestCore, must } from '../support/core.js';
import { fmt, median, runIfMain, scratchDatabase, type BenchResult } from './support.js';

const N = Number(process.env["BENCH_N"] ?? 20);

interface Counts {
  statements: number;
  writes: number;
  /** CPU of this process, µs (user + system). */
  cpu: number;
}

const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

/** A postgres.js client whose statements and socket writes are counted into `counts`. */
function countedClient(url: string, counts: Counts) {
  const { hostname, port } = new URL(url);
  // postgres.js's `socket` option (README, "Connection details") is missing from its types.
  const socket = () =>
    new Promise<net.Socket>((resolve, reject) => {
      const connection = net.connect(Number(port || 5432), hostname);
      const write = connection.write.bind(connection);
      connection.write = ((...args: Parameters<typeof write>) => {
        counts.writes += 1;
        return write(...args);
      }) as typeof connection.write;
      connection.once('connect', () => resolve(connection)).once('error', reject);
    });
  const untyped = { socket };
  return postgres(url, {
    max: 4,
    onnotice: () => undefined,
    debug: (_c, query) => {
      counts.statements += 1;
      if (process.env["BENCH_TRACE"] === "1") console.log(`  sql: ${query.replace(/\s+/g, " ").slice(0, 160)}`);
    },
    ...untyped,
  });
}

export async function run(): Promise<BenchResult> {
  const scratch = await scratchDatabase();
  const database = await openDatabase({ kind: 'postgres', url: scratch.url, maxConnections: 4 });
  const clients: postgres.Sql[] = [];
  try {
    await migrateDatabase(database);
    const core = createTestCore(database);
    const community = 'test:bench';
    const actor = (u: string, admin = false) => ({ user: `test:bench:${u}`, community, platformAdmin: admin });
    const setup = { ...core.deps, clock: () => new Date() };
    must(await configureCommunity(setup, actor('admin', true), { settings: { volunteerChannel: 'test:bench:vol', country: 'GB' } }));
    // Four passes, each with its own N volunteers (a volunteer may hold only so many sessions).
    for (let v = 0; v < 4 * N; v += 1) {
      must(await enrolVolunteer(setup, actor('admin'), { user: `test:bench:v${v}`, trainedUntil: '2030-01-01', capacity: 10 }));
      must(await duty(setup, actor(`v${v}`), 'on'));
    }
    let passes = 0;
    const pass = async (label: string, makeDb: (client: postgres.Sql) => Db) => {
      const first = N * passes++;
      const counts: Counts = { statements: 0, writes: 0, cpu: 0 };
      const client = countedClient(scratch.url, counts);
      clients.push(client);
      const db = makeDb(client);
      const deps = { ...setup, db };
      const figures = { listen: [] as Counts[], accept: [] as Counts[], taken: [] as Counts[], dedupe: [] as Counts[] };
      const count = async (into: Counts[], fn: () => Promise<unknown>) => {
        const before = { ...counts, cpu: cpuNow() };
        await fn();
        into.push({ statements: counts.statements - before.statements, writes: counts.writes - before.writes, cpu: cpuNow() - before.cpu });
      };
      const ids: string[] = [];
      for (let i = 0; i < N; i += 1) {
        // The card goes out after the answer (core's background work): counted with the request.
        await count(figures.listen, async () => {
          ids.push(must(await requestListener(deps, actor(`${label}m${i}`), {})).requestId);
          await core.settle();
        });
      }
      for (let i = 0; i < N; i += 1) {
        await count(figures.accept, async () => must(await handleAction(deps, actor(`v${first + i}`), encodeAction({ kind: 'accept', requestId: ids[i]! }))));
        // A second volunteer clicks the same card: the losing path.
        await count(figures.taken, () => handleAction(deps, actor(`v${first + ((i + 1) % N)}`), encodeAction({ kind: 'accept', requestId: ids[i]! })));
      }
      const gate = new DeliveryGate(db, () => new Date(), core.log);
      for (let i = 0; i < N; i += 1) await count(figures.dedupe, () => gate.first('bench', `${label}d${i}`));
      const cell = (c: Counts[]) =>
        `${median(c.map((x) => x.statements))} statements, ${median(c.map((x) => x.writes))} round trips, ${fmt(median(c.map((x) => x.cpu)) / 1000, 2)} ms CPU`;
      return [
        `${label}: /listen (request a listener, no note): ${cell(figures.listen)}`,
        `${label}: Accept (the winning click): ${cell(figures.accept)}`,
        `${label}: Accept (a click on a request already taken): ${cell(figures.taken)}`,
        `${label}: delivery check before an Accept (adapters): ${cell(figures.dedupe)}`,
      ];
    };
    const unprepared = (client: postgres.Sql) => drizzle({ client, schema });
    // Each way twice, interleaved; the first two passes warm up (JIT, caches) and are not reported.
    await pass('warm-up-u', unprepared);
    await pass('warm-up-p', drizzleOnPostgres);
    const lines = [...(await pass('unprepared', unprepared)), ...(await pass('prepared', drizzleOnPostgres))];
    return {
      name: `Database round trips and client CPU per use case (PostgreSQL, counted on the driver and the socket, median of ${N}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')})`,
      lines,
    };
  } finally {
    for (const client of clients) await client.end({ timeout: 5 });
    await database.close();
    await scratch.drop();
  }
}

runIfMain(import.meta.url, run);
