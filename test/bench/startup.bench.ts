/**
 * Start-up, measured from outside: the bot with both adapters against the fakes, from process start to
 * `peerline.started`, and its RSS after 5 s idle (built, on PostgreSQL, also after 30 s: see
 * `startOnce`) — as production runs it (`node dist/cli.js start`, what `npm start` runs, without npm's
 * wrapper processes; RSS read from /proc, so nothing is loaded into it; needs `npm run build`) and as
 * development runs it (`src/cli.ts start` under tsx, RSS from the probe). On PostgreSQL (a migrated
 * scratch database: the start only checks the migrations) and on PGlite (a fresh data directory — initdb
 * and every migration — then the same directory again). Also what the language identifier (eld) costs
 * alone in a bare Node process. STARTUP_RUNS (default 3) starts each; the figures are medians.
 */
import { fork, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { B, type Usage } from './burst/protocol.js';
import { benchNodeFlags, Child, freePort, loadAverage, READY, startBot } from './burst/run-burst.js';
import { fmt, median, runIfMain, scratchDatabase, type BenchResult } from './support.js';

const RUNS = Number(process.env['STARTUP_RUNS'] ?? 3);
const root = fileURLToPath(new URL('../../', import.meta.url));

type Build = 'built' | 'tsx';

/** The compiled bot (`node dist/cli.js start`), with nothing loaded into it. */
function startBuilt(env: Record<string, string>): Child {
  return new Child(spawn(process.execPath, [...benchNodeFlags(), path.join(root, 'dist/cli.js'), 'start'], { cwd: root, env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', PEERLINE_WEB: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] }));
}

/** Resident set size of a process, read from outside (Linux). */
function rssOf(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (kb === undefined) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) * 1024;
}

/**
 * Starts the bot once; its RSS 5 s after ready and, when `settled`, again 30 s after ready. V8 keeps
 * start-up's garbage (a young generation grown to 2 × 16 MB, old-space pages) committed until its memory
 * reducer runs, once the process has been quiet for a while (seen 10–30 s after ready on a quiet machine;
 * later, or not within 60 s, under heavy load): the 5 s figure is that moment, the 30 s one the idle state.
 */
async function startOnce(build: Build, platformEnv: Record<string, string>, db: Record<string, string>, settled = false): Promise<{ readyMs: number; rssMb: number; settledMb: number | null }> {
  const bot = build === 'built' ? startBuilt({ ...platformEnv, ...db }) : startBot({ ...platformEnv, ...db }, undefined, 'tsx');
  const rss = async () => (build === 'built' ? rssOf(bot.proc.pid!) : (await bot.request<Usage>({ type: 'usage' }, 'usage')).rss) / 2 ** 20;
  try {
    const readyMs = await bot.waitForOutput(READY, 180_000);
    await new Promise((r) => setTimeout(r, 5_000));
    const rssMb = await rss();
    if (!settled) return { readyMs, rssMb, settledMb: null };
    await new Promise((r) => setTimeout(r, 25_000));
    return { readyMs, rssMb, settledMb: await rss() };
  } finally {
    await bot.stop();
  }
}

/** eld alone (`eld/small`) in a bare Node process, imported and run once: what identify.ts no longer loads (it reads a packed copy of the model; chat.bench.ts measures both). */
async function eldAlone(): Promise<{ baseMb: number; withMb: number; importMs: number }> {
  const script = `
    const t0 = performance.now(); const base = process.memoryUsage.rss();
    const eld = (await import('eld/small')).default;
    eld.detect('hoy me siento muy mal y no puedo dormir');
    process.send({ base, with: process.memoryUsage.rss(), ms: performance.now() - t0 });`;
  const child = new Child(spawn(process.execPath, ['--input-type=module', '--eval', script], { cwd: root, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] }));
  const m = await new Promise<{ base: number; with: number; ms: number }>((resolve) => child.proc.once('message', resolve as never));
  await child.stop();
  return { baseMb: m.base / 2 ** 20, withMb: m.with / 2 ** 20, importMs: m.ms };
}

export async function run(): Promise<BenchResult> {
  const loadBefore = loadAverage();
  const platform = new Child(fork(fileURLToPath(new URL('./burst/platform.ts', import.meta.url)), [], { cwd: root, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] }));
  const scratch = await scratchDatabase();
  const dirs: string[] = [];
  try {
    const slack = await platform.request<{ apiUrl: string }>({ type: 'start', kind: 'slack' }, 'started');
    const discord = await platform.request<{ apiUrl: string }>({ type: 'start', kind: 'discord' }, 'started');
    const env = async () => ({
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: B.secret,
      SLACK_API_URL: slack.apiUrl,
      PORT: String(await freePort()),
      DISCORD_TOKEN: 'bench-token',
      DISCORD_APPLICATION_ID: B.app,
      DISCORD_API_URL: discord.apiUrl,
    });
    const database = await openDatabase({ kind: 'postgres', url: scratch.url, maxConnections: 1 });
    await migrateDatabase(database);
    await database.close();

    if (!existsSync(path.join(root, 'dist/cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` first');
    type Figures = Awaited<ReturnType<typeof startOnce>>;
    const runs = { built: { pg: [] as Figures[], fresh: [] as Figures[], again: [] as Figures[] }, tsx: { pg: [] as Figures[], fresh: [] as Figures[], again: [] as Figures[] } };
    for (let i = 0; i < RUNS; i += 1) {
      for (const build of ['built', 'tsx'] as const) {
        const r = runs[build];
        r.pg.push(await startOnce(build, await env(), { DATABASE_URL: scratch.url }, build === 'built'));
        const dir = await mkdtemp(path.join(os.tmpdir(), 'peerline-startup-'));
        dirs.push(dir);
        r.fresh.push(await startOnce(build, await env(), { PEERLINE_DATA_DIR: dir }));
        r.again.push(await startOnce(build, await env(), { PEERLINE_DATA_DIR: dir }));
      }
    }
    const eld = await eldAlone();
    const line = (name: string, xs: Figures[]) =>
      `${name}: start to ready ${fmt(median(xs.map((x) => x.readyMs)), 0)} ms, RSS after 5 s idle ${fmt(median(xs.map((x) => x.rssMb)), 0)} MB` +
      (xs.every((x) => x.settledMb !== null) ? `, after 30 s idle ${fmt(median(xs.map((x) => x.settledMb!)), 0)} MB` : '') +
      ` — runs: ${xs.map((x) => `${fmt(x.readyMs, 0)} ms/${fmt(x.rssMb, 0)}${x.settledMb === null ? '' : ` → ${fmt(x.settledMb, 0)}`} MB`).join(', ')}`;
    const named = { built: 'node dist/cli.js', tsx: 'tsx src/cli.ts' } as const;
    return {
      name: `Start-up, Slack (HTTP) and Discord together, median of ${RUNS} (load average ${loadBefore} → ${loadAverage()})`,
      lines: [
        ...(['built', 'tsx'] as const).flatMap((b) => [
          line(`${named[b]}, PostgreSQL, migrations already applied`, runs[b].pg),
          line(`${named[b]}, PGlite, fresh data directory`, runs[b].fresh),
          line(`${named[b]}, PGlite, existing data directory`, runs[b].again),
        ]),
        `eld itself, for comparison (eld/small in a bare Node process; the bot reads a packed copy): import and first identify ${fmt(eld.importMs, 0)} ms, RSS ${fmt(eld.baseMb, 0)} → ${fmt(eld.withMb, 0)} MB (+${fmt(eld.withMb - eld.baseMb, 0)} MB)`,
      ],
    };
  } finally {
    await platform.request({ type: 'stop' }, 'stopped', 10_000).catch(() => undefined);
    await platform.stop();
    await scratch.drop();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  }
}

runIfMain(import.meta.url, run);
