/**
 * A card is on the platform a moment before its ref is saved on the request. A volunteer who accepts it
 * in that moment (or a member who cancels) finds no card to close; the process that posted it must then
 * close it, or the card stays open on a request that is taken. Found by the Socket Mode replica test in
 * CI: the Accept was clicked as soon as the card showed, and the card never said "Accepted".
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { acceptRequest } from '../../src/core/use-cases/accept-request.js';
import { cancelRequest } from '../../src/core/use-cases/cancel-request.js';
import { deliverOffer } from '../../src/core/offers.js';
import { queueCrisisRequest } from '../../src/core/queue-request.js';
import { requestListener } from '../../src/core/use-cases/request-listener.js';
import type { CoreDeps } from '../../src/core/deps.js';
import { supportRequests } from '../../src/db/schema.js';
import { errorCode, must, withPlatform } from '../support/core.js';
import { useCoreFixture } from '../support/fixture.js';
import { alice, member, VOLUNTEER_CHANNEL } from '../support/fixtures.js';
import { words } from '../support/words.js';

const fx = useCoreFixture({ community: true });

/** Core whose card post, once it is on the platform and before anything is saved, runs `meanwhile`. */
function withClickDuringPost(meanwhile: (ref: string) => Promise<void>): CoreDeps {
  const platform = fx.core.platform;
  let fired = false;
  const post: typeof platform.postToChannel = async (...args) => {
    const ref = await platform.postToChannel(...args);
    if (!fired && args[0] === VOLUNTEER_CHANNEL && ref !== null) {
      fired = true;
      await meanwhile(ref);
    }
    return ref;
  };
  return withPlatform(fx.core, { postToChannel: post });
}

const requestOf = async () => (await fx.database.db.select().from(supportRequests))[0]!;
const updatesOf = (ref: string) => fx.core.platform.of('updateMessage').filter((c) => c.message === ref);

describe('a card closed in the moment between its post and its ref being saved', () => {
  it('is closed as accepted by the process that posted it, once', async () => {
    let accepted = false;
    const deps = withClickDuringPost(async () => {
      const request = await requestOf();
      expect(request.offerRef).toBeNull();
      must(await acceptRequest(fx.core.deps, alice, request.id));
      accepted = true;
    });
    must(await requestListener(deps, member, { topic: 'grief' }));
    await fx.core.settle();
    expect(accepted).toBe(true);
    const [card] = fx.core.platform.of('postToChannel').filter((c) => c.channel === VOLUNTEER_CHANNEL);
    const updates = updatesOf(card!.ref);
    expect(updates).toHaveLength(1);
    expect(words(updates[0]!.source).text).toContain('Accepted after');
    expect((await requestOf()).offerRef).toBe(card!.ref);
  });

  it('is closed as cancelled when the member cancels in that moment, also at crisis urgency', async () => {
    const deps = withClickDuringPost(async () => {
      must(await cancelRequest(fx.core.deps, member));
    });
    must(await queueCrisisRequest(deps, member));
    await fx.core.settle();
    const [card] = fx.core.platform.of('postToChannel').filter((c) => c.channel === VOLUNTEER_CHANNEL);
    const updates = updatesOf(card!.ref);
    expect(updates).toHaveLength(1);
    expect(words(updates[0]!.source).text).not.toContain('Accept');
    expect((await requestOf()).status).toBe('cancelled');
  });

  it('is closed by a takeover that posts it, when the request was accepted meanwhile', async () => {
    fx.core.platform.failNext('postToChannel');
    const { requestId } = must(await requestListener(fx.core.deps, member, { topic: 'grief' }));
    await fx.core.settle();
    const deps = withClickDuringPost(async () => {
      must(await acceptRequest(fx.core.deps, alice, requestId));
    });
    const ref = await deliverOffer(deps, requestId, `post-offer:${requestId}`, fx.core.clock.read());
    expect(ref).not.toBeNull();
    const updates = updatesOf(ref!);
    expect(updates).toHaveLength(1);
    expect(words(updates[0]!.source).text).toContain('Accepted after');
  });

  it('is opened again when the accept it was closed for is undone (its space could not be opened)', async () => {
    // The accept has claimed the request and waits on the platform for the space when the card's ref is
    // saved (the card is closed for it); then the space fails, the claim is undone, and the card reopens.
    let claimed: Promise<unknown> = Promise.resolve();
    let failSpace: () => void = () => undefined;
    const spaceFails = new Promise<void>((resolve) => (failSpace = resolve));
    const accepting = withPlatform(fx.core, {
      openSpace: async () => {
        await spaceFails;
        throw new Error('space refused');
      },
    });
    const deps = withClickDuringPost(async () => {
      const request = await requestOf();
      claimed = acceptRequest(accepting, alice, request.id);
      for (let i = 0; i < 200 && (await requestOf()).status !== 'accepted'; i += 1) await new Promise((r) => setTimeout(r, 10));
      expect((await requestOf()).status).toBe('accepted');
    });
    must(await requestListener(deps, member, { topic: 'grief' }));
    await fx.core.settle();
    const [card] = fx.core.platform.of('postToChannel').filter((c) => c.channel === VOLUNTEER_CHANNEL);
    expect(updatesOf(card!.ref).map((u) => words(u.source).text.includes('Accepted after'))).toEqual([true]);
    failSpace();
    expect(errorCode(await (claimed as ReturnType<typeof acceptRequest>))).toBe('platform');
    expect((await requestOf()).status).toBe('queued');
    const updates = updatesOf(card!.ref);
    expect(updates).toHaveLength(2);
    expect(words(updates[1]!.source)).toEqual(words(card!.source));
  });

  it('is left to the accept when its ref was saved first (no second update)', async () => {
    const { requestId } = must(await requestListener(fx.core.deps, member, { topic: 'grief' }));
    await fx.core.settle();
    must(await acceptRequest(fx.core.deps, alice, requestId));
    const [card] = fx.core.platform.of('postToChannel').filter((c) => c.channel === VOLUNTEER_CHANNEL);
    expect(updatesOf(card!.ref)).toHaveLength(1);
    const [row] = await fx.database.db.select().from(supportRequests).where(eq(supportRequests.id, requestId));
    expect(row?.status).toBe('active');
  });
});
