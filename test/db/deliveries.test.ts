import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstDelivery } from '../../src/db/queries/deliveries.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.dispose());

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
