import type { Db } from '../client.js';
import { auditLog } from '../schema.js';
import { perDb, placeholders } from './prepared.js';

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
  await auditStatement(db).execute({
    communityId: entry.communityId,
    actorRef: entry.actorRef,
    action: entry.action,
    subjectRef: entry.subjectRef ?? null,
    detail: entry.detail ?? {},
    at: entry.at,
  });
}

// In nearly every use case, often in its transaction: built once (prepared.ts).
const auditStatement = perDb((db) => db.insert(auditLog).values(placeholders('communityId', 'actorRef', 'action', 'subjectRef', 'detail', 'at')).prepare('audit'));
