import process from 'node:process';
import { configForCommand } from './environment.js';
import { createLogger } from '../log/logger.js';
import { startPeerline, type Running } from '../main.js';
import { installProcessPolicy } from '../process-policy.js';

export async function startCommand(args: string[]): Promise<number> {
  const config = configForCommand(args, 'usage: peerline start\n\nRuns the bot with the configuration in the environment (see .env.example).\n');
  if (typeof config === 'number') return config;
  const log = createLogger({ level: config.logLevel });
  // Installed before anything starts, so a library's stray error during start-up is handled the same way.
  let running: Running | null = null;
  installProcessPolicy({ log, stop: async () => running?.stop(), exit: (code) => process.exit(code) });
  running = await startPeerline(config, log);
  const started = running;
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      log.info('peerline.stopping', { signal });
      started.stop().then(resolve, (error: unknown) => {
        log.error('peerline.stop_failed', { error: error instanceof Error ? error.name : String(error) });
        resolve();
      });
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  return 0;
}
