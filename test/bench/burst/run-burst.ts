/**
 * The burst benchmark, measured from outside the bot: the bot (`node dist/cli.js start`, as in
 * production — build it first —, on PostgreSQL), the fake platform with the load generator, and a bare SDK app each run in their own
 * process. In one run: the bot takes a warm-up and then the burst; then the bare SDK app takes the same
 * warm-up and burst on the same fake. Reported: ack (Slack) or deferral (Discord) p50/p99 of both and
 * their ratio, the bot's CPU per interaction (process.cpuUsage inside the bot, via test/bench/burst/
 * probe.mjs), how much work had finished when the burst ended and 10 s later, and the bot's start-to-ready
 * time and RSS before the burst.
 *
 * BENCH_RATE (default 200/s), BENCH_SECONDS (default 30), BENCH_RUNS (default 1; medians over runs),
 * BENCH_CPU_PROF=<dir> (write the bot's CPU profile there), BENCH_NODE_FLAGS (Node flags for the bot).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { eq, sql } from 'drizzle-orm';
import { configureCommunity } from '../../../src/core/use-cases/configure-community.js';
import { duty } from '../../../src/core/use-cases/duty.js';
import { enrolVolunteer } from '../../../src/core/use-cases/manage-volunteers.js';
import { openDatabase } from '../../../src/db/client.js';
import { migrateDatabase } from '../../../src/db/migrate.js';
import { supportRequests } from '../../../src/db/schema.js';
import { createTestCore, must } from '../../support/core.js';
import { fmt, median, percentile, scratchDatabase, type BenchResult } from '../support.js';
import { B, type LoadReport, type ParentMessage, type Usage } from './protocol.js';

export type Kind = 'slack' | 'discord';

const RATE = Number(process.env['BENCH_RATE'] ?? 200);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 30);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 1);
const WARM_UP = 500;
/** After the 10 s window, how long to keep waiting for late replies, and when to call it a stall. */
const DRAIN_SECONDS = Number(process.env['BENCH_DRAIN_SECONDS'] ?? 300);
const STALL_SECONDS = Number(process.env['BENCH_STALL_SECONDS'] ?? 30);
const root = fileURLToPath(new URL('../../../', import.meta.url));
const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));

export const loadAverage = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** A child process with IPC: `request` sends a message and resolves with the first reply of `type`. */
export class Child {
  readonly output: string[] = [];
  /** Log lines at warn level or above, counted by `level code` (the bot logs JSON, one event a line). */
  readonly problems = new Map<string, number>();
  #partial = '';
  readonly #waiters: { type: string; resolve: (m: unknown) => void }[] = [];
  readonly exited: Promise<number | null>;
  readonly spawnedAt = performance.now();

