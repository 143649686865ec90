/**
 * Reading an incident's record, and the managers' actions on it: recording the planning meeting,
 * reassigning a person's practitioner, closing cases. Practitioners see only the cases assigned to them
 * (need to know); managers see all. Every read and change is audited.
 */
import { z } from 'zod';
import { audit } from '../../db/queries/audit.js';
import { assessmentsOf, casesOfIncident, findIncidentByNumber, toolVersion, type TrimIncidentRow } from '../../db/queries/trim.js';
import { findIncidentById, markPlanningHeld, reassignOpenCase } from '../../db/queries/trim-cases.js';
import { trimRoleOf } from '../../db/queries/trim-staff.js';
import type { RiskTool } from './tool.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { parseInput } from '../guards.js';
import { fail, ok, type Result } from '../result.js';
import { lines, t, type Text } from '../../i18n/index.js';
import type { Field, TextView } from '../views/types.js';
import { loadTrimAccess, type TrimAccess, type TrimRole } from './access.js';
import { closeCase } from './assess.js';
import { assessmentField, incidentLabel, localWhen } from './views.js';

const number = z.number().int().min(1).max(1_000_000);

async function incidentFor(deps: CoreDeps, actor: Actor, n: number, need: TrimRole): Promise<Result<{ access: TrimAccess; incident: TrimIncidentRow }>> {
  const access = await loadTrimAccess(deps, actor, need);
  if (!access.ok) return access;
  const parsed = parseInput(number, n);
  if (!parsed.ok) return parsed;
  const incident = await findIncidentByNumber(deps.db, access.value.community.id, parsed.value);
  return incident === null ? fail('not-found', { id: 'no-incident', number: parsed.value }) : ok({ access: access.value, incident });
}

async function incidentById(deps: CoreDeps, actor: Actor, id: string): Promise<Result<{ access: TrimAccess; incident: TrimIncidentRow }>> {
  const access = await loadTrimAccess(deps, actor, 'manager');
  if (!access.ok) return access;
  const incident = z.uuid().safeParse(id).success ? await findIncidentById(deps.db, id) : null;
  return incident === null || incident.communityId !== access.value.community.id ? fail('stale', { id: 'incident-gone' }) : ok({ access: access.value, incident });
}

export async function showIncident(deps: CoreDeps, actor: Actor, input: { number: number }): Promise<Result<TextView>> {
  const found = await incidentFor(deps, actor, input.number, 'practitioner');
  if (!found.ok) return found;
  const { access, incident } = found.value;
  const all = await casesOfIncident(deps.db, incident.id);
  const cases = access.role === 'manager' ? all : all.filter((c) => c.practitionerRef === actor.user);
  if (cases.length === 0) return fail('trim-only', { id: 'no-own-cases' });
  const assessments = await assessmentsOf(deps.db, cases.map((c) => c.id));
  const tools = new Map<number, RiskTool | null>();
  for (const v of new Set(assessments.map((a) => a.toolVersion).filter((v): v is number => v !== null))) tools.set(v, await toolVersion(deps.db, access.community.id, v));
  const tz = access.community.settings.timeZone;
  const fields: Field<Text>[] = cases.flatMap((c) => [
    {
      label: t('trim.field.person'),
      about: c.personRef,
      value:
        c.closedAt === null
          ? t('trim.case.open', { initial: localWhen(c.initialDueAt, tz), followUp: localWhen(c.followUpDueAt, tz) })
          : t('trim.case.closed', { when: localWhen(c.closedAt, tz), by: c.closeReason === 'follow-up-done' ? 'followUp' : 'manager' }),
    },
    { label: t('trim.field.practitioner'), about: c.practitionerRef, value: '' },
    ...assessments
      .filter((a) => a.caseId === c.id)
      .map((a) => assessmentField(a, a.toolVersion === null ? null : (tools.get(a.toolVersion) ?? null), a.notesCiphertext === null ? null : (deps.trimNotes?.decrypt(a.notesCiphertext, a.id) ?? null), tz)),
  ]);
  await audit(deps.db, { communityId: access.community.id, actorRef: actor.user, action: 'trim.incident.viewed', detail: { incidentId: incident.id, cases: cases.length }, at: deps.clock() });
  return ok({
    title: incidentLabel(incident),
    text: lines(
      t('trim.incident.happened', { occurred: localWhen(incident.occurredAt, tz), logged: localWhen(incident.loggedAt, tz) }),
      incident.planningHeldAt === null ? t('trim.incident.planningDue', { when: localWhen(incident.planningDueAt, tz) }) : t('trim.incident.planningHeld', { when: localWhen(incident.planningHeldAt, tz) }),
      incident.closedAt === null ? t('trim.incident.open') : t('trim.incident.closed', { when: localWhen(incident.closedAt, tz) }),
      access.role === 'manager' ? null : t('trim.incident.ownCases'),
    ),
    fields,
    tone: 'neutral',
  });
}

