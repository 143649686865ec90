/**
 * Slack ack latency: `/peer listen` and Accept clicks through the real Bolt HTTP receiver at a steady
 * rate (default 200 requests/s for 30 s; BENCH_SECONDS to shorten), on PostgreSQL. The figure is the
 * time until Slack would get its HTTP 200 — the 3-second ack — not the work that follows it.
 */
import { encodeAction } from '../../src/core/actions.js';
import { configureCommunity } from '../../src/core/use-cases/configure-community.js';
import { duty } from '../../src/core/use-cases/duty.js';
import { enrolVolunteer } from '../../src/core/use-cases/manage-volunteers.js';
import { requestListener } from '../../src/core/use-cases/request-listener.js';
import { openDatabase } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { must } from '../support/core.js';
import type { TestDatabase } from '../support/db.js';
import { startSlackHarness } from '../slack/harness.js';
import { click, command } from '../fakes/slack/index.js';
import { fmt, latencyLine, paced, runIfMain, scratchDatabase, type BenchResult } from './support.js';

const RATE = 200;
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 30);
const TEAM = 'T0BENCH';

export async function run(): Promise<BenchResult> {
  const scratch = await scratchDatabase();
  const database = await openDatabase({ kind: 'postgres', url: scratch.url, maxConnections: 20 });
  try {
    await migrateDatabase(database);
    const h = await startSlackHarness({ ...database, url: scratch.url, dispose: async () => undefined } satisfies TestDatabase);
    const actor = (u: string, admin = false) => ({ user: `slack:${TEAM}:${u}`, community: `slack:${TEAM}`, platformAdmin: admin });
    must(await configureCommunity(h.deps, actor('UADMIN', true), { settings: { volunteerChannel: `slack:${TEAM}:C0VOL`, country: 'GB' } }));
    const volunteers = Array.from({ length: 50 }, (_, i) => `UV${i}`);
    for (const v of volunteers) {
      must(await enrolVolunteer(h.deps, actor('UADMIN'), { user: `slack:${TEAM}:${v}`, trainedUntil: '2030-01-01', capacity: 10 }));
      must(await duty(h.deps, actor(v), 'on'));
    }
    const requests: string[] = [];
    for (let i = 0; i < 500; i += 1) requests.push(must(await requestListener(h.deps, actor(`UPRE${i}`), {})).requestId);

    const listen: number[] = [];
    const accept: number[] = [];
    const failures: number[] = [];
    const total = RATE * SECONDS;
    const elapsed = await paced(total, RATE, async (i) => {
      const body =
        i % 2 === 0
          ? command(TEAM, `UM${i}`, 'C0GENERAL', 'listen load test', h.fake.responseUrl(`b${i}`))
          : click(TEAM, volunteers[i % volunteers.length]!, encodeAction({ kind: 'accept', requestId: requests[(i >> 1) % requests.length]! }), h.fake.responseUrl(`b${i}`));
      const r = await h.send(body);
      if (r.status !== 200) failures.push(r.status);
      (i % 2 === 0 ? listen : accept).push(r.ms);
    });
    // Let the work after the acks finish (every request ends in a private reply) before closing.
    const until = Date.now() + 60_000;
    while (Date.now() < until && Array.from({ length: total }, (_, i) => h.fake.responsesFor(`b${i}`).length).some((n) => n === 0)) {
      await new Promise((r) => setTimeout(r, 250));
    }
    await h.stop();
    const line = (name: string, xs: number[]) => latencyLine(name, 'requests', 'ack', xs);
    return {
      name: `Slack ack latency (Bolt HTTP receiver, PostgreSQL, ${RATE} req/s for ${SECONDS} s)`,
      lines: [line('/peer listen', listen), line('Accept click', accept), `sent in ${fmt(elapsed, 1)} s; non-200 answers: ${failures.length}`],
    };
  } finally {
    await database.close();
    await scratch.drop();
  }
}

runIfMain(import.meta.url, run);
