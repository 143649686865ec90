/**
 * The dashboard behind a load balancer with no sticky sessions (issue 21): two web servers on one
 * database, each with its own pool and listening connection on PostgreSQL (on PGlite both share the one
 * in-process database). A coordinator signs in through A and is signed in on B; a change made through A
 * reaches a live page connected to B by the database's notice, well before B would read again on its own.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { configureCommunity } from '../../src/core/use-cases/configure-community.js';
import { duty } from '../../src/core/use-cases/duty.js';
import { issueDashboardLink } from '../../src/core/use-cases/issue-dashboard-link.js';
import { enrolVolunteer } from '../../src/core/use-cases/manage-volunteers.js';
import { LIVE_BACKSTOP_MS, LIVE_MS } from '../../src/adapters/web/dashboard/live.js';
import { MAX_STREAMS_PER_CLIENT } from '../../src/adapters/web/sse.js';
import { CHANNELS } from '../../src/db/channels.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { ChangeFeed } from '../../src/db/listen.js';
import { must } from '../support/core.js';
import { createTestDatabase, resetDatabase, type TestDatabase } from '../support/db.js';
import { startTestWeb, textOf, type TestWeb } from './support.js';

const COMMUNITY = 'web:replicas';
const coordinator = { user: 'web:replicas:coord', community: COMMUNITY, platformAdmin: true };
const alice = { user: 'web:replicas:alice', community: COMMUNITY };

let database: TestDatabase;
const started: { web: TestWeb; own: Database | null }[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  for (const { web, own } of started.splice(0)) {
    await web.stop();
    await own?.close();
  }
  await resetDatabase(database);
});
afterAll(async () => database.dispose());

/** One replica's web server: its own pool and listener on PostgreSQL. */
async function replica(listen = true): Promise<TestWeb> {
  const own = database.url === null ? null : await openDatabase({ kind: 'postgres', url: database.url, maxConnections: 2 });
  const web = await startTestWeb({ mode: 'dashboard', database, listen, ...(own === null ? {} : { own }) });
  started.push({ web, own });
  return web;
}

/** A set-up community with a trained volunteer, and its coordinator signed in through `a` (the cookie). */
async function signedIn(a: TestWeb): Promise<string> {
  must(await configureCommunity(a.deps, coordinator, { name: 'Replicas', settings: { country: 'GB', timeZone: 'Europe/London' } }));
  must(await enrolVolunteer(a.deps, coordinator, { user: alice.user, tags: [], trainedUntil: '2027-06-30' }));
  return signIn(a);
}

/** The coordinator signs in (again) through `a` with a new link; a new session cookie. */
async function signIn(a: TestWeb): Promise<string> {
  const view = must(await issueDashboardLink(a.deps, coordinator, a.web.url));
  const link = new URL(view.links?.[0]?.url ?? '');
  const reply = await a.client.post('/dashboard/sign-in', { token: link.searchParams.get('token') ?? '' }, { accept: 'text/html' });
  expect(reply.status).toBe(303);
  const cookie = a.client.cookies.get('peerline_dashboard');
  if (cookie === undefined) throw new Error('no session cookie');
  return cookie;
}

interface Event {
  readonly event: string;
  readonly data: string;
  /** Milliseconds after the stream opened. */
  readonly at: number;
}

