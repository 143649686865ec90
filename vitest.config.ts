import { defineConfig } from 'vitest/config';

/**
 * Files that need a process of their own: one checks that nothing in its process still listens or
 * connects (fake-discord's shutdown), one starts and SIGKILLs bot processes (kill -9 recovery). Every
 * other file shares its worker's process and module cache with the files before it (`isolate: false`):
 * each opens its own database and servers and closes them, and none changes process-wide state, so the
 * ~1.4 s of imports a fresh process costs per file (about 210 s of CPU a run, on 2 cores) is paid once
 * per worker instead.
 */
const OWN_PROCESS = ['test/fakes/discord/fake-discord.test.ts', 'test/scheduler/kill.test.ts'];

export default defineConfig({
  test: {
    // PGlite instances cost ~0.5 GB and seconds each; two workers fit the 2-core machines.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // postgres.js starts each connection with a type query (fetch_types) that nobody awaits; when the
    // connection is reset while it runs, the rejection escapes as unhandled. Only the database-outage
    // tests reset connections (through their proxy), and in `peerline start` the process policy logs
    // such a rejection and the bot keeps serving (test/unit/process-policy.test.ts). Only that one error
    // is let through; every other unhandled error still fails the run.
    onUnhandledError(error) {
      const e = error as { code?: unknown; query?: unknown };
      if (e.code === 'ECONNRESET' && typeof e.query === 'string' && e.query.includes('pg_catalog.pg_type')) return false;
      return undefined;
    },
    projects: [
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: ['**/node_modules/**', '**/.git/**', ...OWN_PROCESS], isolate: false } },
      { extends: true, test: { name: 'own-process', include: OWN_PROCESS } },
    ],
  },
});
