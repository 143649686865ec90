import process from 'node:process';
import { configFromEnvironment } from './environment.js';
import { createLogger } from '../log/logger.js';
import { openAndMigrate } from '../main.js';

export async function migrateCommand(args: string[]): Promise<number> {
  if (args.includes('--help')) {
    process.stdout.write('usage: peerline migrate\n\nApplies pending database migrations (start does this too) and exits.\n');
    return 0;
  }
  const config = configFromEnvironment();
  if (config === null) return 2;
  const log = createLogger({ level: config.logLevel });
  const database = await openAndMigrate(config, log);
  await database.close();
  process.stdout.write(`migrations applied (${database.kind})\n`);
  return 0;
}
