/**
 * Database round trips per use case, counted on the driver (postgres.js calls `debug` once per
 * statement sent, BEGIN and COMMIT included), not by eye: `/listen` (request a listener) and Accept,
 * plus the delivery check the adapters run before an Accept. Each is run 20 times on PostgreSQL
 * against a set-up community with 20 volunteers on duty; the figure is the median count.
 */
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
import { openDatabase } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import * as schema from '../../src/db/schema.js';
import { createTestCore, must } from '../support/core.js';
import { median, runIfMain, scratchDatabase, type BenchResult } from './support.js';

const N = Number(process.env["BENCH_N"] ?? 20);

export async function run(): Promise<BenchResult> {
  const scratch = await scratchDatabase();
  const database = await openDatabase({ kind: 'postgres', url: scratch.url, maxConnections: 4 });
  let statements = 0;
  const counted = postgres(scratch.url, { max: 4, onnotice: () => undefined, debug: (_c, query) => {
    statements += 1;
    if (process.env["BENCH_TRACE"] === "1") console.log(`  sql: ${query.replace(/\s+/g, " ").slice(0, 160)}`);
  } });
  try {
    await migrateDatabase(database);
    const core = createTestCore(database);
    const db: Db = drizzle({ client: counted, schema });
    const deps = { ...core.deps, db, clock: () => new Date() };
    const community = 'test:bench';
    const actor = (u: string, admin = false) => ({ user: `test:bench:${u}`, community, platformAdmin: admin });
    must(await configureCommunity(deps, actor('admin', true), { settings: { volunteerChannel: 'test:bench:vol', country: 'GB' } }));
    for (let v = 0; v < N; v += 1) {
      must(await enrolVolunteer(deps, actor('admin'), { user: `test:bench:v${v}`, trainedUntil: '2030-01-01', capacity: 10 }));
      must(await duty(deps, actor(`v${v}`), 'on'));
    }
    const count = async (fn: () => Promise<unknown>) => {
      const before = statements;
      await fn();
      return statements - before;
    };
    const listen: number[] = [];
    const ids: string[] = [];
    for (let i = 0; i < N; i += 1) {
      listen.push(await count(async () => ids.push(must(await requestListener(deps, actor(`m${i}`), {})).requestId)));
    }
    const accept: number[] = [];
    const taken: number[] = [];
    for (let i = 0; i < N; i += 1) {
      accept.push(await count(async () => must(await handleAction(deps, actor(`v${i}`), encodeAction({ kind: 'accept', requestId: ids[i]! })))));
      // A second volunteer clicks the same card: the losing path.
      taken.push(await count(() => handleAction(deps, actor(`v${(i + 1) % N}`), encodeAction({ kind: 'accept', requestId: ids[i]! }))));
    }
    const gate = new DeliveryGate(db, () => new Date(), core.log);
    const dedupe: number[] = [];
    for (let i = 0; i < N; i += 1) dedupe.push(await count(() => gate.first('bench', `d${i}`)));
    return {
      name: 'Database round trips per use case (PostgreSQL, statements counted on the driver, median of 20)',
      lines: [
        `/listen (request a listener, no note): ${median(listen)} statements`,
        `Accept (the winning click): ${median(accept)} statements`,
        `Accept (a click on a request already taken): ${median(taken)} statements`,
        `delivery check before an Accept (adapters): ${median(dedupe)} statements`,
      ],
    };
  } finally {
    await counted.end({ timeout: 5 });
    await database.close();
    await scratch.drop();
  }
}

runIfMain(import.meta.url, run);
