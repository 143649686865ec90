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
import { formatLocal } from '../time.js';
import type { Field, View } from '../views/types.js';
import { loadTrimAccess, type TrimAccess, type TrimRole } from './access.js';
import { closeCase } from './assess.js';
import { assessmentField, incidentLabel } from './views.js';

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

export async function showIncident(deps: CoreDeps, actor: Actor, input: { number: number }): Promise<Result<View>> {
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
  const fields: Field[] = cases.flatMap((c) => [
    {
      label: 'Person',
      about: c.personRef,
      value: c.closedAt === null ? `open · initial due ${formatLocal(c.initialDueAt, tz)} · follow-up due ${formatLocal(c.followUpDueAt, tz)}` : `closed ${formatLocal(c.closedAt, tz)} (${c.closeReason === 'follow-up-done' ? 'after the follow-up' : 'by a manager'})`,
    },
    { label: 'Practitioner', about: c.practitionerRef, value: '' },
    ...assessments
      .filter((a) => a.caseId === c.id)
      .map((a) => assessmentField(a, a.toolVersion === null ? null : (tools.get(a.toolVersion) ?? null), a.notesCiphertext === null ? null : (deps.trimNotes?.decrypt(a.notesCiphertext, a.id) ?? null), tz)),
  ]);
  await audit(deps.db, { communityId: access.community.id, actorRef: actor.user, action: 'trim.incident.viewed', detail: { incidentId: incident.id, cases: cases.length }, at: deps.clock() });
  return ok({
    title: incidentLabel(incident),
    text: [
      `Happened ${formatLocal(incident.occurredAt, tz)}; logged ${formatLocal(incident.loggedAt, tz)}.`,
      incident.planningHeldAt === null ? `Planning meeting due by ${formatLocal(incident.planningDueAt, tz)}, not yet recorded.` : `Planning meeting held ${formatLocal(incident.planningHeldAt, tz)}.`,
      incident.closedAt === null ? 'Open.' : `Closed ${formatLocal(incident.closedAt, tz)}.`,
      access.role === 'manager' ? '' : 'You see the cases assigned to you.',
    ]
      .filter((t) => t !== '')
      .join('\n'),
    fields,
    tone: 'neutral',
  });
}

/** By number (a command) or by id (the reminder's button). */
export async function recordPlanning(deps: CoreDeps, actor: Actor, input: { number: number } | { incidentId: string }): Promise<Result<View>> {
  const found = 'number' in input ? await incidentFor(deps, actor, input.number, 'manager') : await incidentById(deps, actor, input.incidentId);
  if (!found.ok) return found;
  const { access, incident } = found.value;
  if (incident.planningHeldAt !== null) return fail('stale', { id: 'planning-recorded' });
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    await markPlanningHeld(tx, incident.id, now);
    await audit(tx, { communityId: access.community.id, actorRef: actor.user, action: 'trim.planning.recorded', detail: { incidentId: incident.id }, at: now });
  });
  return ok({ title: 'Planning meeting recorded', text: `${incidentLabel(incident)}: planning meeting held ${formatLocal(now, access.community.settings.timeZone)}.`, tone: 'success' });
}

export async function reassignCase(deps: CoreDeps, actor: Actor, input: { number: number; person: string; practitioner: string }): Promise<Result<View>> {
  const found = await incidentFor(deps, actor, input.number, 'manager');
  if (!found.ok) return found;
  const { access, incident } = found.value;
  if (input.practitioner === input.person) return fail('bad-input', { id: 'own-practitioner', pickAnother: false });
  if ((await trimRoleOf(deps.db, access.community.id, input.practitioner)) === null) return fail('bad-input', { id: 'no-trim-role', suggestGrant: false });
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<Result<View>> => {
    const caseId = await reassignOpenCase(tx, incident.id, input.person, input.practitioner);
    if (caseId === null) return fail('not-found', { id: 'no-open-case', incident: incident.number });
    await audit(tx, { communityId: access.community.id, actorRef: actor.user, action: 'trim.case.reassigned', subjectRef: input.person, detail: { caseId, practitioner: input.practitioner }, at: now });
    return ok({ title: 'Practitioner changed', text: `${incidentLabel(incident)}: reminders now go to the new practitioner.`, fields: [{ label: 'Practitioner', about: input.practitioner, value: '' }], tone: 'success' });
  });
}

/** A manager closes one person's case, or every open case of the incident. */
export async function closeCases(deps: CoreDeps, actor: Actor, input: { number: number; person?: string }): Promise<Result<View>> {
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
  return ok({ title: 'TRiM case closed', text: `${incidentLabel(incident)}: ${open.length} case${open.length === 1 ? '' : 's'} closed; their reminders are cancelled.`, tone: 'success' });
}
