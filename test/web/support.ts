/**
 * Starts the real web adapter for a test: a migrated test database (PGlite, or PostgreSQL with
 * TEST_DATABASE_URL), the PlatformRouter, the scheduler's job runner behind the demo clock, and an
 * HTTP client that talks to it as a browser would (form posts, cookies).
 */
import { PlatformRouter } from '../../src/adapters/router.js';
import { DEMO_PEOPLE, DemoClock } from '../../src/adapters/web/demo.js';
import { startWeb, type WebService } from '../../src/adapters/web/server.js';
import { CommunityDirectory } from '../../src/core/communities.js';
import { CrisisBacklog } from '../../src/core/crisis-backlog.js';
import { CrisisCooldown } from '../../src/core/crisis-cooldown.js';
import type { Actor } from '../../src/core/actor.js';
import type { CoreDeps } from '../../src/core/deps.js';
import { issueDashboardLink } from '../../src/core/use-cases/issue-dashboard-link.js';
import { createCatalogue } from '../../src/crisis/index.js';
import { handlers } from '../../src/scheduler/jobs/index.js';
import { JobRunner } from '../../src/scheduler/runner.js';
import { recordingLogger } from '../support/core.js';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { createTestDatabase, resetDatabase, type TestDatabase } from '../support/db.js';
import { CHANNELS } from '../../src/db/channels.js';
import type { Database } from '../../src/db/client.js';
import { ChangeFeed } from '../../src/db/listen.js';
import { BACKGROUND_CONCURRENCY, Limiter } from '../../src/core/limiter.js';

/** Monday 23 November 2026, 10:00 UTC: the demo's "real" time in tests. */
export const START = Date.parse('2026-11-23T10:00:00Z');

export interface TestWeb {
  readonly database: TestDatabase;
  readonly deps: CoreDeps;
  readonly web: WebService;
  readonly clock: DemoClock;
  readonly log: ReturnType<typeof recordingLogger>;
  readonly client: WebClient;
  stop(): Promise<void>;
}

/**
 * Starts the adapter on `database` (the caller disposes of it). With `listen`, it follows the database's
 * notices as `peerline start` does, on `own` when given (a replica's own pool and listening connection on
 * the same PostgreSQL database), else on `database`.
 */
export async function startTestWeb(options: { mode?: 'demo' | 'dashboard'; database: TestDatabase; listen?: boolean; own?: Database }): Promise<TestWeb> {
  const { database } = options;
  const handle = options.own ?? database;
  const clock = new DemoClock(() => START);
  const router = new PlatformRouter();
  const log = recordingLogger();
  const deps: CoreDeps = {
    db: handle.db,
    platform: router,
    catalogue: createCatalogue(),
    clock: clock.now,
    log,
    communities: new CommunityDirectory(() => clock.now().getTime()),
    crisisCooldown: new CrisisCooldown(),
    crisisBacklog: new CrisisBacklog(),
    background: new Limiter(BACKGROUND_CONCURRENCY),
  };
  const runner = new JobRunner({ deps, handlers, instanceId: 'web-test' });
  const feed = new ChangeFeed((error) => log.error('db.notice_failed', { error: String(error) }));
  const unfollow = options.listen === true ? deps.communities.follow(feed, deps.db, (error) => log.warn('communities.reload_failed', { error: String(error) })) : null;
  const listener = options.listen === true ? await handle.listen(Object.values(CHANNELS), feed) : null;
  const web = await startWeb({
    deps,
    router,
    log,
    port: 0,
    mode: options.mode === 'dashboard' ? { kind: 'dashboard' } : { kind: 'demo', clock, timeZone: 'Europe/London' },
    tick: (now) => runner.tick(now),
    ...(listener === null ? {} : { changes: feed.channel(CHANNELS.dashboard) }),
  });
  return {
    database,
    deps,
    web,
    clock,
    log,
    client: new WebClient(web.url),
    async stop() {
      await web.stop();
      await runner.drain();
      unfollow?.();
      await listener?.close();
    },
  };
}

