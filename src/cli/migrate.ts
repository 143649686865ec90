import process from 'node:process';
import { loadConfig } from '../config/config.js';
import { createLogger } from '../log/logger.js';
import { openAndMigrate } from '../main.js';

export async function migrateCommand(args: string[]): Promise<number> {
  if (args.includes('--help')) {
    process.stdout.write('usage: peerline migrate\n\nApplies pending database migrations (start does this too) and exits.\n');
    return 0;
  }
  const loaded = loadConfig(process.env);
  if (!loaded.ok) {
    process.stderr.write(`peerline: configuration problems:\n${loaded.problems.map((p) => `  - ${p}`).join('\n')}\n`);
    return 2;
  }
  const log = createLogger({ level: loaded.config.logLevel });
  const database = await openAndMigrate(loaded.config, log);
  await database.close();
  process.stdout.write(`migrations applied (${database.kind})\n`);
  return 0;
}
