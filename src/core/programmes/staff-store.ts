/** The engine's own role storage (`programme_staff`), one per programme. */
import { programmeRoleOf, programmeStaffOf } from '../../db/queries/programmes.js';
import type { StaffStore } from './definition.js';

export function engineStaff(programme: string): StaffStore {
  return {
    roleOf: (db, communityId, user) => programmeRoleOf(db, communityId, programme, user),
    holders: async (db, communityId) => (await programmeStaffOf(db, communityId, programme)).map((r) => ({ user: r.userRef, role: r.role })),
  };
}

/** The managers of the programme here. */
export async function managersOf(db: Parameters<StaffStore['holders']>[0], store: StaffStore, managerRole: string, communityId: string): Promise<string[]> {
  return (await store.holders(db, communityId)).filter((h) => h.role === managerRole).map((h) => h.user);
}
