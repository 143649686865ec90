/**
 * `/healthz`, `/readyz` and `/metrics` for operators' tools, as one small Hono app that the web adapter
 * mounts, Slack's HTTP server answers, and a stand-alone server serves when neither runs (ops-server.ts).
 *
 * - `/healthz`: 200 whenever the process runs and its event loop turns (an orchestrator restarts it when
 *   this stops answering).
 * - `/readyz`: 200 only when every check passes within `READY_TIMEOUT_MS` — the database answers
 *   `select 1`, each configured chat platform is connected; else 503 with a JSON body naming what is not
 *   ready (names and short reasons, never a secret or a person).
 * - `/metrics`: the registry in Prometheus text format.
 */
import { Hono } from 'hono';
import type { Registry } from 'prom-client';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { withTimeout } from './metrics.js';

/** How long `/readyz` waits for each check (milliseconds). */
export const READY_TIMEOUT_MS = 1_000;

/** One part the bot needs in order to serve; `check` resolves to null when ready, else a short reason. */
export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<string | null> | string | null;
}

export interface Readiness {
  readonly ready: boolean;
  /** Each check by name: `ready`, or why not. */
  readonly checks: Readonly<Record<string, string>>;
  /** The names of the checks that failed, for the body's first line of sight. */
  readonly notReady: readonly string[];
}

/** The database answers a trivial query. */
export function databaseCheck(db: Db): ReadinessCheck {
  return {
    name: 'database',
    async check() {
      await db.execute(sql`select 1`);
      return null;
    },
  };
}

export async function readiness(checks: readonly ReadinessCheck[], timeoutMs = READY_TIMEOUT_MS): Promise<Readiness> {
  const results = await Promise.all(
    checks.map(async (c) => {
      try {
        const why = await withTimeout(Promise.resolve(c.check()), timeoutMs);
        return [c.name, why ?? 'ready'] as const;
      } catch (error) {
        const timedOut = error instanceof Error && error.message.startsWith('timed out');
        return [c.name, timedOut ? `no answer within ${timeoutMs} ms` : `failed (${error instanceof Error ? error.name : 'error'})`] as const;
      }
    }),
  );
  const notReady = results.filter(([, state]) => state !== 'ready').map(([name]) => name);
  return { ready: notReady.length === 0, checks: Object.fromEntries(results), notReady };
}

export interface OpsRoutesOptions {
  readonly registry: Registry;
  /** Checked on every `/readyz`; may grow after start (adapters add theirs as they start). */
  readonly checks: () => readonly ReadinessCheck[];
}

export const OPS_PATHS: readonly string[] = ['/healthz', '/readyz', '/metrics'];

export function opsRoutes(o: OpsRoutesOptions): Hono {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ status: 'alive' }, 200, { 'cache-control': 'no-store' }));
  app.get('/readyz', async (c) => {
    const r = await readiness(o.checks());
    return c.json({ status: r.ready ? 'ready' : 'not ready', notReady: r.notReady, checks: r.checks }, r.ready ? 200 : 503, { 'cache-control': 'no-store' });
  });
  app.get('/metrics', async (c) => c.body(await o.registry.metrics(), 200, { 'content-type': o.registry.contentType, 'cache-control': 'no-store' }));
  return app;
}
