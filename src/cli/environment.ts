import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { parseEnv } from 'node:util';
import { loadConfig, type Config } from '../config/config.js';

/** The file read beside the process's working directory, when it exists. */
export const ENV_FILE = '.env';

/**
 * The environment the configuration is read from: `.env` (when present; parsed by Node's own
 * `util.parseEnv`, the same parser as `--env-file`) under the real environment, which wins key by key.
 * `process.env` itself is left as it is.
 */
export function effectiveEnvironment(
  env: Readonly<Record<string, string | undefined>>,
  fileText: string | null,
): Readonly<Record<string, string | undefined>> {
  if (fileText === null) return env;
  const fromFile = parseEnv(fileText);
  const merged: Record<string, string | undefined> = { ...fromFile };
  for (const [key, value] of Object.entries(env)) if (value !== undefined) merged[key] = value;
  return merged;
}

function readEnvFile(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
    throw error;
  }
}

/** The configuration from `.env` and the environment, or null after printing every problem (exit code 2). */
export function configFromEnvironment(): Config | null {
  const path = resolve(ENV_FILE);
  const fileText = readEnvFile(path);
  const loaded = loadConfig(effectiveEnvironment(process.env, fileText));
  if (loaded.ok) return loaded.config;
  const from = fileText === null ? '' : ` (from the environment and ${path}; the environment wins)`;
  process.stderr.write(`peerline: configuration problems${from}:\n${loaded.problems.map((p) => `  - ${p}`).join('\n')}\n`);
  return null;
}

/**
 * The start of a command that runs on the configuration: with --help, `usage` printed and the exit
 * code 0; else the configuration, or the exit code 2 after printing every problem with it.
 */
export function configForCommand(args: readonly string[], usage: string): Config | number {
  if (args.includes('--help')) {
    process.stdout.write(usage);
    return 0;
  }
  return configFromEnvironment() ?? 2;
}
