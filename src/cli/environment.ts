import process from 'node:process';
import { loadConfig, type Config } from '../config/config.js';

/** The configuration from the environment, or null after printing every problem (exit code 2). */
export function configFromEnvironment(): Config | null {
  const loaded = loadConfig(process.env);
  if (loaded.ok) return loaded.config;
  process.stderr.write(`peerline: configuration problems:\n${loaded.problems.map((p) => `  - ${p}`).join('\n')}\n`);
  return null;
}
