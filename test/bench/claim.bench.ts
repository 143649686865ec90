/**
 * Claim latency on PostgreSQL: how long `acceptRequest` takes, alone and with 50 volunteers racing for
 * the same request over separate connections (the recording platform stands in for the chat platform).
 */
import { performance } from 'node:perf_hooks';
import { acceptRequest } from '../../src/core/use-cases/accept-request.js';
import { configureCommunity } from '../../src/core/use-cases/configure-community.js';
import { duty } from '../../src/core/use-cases/duty.js';
import { endSession } from '../../src/core/use-cases/end-session.js';
import { enrolVolunteer } from '../../src/core/use-cases/manage-volunteers.js';
import { requestListener } from '../../src/core/use-cases/request-listener.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { actor, createTestCore, must } from '../support/core.js';
import { fmt, percentile, runIfMain, scratchDatabase, type BenchResult } from './support.js';

const ROUNDS = 200;
const RACERS = 50;

export async function run(): Promise<BenchResult> {
  const scratch = await scratchDatabase();
  const connections: Database[] = [];
  try {
    const main = await openDatabase({ kind: 'postgres', url: scratch.url, maxConnections: 10 });
    connections.push(main);
    await migrateDatabase(main);
    const admin = createTestCore(main);
    const coordinator = actor('coord', { platformAdmin: true });
    must(await configureCommunity(admin.deps, coordinator, { settings: { volunteerChannel: 'test:chan:v', country: 'GB' } }));
    const volunteers = Array.from({ length: RACERS }, (_, i) => actor(`v${i}`));
    for (const v of volunteers) {
      must(await enrolVolunteer(admin.deps, coordinator, { user: v.user, trainedUntil: '2030-01-01' }));
      must(await duty(admin.deps, v, 'on'));
    }
    const cores = [];
    for (let i = 0; i < RACERS; i += 1) {
      const c = await openDatabase({ kind: 'postgres', url: scratch.url, maxConnections: 1 });
      connections.push(c);
      cores.push(createTestCore(c, admin.clock));
    }

    const alone: number[] = [];
    const raced: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const member = actor(`m${round}`);
      const { requestId } = must(await requestListener(admin.deps, member, {}));
      await admin.settle();
      let winner: string;
      if (round % 2 === 0) {
        const t0 = performance.now();
        winner = must(await acceptRequest(cores[round % RACERS]!.deps, volunteers[round % RACERS]!, requestId)).sessionId;
        alone.push(performance.now() - t0);
      } else {
        const timed = await Promise.all(
          cores.map(async (c, i) => {
            const t0 = performance.now();
            const r = await acceptRequest(c.deps, volunteers[i]!, requestId);
            return { ms: performance.now() - t0, r };
          }),
        );
        const wins = timed.filter((t) => t.r.ok);
        if (wins.length !== 1) throw new Error(`expected one winner, got ${wins.length}`);
        raced.push(...timed.map((t) => t.ms));
        const w = wins[0]!.r;
        winner = w.ok ? w.value.sessionId : '';
      }
      must(await endSession(admin.deps, member, { sessionId: winner }));
    }
    const a = [...alone].sort((x, y) => x - y);
    const r = [...raced].sort((x, y) => x - y);
    return {
      name: 'Claim latency (acceptRequest on PostgreSQL, recording platform)',
      lines: [
        `uncontended: ${alone.length} accepts, p50 ${fmt(percentile(a, 50), 2)} ms, p99 ${fmt(percentile(a, 99), 2)} ms`,
        `${RACERS} racing on separate connections: ${raced.length} attempts over ${ROUNDS / 2} requests, p50 ${fmt(percentile(r, 50), 2)} ms, p99 ${fmt(percentile(r, 99), 2)} ms, exactly one winner every time`,
      ],
    };
  } finally {
    await Promise.all(connections.map((c) => c.close()));
    await scratch.drop();
  }
}

runIfMain(import.meta.url, run);