/** By number (a command) or by id (the reminder's button). */
export async function recordPlanning(deps: CoreDeps, actor: Actor, input: { number: number } | { incidentId: string }): Promise<Result<TextView>> {
  const found = 'number' in input ? await incidentFor(deps, actor, input.number, 'manager') : await incidentById(deps, actor, input.incidentId);
  if (!found.ok) return found;
  const { access, incident } = found.value;
  if (incident.planningHeldAt !== null) return fail('stale', { id: 'planning-recorded' });
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    await markPlanningHeld(tx, incident.id, now);
    await audit(tx, { communityId: access.community.id, actorRef: actor.user, action: 'trim.planning.recorded', detail: { incidentId: incident.id }, at: now });
  });
  return ok({ title: t('trim.planning.recorded.title'), text: t('trim.planning.recorded.text', { incident: incidentLabel(incident), when: localWhen(now, access.community.settings.timeZone) }), tone: 'success' });
}

export async function reassignCase(deps: CoreDeps, actor: Actor, input: { number: number; person: string; practitioner: string }): Promise<Result<TextView>> {
  const found = await incidentFor(deps, actor, input.number, 'manager');
  if (!found.ok) return found;
  const { access, incident } = found.value;
  if (input.practitioner === input.person) return fail('bad-input', { id: 'own-practitioner', pickAnother: false });
  if ((await trimRoleOf(deps.db, access.community.id, input.practitioner)) === null) return fail('bad-input', { id: 'no-trim-role', suggestGrant: false });
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<Result<TextView>> => {
    const caseId = await reassignOpenCase(tx, incident.id, input.person, input.practitioner);
    if (caseId === null) return fail('not-found', { id: 'no-open-case', incident: incident.number });
    await audit(tx, { communityId: access.community.id, actorRef: actor.user, action: 'trim.case.reassigned', subjectRef: input.person, detail: { caseId, practitioner: input.practitioner }, at: now });
    return ok({ title: t('trim.reassigned.title'), text: t('trim.reassigned.text', { incident: incidentLabel(incident) }), fields: [{ label: t('trim.field.practitioner'), about: input.practitioner, value: '' }], tone: 'success' });
  });
}

/** A manager closes one person's case, or every open case of the incident. */
export async function closeCases(deps: CoreDeps, actor: Actor, input: { number: number; person?: string }): Promise<Result<TextView>> {
  const found = await incidentFor(deps, actor, input.number, 'manager');
  if (!found.ok) return found;
  const { access, incident } = found.value;
  const open = (await casesOfIncident(deps.db, incident.id)).filter((c) => c.closedAt === null && (input.person === undefined || c.personRef === input.person));
  if (open.length === 0) return fail('not-found', { id: 'no-open-case', incident: input.person === undefined ? null : incident.number });
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    for (const c of open) await closeCase(tx, c.id, incident.id, 'closed-by-manager', actor.user, now);
    await audit(tx, { communityId: access.community.id, actorRef: actor.user, action: 'trim.case.closed', detail: { incidentId: incident.id, cases: open.length }, at: now });
  });
  return ok({ title: t('trim.closed.title'), text: t('trim.closed.text', { incident: incidentLabel(incident), count: open.length }), tone: 'success' });
}
