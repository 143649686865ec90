/** Crisis events: what happened (rule ids, tier, who reached the person), never text. */
import { eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import { crisisEvents } from '../schema.js';

export type CrisisEventRow = typeof crisisEvents.$inferSelect;

export async function crisisEventById(db: Db, id: string): Promise<CrisisEventRow | null> {
  const [row] = await db.select().from(crisisEvents).where(eq(crisisEvents.id, id));
  return row ?? null;
}