/** A browser's EventSource, reduced: the events of `/dashboard/events`, as they arrive. */
async function openEvents(web: TestWeb, cookie: string): Promise<{ until(match: (e: Event) => boolean, timeoutMs: number): Promise<Event>; close(): void }> {
  const abort = new AbortController();
  const opened = Date.now();
  const res = await fetch(new URL('/dashboard/events', web.web.url), { headers: { cookie: `peerline_dashboard=${cookie}` }, signal: abort.signal });
  expect(res.status).toBe(200);
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const seen: Event[] = [];
  return {
    async until(match, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = seen.find(match);
        if (found !== undefined) return found;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no matching event within ${timeoutMs} ms; saw ${seen.map((e) => e.event).join(', ') || 'none'}`);
        const chunk = await Promise.race([reader.read(), new Promise<null>((resolve) => setTimeout(() => resolve(null), left))]);
        if (chunk === null) continue;
        if (chunk.done) throw new Error('the stream ended');
        buffer += chunk.value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(frame)?.[1];
          if (event !== undefined) seen.push({ event, data: /^data: (.*)$/m.exec(frame)?.[1] ?? '', at: Date.now() - opened });
        }
      }
    },
    close: () => abort.abort(),
  };
}

const onDuty = (n: number) => (e: Event) => e.event === 'now' && (JSON.parse(e.data) as { html: string }).html.includes(`data-kpi="on-duty">${n}<`);

describe('the dashboard across replicas', () => {
  it('a session made through A works on B, and a change made through A reaches a live page on B by notice', async () => {
    const a = await replica();
    const b = await replica();
    const cookie = await signedIn(a);
    const page = await b.client.get('/dashboard', { cookie: `peerline_dashboard=${cookie}` });
    expect(page.status).toBe(200);
    expect(textOf(page.text)).toContain('Replicas');

    const events = await openEvents(b, cookie);
    try {
      // The first render comes from what B read when the stream opened.
      await events.until(onDuty(0), LIVE_MS * 3);
      const changedAt = Date.now();
      must(await duty(a.deps, alice, 'on'));
      const seen = await events.until(onDuty(1), LIVE_BACKSTOP_MS / 2);
      // Listening, B reads the figures only on a notice or every LIVE_BACKSTOP_MS: this came by notice.
      expect(Date.now() - changedAt).toBeLessThan(LIVE_BACKSTOP_MS / 2);
      expect(seen.event).toBe('now');

      // Signing out through A ends the live page on B at once (the session's deletion is a notice too).
      const out = await a.client.post('/dashboard/sign-out', {}, { accept: 'text/html' });
      expect(out.status).toBe(200);
      await events.until((e) => e.event === 'signed-out', LIVE_BACKSTOP_MS / 2);
      expect((await b.client.get('/dashboard', { cookie: `peerline_dashboard=${cookie}` })).status).toBe(401);
    } finally {
      events.close();
    }
    expect(a.log.entries.filter((e) => e.level === 'error' || e.level === 'warn')).toEqual([]);
    expect(b.log.entries.filter((e) => e.level === 'error' || e.level === 'warn')).toEqual([]);
  }, 60_000);

  it('without notices (nothing listening) a live page on B still follows a change through A, by reading every LIVE_MS', async () => {
    const a = await replica(false);
    const b = await replica(false);
    const cookie = await signedIn(a);
    const events = await openEvents(b, cookie);
    try {
      await events.until(onDuty(0), LIVE_MS * 3);
      must(await duty(a.deps, alice, 'on'));
      await events.until(onDuty(1), LIVE_MS * 3);
    } finally {
      events.close();
    }
  }, 60_000);

  it(`bounds live pages per signed-in session (${MAX_STREAMS_PER_CLIENT}), not per address: behind a proxy every browser has one address`, async () => {
    const b = await replica();
    const first = await signedIn(b);
    const second = await signIn(b);
    const aborts: AbortController[] = [];
    // Held until the end: fetch closes the connection of a response that is garbage-collected unread,
    // which would free a live page's place in the middle of the count.
    const responses: Response[] = [];
    const open = async (cookie: string) => {
      const abort = new AbortController();
      aborts.push(abort);
      const res = await fetch(new URL('/dashboard/events', b.web.url), { headers: { cookie: `peerline_dashboard=${cookie}` }, signal: abort.signal });
      responses.push(res);
      if (res.status !== 200) await res.text();
      return res.status;
    };
    try {
      const statuses: number[] = [];
      for (let i = 0; i <= MAX_STREAMS_PER_CLIENT; i++) statuses.push(await open(first));
      expect(statuses).toEqual([...Array<number>(MAX_STREAMS_PER_CLIENT).fill(200), 429]);
      // Another browser signed in from the same address (the proxy's) still gets its live page.
      expect(await open(second)).toBe(200);
    } finally {
      for (const abort of aborts) abort.abort();
    }
  }, 60_000);

  it('announces a community\'s changes only while someone holds its live page open (a NOTIFY slows every notifying commit)', async () => {
    const a = await replica();
    const b = await replica();
    const cookie = await signedIn(a);
    const community = (await a.deps.communities.get(a.deps.db, COMMUNITY))!.id;
    const heard: string[] = [];
    const feed = new ChangeFeed((error) => heard.push(`error ${String(error)}`));
    feed.on(CHANNELS.dashboard, (id) => heard.push(id));
    const listener = await (started[1]?.own ?? database).listen([CHANNELS.dashboard], feed);
    try {
      // Signed in, but no live page open: the duty change is not announced.
      must(await duty(a.deps, alice, 'on'));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(heard).toEqual([]);

      const events = await openEvents(b, cookie);
      try {
        await events.until(onDuty(1), LIVE_MS * 3);
        must(await duty(a.deps, alice, 'off'));
        await events.until(onDuty(0), LIVE_BACKSTOP_MS / 2);
        expect(heard).toContain(community);
      } finally {
        events.close();
      }
    } finally {
      await listener.close();
    }
  }, 60_000);
});
