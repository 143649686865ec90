import { sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { inboundDeliveries } from '../schema.js';
import { perDb } from './prepared.js';

/**
 * Records an inbound delivery (a Slack event id, a Discord interaction or message id). Returns true the
 * first time, false for a retry or a replay, so the adapter can give each delivery one effect even
 * across instances. Rows are purged after two days by the retention job.
 */
export async function firstDelivery(db: Db, source: string, deliveryId: string, now: Date): Promise<boolean> {
  const rows = await firstDeliveryStatement(db).execute({ source, deliveryId, at: now });
  return rows.length === 1;
}

// Before every click and event: built once (prepared.ts).
const firstDeliveryStatement = perDb((db) =>
  db
    .insert(inboundDeliveries)
    .values({ source: sql.placeholder('source'), deliveryId: sql.placeholder('deliveryId'), at: sql.placeholder('at') })
    .onConflictDoNothing()
    .returning({ id: inboundDeliveries.deliveryId })
    .prepare('first_delivery'),
);
