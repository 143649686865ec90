/**
 * Who is acting. Adapters fill it from the platform payload; core decides what that person may do,
 * whatever the platform's own permissions said (invariant 5).
 */
import type { Db } from '../db/client.js';
import { staffRoleOf } from '../db/queries/volunteers.js';
import type { CommunityRecord } from './communities.js';
import type { CommunityRef, RoleRef, UserRef } from './ports.js';

export interface Actor {
  readonly user: UserRef;
  readonly community: CommunityRef;
  /** The platform says this person administers the server or workspace (Manage Server, workspace admin). */
  readonly platformAdmin?: boolean;
  /** Platform role refs the person holds (Discord roles); compared with the coordinator role setting. */
  readonly roles?: readonly RoleRef[];
}

export async function isCoordinator(db: Db, community: CommunityRecord, actor: Actor): Promise<boolean> {
  const role = community.settings.coordinatorRole;
  if (role !== null && (actor.roles ?? []).includes(role)) return true;
  return (await staffRoleOf(db, community.id, actor.user)) === 'coordinator';
}
