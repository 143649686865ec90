/**
 * Each person's remembered language (`person_locales`): written when a process first learns it or it
 * changes, read for a private message the person did not just prompt. Rows are keyed by the community's
 * ref, so nothing is written for a community that is not set up.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { communities, personLocales } from '../schema.js';

/** Keeps `locale` as `user`'s language in `community` (null: one Peerline does not speak, so no row). */
export async function saveLocale(db: Db, community: string, user: string, locale: string | null, now: Date): Promise<void> {
  if (locale === null) {
    await db.execute(sql`delete from person_locales p using communities c where c.id = p.community_id and c.ref = ${community} and p.user_ref = ${user}`);
    return;
  }
  await db.execute(
    sql`insert into person_locales (community_id, user_ref, locale, seen_at)
        select c.id, ${user}, ${locale}, ${now.toISOString()}::timestamptz from communities c where c.ref = ${community}
        on conflict (community_id, user_ref) do update set locale = excluded.locale, seen_at = excluded.seen_at`,
  );
}

/** `user`'s remembered language in `community`, or null when none is kept. */
export async function loadLocale(db: Db, community: string, user: string): Promise<string | null> {
  const [row] = await db
    .select({ locale: personLocales.locale })
    .from(personLocales)
    .innerJoin(communities, eq(communities.id, personLocales.communityId))
    .where(and(eq(communities.ref, community), eq(personLocales.userRef, user)));
  return row?.locale ?? null;
}
