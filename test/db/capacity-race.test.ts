/**
 * A volunteer's capacity holds under parallel accepts: one volunteer (capacity 2) presses Accept on ten
 * different requests at the same instant, each over its own connection (as ten bot instances would).
 * The accept locks the volunteer's row and counts their open sessions in one round trip
 * (`lockVolunteerCountingSessions`); the count must still see the sessions committed while it waited
 * for the lock. Real contention needs PostgreSQL; on PGlite (one connection) it is a smoke test.
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

const PARALLEL = 10;
const CAPACITY = 2;
const ROUNDS = onPostgres ? 20 : 3;

let database: TestDatabase;
let admin: TestCore;
let cores: TestCore[] = [];
let closeCores: (() => Promise<void>) | undefined;
const volunteer = actor('v0');

beforeAll(async () => {
  database = await createTestDatabase();
  admin = createTestCore(database);
  const coordinator = actor('coord', { platformAdmin: true });
  must(await configureCommunity(admin.deps, coordinator, { settings: { volunteerChannel: 'test:chan:v', country: 'GB' } }));
  must(await enrolVolunteer(admin.deps, coordinator, { user: volunteer.user, trainedUntil: '2030-01-01', capacity: CAPACITY }));
  must(await duty(admin.deps, volunteer, 'on'));
  ({ cores, close: closeCores } = await racingCores(database, admin.clock, PARALLEL));
}, 120_000);

afterAll(async () => {
  await closeCores?.();
  await database.dispose();
});

describe(`one volunteer, ${PARALLEL} simultaneous accepts of different requests (${onPostgres ? 'PostgreSQL, separate connections' : 'PGlite, one connection'})`, () => {
  it(
    `never gives them more than their capacity of ${CAPACITY} sessions`,
    async () => {
      for (let round = 0; round < ROUNDS; round += 1) {
        const requests: string[] = [];
        for (let i = 0; i < PARALLEL; i += 1) requests.push(must(await requestListener(admin.deps, actor(`m-${round}-${i}`), {})).requestId);
        // One platform for all (as one Slack or Discord would be): each connection's own recording platform would hand out the same space refs.
        const results = await Promise.all(cores.map((core, i) => acceptRequest({ ...core.deps, platform: admin.deps.platform }, volunteer, requests[i]!)));
        const won = results.filter((r) => r.ok);
        expect(won, JSON.stringify(results.map((r) => (r.ok ? 'ok' : `${r.error.code}: ${r.error.reason?.id ?? ''}`)))).toHaveLength(CAPACITY);
        expect(new Set(results.filter((r) => !r.ok).map((r) => (r.ok ? null : r.error.code)))).toEqual(new Set(['at-capacity']));
        const open = await database.db.select().from(sessions).where(eq(sessions.volunteerId, (await database.db.query.volunteers.findFirst({ where: (v, { eq: e }) => e(v.userRef, volunteer.user) }))!.id));
        expect(open.filter((s) => s.endedAt === null)).toHaveLength(CAPACITY);
        // End them, so the next round starts from zero open sessions.
        for (const r of won) if (r.ok) must(await endSession(admin.deps, volunteer, { sessionId: r.value.sessionId }));
      }
    },
    300_000,
  );
});