  constructor(readonly proc: ChildProcess) {
    proc.on('message', (m: { type: string; error?: string }) => {
      if (m.type === 'error') console.error(`child error: ${m.error}`);
      const i = this.#waiters.findIndex((w) => w.type === m.type);
      if (i >= 0) this.#waiters.splice(i, 1)[0]!.resolve(m);
    });
    const keep = (chunk: Buffer) => {
      const text = chunk.toString();
      this.output.push(text);
      const lines = (this.#partial + text).split('\n');
      this.#partial = lines.pop() ?? '';
      for (const line of lines) {
        const m = /"level":"(warn|error|fatal)".*?"code":"([^"]+)"/.exec(line);
        if (m !== null) this.problems.set(`${m[1]} ${m[2]}`, (this.problems.get(`${m[1]} ${m[2]}`) ?? 0) + 1);
      }
      if (this.output.length > 2000) this.output.splice(0, 1000);
      if (process.env['BENCH_VERBOSE'] === '1') process.stderr.write(text);
    };
    proc.stdout?.on('data', keep);
    proc.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => proc.once('exit', (code) => resolve(code)));
  }

  next<T>(type: string, timeoutMs = 600_000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${type} from child within ${timeoutMs} ms`)), timeoutMs);
      this.#waiters.push({ type, resolve: (m) => (clearTimeout(timer), resolve(m as T)) });
    });
  }

  request<T>(message: unknown, replyType: string, timeoutMs?: number): Promise<T> {
    const reply = this.next<T>(replyType, timeoutMs);
    this.proc.send(message as never);
    return reply;
  }

  /** Resolves with the milliseconds from spawn until `pattern` appears in its output. */
  async waitForOutput(pattern: RegExp, timeoutMs = 60_000): Promise<number> {
    const until = performance.now() + timeoutMs;
    for (;;) {
      if (pattern.test(this.output.join(''))) return performance.now() - this.spawnedAt;
      if (this.proc.exitCode !== null) throw new Error(`child exited (${this.proc.exitCode}) before ${pattern}: ${this.output.join('').slice(-2000)}`);
      if (performance.now() > until) throw new Error(`no ${pattern} within ${timeoutMs} ms: ${this.output.join('').slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  async stop(): Promise<void> {
    if (this.proc.exitCode !== null || this.proc.signalCode !== null) return;
    this.proc.kill('SIGTERM');
    const killed = setTimeout(() => this.proc.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(killed);
  }
}

/** Node flags for a TypeScript child (tsx) with the usage probe loaded. */
export function tsNode(extra: string[] = []): string[] {
  return ['--import', 'tsx', '--import', here('./probe.mjs'), ...extra];
}

/** Node flags to try on the built bot (BENCH_NODE_FLAGS, space-separated), e.g. a V8 heap setting. */
export const benchNodeFlags = (): string[] => (process.env['BENCH_NODE_FLAGS'] ?? '').split(' ').filter((f) => f.length > 0);

/**
 * The bot as production runs it (`node dist/cli.js start`, what `npm start` runs; needs `npm run build`),
 * with the usage probe loaded; `tsx` runs the sources instead (`src/cli.ts start`, as `npm run dev`).
 */
export function startBot(env: Record<string, string>, cpuProfDir?: string, build: 'built' | 'tsx' = 'built'): Child {
  const prof = cpuProfDir === undefined ? [] : ['--cpu-prof', '--cpu-prof-dir', cpuProfDir];
  if (build === 'built' && !existsSync(`${root}dist/cli.js`)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const execArgv = build === 'built' ? ['--import', here('./probe.mjs'), ...benchNodeFlags(), ...prof] : tsNode(prof);
  return new Child(
    fork(build === 'built' ? `${root}dist/cli.js` : `${root}src/cli.ts`, ['start'], {
      cwd: root,
      execArgv,
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', PEERLINE_WEB: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    }),
  );
}

export const READY = /peerline\.started/;

async function seed(url: string, kind: Kind): Promise<void> {
  const database = await openDatabase({ kind: 'postgres', url, maxConnections: 4 });
  try {
    await migrateDatabase(database);
    const core = createTestCore(database);
    const deps = { ...core.deps, clock: () => new Date() };
    const ref = (u: string) => (kind === 'slack' ? `slack:${B.team}:${u}` : `discord:${B.guild}:${u}`);
    const community = kind === 'slack' ? `slack:${B.team}` : `discord:${B.guild}`;
    const actor = (u: string, admin = false) => ({ user: ref(u), community, platformAdmin: admin });
    const admin = kind === 'slack' ? 'UADMIN' : B.admin;
    must(await configureCommunity(deps, actor(admin, true), { settings: { volunteerChannel: ref(kind === 'slack' ? 'C0VOL' : B.volunteers), country: 'GB', maxSessionsPerVolunteer: 10 } }));
    for (const v of kind === 'slack' ? B.slackVolunteers() : B.discordVolunteers()) {
      must(await enrolVolunteer(deps, actor(admin), { user: ref(v), trainedUntil: '2030-01-01', capacity: 10 }));
      must(await duty(deps, actor(v), 'on'));
    }
  } finally {
    await database.close();
  }
}

async function queuedRequests(url: string): Promise<string[]> {
  const database = await openDatabase({ kind: 'postgres', url, maxConnections: 1 });
  try {
    const rows = await database.db.select({ id: supportRequests.id }).from(supportRequests).where(eq(supportRequests.status, 'queued')).orderBy(supportRequests.createdAt);
    return rows.map((r) => r.id);
  } finally {
    await database.close();
  }
}

/**
 * What the database holds once the work has drained: requests by status, sessions, jobs by kind and
 * state, and the two ways an accept could be half done (an accepted request with no session, or a session
 * whose request is not accepted). Read from outside, after the burst, to tell lost work from late work.
 */
async function audit(url: string): Promise<string> {
  const database = await openDatabase({ kind: 'postgres', url, maxConnections: 1 });
  try {
    const rows = async (q: ReturnType<typeof sql>): Promise<Record<string, unknown>[]> => {
      // postgres.js gives the rows as an array (PGlite would give `{ rows }`); this runs on PostgreSQL only.
      const result: unknown = await database.db.execute(q);
      return Array.isArray(result) ? (result as Record<string, unknown>[]) : [];
    };
    const join = (rs: Record<string, unknown>[]) => rs.map((r) => Object.values(r).join(' ')).join(', ') || 'none';
    const requests = await rows(sql`select status, count(*)::int from support_requests group by status order by status`);
    const sessions = await rows(sql`select count(*)::int as n, count(*) filter (where ended_at is null)::int as open from sessions`);
    const jobs = await rows(sql`select kind, state, count(*)::int from jobs group by kind, state order by kind, state`);
    const noSession = await rows(sql`select count(*)::int as n from support_requests r where r.status in ('accepted', 'active') and not exists (select 1 from sessions s where s.request_id = r.id)`);
    const notAccepted = await rows(sql`select count(*)::int as n from sessions s join support_requests r on r.id = s.request_id where s.ended_at is null and r.status not in ('accepted', 'active')`);
    const s0 = sessions[0] ?? {};
    return (
      `requests by status: ${join(requests)}; sessions ${String(s0['n'])} (open ${String(s0['open'])}); ` +
      `accepted requests without a session ${String(noSession[0]?.['n'])}, open sessions whose request is not accepted ${String(notAccepted[0]?.['n'])}; jobs: ${join(jobs)}`
    );
  } finally {
    await database.close();
  }
}

interface Phase {
  readonly report: LoadReport;
  readonly cpuMsPerInteraction: number;
  /** The bot's database transactions per interaction (a statement outside a transaction is one); null for the bare app. */
  readonly xactPerInteraction?: number;
}

/**
 * How long PostgreSQL may hold a backend's counters before they show in `pg_stat_database`: an idle
 * backend reports them within 10 s (PGSTAT_IDLE_INTERVAL); a second more for good measure.
 */
const STATS_SETTLE_MS = 11_000;

/**
 * Transactions the scratch database has committed or rolled back so far (a statement outside a
 * transaction is one), once every backend's counters have had time to show.
 */
async function transactions(url: string): Promise<number> {
  await new Promise((r) => setTimeout(r, STATS_SETTLE_MS));
  // A bare client (no type fetch, no check on connect): this read is the one transaction it adds.
  const client = postgres(url, { max: 1, fetch_types: false, onnotice: () => undefined });
  try {
    const [row] = await client<{ n: number }[]>`select (xact_commit + xact_rollback)::float8 as n from pg_stat_database where datname = current_database()`;
    return Number(row?.n ?? 0);
  } finally {
    await client.end();
  }
}

async function burst(platform: Child, kind: Kind, target: string | null, probe: Child, o: { tag: string; acceptIds: string[]; expectWork: boolean; memberOffset: number }): Promise<Phase> {
  // Warm-up (not measured): the JIT, the connection pools, the caches, for the bot and the bare app alike.
  const warm: ParentMessage = { type: 'load', kind, target, rate: 100, seconds: WARM_UP / 100, tag: `w${o.tag}`, acceptIds: [], onlyListen: true, memberOffset: o.memberOffset, expectWork: o.expectWork, drainSeconds: DRAIN_SECONDS, stallSeconds: STALL_SECONDS };
  await platform.request(warm, 'report');
  const acceptIds = o.acceptIds.length > 0 ? o.acceptIds : [];
  const before = await probe.request<Usage>({ type: 'usage' }, 'usage');
  const load: ParentMessage = { type: 'load', kind, target, rate: RATE, seconds: SECONDS, tag: o.tag, acceptIds, onlyListen: false, memberOffset: o.memberOffset + WARM_UP, expectWork: o.expectWork, drainSeconds: DRAIN_SECONDS, stallSeconds: STALL_SECONDS };
  const { report } = await platform.request<{ report: LoadReport }>(load, 'report');
  const after = await probe.request<Usage>({ type: 'usage' }, 'usage');
  const cpuMs = (after.cpuUserMicros + after.cpuSystemMicros - before.cpuUserMicros - before.cpuSystemMicros) / 1000;
  return { report, cpuMsPerInteraction: cpuMs / report.total };
}

export interface RunFigures {
  readonly load: string;
  readonly readyMs: number;
  readonly rssBeforeMb: number;
  readonly bot: Phase;
  readonly bare: Phase;
  /** The database after the bot's burst drained (see `audit`). */
  readonly audit: string;
  /** The bot's warn/error log lines by code, over the whole run. */
  readonly problems: string;
}

const p = (xs: readonly number[], q: number) => percentile([...xs].sort((a, b) => a - b), q);

async function once(kind: Kind, run: number): Promise<RunFigures> {
  const loadBefore = loadAverage();
  const scratch = await scratchDatabase();
  const platform = new Child(fork(here('./platform.ts'), [], { cwd: root, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] }));
  let bot: Child | null = null;
  let bare: Child | null = null;
  try {
    await seed(scratch.url, kind);
    const { apiUrl } = await platform.request<{ apiUrl: string }>({ type: 'start', kind }, 'started');
    const port = await freePort();
    const env: Record<string, string> =
      kind === 'slack'
        ? { DATABASE_URL: scratch.url, SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: B.secret, SLACK_API_URL: apiUrl, PORT: String(port) }
        : { DATABASE_URL: scratch.url, DISCORD_TOKEN: 'bench-token', DISCORD_APPLICATION_ID: B.app, DISCORD_API_URL: apiUrl };
    const profDir = process.env['BENCH_CPU_PROF'];
    if (profDir !== undefined) mkdirSync(profDir, { recursive: true });
    bot = startBot(env, profDir);
    const readyMs = await bot.waitForOutput(READY);
    const idle = await bot.request<Usage>({ type: 'usage' }, 'usage');
    const target = kind === 'slack' ? `http://127.0.0.1:${port}/slack/events` : null;

    // The bot: its warm-up listens become the requests the burst's clicks accept.
    const warmUpIds = async () => queuedRequests(scratch.url);
    const botPhase = await (async () => {
      const warm: ParentMessage = { type: 'load', kind, target, rate: 100, seconds: WARM_UP / 100, tag: `wbot${run}`, acceptIds: [], onlyListen: true, memberOffset: 0, expectWork: true, drainSeconds: DRAIN_SECONDS, stallSeconds: STALL_SECONDS };
      await platform.request(warm, 'report');
      const ids = await warmUpIds();
      const xactBefore = await transactions(scratch.url);
      const before = await bot.request<Usage>({ type: 'usage' }, 'usage');
      const load: ParentMessage = { type: 'load', kind, target, rate: RATE, seconds: SECONDS, tag: `bot${run}`, acceptIds: ids, onlyListen: false, memberOffset: WARM_UP, expectWork: true, drainSeconds: DRAIN_SECONDS, stallSeconds: STALL_SECONDS };
      const { report } = await platform.request<{ report: LoadReport }>(load, 'report');
      const after = await bot.request<Usage>({ type: 'usage' }, 'usage');
      const cpuMs = (after.cpuUserMicros + after.cpuSystemMicros - before.cpuUserMicros - before.cpuSystemMicros) / 1000;
      // Counted to the same point as the CPU, read once the counters settle; the first read is one of them.
      const xact = (await transactions(scratch.url)) - xactBefore - 1;
      return { report, cpuMsPerInteraction: cpuMs / report.total, xactPerInteraction: xact / report.total };
    })();
    const dbAfter = await audit(scratch.url);
    await bot.stop();
    const problems = [...bot.problems].map(([k, n]) => `${k} ×${n}`).join(', ') || 'none';
    bot = null;

    // The bare SDK app under the same warm-up and burst, on the same fake.
    const barePort = await freePort();
    bare = new Child(fork(here('./bare.ts'), [kind, apiUrl, String(barePort)], { cwd: root, execArgv: tsNode(), stdio: ['ignore', 'pipe', 'pipe', 'ipc'] }));
    await bare.waitForOutput(/bare\.ready/);
    const barePhase = await burst(platform, kind, kind === 'slack' ? `http://127.0.0.1:${barePort}/slack/events` : null, bare, { tag: `bare${run}`, acceptIds: [], expectWork: false, memberOffset: 2 * WARM_UP + RATE * SECONDS });
    return { load: `${loadBefore} → ${loadAverage()}`, readyMs, rssBeforeMb: idle.rss / 2 ** 20, bot: botPhase, bare: barePhase, audit: dbAfter, problems };
  } finally {
    await bot?.stop();
    await bare?.stop();
    await platform.request({ type: 'stop' }, 'stopped', 10_000).catch(() => undefined);
    await platform.stop();
    await scratch.drop();
  }
}

/** Late or lost: whether every acknowledged interaction got its reply, and when the last one came. */
function replies(r: LoadReport): string {
  const acked = r.total - r.failures;
  const last = r.lastReplySeconds === null ? 'none arrived' : `the last at +${fmt(r.lastReplySeconds, 1)} s after the burst`;
  const texts = Object.entries(r.replyTexts).sort((a, b) => b[1] - a[1]).map(([t, n]) => `"${t}" ×${n}`).join(', ');
  const missing = r.missingListen === null || r.missingAccept === null ? Math.max(0, acked - r.doneFinally) : r.missingListen + r.missingAccept;
  const head =
    missing === 0
      ? `every one of the ${acked} acknowledged interactions got its reply, ${last}`
      : `${missing} of ${acked} acknowledged interactions got no reply${r.missingListen === null ? '' : ` (listen ${r.missingListen}, accept ${r.missingAccept})`} after waiting ${fmt(r.waitedSeconds, 0)} s${r.stalled ? ', no reply in the last ' + STALL_SECONDS + ' s' : ''}; ${last}`;
  return `${head}; ${r.extraReplies} extra replies${texts === '' ? '' : `; first replies by text: ${texts}`}`;
}

/** The offer cards the burst's /listens owed: how many had been posted, and when the last came. */
function cards(r: LoadReport): string {
  const c = r.cards;
  const last = c.lastSeconds === null ? 'none posted' : `the last at ${c.lastSeconds < 0 ? '' : '+'}${fmt(c.lastSeconds, 1)} s after the burst`;
  return `${c.atEnd} of ${c.expected} posted at the end of the burst, ${c.within10s} within 10 s, ${c.finally} in the end, ${last}`;
}

function figures(f: RunFigures) {
  const botAll = [...f.bot.report.listen, ...f.bot.report.accept];
  const bareAll = [...f.bare.report.listen, ...f.bare.report.accept];
  const r = f.bot.report;
  return {
    botP50: p(botAll, 50),
    botP99: p(botAll, 99),
    listenP99: p(r.listen, 99),
    acceptP99: p(r.accept, 99),
    bareP50: p(bareAll, 50),
    bareP99: p(bareAll, 99),
    ratio: p(botAll, 99) / p(bareAll, 99),
    cpu: f.bot.cpuMsPerInteraction,
    bareCpu: f.bare.cpuMsPerInteraction,
    doneAtEnd: r.doneAtEnd / r.total,
    done10: r.doneWithin10s / r.total,
    doneFinally: r.doneFinally / r.total,
    // The whole of the work: every reply and every card (a /listen's card follows its reply).
    work10: (r.doneWithin10s + r.cards.within10s) / (r.total + r.cards.expected),
    failures: r.failures + f.bare.report.failures,
  };
}

export async function runBurst(kind: Kind): Promise<BenchResult> {
  const label = kind === 'slack' ? 'ack' : 'deferral';
  const lines: string[] = [];
  const all: ReturnType<typeof figures>[] = [];
  for (let run = 1; run <= RUNS; run += 1) {
    const f = await once(kind, run);
    const x = figures(f);
    all.push(x);
    const r = f.bot.report;
    lines.push(
      `run ${run} (load average ${f.load}): bot ${label} p50 ${fmt(x.botP50, 2)} ms, p99 ${fmt(x.botP99, 2)} ms (listen p99 ${fmt(x.listenP99, 2)}, accept p99 ${fmt(x.acceptP99, 2)}); ` +
        `bare SDK p50 ${fmt(x.bareP50, 2)} ms, p99 ${fmt(x.bareP99, 2)} ms; ratio of p99s ${fmt(x.ratio, 1)}×; ` +
        `bot CPU ${fmt(x.cpu, 2)} ms per interaction (bare ${fmt(x.bareCpu, 2)}); replies: ${fmt(100 * x.doneAtEnd, 0)}% at the end of the burst, ${fmt(100 * x.done10, 0)}% within 10 s, ${fmt(100 * x.doneFinally, 0)}% in the end` +
        `${r.secondsToDone === null ? '' : ` (all after ${fmt(r.secondsToDone, 1)} s)`}; sent in ${fmt(r.sentSeconds, 1)} s; failures ${x.failures}; start to ready ${fmt(f.readyMs, 0)} ms, RSS at ready ${fmt(f.rssBeforeMb, 0)} MB`,
    );
    lines.push(`run ${run} database transactions: ${fmt(f.bot.xactPerInteraction ?? NaN, 2)} per interaction, from the start of the burst to the last reply and card (a statement outside a transaction counts one; the scheduler's own polling included)`);
    lines.push(`run ${run} replies: ${replies(r)}`);
    lines.push(`run ${run} cards: ${cards(r)}; replies and cards together, ${fmt(100 * x.work10, 0)}% within 10 s`);
    lines.push(`run ${run} database after the burst: ${f.audit}`);
    lines.push(`run ${run} bot log at warn or above: ${f.problems}`);
  }
  const m = (k: keyof ReturnType<typeof figures>) => median(all.map((x) => x[k]));
  if (RUNS > 1) {
    lines.push(
      `median of ${RUNS}: bot ${label} p50 ${fmt(m('botP50'), 2)} ms, p99 ${fmt(m('botP99'), 2)} ms; bare p99 ${fmt(m('bareP99'), 2)} ms; ratio ${fmt(m('ratio'), 1)}×; bot CPU ${fmt(m('cpu'), 2)} ms per interaction; replies within 10 s ${fmt(100 * m('done10'), 0)}%, replies and cards ${fmt(100 * m('work10'), 0)}%`,
    );
  }
  return { name: `${kind === 'slack' ? 'Slack ack' : 'Discord deferral'} under a burst, measured from outside (PostgreSQL, ${RATE}/s for ${SECONDS} s, half listen, half accept)`, lines };
}
