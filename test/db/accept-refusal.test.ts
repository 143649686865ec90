/**
 * An Accept that is refused on what is already committed (the request taken, the volunteer at capacity)
 * is answered from one statement, without a transaction or the volunteer's row lock: under a burst of
 * clicks the losers do not queue behind the lock. A click that may win still takes the lock. Shown by
 * holding the volunteer's row lock in another transaction: the refusals come back while it is held, the
 * possible win waits for it. The lock needs a second connection, so this runs on PostgreSQL only.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptRequest } from '../../src/core/use-cases/accept-request.js';
import { configureCommunity } from '../../src/core/use-cases/configure-community.js';
import { duty } from '../../src/core/use-cases/duty.js';
import { enrolVolunteer } from '../../src/core/use-cases/manage-volunteers.js';
import { requestListener } from '../../src/core/use-cases/request-listener.js';
import { supportRequests, volunteers } from '../../src/db/schema.js';
import { actor, createTestCore, must, type TestCore } from '../support/core.js';
import { createTestDatabase, onPostgres, type TestDatabase } from '../support/db.js';

let database: TestDatabase;
let core: TestCore;
const coordinator = actor('coord', { platformAdmin: true });
const busy = actor('busy');
const other = actor('other');

beforeAll(async () => {
  if (!onPostgres) return;
  database = await createTestDatabase();
  core = createTestCore(database);
  must(await configureCommunity(core.deps, coordinator, { settings: { volunteerChannel: 'test:chan:v', country: 'GB' } }));
  for (const v of [busy, other]) {
    must(await enrolVolunteer(core.deps, coordinator, { user: v.user, trainedUntil: '2030-01-01', capacity: 1 }));
    must(await duty(core.deps, v, 'on'));
  }
}, 120_000);

afterAll(async () => {
  await database?.dispose();
});

/** Runs `fn` while another transaction holds `who`'s volunteer row lock; says which settled before the lock was let go. */
async function whileLocked(who: string, fns: Record<string, () => Promise<unknown>>): Promise<{ before: string[]; results: Record<string, unknown> }> {
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let locked = () => undefined as void;
  const hasLock = new Promise<void>((resolve) => (locked = resolve));
  const holder = database.db.transaction(async (tx) => {
    await tx.select({ id: volunteers.id }).from(volunteers).where(eq(volunteers.userRef, who)).for('update');
    locked();
    await held;
  });
  await hasLock;
  const before: string[] = [];
  const results: Record<string, unknown> = {};
  const running = Object.entries(fns).map(async ([name, fn]) => {
    results[name] = await fn();
    before.push(name);
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const settledBefore = [...before];
  release();
  await holder;
  await Promise.all(running);
  return { before: settledBefore, results };
}

const code = (result: unknown) => {
  const r = result as { ok: boolean; error?: { code: string } };
  return r.ok ? 'ok' : r.error!.code;
};

describe.runIf(onPostgres)('an Accept refused on what is committed does not wait for the volunteer lock', () => {
  it('answers a click on a taken request and a click at capacity while the lock is held; a click that may win waits for it', async () => {
    const taken = must(await requestListener(core.deps, actor('m1'), {})).requestId;
    must(await acceptRequest(core.deps, other, taken));
    const waiting = must(await requestListener(core.deps, actor('m2'), {})).requestId;

    // `busy` is free: their click on the taken request is refused at once, their click on the waiting one waits for the lock.
    const first = await whileLocked(busy.user, {
      taken: () => acceptRequest(core.deps, busy, taken),
      mayWin: () => acceptRequest(core.deps, busy, waiting),
    });
    expect(first.before).toEqual(['taken']);
    expect(code(first.results['taken'])).toBe('already-taken');
    expect(code(first.results['mayWin'])).toBe('ok');

    // Now `busy` is at capacity (1): a click on another waiting request is refused while the lock is held.
    const third = must(await requestListener(core.deps, actor('m3'), {})).requestId;
    const second = await whileLocked(busy.user, { full: () => acceptRequest(core.deps, busy, third) });
    expect(second.before).toEqual(['full']);
    expect(code(second.results['full'])).toBe('at-capacity');
    const [row] = await database.db.select({ status: supportRequests.status }).from(supportRequests).where(eq(supportRequests.id, third));
    expect(row?.status).toBe('queued');
  });
});
