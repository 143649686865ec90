/**
 * Writes the PGlite seed (pglite-seed.ts): the build's step after tsc (scripts/build-seed.mjs). Its own
 * module because it runs the migrator, which the module that reads the seed (loaded by client.ts) must
 * not import.
 */
import { renameSync, writeFileSync } from 'node:fs';
import type { z } from 'zod';
import { MIGRATIONS_FOLDER } from './migrate.js';
import { installedPgliteVersion, SEED_FILE, seedDigest, type seedSidecar } from './pglite-seed.js';

/** A new in-memory cluster with the migrations applied, dumped by PGlite, and its sidecar. */
export async function writePgliteSeed(file: string = SEED_FILE): Promise<void> {
  const [{ PGlite }, { drizzle }, { migrate }] = await Promise.all([import('@electric-sql/pglite'), import('drizzle-orm/pglite'), import('drizzle-orm/pglite/migrator')]);
  const pg = new PGlite();
  let bytes: Buffer;
  try {
    await pg.waitReady;
    await migrate(drizzle({ client: pg }), { migrationsFolder: MIGRATIONS_FOLDER });
    bytes = Buffer.from(await (await pg.dumpDataDir('gzip')).arrayBuffer());
  } finally {
    await pg.close();
  }
  // Each written whole, then renamed, the sidecar last: a build stopped half way leaves no seed to trust.
  writeWhole(file, bytes);
  const about: z.infer<typeof seedSidecar> = { pglite: installedPgliteVersion(), sha256: seedDigest(bytes) };
  writeWhole(`${file}.json`, `${JSON.stringify(about)}\n`);
}

function writeWhole(file: string, data: string | Uint8Array): void {
  writeFileSync(`${file}.tmp`, data);
  renameSync(`${file}.tmp`, file);
}
