/**
 * A request's note lives in its own `request_notes` row while the request is open, and that row is
 * DELETED — not blanked — when the request ends: cancelled, closed after its session, forgotten, or
 * found ended by the retention purge.
 */
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { acceptRequest } from '../../src/core/use-cases/accept-request.js';
import { cancelRequest } from '../../src/core/use-cases/cancel-request.js';
import { endSession } from '../../src/core/use-cases/end-session.js';
import { forgetMe } from '../../src/core/use-cases/forget-me.js';
import { purgeExpiredPersonalData } from '../../src/db/queries/retention.js';
import { requestNotes, supportRequests } from '../../src/db/schema.js';
import { listen, must } from '../support/core.js';
import { useCoreFixture } from '../support/fixture.js';
import { alice, member, VOLUNTEER_CHANNEL } from '../support/fixtures.js';

const fx = useCoreFixture({ community: true });
const NOTE = 'my dog died last week and I cannot focus';

async function notes() {
  return fx.database.db.select().from(requestNotes);
}

async function ask(shareNote = true) {
  return must(await listen(fx.core, member, { note: NOTE, shareNote }));
}

describe('request notes', () => {
  it('are kept in their own row while the request is open, shown on the card, never in support_requests', async () => {
    const { requestId } = await ask();
    expect(await notes()).toEqual([{ requestId, note: NOTE }]);
    const [row] = await fx.database.db.select().from(supportRequests).where(eq(supportRequests.id, requestId));
    expect(row?.note).toBeNull();
    const [card] = fx.core.platform.of('postToChannel').filter((c) => c.channel === VOLUNTEER_CHANNEL);
    expect(JSON.stringify(card?.view.fields)).toContain(NOTE);
  });

  it('stay off the card when the member did not share them', async () => {
    await ask(false);
    const [card] = fx.core.platform.of('postToChannel').filter((c) => c.channel === VOLUNTEER_CHANNEL);
    expect(JSON.stringify(card?.view)).not.toContain(NOTE);
  });

  it('are deleted when the member cancels', async () => {
    await ask();
    must(await cancelRequest(fx.core.deps, member));
    expect(await notes()).toEqual([]);
  });

  it('stay through the session (accepted is not ended) and are deleted when it ends', async () => {
    const { requestId } = await ask();
    const { sessionId } = must(await acceptRequest(fx.core.deps, alice, requestId));
    expect(await notes()).toHaveLength(1);
    must(await endSession(fx.core.deps, alice, { sessionId }));
    expect(await notes()).toEqual([]);
  });

  it('are deleted by /forget-me', async () => {
    await ask();
    must(await forgetMe(fx.core.deps, member));
    expect(await notes()).toEqual([]);
  });

  it('left behind by an ended request (a crash, an old row) are deleted by the retention purge at once', async () => {
    const { requestId } = await ask();
    // An ended request whose note survived, as a crash mid-way or a row from before this table would leave it.
    await fx.database.db.update(supportRequests).set({ status: 'expired', endedAt: fx.core.clock.read() }).where(eq(supportRequests.id, requestId));
    const counts = await purgeExpiredPersonalData(fx.database.db, fx.core.clock.read());
    expect(counts.notes).toBe(1);
    expect(await notes()).toEqual([]);
  });

  it('refuse an empty or over-long note at the database too', async () => {
    const { requestId } = await ask();
    await fx.database.db.delete(requestNotes);
    await expect(fx.database.db.insert(requestNotes).values({ requestId, note: '' })).rejects.toThrow();
    await expect(fx.database.db.execute(sql`insert into request_notes (request_id, note) values (${requestId}, repeat('x', 501))`)).rejects.toThrow();
  });
});
