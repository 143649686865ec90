/**
 * The Discord part of the composition root (main.ts): which gateway shards this replica runs. With
 * DISCORD_SHARDS the operator fixed them; otherwise replicas claim shards through the database
 * (scheduler/shard-claims.ts), reconnecting when their share changes, and give them up on shutdown.
 */
import { Routes } from 'discord.js';
import { z } from 'zod';
import type { PlatformRouter } from './adapters/router.js';
import type { DiscordConfig } from './config/config.js';
import type { CoreDeps, Limiter, Logger } from './core/index.js';
import { ShardClaims } from './scheduler/shard-claims.js';

export interface DiscordReplicaOptions {
  readonly config: DiscordConfig;
  readonly deps: CoreDeps;
  readonly router: PlatformRouter;
  readonly log: Logger;
  readonly afterAck: Limiter;
  /** This process's id in the shard claims (the scheduler's instance id). */
  readonly replica: string;
  readonly dashboardUrl?: string;
}

/** A running part, as main.ts's `Service` (not imported: main.ts imports this file). */
interface Service {
  readonly name: string;
  ready?(): string | null;
  stop(): Promise<void>;
}

const gatewayBot = z.object({ shards: z.number().int().min(1) });

/** The services to stop on shutdown, in start order (the claims stop first, closing the gateway). */
export async function startDiscordReplica(o: DiscordReplicaOptions): Promise<Service[]> {
  const [{ buildDiscordClients, buildDiscordRest }, { startDiscord, startShardedDiscord }] = await Promise.all([import('./clients/discord.js'), import('./adapters/discord/app.js')]);
  const { config, log } = o;
  const adapter = { deps: o.deps, router: o.router, log, afterAck: o.afterAck, ...(o.dashboardUrl === undefined ? {} : { dashboardUrl: o.dashboardUrl }) };
  const rest = buildDiscordRest(config);
  const count = config.shards.count === 'auto' ? gatewayBot.parse(await rest.get(Routes.gatewayBot())).shards : config.shards.count;
  if (config.shards.fixed !== null) {
    return [await startDiscord({ ...adapter, clients: buildDiscordClients(config, { ids: config.shards.fixed, count }) })];
  }
  const discord = startShardedDiscord({ ...adapter, rest, build: (ids) => buildDiscordClients(config, { ids, count }) });
  const claims = new ShardClaims({ db: o.deps.db, log, replica: o.replica, count, leaseMs: config.shards.leaseMs, apply: (ids) => discord.apply(ids) });
  const services: Service[] = [discord];
  try {
    await claims.start();
  } catch (error) {
    await discord.stop();
    throw error;
  }
  services.push({ name: 'discord-shards', stop: () => claims.stop() });
  log.info('discord.started', { shards: claims.shards, of: count, replica: o.replica, messageContent: config.messageContent });
  return services;
}
