/**
 * Invariant 1: a request is accepted by at most one volunteer. Fifty volunteers press Accept on the same
 * request at the same instant, each over its own connection (as fifty bot instances would), a hundred
 * times over. Real contention needs the PostgreSQL server; on PGlite (one connection) the same code runs
 * as a smaller smoke test.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptRequest } from '../../src/core/use-cases/accept-request.js';
import { configureCommunity } from '../../src/core/use-cases/configure-community.js';
import { duty } from '../../src/core/use-cases/duty.js';
import { endSession } from '../../src/core/use-cases/end-session.js';
import { enrolVolunteer } from '../../src/core/use-cases/manage-volunteers.js';
import { requestListener } from '../../src/core/use-cases/request-listener.js';
import { sessions } from '../../src/db/schema.js';
import { actor, createTestCore, must, racingCores, type TestCore } from '../support/core.js';
import { createTestDatabase, onPostgres, type TestDatabase } from '../support/db.js';

const VOLUNTEERS = 50;
const ROUNDS = onPostgres ? 100 : 10;

let database: TestDatabase;
let admin: TestCore;
let cores: TestCore[] = [];
let closeCores: (() => Promise<void>) | undefined;
const volunteersList = Array.from({ length: VOLUNTEERS }, (_, i) => actor(`v${i}`));

beforeAll(async () => {
  database = await createTestDatabase();
  admin = createTestCore(database);
  const coordinator = actor('coord', { platformAdmin: true });
  must(await configureCommunity(admin.deps, coordinator, { settings: { volunteerChannel: 'test:chan:v', country: 'GB' } }));
  for (const v of volunteersList) {
    must(await enrolVolunteer(admin.deps, coordinator, { user: v.user, trainedUntil: '2030-01-01' }));
    must(await duty(admin.deps, v, 'on'));
  }
  ({ cores, close: closeCores } = await racingCores(database, admin.clock, VOLUNTEERS));
}, 120_000);

afterAll(async () => {
  await closeCores?.();
  await database.dispose();
});

describe(`${VOLUNTEERS} simultaneous accepts, ${ROUNDS} rounds (${onPostgres ? 'PostgreSQL, separate connections' : 'PGlite, one connection'})`, () => {
  it(
    'gives every request exactly one listener and one session',
    async () => {
      for (let round = 0; round < ROUNDS; round += 1) {
        const member = actor(`member-${round}`);
        const { requestId } = must(await requestListener(admin.deps, member, {}));
        const results = await Promise.all(cores.map((core, i) => acceptRequest(core.deps, volunteersList[i]!, requestId)));
        const winners = results.filter((r) => r.ok);
        const losers = results.filter((r) => !r.ok).map((r) => (r.ok ? null : r.error.code));
        expect(winners).toHaveLength(1);
        expect(new Set(losers)).toEqual(new Set(['already-taken']));
        const rows = await database.db.select().from(sessions).where(eq(sessions.requestId, requestId));
        expect(rows).toHaveLength(1);
        const winner = winners[0];
        if (winner?.ok !== true) throw new Error('unreachable');
        must(await endSession(admin.deps, member, { sessionId: winner.value.sessionId }));
      }
    },
    300_000,
  );
});
