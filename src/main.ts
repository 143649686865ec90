/**
 * The composition root: the only place that builds clients (the database, the scheduler, and the chat
 * SDKs' through src/clients/, the factory the test harnesses share) and wires them into core. Shutdown
 * runs in reverse order of start: adapters, then the scheduler, then the database.
 */
import { PlatformRouter } from './adapters/router.js';
import { DemoClock } from './adapters/web/demo.js';
import type { Config } from './config/config.js';
import { AFTER_ACK_CONCURRENCY, BACKGROUND_CONCURRENCY, CommunityDirectory, COMMUNITY_TTL_MS, type CoreDeps, CrisisBacklog, CrisisCooldown, errorName, Limiter, type Logger, NotesCipher } from './core/index.js';
import { createCatalogue } from './crisis/index.js';
import { loadCrisisTables } from './crisis-tables.js';
import { CHANNELS } from './db/channels.js';
import { openDatabase, type Database } from './db/client.js';
import { ChangeFeed } from './db/listen.js';
import { migrateDatabase } from './db/migrate.js';
import { startCrisisBacklog } from './scheduler/crisis-backlog.js';
import { startTicking } from './scheduler/cron.js';
import { ensureDailyJobs, handlers } from './scheduler/jobs/index.js';
import { JobRunner } from './scheduler/runner.js';
import { listenProblem, StartupError } from './startup-error.js';
import { getRequestListener } from '@hono/node-server';
import { Registry } from 'prom-client';
import { databaseCheck, OPS_PATHS, opsRoutes, type ReadinessCheck } from './ops/health.js';
import { createMetrics } from './ops/metrics.js';
import { startOpsServer } from './ops/server.js';

/** A running part of the bot that owns resources and must be stopped on shutdown. */
export interface Service {
  readonly name: string;
  /** For `/readyz`: null when it can serve, else why not (e.g. a chat platform not connected). */
  ready?(): string | null;
  stop(): Promise<void>;
}

export interface Running {
  readonly deps: CoreDeps;
  readonly services: readonly Service[];
  /** Where `/healthz`, `/readyz` and `/metrics` answer (the web adapter's, Slack's or their own port). */
  readonly opsUrl: string | null;
  /** The bound on work after acks, shared by the chat adapters; shutdown waits for it to drain. */
  readonly afterAck: Limiter;
  stop(): Promise<void>;
}

