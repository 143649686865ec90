import type { Db } from '../client.js';
import { auditLog } from '../schema.js';

export interface AuditEntry {
  readonly communityId: string | null;
  readonly actorRef: string | null;
  readonly action: string;
  readonly subjectRef?: string | null;
  /** Ids, counts and setting names only — never message content. */
  readonly detail?: Record<string, unknown>;
  readonly at: Date;
}

export async function audit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    communityId: entry.communityId,
    actorRef: entry.actorRef,
    action: entry.action,
    subjectRef: entry.subjectRef ?? null,
    detail: entry.detail ?? {},
    at: entry.at,
  });
}
