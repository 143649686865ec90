import type { Db } from '../client.js';
import { inboundDeliveries } from '../schema.js';

/**
 * Records an inbound delivery (a Slack event id, a Discord interaction or message id). Returns true the
 * first time, false for a retry or a replay, so the adapter can give each delivery one effect even
 * across instances. Rows are purged after two days by the retention job.
 */
export async function firstDelivery(db: Db, source: string, deliveryId: string, now: Date): Promise<boolean> {
  const rows = await db
    .insert(inboundDeliveries)
    .values({ source, deliveryId, at: now })
    .onConflictDoNothing()
    .returning({ id: inboundDeliveries.deliveryId });
  return rows.length === 1;
}
