/**
 * Each person's language as their platform last said it (Discord's interaction `locale`, Slack's
 * `users.info` locale), kept so that a message the person did not just prompt — a check-in after a
 * restart — is still in their language. A locale code, never message text; gone with `/forget-me`, with
 * the community, and after the retention period once they are no longer seen (unless they volunteer).
 */
import { pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { communities } from './schema-communities.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const personLocales = pgTable(
  'person_locales',
  {
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    userRef: text('user_ref').notNull(),
    /** A language Peerline speaks (`es`, `pt` …); a person whose platform language it does not speak has no row. */
    locale: text('locale').notNull(),
    /** When a process last learnt it (its first sighting of the person, or a change): the retention clock. */
    seenAt: ts('seen_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.communityId, t.userRef] })],
);
