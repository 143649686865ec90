import { eq, sql } from 'drizzle-orm';
import { communitySettings, type CommunitySettings } from '../../model/settings.js';
import type { Db } from '../client.js';
import { communities } from '../schema.js';
import { perDb } from './prepared.js';

export interface CommunityRecord {
  readonly id: string;
  readonly ref: string;
  readonly name: string;
  readonly settings: CommunitySettings;
}

/** The columns of a `CommunityRecord`. */
const columns = { id: communities.id, ref: communities.ref, name: communities.name, settings: communities.settings };

export async function findCommunityByRef(db: Db, ref: string): Promise<CommunityRecord | null> {
  const [row] = await db.select(columns).from(communities).where(eq(communities.ref, ref));
  return withCurrentSettings(row);
}

export async function findCommunityById(db: Db, id: string): Promise<CommunityRecord | null> {
  const [row] = await communityByIdStatement(db).execute({ id });
  return withCurrentSettings(row);
}

// Read on every new request's card: built once (prepared.ts).
const communityByIdStatement = perDb((db) => db.select(columns).from(communities).where(eq(communities.id, sql.placeholder('id'))).prepare('community_by_id'));

export async function allCommunities(db: Db): Promise<CommunityRecord[]> {
  const rows = await db.select(columns).from(communities);
  return rows.map((row) => ({ ...row, settings: communitySettings.parse(row.settings) }));
}

/** Creates the community or replaces its name and settings; returns the row and whether it was new. */
export async function upsertCommunity(
  db: Db,
  input: { ref: string; name: string; settings: CommunitySettings; now: Date },
): Promise<{ community: CommunityRecord; created: boolean }> {
  const [row] = await db
    .insert(communities)
    .values({ ref: input.ref, name: input.name, settings: input.settings, createdAt: input.now, updatedAt: input.now })
    .onConflictDoUpdate({
      target: communities.ref,
      set: { name: input.name, settings: input.settings, updatedAt: input.now },
    })
    .returning({
      ...columns,
      // xmax is 0 on a freshly inserted row version and non-zero when the conflict branch updated it.
      created: sql<boolean>`(xmax = 0)`,
    });
  if (row === undefined) throw new Error('upsert returned no row');
  const { created, ...community } = row;
  return { community, created };
}

/** Rows written by an older version lack newer settings: fill them with today's defaults. */
function withCurrentSettings(row: CommunityRecord | undefined): CommunityRecord | null {
  return row === undefined ? null : { ...row, settings: communitySettings.parse(row.settings) };
}

/** The community's row, locked for the rest of the transaction, so two settings changes apply one after the other. */
export async function lockCommunity(tx: Db, id: string): Promise<CommunityRecord | null> {
  const [row] = await tx
    .select(columns)
    .from(communities)
    .where(eq(communities.id, id))
    .for('update');
  return withCurrentSettings(row);
}

/** Replaces the community's settings (already validated); returns the stored record. */
export async function saveSettings(tx: Db, id: string, settings: CommunitySettings, now: Date): Promise<CommunityRecord> {
  const [row] = await tx
    .update(communities)
    .set({ settings, updatedAt: now })
    .where(eq(communities.id, id))
    .returning(columns);
  if (row === undefined) throw new Error('community vanished while its settings were saved');
  return row;
}