export async function openAndMigrate(config: Config, log: Logger, sleep: (ms: number) => Promise<void> = delay): Promise<Database> {
  const database = config.database.kind === 'postgres' ? await reachPostgres(config.database, log, sleep) : await openDatabase({ kind: 'pglite', dataDir: config.database.dataDir });
  try {
    await migrateDatabase(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  log.info('db.ready', { kind: database.kind, ...(database.start === undefined ? {} : { start: database.start }) });
  return database;
}

/** Retries with backoff (1 s doubling to 15 s) until the server answers or `startupWaitMs` has passed. */
async function reachPostgres(target: Extract<Config['database'], { kind: 'postgres' }>, log: Logger, sleep: (ms: number) => Promise<void>): Promise<Database> {
  const started = Date.now();
  const where = new URL(target.url).host;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await openDatabase(target);
    } catch (error) {
      const reason = error instanceof Error && 'code' in error ? String(error.code) : errorName(error);
      const left = target.startupWaitMs - (Date.now() - started);
      if (left <= 0) {
        throw new StartupError(
          `PostgreSQL at ${where} did not answer within ${Math.round(target.startupWaitMs / 1000)} s (${reason}); check DATABASE_URL and that the server runs, or raise DATABASE_STARTUP_WAIT_MS.`,
        );
      }
      const wait = Math.min(1000 * 2 ** (attempt - 1), 15_000, left);
      log.warn('db.unreachable', { attempt, at: where, reason, retryInMs: wait, givesUpInMs: left });
      await sleep(wait);
    }
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function startPeerline(config: Config, log: Logger): Promise<Running> {
  // The catalogue and the crisis detectors are built before anything touches the network or the database (invariant 2).
  const catalogue = createCatalogue();
  loadCrisisTables(log);
  const database = await openAndMigrate(config, log);
  const communities = new CommunityDirectory();
  // Other replicas' changes reach this one as notifications (src/db/listen.ts); see `follow` below.
  const feed = new ChangeFeed((error) => log.error('db.notice_failed', { error: errorName(error) }));
  feed.onState((listening, again) => (listening ? log.info('db.listening', { again }) : log.warn('db.listen_lost', { fallbackTtlMs: COMMUNITY_TTL_MS })));
  communities.follow(feed, database.db, (error) => log.warn('communities.reload_failed', { error: errorName(error) }));

  // One registry per running bot, built here and handed to whatever reports to it.
  const registry = new Registry();
  const metrics = createMetrics({ registry, database, clock: () => new Date() });
  const router = new PlatformRouter();
  // Only the playground's demo may move time (to show check-ins and escalation): then core runs on its clock.
  const demoClock = config.web.mode === 'demo' ? new DemoClock() : null;
  const deps: CoreDeps = {
    db: database.db,
    platform: router,
    catalogue,
    clock: demoClock?.now ?? (() => new Date()),
    log,
    communities,
    crisisCooldown: new CrisisCooldown(),
    crisisBacklog: new CrisisBacklog(),
    background: new Limiter(BACKGROUND_CONCURRENCY),
    metrics,
    ...(config.trimNotesKey === null ? {} : { trimNotes: new NotesCipher(config.trimNotesKey, config.trimNotesPreviousKey) }),
  };

  const services: Service[] = [];
  const checks = (): ReadinessCheck[] => [
    databaseCheck(database.db),
    ...services.flatMap((service) => (service.ready === undefined ? [] : [{ name: service.name, check: () => service.ready?.() ?? null }])),
  ];
  const ops = opsRoutes({ registry, checks });
  const opsListener = getRequestListener(ops.fetch, { overrideGlobalObjects: false });
  let opsUrl: string | null = null;
  // One bound on the work after acks for both platforms: they share this process's event loop.
  const afterAck = new Limiter(AFTER_ACK_CONCURRENCY);
  const stop = async () => {
    // Interactions already acknowledged finish first: their replies need the platforms and the database.
    // The job batch in progress is waited for by the scheduler's own stop, below.
    // Then what they started without waiting (new requests' cards), within the same drain time.
    const drainUntil = Date.now() + config.shutdownDrainMs;
    const left = await afterAck.idle(config.shutdownDrainMs);
    const leftBehind = await deps.background.idle(Math.max(0, drainUntil - Date.now()));
    if (left + leftBehind > 0) log.warn('peerline.drain_timeout', { pending: left + leftBehind, waitedMs: config.shutdownDrainMs });
    for (const service of [...services].reverse()) {
      try {
        await service.stop();
      } catch (error) {
        log.error('service.stop_failed', { service: service.name, error: error instanceof Error ? error.name : String(error) });
      }
    }
    await database.close();
    log.info('peerline.stopped');
  };

  // Services start in order, each pushed onto `services` so a failure part-way stops what already runs.
  try {
    // Listening starts before the copy is loaded, so a change made in between is not missed.
    const listener = await database.listen(Object.values(CHANNELS), feed);
    services.push({ name: 'db-listen', stop: () => listener.close() });
    log.info('communities.loaded', { count: await communities.warm(database.db) });
    services.push({ name: 'crisis-backlog', ...startCrisisBacklog(deps.crisisBacklog, log) });
    const runner = new JobRunner({ deps, handlers });
    await ensureDailyJobs(database.db, deps.clock());
    services.push({ name: 'scheduler', ...startTicking(runner, { expression: config.schedulerTick, log, clock: deps.clock }) });
    // Sign-in links only make sense when the dashboard runs and has an address people can reach.
    const dashboard = config.web.mode !== 'off' && config.web.publicUrl !== null ? { dashboardUrl: config.web.publicUrl } : {};
    /** What every chat adapter is handed besides its clients. */
    const chat = { deps, router, log, afterAck, ...dashboard };
    // Each SDK is loaded only when configured: Bolt and discord.js cost start-up time and memory. The
    // clients are built here (src/clients/) and handed in; the adapters only wire, start and stop them.
    if (config.slack !== null) {
      const [{ buildSlackClients }, { startSlack }] = await Promise.all([import('./clients/slack.js'), import('./adapters/slack/app.js')]);
      services.push(
        await startSlack({
          ...chat,
          clients: buildSlackClients(config.slack, { log }),
          port: config.port,
          ops: { paths: OPS_PATHS, listener: (req, res) => void opsListener(req, res) },
        }).catch((error: unknown) => {
          throw listenProblem(error, "Slack's HTTP mode", config.port, 'PORT', '0.0.0.0', 'PORT');
        }),
      );
    }
    if (config.discord !== null) {
      const { startDiscordReplica } = await import('./discord-replica.js');
      services.push(...(await startDiscordReplica({ ...chat, config: config.discord, replica: runner.instanceId })));
    }
    if (config.web.mode !== 'off') {
      // Loaded only when it runs (like the chat SDKs above): with a chat platform it is off unless asked for.
      const { startWeb } = await import('./adapters/web/server.js');
      const web = await startWeb({
        deps,
        router,
        log,
        port: config.web.port,
        host: config.web.host,
        publicUrl: config.web.publicUrl,
        mode: demoClock === null ? { kind: 'dashboard' } : { kind: 'demo', clock: demoClock },
        tick: (now) => runner.tick(now),
        ops,
        changes: feed.channel(CHANNELS.dashboard),
      }).catch((error: unknown) => {
        throw listenProblem(error, 'The web adapter', config.web.port, 'PEERLINE_WEB_PORT (or PORT)', config.web.host, 'PEERLINE_WEB_HOST');
      });
      services.push(web);
      opsUrl = web.url;
      process.stdout.write(
        demoClock === null
          ? `Peerline coordinator dashboard: ${web.url}/dashboard (sign in with a link from the bot)\n`
          : `Peerline playground is running: open ${web.url}/ in your browser.\n`,
      );
    }
    const slackHttp = services.find((s): s is Service & { port: number } => s.name === 'slack' && 'port' in s && typeof s.port === 'number');
    if (opsUrl === null && slackHttp !== undefined) opsUrl = `http://127.0.0.1:${slackHttp.port}`;
    if (opsUrl === null) {
      // Neither the web adapter nor Slack's HTTP mode listens: the probes get a port of their own.
      const own = await startOpsServer(ops, config.web.port, config.web.host).catch((error: unknown) => {
        throw listenProblem(error, 'The health and metrics endpoints', config.web.port, 'PEERLINE_WEB_PORT (or PORT)', config.web.host, 'PEERLINE_WEB_HOST');
      });
      services.push(own);
      const host = config.web.host === '0.0.0.0' || config.web.host === '::' ? '127.0.0.1' : config.web.host;
      opsUrl = `http://${host.includes(':') ? `[${host}]` : host}:${own.port}`;
    }
  } catch (error) {
    await stop();
    throw error;
  }

  log.info('peerline.started', { services: services.map((s) => s.name), crisisCountries: catalogue.countries().length });
  if (services.every((s) => s.name === 'scheduler')) log.warn('peerline.no_platform', { hint: 'no chat platform is configured; see README "Configuration"' });
  log.info('ops.listening', { url: opsUrl, paths: OPS_PATHS });
  return { deps, services, opsUrl, afterAck, stop };
}
