/**
 * Logging a TRiM incident, in two steps where the platform has forms: first a short title, when it
 * happened and the people involved; then a practitioner for each person. Nothing is stored until the
 * second step, and then all of it at once: the incident, a case per person, and the jobs that remind
 * the managers of the planning meeting and the practitioners of each assessment.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { audit } from '../../db/queries/audit.js';
import { scheduleJobs, type NewJob } from '../../db/queries/jobs.js';
import { findIncidentByKey, insertIncidentWithCases, nextIncidentNumber } from '../../db/queries/trim-cases.js';
import { trimStaffRefs } from '../../db/queries/trim-staff.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { parseInput } from '../guards.js';
import { job } from '../jobs.js';
import { fail, ok, type Result } from '../result.js';
import type { CommunitySettings } from '../settings.js';
import { lines, localise, sourceText, t, type Text } from '../../i18n/index.js';
import { addDays, addHours, dayReminderAt } from '../time.js';
import type { TextForm, TextView } from '../views/types.js';
import { loadTrimAccess } from './access.js';
import { incidentLabel, localWhen } from './views.js';

/** Validation messages in English: a refusal's `invalid` reason carries a string (core/result.ts). */
const english = (text: Text): string => localise(text, 'en');

export const INCIDENT_FORM_ID = 'pl:form:trim-incident';
export const INCIDENT_ASSIGN_FORM_ID = 'pl:form:trim-assign';
export const TITLE_MAX = 80;
export const PEOPLE_MAX = 10;
/** Longest idempotency key taken, in characters. */
const KEY_MAX = 100;
/** Clock skew allowed between a platform's date picker and ours, in minutes. */
const FUTURE_SLACK_MINUTES = 10;

const draft = z.object({
  title: z.string().trim().min(1, sourceText('trim.incident.invalid.noTitle')).max(TITLE_MAX, english(t('trim.incident.invalid.titleTooLong', { max: TITLE_MAX }))),
  occurredAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
  people: z
    .array(z.string().min(1))
    .min(1, sourceText('trim.incident.invalid.noPeople'))
    .max(PEOPLE_MAX, english(t('trim.incident.invalid.tooManyPeople', { max: PEOPLE_MAX })))
    .refine((p) => new Set(p).size === p.length, sourceText('trim.incident.invalid.personTwice')),
});
export type IncidentDraft = z.output<typeof draft>;

/** The first form. Only TRiM staff may open it. */
export async function incidentForm(deps: CoreDeps, actor: Actor): Promise<Result<TextForm>> {
  const access = await loadTrimAccess(deps, actor);
  if (!access.ok) return access;
  return ok({
    id: INCIDENT_FORM_ID,
    title: t('trim.incident.form.title'),
    submitLabel: t('trim.incident.form.next'),
    fields: [
      {
        kind: 'text',
        id: 'title',
        label: t('trim.incident.form.shortTitle'),
        maxLength: TITLE_MAX,
        multiline: false,
        required: true,
        hint: t('trim.incident.form.shortTitleHint'),
      },
      { kind: 'datetime', id: 'occurred_at', label: t('trim.incident.form.when'), initial: deps.clock() },
      { kind: 'users', id: 'people', label: t('trim.incident.form.people'), max: PEOPLE_MAX, hint: t('trim.incident.form.peopleHint') },
    ],
  });
}

function checkDraft(deps: CoreDeps, raw: unknown): Result<IncidentDraft> {
  const parsed = fieldOf(parseInput(draft, raw));
  return parsed.ok && inFuture(deps, parsed.value.occurredAt) ? notInFuture() : parsed;
}

const inFuture = (deps: CoreDeps, at: Date): boolean => at.getTime() > deps.clock().getTime() + FUTURE_SLACK_MINUTES * 60_000;
const notInFuture = <T>(): Result<T> => fail('bad-input', { id: 'incident-in-future' }, 'occurred_at');

