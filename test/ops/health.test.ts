/**
 * The operators' endpoints on a whole running bot (`startPeerline`, the playground's web port): `/healthz`
 * answers, `/readyz` names the database while it is down and recovers with it, and `/metrics` parses as
 * Prometheus text (a strict parser, ./prometheus-text.ts) with every named series and no personal data.
 * The outage needs the PostgreSQL server (a TCP proxy cuts it); PGlite runs in-process and cannot go down.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../src/config/config.js';
import { DEMO_PEOPLE, demoActor } from '../../src/adapters/web/demo.js';
import { cancelRequest } from '../../src/core/use-cases/cancel-request.js';
import { requestListener } from '../../src/core/use-cases/request-listener.js';
import { createLogger } from '../../src/log/logger.js';
import { startPeerline, type Running } from '../../src/main.js';
import { DatabaseProxy } from '../support/db-proxy.js';
import { createPostgresDatabase, onPostgres, POSTGRES_URL, postgresReachable, TEST_DATABASE_URL } from '../support/db.js';
import { parsePrometheusText } from './prometheus-text.js';

const quiet = createLogger({ level: 'error', write: () => undefined });

function configOf(env: Record<string, string>): Config {
  const loaded = loadConfig({ PORT: '0', LOG_LEVEL: 'error', ...env });
  if (!loaded.ok) throw new Error(loaded.problems.join('; '));
  return loaded.config;
}

async function get(base: string, path: string): Promise<{ status: number; body: string }> {
  const res = await fetch(base + path);
  return { status: res.status, body: await res.text() };
}

describe('health, readiness and metrics on a running bot', () => {
  let running: Running;
  let base: string;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    if (onPostgres) {
      const created = await createPostgresDatabase(TEST_DATABASE_URL!);
      running = await startPeerline(configOf({ DATABASE_URL: created.url }), quiet);
      cleanup = created.drop;
    } else {
      const dir = await mkdtemp(join(tmpdir(), 'peerline-ops-'));
      running = await startPeerline(configOf({ PEERLINE_DATA_DIR: dir }), quiet);
      cleanup = () => rm(dir, { recursive: true, force: true });
    }
    base = running.opsUrl ?? '';
  }, 120_000);
  afterAll(async () => {
    await running?.stop();
    await cleanup?.();
  });

  it('answers /healthz and, with the database up, /readyz', async () => {
    expect(await get(base, '/healthz')).toEqual({ status: 200, body: JSON.stringify({ status: 'alive' }) });
    const ready = await get(base, '/readyz');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toMatchObject({ status: 'ready', notReady: [], checks: { database: 'ready' } });
  });

  it('serves every named series in Prometheus text, with no person, community or text in any label', async () => {
    // A request that waits and is cancelled, and one with crisis language in its note: histograms and counters get samples.
    const member = demoActor(DEMO_PEOPLE.member);
    const made = await requestListener(running.deps, member, { topic: 'stress' });
    expect(made.ok).toBe(true);
    expect((await cancelRequest(running.deps, member)).ok).toBe(true);
    const crisis = await requestListener(running.deps, member, { topic: 'stress', note: 'i want to kill myself tonight' });
    expect(crisis.ok).toBe(true);

    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    const families = parsePrometheusText(text);
    const samples = [...families.values()].flatMap((f) => f.samples);
    const series = (name: string) => samples.filter((s) => s.name === name);
    const value = (name: string, labels: Record<string, string>) =>
      series(name).find((s) => Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;

    expect(families.get('peerline_requests')?.type).toBe('gauge');
    expect(value('peerline_requests', { state: 'cancelled' })).toBeGreaterThanOrEqual(1);
    expect(value('peerline_requests', { state: 'queued' })).toBeGreaterThanOrEqual(1);
    expect(value('peerline_queue_length', { urgency: 'crisis' })).toBe(1);
    expect(value('peerline_queue_oldest_wait_seconds', {})).toBeGreaterThanOrEqual(0);
    expect(value('peerline_volunteers_on_duty', {})).toBeGreaterThanOrEqual(0);
    expect(families.get('peerline_request_wait_seconds')?.type).toBe('histogram');
    expect(value('peerline_request_wait_seconds_count', { outcome: 'cancelled' })).toBe(1);
    expect(families.get('peerline_request_time_to_accept_seconds')?.type).toBe('histogram');
    expect(value('peerline_crisis_events_total', { tier: 'high', source: 'note' }) ?? value('peerline_crisis_events_total', { tier: 'imminent', source: 'note' })).toBe(1);
    for (const condition of ['due', 'late', 'dead']) expect(value('peerline_jobs', { condition })).toBeGreaterThanOrEqual(0);
    expect(families.get('peerline_job_lateness_seconds')?.type).toBe('histogram');
    expect(families.get('peerline_interaction_ack_seconds')?.type).toBe('histogram');
    expect(value('peerline_db_pool_max', {})).toBeGreaterThanOrEqual(1);
    expect(value('peerline_database_scrape_ok', {})).toBe(1);
    expect(series('nodejs_eventloop_lag_seconds').length).toBe(1);

    // No label carries an identifier or text: only the fixed label names, and no ref-shaped value.
    const allowed = new Set(['state', 'urgency', 'outcome', 'tier', 'source', 'platform', 'condition', 'le', 'quantile', 'type', 'kind', 'version', 'major', 'minor', 'patch', 'space']);
    for (const family of families.values()) {
      for (const sample of family.samples) {
        for (const [key, v] of Object.entries(sample.labels)) {
          expect(allowed.has(key), `${sample.name} label ${key}`).toBe(true);
          expect(v).not.toMatch(/web:|slack:|discord:|riley|demo|kill/i);
        }
      }
    }
    expect(text).not.toMatch(/riley|kill myself|web:demo/i);
  });
});

const server = new URL(POSTGRES_URL);
const reachable = await postgresReachable();

describe.skipIf(!reachable)('/readyz while PostgreSQL is down', () => {
  let running: Running;
  let proxy: DatabaseProxy;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const created = await createPostgresDatabase(server.toString());
    drop = created.drop;
    const target = new URL(created.url);
    proxy = await DatabaseProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
    running = await startPeerline(
      configOf({ DATABASE_URL: proxy.urlFor(created.url), DATABASE_CONNECT_TIMEOUT_MS: '500', DATABASE_STATEMENT_TIMEOUT_MS: '2000' }),
      quiet,
    );
  }, 120_000);
  afterAll(async () => {
    await proxy?.restore();
    await running?.stop();
    await proxy?.stop();
    await drop?.();
  });

  it('is 200, then 503 naming the database while it refuses connections, then 200 again', async () => {
    const base = running.opsUrl ?? '';
    expect((await get(base, '/readyz')).status).toBe(200);

    await proxy.refuse();
    const down = await get(base, '/readyz');
    expect(down.status).toBe(503);
    const body = JSON.parse(down.body) as { status: string; notReady: string[]; checks: Record<string, string> };
    expect(body.status).toBe('not ready');
    expect(body.notReady).toEqual(['database']);
    // Alive all the same: an orchestrator must not restart a bot because its database is away.
    expect((await get(base, '/healthz')).status).toBe(200);

    await proxy.restore();
    const deadline = Date.now() + 15_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      status = (await get(base, '/readyz')).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200);
  }, 30_000);
});
