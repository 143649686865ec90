/**
 * `npm run bench -- replicas`: 1, 2 and 3 bot replicas (Slack HTTP mode, `src/cli.ts start` each in its
 * own process) on one PostgreSQL database behind a round-robin HTTP proxy, at a rising interaction rate.
 * The fake Slack and the load generator run in another process (burst/platform.ts), the proxy in this
 * one. Baseline in the same run: a bare Bolt app (acks only) behind the same proxy at the same rates.
 *
 * Per replica count and rate: interactions acknowledged, ack p99 (and its ratio to the bare app's), the
 * work finished (private replies) within 10 s of the end of the burst, throughput (replies per second from
 * the start of the burst until the last reply), and the most PostgreSQL connections open on the bench's
 * database during the burst. Half `/listen`, half Accept, as in the burst benchmark.
 *
 * BENCH_REPLICAS (default "1,2,3"), BENCH_RATES (default "50,100,200"), BENCH_SECONDS (default 10).
 */
import { fork } from 'node:child_process';
import { eq, sql } from 'drizzle-orm';
import { openDatabase } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { supportRequests } from '../../src/db/schema.js';
import { configureCommunity } from '../../src/core/use-cases/configure-community.js';
import { duty } from '../../src/core/use-cases/duty.js';
import { enrolVolunteer } from '../../src/core/use-cases/manage-volunteers.js';
import { createTestCore, must } from '../support/core.js';
import { roundRobin, type RoundRobin } from '../support/round-robin.js';
import { Child, freePort, loadAverage, READY, startBot, tsNode } from './burst/run-burst.js';
import { B, type LoadReport, type ParentMessage } from './burst/protocol.js';
import { fmt, percentile, runIfMain, scratchDatabase, type BenchResult } from './support.js';

const REPLICAS = (process.env['BENCH_REPLICAS'] ?? '1,2,3').split(',').map(Number);
const RATES = (process.env['BENCH_RATES'] ?? '50,100,200').split(',').map(Number);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const WARM_UP = 500;
const here = (f: string) => new URL(f, import.meta.url).pathname;

async function seed(url: string): Promise<void> {
  const database = await openDatabase({ kind: 'postgres', url, maxConnections: 4 });
  try {
    await migrateDatabase(database);
    const deps = { ...createTestCore(database).deps, clock: () => new Date() };
    const ref = (u: string) => `slack:${B.team}:${u}`;
    const actor = (u: string, admin = false) => ({ user: ref(u), community: `slack:${B.team}`, platformAdmin: admin });
    must(await configureCommunity(deps, actor('UADMIN', true), { settings: { volunteerChannel: ref('C0VOL'), country: 'GB', maxSessionsPerVolunteer: 10 } }));
    for (const v of B.slackVolunteers()) {
      must(await enrolVolunteer(deps, actor('UADMIN'), { user: ref(v), trainedUntil: '2030-01-01', capacity: 10 }));
      must(await duty(deps, actor(v), 'on'));
    }
  } finally {
    await database.close();
  }
}

interface Figures {
  readonly rate: number;
  readonly report: LoadReport;
  readonly p99: number;
  readonly connections: number;
}

const p99 = (r: LoadReport) => percentile([...r.listen, ...r.accept].sort((a, b) => a - b), 99);

/** Warm-up, then each rate in turn against `target`; for the bot, clicks accept the requests still queued. */
async function rising(platform: Child, target: string, tag: string, dbUrl: string | null): Promise<Figures[]> {
  const database = dbUrl === null ? null : await openDatabase({ kind: 'postgres', url: dbUrl, maxConnections: 1 });
  const load = (rate: number, seconds: number, t: string, acceptIds: string[], onlyListen: boolean): ParentMessage => ({ type: 'load', kind: 'slack', target, rate, seconds, tag: t, acceptIds, onlyListen, memberOffset: 0, expectWork: dbUrl !== null, drainSeconds: 120, stallSeconds: 20 });
  try {
    await platform.request(load(100, WARM_UP / 100, `W${tag}`, [], true), 'report');
    const out: Figures[] = [];
    for (const rate of RATES) {
      const queued = database === null ? [] : (await database.db.select({ id: supportRequests.id }).from(supportRequests).where(eq(supportRequests.status, 'queued'))).map((r) => r.id);
      let connections = 0;
      const sample = setInterval(() => {
        void database?.db
          .execute(sql`select count(*)::int as n from pg_stat_activity where datname = current_database()`)
          .then((rows: unknown) => {
            const n = Array.isArray(rows) ? Number((rows[0] as { n: number }).n) - 1 : 0;
            connections = Math.max(connections, n);
          })
          .catch(() => undefined);
      }, 250);
      const { report } = await platform.request<{ report: LoadReport }>(load(rate, SECONDS, `${tag}R${rate}`, queued, false), 'report');
      clearInterval(sample);
      out.push({ rate, report, p99: p99(report), connections });
    }
    return out;
  } finally {
    await database?.close();
  }
}

