/** A programme's audit entries: `<programme>.<action>` in the one audit log, ids and counts only, never content. */
import type { Db } from '../../db/client.js';
import { audit } from '../../db/queries/audit.js';
import type { ProgrammeDefinition } from './definition.js';

export interface ProgrammeAuditEntry {
  readonly communityId: string;
  readonly actorRef: string | null;
  /** Without the programme prefix: `case.opened`, `step.recorded`, … */
  readonly action: string;
  readonly subjectRef?: string | null;
  readonly detail?: Record<string, unknown>;
  readonly at: Date;
}

export function programmeAudit(db: Db, def: Pick<ProgrammeDefinition, 'id'>, entry: ProgrammeAuditEntry): Promise<void> {
  return audit(db, { ...entry, action: `${def.id}.${entry.action}` });
}