export const PEOPLE = DEMO_PEOPLE;

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

/** A browser-like client: same-origin form posts, and a cookie jar of one cookie per name. */
export class WebClient {
  readonly cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  #remember(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (pair === undefined || eq < 0) continue;
      const value = pair.slice(eq + 1);
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(pair.slice(0, eq));
      else this.cookies.set(pair.slice(0, eq), value);
    }
  }

  #cookieHeader(): Record<string, string> {
    return this.cookies.size === 0 ? {} : { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
  }

  async get(path: string, headers: Record<string, string> = {}): Promise<Reply> {
    const res = await fetch(new URL(path, this.base), { redirect: 'manual', headers: { ...this.#cookieHeader(), ...headers } });
    this.#remember(res.headers);
    return { status: res.status, headers: res.headers, text: await res.text() };
  }

  async post(path: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Reply> {
    const res = await fetch(new URL(path, this.base), {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams(fields),
      headers: { origin: this.base, accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded', ...this.#cookieHeader(), ...headers },
    });
    this.#remember(res.headers);
    return { status: res.status, headers: res.headers, text: await res.text() };
  }

  /** The feed of a playground pane, as HTML. */
  async pane(id: string): Promise<string> {
    const reply = await this.get(`/playground/panes/${id}`);
    if (reply.status !== 200) throw new Error(`pane ${id}: HTTP ${reply.status}`);
    return (JSON.parse(reply.text) as { html: string }).html;
  }

  command(as: string, command: string, extra: Record<string, string> = {}): Promise<Reply> {
    return this.post('/playground/command', { as, command, ...extra });
  }

  press(as: string, action: string): Promise<Reply> {
    return this.post('/playground/action', { as, action });
  }

  say(as: string, to: string, text: string): Promise<Reply> {
    return this.post('/playground/message', { as, to, text });
  }
}

/** Visible text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Action ids of the buttons labelled `label` in an HTML fragment, in document order. */
export function actionsLabelled(html: string, label: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<form class="act"[^>]*>[\s\S]*?name="action" value="([^"]+)"[\s\S]*?<button[^>]*>([^<]*)<\/button><\/form>/g)) {
    if (m[2] === label && m[1] !== undefined) out.push(m[1].replace(/&amp;/g, '&'));
  }
  return out;
}

/** The last action id on a button labelled `label`, failing loudly when there is none. */
export function lastAction(html: string, label: string): string {
  const all = actionsLabelled(html, label);
  const last = all[all.length - 1];
  if (last === undefined) throw new Error(`no "${label}" button in: ${textOf(html).slice(0, 400)}`);
  return last;
}

/**
 * A fresh demo for every test of a file: one test database, emptied before each test and seeded again by
 * a new server (handed to `set`); stopped and dropped after the file.
 */
export function freshWebPerTest(set: (t: TestWeb, database: TestDatabase) => void): void {
  let database: TestDatabase | undefined;
  let t: TestWeb | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await t?.stop();
    await database?.dispose();
  });
  beforeEach(async () => {
    await t?.stop();
    await resetDatabase(database!);
    t = await startTestWeb({ database: database! });
    set(t, database!);
  });
}

/** A browser signed in to the dashboard as `coordinator`, through the link the bot sends. */
export async function dashboardSignedIn(t: TestWeb, coordinator: Actor): Promise<WebClient> {
  const issued = await issueDashboardLink(t.deps, coordinator, t.web.url);
  if (!issued.ok) throw new Error(`no link: ${issued.error.code}`);
  const token = new URL(issued.value.links?.[0]?.url ?? '').searchParams.get('token') ?? '';
  const browser = new WebClient(t.web.url);
  expect((await browser.post('/dashboard/sign-in', { token }, { accept: 'text/html' })).status).toBe(303);
  return browser;
}
