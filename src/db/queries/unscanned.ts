/** Per community, UTC day and language, how many messages the crisis detector could not read: counts only. */
import { and, eq, gte, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { unscannedMessages } from '../schema.js';

/** Adds one to the count for the community, the UTC day (`YYYY-MM-DD`) and the language. */
export async function addUnscanned(db: Db, communityId: string, day: string, lang: string): Promise<void> {
  await db
    .insert(unscannedMessages)
    .values({ communityId, day, lang, count: 1 })
    .onConflictDoUpdate({ target: [unscannedMessages.communityId, unscannedMessages.day, unscannedMessages.lang], set: { count: sql`${unscannedMessages.count} + 1` } });
}

/** Unscanned messages per language since `since` (whole UTC days), most first, then by code. */
export async function unscannedByLanguage(db: Db, communityId: string, since: Date): Promise<{ readonly lang: string; readonly n: number }[]> {
  const u = unscannedMessages;
  return db
    .select({ lang: u.lang, n: sql<number>`sum(${u.count})::int` })
    .from(u)
    .where(and(eq(u.communityId, communityId), gte(u.day, since.toISOString().slice(0, 10))))
    .groupBy(u.lang)
    .orderBy(sql`sum(${u.count}) desc`, u.lang);
}
