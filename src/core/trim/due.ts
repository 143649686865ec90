/** `/peer trim due`: what a practitioner (or, for a manager, every practitioner) has due or overdue. */
import { assessmentsOf, openCases } from '../../db/queries/trim.js';
import { audit } from '../../db/queries/audit.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { ok, type Result } from '../result.js';
import { addDays } from '../time.js';
import type { TextView } from '../views/types.js';
import { stepState } from '../programmes/timeline.js';
import { loadTrimAccess } from './access.js';
import type { TrimStage } from './tool.js';
import { dueListView, type DueLine } from './views.js';

/** How far ahead "falls due soon" looks, in days. */
const UPCOMING_DAYS = 7;

export async function listDue(deps: CoreDeps, actor: Actor): Promise<Result<TextView>> {
  const access = await loadTrimAccess(deps, actor);
  if (!access.ok) return access;
  const { community, role } = access.value;
  const now = deps.clock();
  const cases = await openCases(deps.db, community.id, role === 'manager' ? null : actor.user);
  const done = new Set((await assessmentsOf(deps.db, cases.map((c) => c.case.id))).map((a) => `${a.caseId}:${a.stage}`));
  const lines: DueLine[] = [];
  let upcoming = 0;
  for (const item of cases) {
    const stage: TrimStage = done.has(`${item.case.id}:initial`) ? 'follow-up' : 'initial';
    const dueAt = stage === 'initial' ? item.case.initialDueAt : item.case.followUpDueAt;
    const state = stepState(dueAt, now, community.settings.trim.overdueAfterDays);
    if (state !== 'upcoming') lines.push({ item, stage, dueAt, overdue: state === 'overdue' });
    else if (dueAt <= addDays(now, UPCOMING_DAYS)) upcoming += 1;
  }
  lines.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  await audit(deps.db, { communityId: community.id, actorRef: actor.user, action: 'trim.due.viewed', detail: { cases: lines.length, scope: role === 'manager' ? 'all' : 'own' }, at: now });
  return ok(dueListView({ lines, upcoming, manager: role === 'manager', timeZone: community.settings.timeZone }));
}