/** Names the form field a validation error belongs to, from the path of the value the schema refused. */
function fieldOf<T>(r: Result<T>): Result<T> {
  if (r.ok || r.error.reason?.id !== 'invalid' || r.error.reason.path === '') return r;
  const path = r.error.reason.path;
  return fail(r.error.code, r.error.reason, path === 'occurredAt' ? 'occurred_at' : path);
}

/** The second form: one practitioner per person, the actor picked where they are a practitioner. */
export async function incidentAssignForm(deps: CoreDeps, actor: Actor, raw: unknown): Promise<Result<TextForm>> {
  const access = await loadTrimAccess(deps, actor);
  if (!access.ok) return access;
  const checked = checkDraft(deps, raw);
  if (!checked.ok) return checked;
  const d = checked.value;
  return ok({
    id: INCIDENT_ASSIGN_FORM_ID,
    title: t('trim.incident.assign.title'),
    submitLabel: t('trim.incident.assign.submit'),
    // The key travels with the form, so submitting this step again (a blind retry after "slow to answer") logs nothing twice.
    metadata: JSON.stringify({ title: d.title, occurredAt: d.occurredAt.toISOString(), people: d.people, key: randomUUID() }),
    fields: [
      { kind: 'info', id: 'about', text: t('trim.incident.assign.about', { title: d.title, when: localWhen(d.occurredAt, access.value.community.settings.timeZone) }) },
      ...d.people.flatMap((person, i) => [
        { kind: 'info' as const, id: `person_${i}`, text: t('trim.incident.assign.person', { n: String(i + 1) }), about: person },
        { kind: 'user' as const, id: `practitioner_${i}`, label: t('trim.incident.assign.practitioner', { n: String(i + 1) }), initial: actor.user },
      ]),
    ],
  });
}

/** Reads the second form back: the draft from its metadata, a practitioner per person from its fields. */
export function parseAssignForm(metadata: string, values: Readonly<Record<string, unknown>>): unknown {
  let d: unknown;
  try {
    d = JSON.parse(metadata);
  } catch {
    return { people: [] };
  }
  const people = z.object({ people: z.array(z.string()) }).safeParse(d);
  const assignments = people.success ? people.data.people.map((person, i) => ({ person, practitioner: values[`practitioner_${i}`] })) : [];
  return { ...(typeof d === 'object' ? d : {}), people: assignments };
}

const incidentInput = draft.omit({ people: true }).extend({
  people: z
    .array(z.object({ person: z.string().min(1), practitioner: z.string().min(1, sourceText('trim.incident.invalid.noPractitioner')) }))
    .min(1, sourceText('trim.incident.invalid.noPeople'))
    .max(PEOPLE_MAX)
    .refine((p) => new Set(p.map((x) => x.person)).size === p.length, sourceText('trim.incident.invalid.personTwice')),
  /** The logging step's own id (a form token, an interaction id): the same step logged twice stores one incident. */
  key: z.string().min(1).max(KEY_MAX).optional(),
});
export type LogIncidentInput = z.input<typeof incidentInput>;

