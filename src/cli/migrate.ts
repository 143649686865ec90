import process from 'node:process';
import { configForCommand } from './environment.js';
import { createLogger } from '../log/logger.js';
import { openAndMigrate } from '../main.js';

export async function migrateCommand(args: string[]): Promise<number> {
  const config = configForCommand(args, 'usage: peerline migrate\n\nApplies pending database migrations (start does this too) and exits.\n');
  if (typeof config === 'number') return config;
  const log = createLogger({ level: config.logLevel });
  const database = await openAndMigrate(config, log);
  await database.close();
  process.stdout.write(`migrations applied (${database.kind})\n`);
  return 0;
}
