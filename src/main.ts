/**
 * The composition root: the only place that builds clients (database, chat SDKs, scheduler) and wires
 * them into core. Shutdown runs in reverse order of start: adapters, then the scheduler, then the database.
 */
import { PlatformRouter } from './adapters/router.js';
import { AFTER_ACK_CONCURRENCY, Limiter } from './adapters/limiter.js';
import { DemoClock } from './adapters/web/demo.js';
import { startWeb } from './adapters/web/server.js';
import type { Config } from './config/config.js';
import { CommunityDirectory } from './core/communities.js';
import { CrisisBacklog } from './core/crisis-backlog.js';
import { CrisisCooldown } from './core/crisis-cooldown.js';
import type { CoreDeps } from './core/deps.js';
import type { Logger } from './core/ports.js';
import { NotesCipher } from './core/trim/notes-cipher.js';
import { createCatalogue } from './crisis/index.js';
import { openDatabase, type Database } from './db/client.js';
import { migrateDatabase } from './db/migrate.js';
import { startCrisisBacklog } from './scheduler/crisis-backlog.js';
import { startTicking } from './scheduler/cron.js';
import { ensureDailyJobs, handlers } from './scheduler/jobs/index.js';
import { JobRunner } from './scheduler/runner.js';

/** A running part of the bot that owns resources and must be stopped on shutdown. */
export interface Service {
  readonly name: string;
  stop(): Promise<void>;
}

export interface Running {
  readonly deps: CoreDeps;
  readonly services: readonly Service[];
  stop(): Promise<void>;
}

export async function openAndMigrate(config: Config, log: Logger): Promise<Database> {
  const database = await openDatabase(config.database.kind === 'postgres' ? config.database : { kind: 'pglite', dataDir: config.database.dataDir });
  await migrateDatabase(database);
  log.info('db.ready', { kind: database.kind });
  return database;
}

export async function startPeerline(config: Config, log: Logger): Promise<Running> {
  // The catalogue is built before anything touches the network or the database (invariant 2).
  const catalogue = createCatalogue();
  const database = await openAndMigrate(config, log);
  const communities = new CommunityDirectory();
  log.info('communities.loaded', { count: await communities.warm(database.db) });

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
    ...(config.trimNotesKey === null ? {} : { trimNotes: new NotesCipher(config.trimNotesKey) }),
  };

  const services: Service[] = [];
  const stop = async () => {
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
    services.push({ name: 'crisis-backlog', ...startCrisisBacklog(deps.crisisBacklog, log) });
    const runner = new JobRunner({ deps, handlers });
    await ensureDailyJobs(database.db, deps.clock());
    services.push({ name: 'scheduler', ...startTicking(runner, { expression: config.schedulerTick, log, clock: deps.clock }) });
    // Sign-in links only make sense when the dashboard runs and has an address people can reach.
    const dashboard = config.web.mode !== 'off' && config.web.publicUrl !== null ? { dashboardUrl: config.web.publicUrl } : {};
    // One bound on the work after acks for both platforms: they share this process's event loop.
    const afterAck = new Limiter(AFTER_ACK_CONCURRENCY);
    // Each SDK is loaded only when configured: Bolt and discord.js cost start-up time and memory.
    if (config.slack !== null) {
      const { startSlack } = await import('./adapters/slack/app.js');
      const { mode } = config.slack;
      services.push(
        await startSlack({
          deps,
          router,
          log,
          botToken: config.slack.botToken,
          signingSecret: mode.kind === 'http' ? mode.signingSecret : '',
          ...(mode.kind === 'socket' ? { appToken: mode.appToken } : {}),
          ...(config.slack.apiUrl === null ? {} : { apiUrl: config.slack.apiUrl }),
          port: config.port,
          afterAck,
          ...dashboard,
        }),
      );
    }
    if (config.discord !== null) {
      const { startDiscord } = await import('./adapters/discord/app.js');
      services.push(
        await startDiscord({
          deps,
          router,
          log,
          token: config.discord.token,
          messageContent: config.discord.messageContent,
          ...(config.discord.apiUrl === null ? {} : { apiUrl: config.discord.apiUrl }),
          afterAck,
          ...dashboard,
        }),
      );
    }
    if (config.web.mode !== 'off') {
      const web = await startWeb({
        deps,
        router,
        log,
        port: config.web.port,
        host: config.web.host,
        publicUrl: config.web.publicUrl,
        mode: demoClock === null ? { kind: 'dashboard' } : { kind: 'demo', clock: demoClock },
        tick: (now) => runner.tick(now),
      });
      services.push(web);
      process.stdout.write(
        demoClock === null
          ? `Peerline coordinator dashboard: ${web.url}/dashboard (sign in with a link from the bot)\n`
          : `Peerline playground is running: open ${web.url}/ in your browser.\n`,
      );
    }
  } catch (error) {
    await stop();
    throw error;
  }

  log.info('peerline.started', { services: services.map((s) => s.name), crisisCountries: catalogue.countries().length });
  if (services.every((s) => s.name === 'scheduler')) log.warn('peerline.no_platform', { hint: 'no chat platform is configured; see README "Configuration"' });
  return { deps, services, stop };
}
