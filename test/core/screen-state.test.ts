/** Which buttons no longer apply, and a volunteer's duty, as the playground reads them from core. */
import { describe, expect, it } from 'vitest';
import { encodeAction } from '../../src/core/actions.js';
import { acceptRequest } from '../../src/core/use-cases/accept-request.js';
import { cancelRequest } from '../../src/core/use-cases/cancel-request.js';
import { duty } from '../../src/core/use-cases/duty.js';
import { endSession } from '../../src/core/use-cases/end-session.js';
import { recordHelped } from '../../src/core/use-cases/feedback.js';
import { requestListener } from '../../src/core/use-cases/request-listener.js';
import { dutyState, staleButtons } from '../../src/core/use-cases/screen-state.js';
import { STALE_TEXT } from '../../src/core/views/stale.js';
import { must } from '../support/core.js';
import { useCoreFixture } from '../support/fixture.js';
import { alice, member, other } from '../support/fixtures.js';

const fx = useCoreFixture({ community: true });

describe('staleButtons', () => {
  it('follows a request through acceptance, the end of its session and the feedback', async () => {
    const { requestId } = must(await requestListener(fx.core.deps, member, {}));
    const cancel = encodeAction({ kind: 'cancel', requestId });
    expect(await staleButtons(fx.core.deps, [cancel])).toEqual(new Map());

    const { sessionId } = must(await acceptRequest(fx.core.deps, alice, requestId));
    const end = encodeAction({ kind: 'end', sessionId });
    const helped = encodeAction({ kind: 'helped', sessionId, answer: 'yes' });
    const checkIn = encodeAction({ kind: 'check-in', sessionId, hours: null });
    expect(await staleButtons(fx.core.deps, [cancel, end, helped])).toEqual(new Map([[cancel, STALE_TEXT['request-taken']]]));

    must(await endSession(fx.core.deps, member, { sessionId }));
    const ended = await staleButtons(fx.core.deps, [cancel, end, helped, checkIn]);
    expect(ended.get(end)).toBe(STALE_TEXT['session-ended']);
    expect(ended.get(cancel)).toBe(STALE_TEXT['request-ended']);
    expect(ended.has(helped)).toBe(false);

    must(await recordHelped(fx.core.deps, member, { sessionId, answer: 'yes' }));
    const answered = await staleButtons(fx.core.deps, [helped, checkIn, 'pl:resources', 'not an action']);
    expect(answered).toEqual(new Map([[helped, STALE_TEXT['feedback-given']]]));
  });

  it('says a cancelled request was cancelled', async () => {
    const { requestId } = must(await requestListener(fx.core.deps, other, {}));
    must(await cancelRequest(fx.core.deps, other, requestId));
    const cancel = encodeAction({ kind: 'cancel', requestId });
    expect(await staleButtons(fx.core.deps, [cancel])).toEqual(new Map([[cancel, STALE_TEXT['request-cancelled']]]));
  });
});

describe('dutyState', () => {
  it('says since when a volunteer is on duty, null when off, and who is not enrolled', async () => {
    must(await duty(fx.core.deps, alice, 'off'));
    expect(await dutyState(fx.core.deps, alice)).toEqual({ enrolled: true, dutySince: null });
    must(await duty(fx.core.deps, alice, 'on'));
    expect((await dutyState(fx.core.deps, alice)).dutySince?.getTime()).toBe(fx.core.clock.now.getTime());
    expect(await dutyState(fx.core.deps, member)).toEqual({ enrolled: false, dutySince: null });
  });
});