export async function logIncident(deps: CoreDeps, actor: Actor, raw: unknown): Promise<Result<TextView>> {
  const access = await loadTrimAccess(deps, actor);
  if (!access.ok) return access;
  const parsed = fieldOf(parseInput(incidentInput, raw));
  if (!parsed.ok) return parsed;
  const input = parsed.value;
  if (inFuture(deps, input.occurredAt)) return notInFuture();
  const community = access.value.community;
  const now = deps.clock();
  const timing = community.settings.trim;

  return deps.db.transaction(async (tx): Promise<Result<TextView>> => {
    const known = new Set(await trimStaffRefs(tx, community.id));
    for (const [i, p] of input.people.entries()) {
      // Someone involved in the incident is assessed, not assessing: their case needs another practitioner.
      if (p.practitioner === p.person) return fail('bad-input', { id: 'own-practitioner', pickAnother: true }, `practitioner_${i}`);
      if (!known.has(p.practitioner)) return fail('bad-input', { id: 'no-trim-role', suggestGrant: true }, `practitioner_${i}`);
    }
    // Locks the community row: two incidents logged at once get 4 and 5, and a retry of the same step waits here for the first.
    const number = await nextIncidentNumber(tx, community.id);
    const logged = input.key === undefined ? null : await findIncidentByKey(tx, community.id, input.key);
    if (logged !== null) return ok(alreadyLogged(logged));
    const incidentId = randomUUID();
    const planningDueAt = addHours(input.occurredAt, timing.planningWithinHours);
    const incident = {
      id: incidentId,
      communityId: community.id,
      number,
      title: input.title,
      occurredAt: input.occurredAt,
      loggedBy: actor.user,
      loggedAt: now,
      planningDueAt,
      idempotencyKey: input.key ?? null,
    };
    const cases = input.people.map((p) => ({
      id: randomUUID(),
      incidentId,
      communityId: community.id,
      personRef: p.person,
      practitionerRef: p.practitioner,
      ...dueDates(input.occurredAt, timing),
    }));
    await insertIncidentWithCases(tx, incident, cases);
    await scheduleJobs(tx, reminderJobs(community.id, incidentId, planningDueAt, cases, community.settings, now), now);
    await audit(tx, {
      communityId: community.id,
      actorRef: actor.user,
      action: 'trim.incident.logged',
      detail: { incidentId, number, people: cases.length },
      at: now,
    });
    const tz = community.settings.timeZone;
    const first = cases[0]!;
    return ok({
      title: t('trim.incident.logged.title'),
      text: lines(
        t('trim.incident.logged.people', { incident: incidentLabel({ number, title: input.title }), count: cases.length }),
        t('trim.incident.logged.planning', { when: localWhen(planningDueAt, tz) }),
        t('trim.incident.logged.assessments', { initial: localWhen(first.initialDueAt, tz), followUp: localWhen(first.followUpDueAt, tz) }),
      ),
      tone: 'success',
    });
  });
}

/** The answer to a retried logging step: the first one stored the incident, this one stores nothing. */
const alreadyLogged = (incident: { number: number; title: string }): TextView => ({
  title: t('trim.incident.already.title'),
  text: t('trim.incident.already.text', { incident: incidentLabel(incident) }),
  tone: 'success',
});

export function dueDates(occurredAt: Date, timing: CommunitySettings['trim']): { initialDueAt: Date; followUpDueAt: Date } {
  return { initialDueAt: addHours(occurredAt, timing.initialAfterHours), followUpDueAt: addDays(occurredAt, timing.followUpAfterDays) };
}

/** The planning reminders (now, and at the deadline if still not held) and, per case and stage, due and overdue reminders. */
function reminderJobs(
  communityId: string,
  incidentId: string,
  planningDueAt: Date,
  cases: readonly { id: string; initialDueAt: Date; followUpDueAt: Date }[],
  settings: CommunitySettings,
  now: Date,
): NewJob[] {
  const tz = settings.timeZone;
  const overdueDays = settings.trim.overdueAfterDays;
  return [
    // Logged after the planning deadline: the managers hear once, that it is overdue.
    ...(planningDueAt > now ? [job('trim-planning', { incidentId, reminder: 'due' }, now, `${incidentId}:due`, communityId)] : []),
    job('trim-planning', { incidentId, reminder: 'overdue' }, planningDueAt, `${incidentId}:overdue`, communityId),
    ...cases.flatMap((c) =>
      (['initial', 'follow-up'] as const).flatMap((stage) => {
        const due = stage === 'initial' ? c.initialDueAt : c.followUpDueAt;
        return [
          job('trim-assessment', { caseId: c.id, stage, reminder: 'due' }, dayReminderAt(due, tz), `${c.id}:${stage}:due`, communityId),
          job('trim-assessment', { caseId: c.id, stage, reminder: 'overdue' }, dayReminderAt(addDays(due, overdueDays), tz), `${c.id}:${stage}:overdue`, communityId),
        ];
      }),
    ),
  ];
}
