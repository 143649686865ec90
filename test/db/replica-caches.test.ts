/**
 * Replicas on one database keep their in-memory community copies in step (issue 21): a change written
 * through replica A reaches replica B's copy by the database's NOTIFY, with B's clock standing still, so
 * the 60 s expiry cannot be what refreshed it. On PostgreSQL each replica has its own pool and its own
 * listening connection; on PGlite both share the one in-process database, and the same path runs.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { COMMUNITY_TTL_MS, type CoreDeps } from '../../src/core/index.js';
import { showResources } from '../../src/core/use-cases/show-resources.js';
import { changeSettings, showSettings } from '../../src/core/use-cases/community-settings.js';
import { configureCommunity } from '../../src/core/use-cases/configure-community.js';
import { CHANNELS } from '../../src/db/channels.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { ChangeFeed, type Listener } from '../../src/db/listen.js';
import { actor, COMMUNITY, createTestCore, errorCode, must, type TestCore } from '../support/core.js';
import { DatabaseProxy } from '../support/db-proxy.js';
import { createTestDatabase, onPostgres, resetDatabase, type TestDatabase } from '../support/db.js';
import { coordinator, setUpCommunity } from '../support/fixtures.js';

interface Replica {
  readonly core: TestCore;
  readonly feed: ChangeFeed;
  readonly listener: Listener;
  readonly errors: unknown[];
  stop(): Promise<void>;
}

let database: TestDatabase;
const running: Replica[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  for (const replica of running.splice(0)) await replica.stop();
  await resetDatabase(database);
});
afterAll(async () => database.dispose());

/** A replica: its own pool and listener on PostgreSQL (through `url` when given), the shared PGlite otherwise. */
async function replica(url = database.url): Promise<Replica> {
  const own: Database | null = url === null ? null : await openDatabase({ kind: 'postgres', url, maxConnections: 2 });
  const core = createTestCore(own ?? database);
  const errors: unknown[] = [];
  const feed = new ChangeFeed((error) => errors.push(error));
  const unfollow = core.deps.communities.follow(feed, core.deps.db, (error) => errors.push(error));
  const listener = await (own ?? database).listen(Object.values(CHANNELS), feed);
  const made: Replica = {
    core,
    feed,
    listener,
    errors,
    async stop() {
      unfollow();
      await listener.close();
      await own?.close();
    },
  };
  running.push(made);
  return made;
}

const country = (deps: CoreDeps) => deps.communities.peek(COMMUNITY)?.settings.country;
const resourcesText = (deps: CoreDeps) => JSON.stringify(must(showResources(deps, { community: COMMUNITY })));

