/**
 * The composition root: the only place that builds clients (database, chat SDKs, scheduler) and wires
 * them into core. Shutdown runs in reverse: adapters, then the scheduler, then the database.
 */
import type { Config } from './config/config.js';
import { CommunityDirectory } from './core/communities.js';
import { CrisisCooldown } from './core/crisis-cooldown.js';
import type { CoreDeps } from './core/deps.js';
import type { ChatPlatform, Logger } from './core/ports.js';
import { createCatalogue } from './crisis/index.js';
import { openDatabase, type Database } from './db/client.js';
import { migrateDatabase } from './db/migrate.js';

export interface Running {
  readonly database: Database;
  stop(): Promise<void>;
}

/** A part of the running bot that owns resources and must be stopped on shutdown. */
export interface Service {
  readonly name: string;
  stop(): Promise<void>;
}

export async function openAndMigrate(config: Config, log: Logger): Promise<Database> {
  const database = await openDatabase(config.database.kind === 'postgres' ? config.database : { kind: 'pglite', dataDir: config.database.dataDir });
  await migrateDatabase(database);
  log.info('db.ready', { kind: database.kind });
  return database;
}

/** Core dependencies for one platform adapter; the catalogue and community copy are shared by all. */
export function coreDeps(shared: { database: Database; log: Logger; communities: CommunityDirectory; cooldown: CrisisCooldown; catalogue: ReturnType<typeof createCatalogue> }, platform: ChatPlatform): CoreDeps {
  return {
    db: shared.database.db,
    platform,
    catalogue: shared.catalogue,
    clock: () => new Date(),
    log: shared.log,
    communities: shared.communities,
    crisisCooldown: shared.cooldown,
  };
}

export async function startPeerline(config: Config, log: Logger): Promise<Running> {
  // The catalogue is built before anything touches the network or the database (invariant 2).
  const catalogue = createCatalogue();
  const database = await openAndMigrate(config, log);
  const communities = new CommunityDirectory();
  const known = await communities.warm(database.db);
  log.info('communities.loaded', { count: known });

  const services: Service[] = [];
  log.info('peerline.started', { services: services.map((s) => s.name), crisisCountries: catalogue.countries().length });
  if (services.length === 0) log.warn('peerline.no_platform', { hint: 'no chat platform is configured; see README "Configuration"' });

  return {
    database,
    async stop() {
      for (const service of [...services].reverse()) {
        try {
          await service.stop();
        } catch (error) {
          log.error('service.stop_failed', { service: service.name, error: error instanceof Error ? error.name : String(error) });
        }
      }
      await database.close();
      log.info('peerline.stopped');
    },
  };
}
