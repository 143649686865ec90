/**
 * A new PGlite cluster, written at build time (`npm run build`, after tsc: scripts/build-seed.mjs) and
 * unpacked into a new data directory instead of running initdb. PGlite's initdb is the bulk of the
 * first start on the embedded database (3.4–4.4 s on a quiet 2-core machine; unpacking this file and
 * starting takes about 0.9 s), and the first start is what `npm install && npm start` shows a newcomer.
 *
 * The file is what PGlite's own `dumpDataDir` writes (a gzipped tar of the data directory) and PGlite's
 * own `loadDataDir` reads: the mechanism PGlite's `clone()` uses. It holds a new cluster with the
 * migrations of the build applied and no rows of Peerline's (pglite-seed-build.ts); the start's migration
 * check finds it current, or applies what is newer, as on any database. It is used only when it was made
 * by the PGlite version installed now (a data directory is tied to the PostgreSQL build that wrote it)
 * and its SHA-256 matches the one written beside it; otherwise initdb runs, as before. A cluster made
 * this way shares initdb's system identifier with every other install: nothing in Peerline reads it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const HERE = dirname(fileURLToPath(import.meta.url));
/** Beside the compiled module (dist/db); under tsx there is none beside src/db, and initdb runs. */
export const SEED_FILE = join(HERE, 'pglite-seed.tar.gz');

export const seedSidecar = z.object({ pglite: z.string(), sha256: z.string() });

/** The SHA-256 the sidecar records of the seed's bytes. */
export const seedDigest = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** How a PGlite data directory was started: unpacked from the seed, initdb (and why), or already there. */
export type PgliteStart = 'seed' | 'existing' | `initdb: ${'missing' | 'unreadable' | 'corrupt' | 'stale'}`;

/** The version of the PGlite package this process loads (its package.json, found from its entry point). */
export function installedPgliteVersion(): string {
  const entry = fileURLToPath(import.meta.resolve('@electric-sql/pglite'));
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const parsed = z.object({ name: z.string(), version: z.string() }).safeParse(JSON.parse(readFileSync(manifest, 'utf8')));
    if (parsed.success && parsed.data.name === '@electric-sql/pglite') return parsed.data.version;
  }
  throw new Error('the installed @electric-sql/pglite has no package.json above its entry point');
}

/** The seed's bytes when they can be used with this PGlite, or why not. Never throws: without a seed, initdb runs. */
export function readPgliteSeed(file: string = SEED_FILE): { bytes: Buffer } | { unusable: 'missing' | 'unreadable' | 'corrupt' | 'stale' } {
  if (!existsSync(file) || !existsSync(`${file}.json`)) return { unusable: 'missing' };
  let bytes: Buffer;
  let sidecar: string;
  let installed: string;
  try {
    bytes = readFileSync(file);
    sidecar = readFileSync(`${file}.json`, 'utf8');
    installed = installedPgliteVersion();
  } catch {
    return { unusable: 'unreadable' };
  }
  let about: z.infer<typeof seedSidecar>;
  try {
    about = seedSidecar.parse(JSON.parse(sidecar));
  } catch {
    return { unusable: 'corrupt' };
  }
  if (about.pglite !== installed) return { unusable: 'stale' };
  if (seedDigest(bytes) !== about.sha256) return { unusable: 'corrupt' };
  return { bytes };
}

/**
 * How PGlite is to start `dataDir` (null: in memory): on the cluster already there (PGlite's own test,
 * `PG_VERSION`; it refuses to unpack over one), unpacked from `seedFile`, or with initdb and why.
 */
export function pgliteStartFor(dataDir: string | null, seedFile: string | null): { start: PgliteStart; loadDataDir?: Blob } {
  if (dataDir !== null && existsSync(join(dataDir, 'PG_VERSION'))) return { start: 'existing' };
  const seed = seedFile === null ? { unusable: 'missing' as const } : readPgliteSeed(seedFile);
  return 'bytes' in seed ? { start: 'seed', loadDataDir: new Blob([seed.bytes]) } : { start: `initdb: ${seed.unusable}` };
}