describe('community copies across replicas', () => {
  it('a settings change through replica A is used by replica B at once (B reads from memory and its clock stands still)', async () => {
    const a = await replica();
    const b = await replica();
    await setUpCommunity(a.core, { onDuty: false });
    expect((await b.core.deps.communities.get(b.core.deps.db, COMMUNITY))?.settings.country).toBe('GB');
    const before = resourcesText(b.core.deps);

    const started = Date.now();
    must(await changeSettings(a.core.deps, coordinator, { country: 'IE' }));
    // Crisis replies and /resources read only B's copy (never the database): the notice alone updates it.
    await vi.waitFor(() => expect(country(b.core.deps)).toBe('IE'), { timeout: 2000, interval: 5 });
    const took = Date.now() - started;
    const after = resourcesText(b.core.deps);
    expect(after).not.toBe(before);
    expect(after).toBe(JSON.stringify(must(showResources(a.core.deps, { community: COMMUNITY }))));
    expect(took).toBeLessThan(2000);

    // A coordinator role set through A lets its holder act through B at once (B's copy carries the role).
    const roleHolder = actor('role-holder', { roles: ['test:role:coordinators'] });
    expect(errorCode(await showSettings(b.core.deps, roleHolder))).toBe('not-allowed');
    must(await configureCommunity(a.core.deps, coordinator, { settings: { coordinatorRole: 'test:role:coordinators' } }));
    await vi.waitFor(async () => expect(errorCode(await showSettings(b.core.deps, roleHolder))).toBeNull(), { timeout: 2000, interval: 5 });
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
  });

  it('a community set up through A is known to B without B asking the database first', async () => {
    const a = await replica();
    const b = await replica();
    expect(b.core.deps.communities.peek(COMMUNITY)).toBeNull();
    await setUpCommunity(a.core, { onDuty: false });
    await vi.waitFor(() => expect(b.core.deps.communities.peek(COMMUNITY)?.name).toBe('Test Guild'), { timeout: 2000, interval: 5 });
  });

  it('keeps the last copy for reading when a notice comes and the database cannot be read; the next read tries again', async () => {
    const a = await replica();
    await setUpCommunity(a.core, { onDuty: false });
    const broken = await openDatabase(database.url === null ? { kind: 'pglite', dataDir: null } : { kind: 'postgres', url: database.url, maxConnections: 1 });
    await broken.close();
    const copy = a.core.deps.communities.peek(COMMUNITY);
    expect(copy?.settings.country).toBe('GB');
    await expect(a.core.deps.communities.changed(broken.db, COMMUNITY)).rejects.toThrow();
    expect(a.core.deps.communities.peek(COMMUNITY)).toBe(copy);
    // Marked stale: the next read goes to the database (here the broken one) rather than trusting the copy.
    await expect(a.core.deps.communities.get(broken.db, COMMUNITY)).rejects.toThrow();
    expect((await a.core.deps.communities.get(a.core.deps.db, COMMUNITY))?.settings.country).toBe('GB');
  }, 30_000);
});

describe.skipIf(!onPostgres)('when the listening connection drops (PostgreSQL)', () => {
  let proxy: DatabaseProxy;
  beforeAll(async () => {
    const target = new URL(database.url!);
    proxy = await DatabaseProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
  });
  afterAll(async () => proxy.stop());

  it('falls back to the 60 s expiry, listens again, and re-reads what it holds (a change made meanwhile is not lost)', async () => {
    const a = await replica();
    const b = await replica(proxy.urlFor(database.url!));
    await setUpCommunity(a.core, { onDuty: false });
    await vi.waitFor(() => expect(country(b.core.deps)).toBe('GB'), { timeout: 2000, interval: 10 });
    const states: string[] = [];
    b.feed.onState((listening, again) => states.push(listening ? (again ? 'up again' : 'up') : 'down'));

    await proxy.refuse();
    await vi.waitFor(() => expect(b.listener.listening).toBe(false), { timeout: 5000, interval: 10 });
    must(await changeSettings(a.core.deps, coordinator, { country: 'IE' }));
    // B missed the notice: its copy stays (for reading while its database is unreachable) ...
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(country(b.core.deps)).toBe('GB');
    // ... and is trusted only for the 60 s expiry: past it, B goes to the database (unreachable here).
    expect((await b.core.deps.communities.get(b.core.deps.db, COMMUNITY))?.settings.country).toBe('GB');
    b.core.clock.advanceMinutes(COMMUNITY_TTL_MS / 60_000 + 0.1);
    await expect(b.core.deps.communities.get(b.core.deps.db, COMMUNITY)).rejects.toThrow();

    await proxy.restore();
    await vi.waitFor(() => expect(country(b.core.deps)).toBe('IE'), { timeout: 10_000, interval: 20 });
    expect(states).toEqual(['down', 'up again']);
    expect(b.listener.listening).toBe(true);
    // Listening again: the next change arrives by notice as before.
    must(await changeSettings(a.core.deps, coordinator, { country: 'GB' }));
    await vi.waitFor(() => expect(country(b.core.deps)).toBe('GB'), { timeout: 2000, interval: 5 });
  }, 30_000);
});
