/**
 * Who is acting. Adapters fill it from the platform payload; core decides what that person may do,
 * whatever the platform's own permissions said (invariant 5).
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { volunteers } from '../db/schema.js';
import type { CommunityRecord } from './communities.js';
import type { CommunityRef, UserRef } from './ports.js';

export interface Actor {
  readonly user: UserRef;
  readonly community: CommunityRef;
  /** The platform says this person administers the server or workspace (Manage Server, workspace admin). */
  readonly platformAdmin?: boolean;
  /** Platform role refs the person holds (Discord roles); compared with the coordinator role setting. */
  readonly roles?: readonly string[];
}

export async function isCoordinator(db: Db, community: CommunityRecord, actor: Actor): Promise<boolean> {
  const role = community.settings.coordinatorRole;
  if (role !== null && (actor.roles ?? []).includes(role)) return true;
  const [row] = await db
    .select({ role: volunteers.role })
    .from(volunteers)
    .where(and(eq(volunteers.communityId, community.id), eq(volunteers.userRef, actor.user)));
  return row?.role === 'coordinator';
}
