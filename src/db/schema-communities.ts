/** The communities table, on its own so that schema.ts and schema-trim.ts both refer to it without importing each other. */
import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { CommunitySettings } from '../model/settings.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const communities = pgTable('communities', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** The adapter's opaque ref for the guild or workspace, e.g. `discord:123`, `slack:T1`. */
  ref: text('ref').notNull().unique(),
  name: text('name').notNull(),
  settings: jsonb('settings').$type<CommunitySettings>().notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