async function withReplicas(count: number, platform: Child, apiUrl: string): Promise<{ figures: Figures[]; readyMs: number }> {
  const scratch = await scratchDatabase();
  const bots: Child[] = [];
  let proxy: RoundRobin | null = null;
  try {
    await seed(scratch.url);
    const ports = await Promise.all(Array.from({ length: count }, () => freePort()));
    for (const port of ports) bots.push(startBot({ DATABASE_URL: scratch.url, SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: B.secret, SLACK_API_URL: apiUrl, PORT: String(port) }));
    const readyMs = Math.max(...(await Promise.all(bots.map((b) => b.waitForOutput(READY)))));
    proxy = await roundRobin(ports);
    return { figures: await rising(platform, proxy.url, `N${count}`, scratch.url), readyMs };
  } finally {
    await proxy?.close();
    await Promise.all(bots.map((b) => b.stop()));
    await scratch.drop();
  }
}

async function bare(platform: Child, apiUrl: string): Promise<Figures[]> {
  const port = await freePort();
  const app = new Child(fork(here('./burst/bare.ts'), ['slack', apiUrl, String(port)], { execArgv: tsNode(), stdio: ['ignore', 'pipe', 'pipe', 'ipc'] }));
  let proxy: RoundRobin | null = null;
  try {
    await app.waitForOutput(/bare\.ready/);
    proxy = await roundRobin([port]);
    return await rising(platform, proxy.url, 'BARE', null);
  } finally {
    await proxy?.close();
    await app.stop();
  }
}

export async function run(): Promise<BenchResult> {
  const platform = new Child(fork(here('./burst/platform.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] }));
  const lines: string[] = [];
  try {
    const { apiUrl } = await platform.request<{ apiUrl: string }>({ type: 'start', kind: 'slack' }, 'started');
    const loadBefore = loadAverage();
    const baseline = await bare(platform, apiUrl);
    for (const b of baseline) lines.push(`bare Bolt behind the proxy, ${b.rate}/s: acked ${b.report.total - b.report.failures}/${b.report.total}, ack p99 ${fmt(b.p99, 1)} ms`);
    for (const count of REPLICAS) {
      const { figures, readyMs } = await withReplicas(count, platform, apiUrl);
      for (const f of figures) {
        const r = f.report;
        const base = baseline.find((b) => b.rate === f.rate);
        const span = r.sentSeconds + Math.max(0, r.lastReplySeconds ?? 0);
        lines.push(
          `${count} replica${count === 1 ? '' : 's'}, ${f.rate}/s × ${SECONDS} s: acked ${r.total - r.failures}/${r.total}, ack p99 ${fmt(f.p99, 1)} ms` +
            `${base === undefined ? '' : ` (${fmt(f.p99 / base.p99, 1)}× bare)`}; work done ${fmt((100 * r.doneWithin10s) / r.total, 0)}% within 10 s, ${fmt((100 * r.doneFinally) / r.total, 0)}% in the end; ` +
            `throughput ${fmt(r.doneFinally / span, 0)} replies/s (last reply ${r.lastReplySeconds === null ? 'none' : `+${fmt(r.lastReplySeconds, 1)} s`}); PostgreSQL connections at most ${f.connections}; all replicas ready after ${fmt(readyMs, 0)} ms`,
        );
      }
    }
    lines.push(`load average ${loadBefore} → ${loadAverage()}`);
  } finally {
    await platform.request({ type: 'stop' }, 'stopped', 10_000).catch(() => undefined);
    await platform.stop();
  }
  return { name: `Replicas on one PostgreSQL (Slack HTTP mode behind a round-robin proxy, rising rate, half listen, half accept)`, lines };
}

runIfMain(import.meta.url, run);
