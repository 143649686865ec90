/**
 * The work after a Slack ack is bounded (src/adapters/limiter.ts), and the ack never waits for it: with
 * every slot taken, a command and a click are still acknowledged at once, their replies wait, and they
 * arrive once a slot frees. A /listen whose note carries crisis language does not wait its turn: its
 * crisis line goes out while every slot is still taken.
 */
import { describe, expect, it } from 'vitest';
import { encodeAction } from '../../src/core/actions.js';
import { Limiter } from '../../src/core/limiter.js';
import { useSlackHarness, TEAM, type SlackHarness } from './harness.js';
import { click, command } from '../fakes/slack/index.js';

let h: SlackHarness;
const limiter = new Limiter(1);
useSlackHarness((made) => (h = made), { afterAck: limiter });

describe('Slack: bounded work after the ack', () => {
  it('acks at once while the limiter is saturated, and finishes the queued work once it frees', async () => {
    // Take the only slot and hold it.
    let release!: () => void;
    const held = limiter.run(() => new Promise<void>((resolve) => (release = resolve)));

    const listen = await h.send(command(TEAM, 'U0MEMBER', 'C0GENERAL', 'listen rough week', h.fake.responseUrl('listen')));
    const press = await h.send(click(TEAM, 'U0VOL1', encodeAction({ kind: 'accept', requestId: '00000000-0000-4000-8000-000000000000' }), h.fake.responseUrl('press')));
    // Acked: HTTP 200 well inside Slack's 3 seconds, with nothing else running.
    expect(listen.status).toBe(200);
    expect(press.status).toBe(200);
    expect(listen.ms).toBeLessThan(1_000);
    expect(press.ms).toBeLessThan(1_000);
    // The work waits its turn: no reply while the slot is held.
    await new Promise((r) => setTimeout(r, 300));
    expect(h.fake.responsesFor('listen')).toHaveLength(0);
    expect(h.fake.responsesFor('press')).toHaveLength(0);

    release();
    await held;
    const [listenReply] = await h.fake.waitFor(() => (h.fake.responsesFor('listen').length > 0 ? h.fake.responsesFor('listen') : null));
    const [pressReply] = await h.fake.waitFor(() => (h.fake.responsesFor('press').length > 0 ? h.fake.responsesFor('press') : null));
    // Each gets its private answer (this workspace is not set up, so that is what they are told).
    expect(listenReply).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/\S/) });
    expect(pressReply).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/\S/) });
  });

  it('answers a /listen with crisis language in its note while the limiter is saturated', async () => {
    let release!: () => void;
    const held = limiter.run(() => new Promise<void>((resolve) => (release = resolve)));
    try {
      const user = 'U0NOTE';
      const sent = await h.send(command(TEAM, user, 'C0GENERAL', 'i have the pills and i am going to end my life tonight', h.fake.responseUrl('crisis-note'), '/listen'));
      expect(sent.status).toBe(200);
      // The crisis reply reaches the person privately while the only slot is still held.
      const seen = await h.fake.waitFor(() => h.fake.messages.some((m) => m.onlyFor === user || (m.channel.startsWith('D') && h.fake.conversations.get(m.channel)?.members.join() === user)) || null, 5_000);
      expect(seen).toBe(true);
      expect(limiter.pending).toBe(1);
    } finally {
      release();
      await held;
    }
  });

  it('answers the support-line and "are you safe?" buttons while the limiter is saturated', async () => {
    let release!: () => void;
    const held = limiter.run(() => new Promise<void>((resolve) => (release = resolve)));
    try {
      for (const action of [encodeAction({ kind: 'resources' }), encodeAction({ kind: 'crisis-answer', answer: 'unsafe' })]) {
        const id = `urgent-${action}`;
        expect((await h.send(click(TEAM, 'U0PRESS', action, h.fake.responseUrl(id)))).status).toBe(200);
        await h.fake.waitFor(() => (h.fake.responsesFor(id).length > 0 ? true : null), 5_000);
      }
      expect(limiter.pending).toBe(1);
    } finally {
      release();
      await held;
    }
  });
});
