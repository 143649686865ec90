import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELIVERY_CHECK_MS, DeliveryGate, ROUTINE_DELIVERY_CHECK_MS } from '../../src/adapters/deliveries.js';
import { firstDelivery } from '../../src/db/queries/deliveries.js';
import { recordingLogger } from '../support/core.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.dispose());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('inbound deliveries', () => {
  it('accepts a delivery once and refuses its replays, per source', async () => {
    const now = new Date('2026-11-22T10:00:00Z');
    expect(await firstDelivery(database.db, 'slack-event', 'Ev1', now)).toBe(true);
    expect(await firstDelivery(database.db, 'slack-event', 'Ev1', now)).toBe(false);
    expect(await firstDelivery(database.db, 'discord-interaction', 'Ev1', now)).toBe(true);
    const results = await Promise.all(Array.from({ length: 10 }, () => firstDelivery(database.db, 'slack-event', 'Ev2', now)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});

/**
 * The same click delivered to two replicas at once (CI's replica test): the one whose row the database
 * takes first has the effect; the other's check waits for that row's transaction. On a loaded machine
 * that took over 150 ms, and the second replica went ahead and thanked the member twice.
 */
describe('the delivery gate while another replica records the same delivery slowly', () => {
  const now = new Date('2026-12-08T01:00:00Z');

  /**
   * Checks `id` through a gate (`waitMs`) while another replica's record of it is written and committed
   * `holdMs` later; gives the gate's answer, how long it took and how many late checks it logged.
   */
  async function checkWhileRecordedElsewhere(id: string, holdMs: number, waitMs: number) {
    const log = recordingLogger();
    const gate = new DeliveryGate(database.db, () => now, log);
    let written!: () => void;
    const ready = new Promise<void>((resolve) => (written = resolve));
    const other = database.db.transaction(async (tx) => {
      await firstDelivery(tx, 'slack-action', id, now);
      written();
      await sleep(holdMs);
    });
    await ready;
    const started = performance.now();
    const first = await gate.first('slack-action', id, waitMs);
    const tookMs = performance.now() - started;
    await other;
    return { first, tookMs, late: log.entries.filter((e) => e.code === 'delivery.check_late').length };
  }

  it('waits for the database to say a routine click is a repeat, up to ROUTINE_DELIVERY_CHECK_MS', async () => {
    const { first, tookMs, late } = await checkWhileRecordedElsewhere('click-routine', 400, ROUTINE_DELIVERY_CHECK_MS);
    expect(first).toBe(false);
    expect(tookMs).toBeGreaterThanOrEqual(300);
    expect(late).toBe(0);
  });

  it('lets a crisis answer go ahead after DELIVERY_CHECK_MS, and says so', async () => {
    const { first, tookMs, late } = await checkWhileRecordedElsewhere('click-crisis', 600, DELIVERY_CHECK_MS);
    expect(first).toBe(true);
    expect(tookMs).toBeLessThan(500);
    expect(late).toBe(1);
  });
});
