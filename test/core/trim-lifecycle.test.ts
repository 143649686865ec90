import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/actor.js';
import type { CoreDeps } from '../../src/core/deps.js';
import type { Result } from '../../src/core/result.js';
import { encodeAction } from '../../src/core/actions.js';
import { assessmentForm, assessmentFormFor, confirmForm, recordAssessment } from '../../src/core/trim/assess.js';
import { closeCases, reassignCase, recordPlanning, showIncident } from '../../src/core/trim/cases.js';
import { listDue } from '../../src/core/trim/due.js';
import { incidentAssignForm, incidentForm, logIncident } from '../../src/core/trim/incident.js';
import { NotesCipher } from '../../src/core/trim/notes-cipher.js';
import { assignTrimRole, removeTrimRole } from '../../src/core/trim/roles.js';
import { saveTool, showTool, toolForm } from '../../src/core/trim/tool-config.js';
import { DEFAULT_RISK_TOOL, type RiskToolInput } from '../../src/core/trim/tool.js';
import type { FormView, TextForm, TextView, View } from '../../src/core/views/types.js';
import { localiseForm } from '../../src/core/views/localise.js';
import { words } from '../support/words.js';
import { auditLog, jobEffects, jobs, trimAssessments, trimCases, trimIncidents, trimStaff, trimTools } from '../../src/db/schema.js';
import type { JobRunner } from '../../src/scheduler/runner.js';
import { actor, errorCode, must } from '../support/core.js';
import { useCoreFixture } from '../support/fixture.js';
import { duty } from '../../src/core/use-cases/duty.js';
import { alice, bob, coordinator, member } from '../support/fixtures.js';
import { createRunner } from '../support/scheduler.js';

const fx = useCoreFixture({ community: true });
let runner: JobRunner;
beforeEach(async () => {
  runner = createRunner(fx.core);
  // The standard volunteers go off duty, so the runner has only TRiM reminders to send.
  must(await duty(fx.core.deps, alice, 'off'));
  must(await duty(fx.core.deps, bob, 'off'));
  fx.core.platform.clear();
});
// TRiM never reaches a shared channel, a space or an edited message: only private replies and DMs.
afterEach(() => {
  expect(fx.core.platform.calls.filter((c) => c.op !== 'sendPrivate')).toEqual([]);
});

const pat = actor('pat'); // practitioner
const quinn = actor('quinn'); // practitioner
const ray = actor('ray'); // practitioner with no cases
const mia = actor('mia'); // manager
const mo = actor('mo'); // manager
const p1 = actor('person-1').user;
const p2 = actor('person-2').user;

/** The incident happened at 06:00 London (UTC in November); it is logged at 10:00, the test clock's start. */
const OCCURRED = '2026-11-22T06:00:00.000Z';
const LOGGED = '2026-11-22T10:00:00.000Z';
const hoursAfter = (h: number) => new Date(new Date(OCCURRED).getTime() + h * 3_600_000);

async function giveRoles(): Promise<void> {
  for (const user of [pat, quinn, ray]) must(await assignTrimRole(fx.core.deps, coordinator, { user: user.user, role: 'practitioner' }));
  for (const user of [mia, mo]) must(await assignTrimRole(fx.core.deps, coordinator, { user: user.user, role: 'manager' }));
}

async function logOne(deps: CoreDeps = fx.core.deps) {
  must(
    await logIncident(deps, pat, {
      title: 'Depot 3 collision',
      occurredAt: OCCURRED,
      people: [
        { person: p1, practitioner: pat.user },
        { person: p2, practitioner: quinn.user },
      ],
    }),
  );
  const rows = await fx.database.db.select().from(trimCases);
  const caseOf = (person: string) => rows.find((c) => c.personRef === person)!;
  return { c1: caseOf(p1), c2: caseOf(p2) };
}

const setNow = (at: Date | string) => {
  fx.core.clock.now = new Date(at);
};
const tickAt = async (at: Date | string) => {
  setNow(at);
  fx.core.platform.clear();
  return runner.tick(fx.core.clock.read());
};
const dms = () => fx.core.platform.of('sendPrivate').map((c) => ({ user: c.user, title: c.view.title, about: c.view.fields?.[0]?.about }));

const yesTo = (ids: readonly string[], tool: { items: readonly { id: string }[] } = DEFAULT_RISK_TOOL) => Object.fromEntries(tool.items.map((i) => [i.id, ids.includes(i.id)]));
const assessmentRows = () => fx.database.db.select().from(trimAssessments);
const jobsOfCase = (caseId: string) =>
  fx.database.db
    .select()
    .from(jobs)
    .where(sql`${jobs.payload} ->> 'caseId' = ${caseId}`);
/** What a reader sees (English), as an adapter renders it before showing it. */
const seen = (r: Result<TextView>): View => words(must(r));
const formSeen = (r: Result<TextForm>): FormView => localiseForm(must(r), 'en');
const metaOf = (form: FormView): Record<string, unknown> => JSON.parse(form.metadata ?? '{}') as Record<string, unknown>;

/** The real flow: open the answers form (which fixes the tool version), score, then record. */
async function assess(
  deps: CoreDeps,
  who: Actor,
  caseId: string,
  step: { consented: boolean; yes?: readonly string[]; outcome: string; notes?: string },
): Promise<{ form: FormView; confirm: FormView; recorded: View }> {
  const form = formSeen(await assessmentForm(deps, who, caseId));
  const stage = form.id.split(':').at(-1);
  const items = form.fields.filter((f) => f.id.startsWith('item_')).map((f) => f.id.slice(5));
  const input = { caseId, stage, toolVersion: metaOf(form)['toolVersion'], consented: step.consented, answers: Object.fromEntries(items.map((i) => [i, (step.yes ?? []).includes(i)])) };
  const confirm = formSeen(await confirmForm(deps, who, input));
  const recorded = seen(await recordAssessment(deps, who, { ...input, outcome: step.outcome, ...(step.notes === undefined ? {} : { notes: step.notes }) }));
  return { form, confirm, recorded };
}

/** Each use case's error code (null when it succeeded), by name. */
const codes = (results: Readonly<Record<string, Result<unknown>>>) => Object.fromEntries(Object.entries(results).map(([k, r]) => [k, errorCode(r)]));

/** Every row the TRiM code could touch, for "changes nothing". */
async function snapshot(): Promise<string> {
  const db = fx.database.db;
  const tables = [
    await db.select().from(trimStaff),
    await db.select().from(trimTools),
    await db.select().from(trimIncidents),
    await db.select().from(trimCases),
    await db.select().from(trimAssessments),
    await db.select().from(jobs),
    await db.select().from(jobEffects),
    await db.select().from(auditLog),
  ];
  return JSON.stringify(tables.map((rows) => rows.map((r) => JSON.stringify(r)).sort()));
}

describe('TRiM roles', () => {
  it('a coordinator gives practitioner and manager roles; a manager can too', async () => {
    must(await assignTrimRole(fx.core.deps, coordinator, { user: pat.user, role: 'practitioner' }));
    must(await assignTrimRole(fx.core.deps, coordinator, { user: mia.user, role: 'manager' }));
    must(await assignTrimRole(fx.core.deps, mia, { user: quinn.user, role: 'practitioner' }));
    const staff = await fx.database.db.select().from(trimStaff);
    expect(staff.map((s) => [s.userRef, s.role, s.assignedBy]).sort()).toEqual(
      [
        [pat.user, 'practitioner', coordinator.user],
        [mia.user, 'manager', coordinator.user],
        [quinn.user, 'practitioner', mia.user],
      ].sort(),
    );
    const audited = await fx.database.db.select().from(auditLog).where(eq(auditLog.action, 'trim.role.assigned'));
    expect(audited.map((a) => a.subjectRef).sort()).toEqual([pat.user, mia.user, quinn.user].sort());
  });

  it('a plain member, an enrolled volunteer or a practitioner cannot give roles', async () => {
    must(await assignTrimRole(fx.core.deps, coordinator, { user: pat.user, role: 'practitioner' }));
    const before = await snapshot();
    expect(errorCode(await assignTrimRole(fx.core.deps, member, { user: member.user, role: 'manager' }))).toBe('not-allowed');
    expect(errorCode(await assignTrimRole(fx.core.deps, alice, { user: alice.user, role: 'practitioner' }))).toBe('not-allowed');
    expect(errorCode(await assignTrimRole(fx.core.deps, pat, { user: pat.user, role: 'manager' }))).toBe('not-allowed');
    expect(errorCode(await removeTrimRole(fx.core.deps, alice, { user: pat.user }))).toBe('not-allowed');
    expect(await snapshot()).toBe(before);
  });

  it('refuses to remove a practitioner who still has open cases, and removes them once reassigned', async () => {
    await giveRoles();
    await logOne();
    expect(errorCode(await removeTrimRole(fx.core.deps, coordinator, { user: pat.user }))).toBe('conflict');
    expect((await fx.database.db.select().from(trimStaff).where(eq(trimStaff.userRef, pat.user))).length).toBe(1);
    seen(await reassignCase(fx.core.deps, mia, { number: 1, person: p1, practitioner: ray.user }));
    must(await removeTrimRole(fx.core.deps, coordinator, { user: pat.user }));
    expect(await fx.database.db.select().from(trimStaff).where(eq(trimStaff.userRef, pat.user))).toEqual([]);
    expect(errorCode(await listDue(fx.core.deps, pat))).toBe('trim-only');
  });
});

describe('who may use TRiM', () => {
  it('refuses everyone without a TRiM role, coordinators included, and changes nothing', async () => {
    await giveRoles();
    const { c1 } = await logOne();
    setNow(hoursAfter(80));
    const answers = { caseId: c1.id, stage: 'initial', toolVersion: 1, consented: true, answers: yesTo([]), outcome: 'no-further-action' };
    const tool = JSON.stringify(DEFAULT_RISK_TOOL);
    const draft = { title: 'Another', occurredAt: OCCURRED, people: [p1] };
    const before = await snapshot();
    // Earlier grants told the managers already there; what matters here is that refusals send nothing.
    fx.core.platform.clear();
    for (const who of [member, alice, coordinator]) {
      const deps = fx.core.deps;
      const results = {
        incidentForm: await incidentForm(deps, who),
        incidentAssignForm: await incidentAssignForm(deps, who, draft),
        logIncident: await logIncident(deps, who, { ...draft, people: [{ person: p1, practitioner: pat.user }] }),
        assessmentForm: await assessmentForm(deps, who, c1.id),
        assessmentFormFor: await assessmentFormFor(deps, who, { number: 1, person: p1 }),
        confirmForm: await confirmForm(deps, who, answers),
        recordAssessment: await recordAssessment(deps, who, answers),
        listDue: await listDue(deps, who),
        showIncident: await showIncident(deps, who, { number: 1 }),
        recordPlanning: await recordPlanning(deps, who, { number: 1 }),
        reassignCase: await reassignCase(deps, who, { number: 1, person: p1, practitioner: ray.user }),
        closeCases: await closeCases(deps, who, { number: 1 }),
        showTool: await showTool(deps, who),
        toolForm: await toolForm(deps, who),
        saveTool: await saveTool(deps, who, { json: tool }),
      };
      expect(codes(results)).toEqual(Object.fromEntries(Object.keys(results).map((k) => [k, 'trim-only'])));
    }
    expect(await snapshot()).toBe(before);
    expect(fx.core.platform.calls).toEqual([]);
  });

  it("refuses a practitioner the managers' actions, and changes nothing", async () => {
    await giveRoles();
    await logOne();
    const before = await snapshot();
    const deps = fx.core.deps;
    const results = {
      recordPlanning: await recordPlanning(deps, pat, { number: 1 }),
      reassignCase: await reassignCase(deps, pat, { number: 1, person: p2, practitioner: pat.user }),
      closeCases: await closeCases(deps, pat, { number: 1, person: p1 }),
      toolForm: await toolForm(deps, pat),
      saveTool: await saveTool(deps, pat, { json: JSON.stringify(DEFAULT_RISK_TOOL) }),
    };
    expect(codes(results)).toEqual(Object.fromEntries(Object.keys(results).map((k) => [k, 'trim-only'])));
    expect(await snapshot()).toBe(before);
  });

  it("refuses a practitioner someone else's case", async () => {
    await giveRoles();
    const { c2 } = await logOne();
    setNow(hoursAfter(80));
    expect(errorCode(await assessmentForm(fx.core.deps, pat, c2.id))).toBe('trim-only');
    expect(errorCode(await recordAssessment(fx.core.deps, pat, { caseId: c2.id, stage: 'initial', toolVersion: 1, consented: false, outcome: 'declined' }))).toBe('trim-only');
    expect(await assessmentRows()).toEqual([]);
  });
});

describe('an incident from logging to closing', () => {
  it('reminds by DM at the right times, records assessments no sooner than 72 h, and closes', async () => {
    await giveRoles();
    const { c1, c2 } = await logOne();

    // What was stored: the incident, a case per person, and ten reminder jobs.
    const [incident] = await fx.database.db.select().from(trimIncidents);
    expect(incident).toMatchObject({ number: 1, title: 'Depot 3 collision', occurredAt: new Date(OCCURRED), loggedAt: new Date(LOGGED), planningDueAt: hoursAfter(24), closedAt: null });
    expect(c1).toMatchObject({ practitionerRef: pat.user, initialDueAt: hoursAfter(72), followUpDueAt: hoursAfter(28 * 24), closedAt: null });
    expect(c2).toMatchObject({ practitionerRef: quinn.user });
    const all = (await fx.database.db.select().from(jobs)).filter((j) => j.kind.startsWith('trim-'));
    expect(all.filter((j) => j.kind === 'trim-planning').map((j) => j.dueAt.toISOString()).sort()).toEqual([LOGGED, hoursAfter(24).toISOString()]);
    // Due at 06:00 London, so reminded at 09:00; overdue two days later, also at 09:00.
    expect((await jobsOfCase(c1.id)).map((j) => j.dueAt.toISOString()).sort()).toEqual([
      '2026-11-25T09:00:00.000Z',
      '2026-11-27T09:00:00.000Z',
      '2026-12-20T09:00:00.000Z',
      '2026-12-22T09:00:00.000Z',
    ]);
    expect(all).toHaveLength(10);

    // At log time: the planning reminder, to the managers only.
    await tickAt(LOGGED);
    expect(dms().map((d) => [d.user, d.title]).sort()).toEqual(
      [
        [mia.user, 'TRiM planning meeting to arrange'],
        [mo.user, 'TRiM planning meeting to arrange'],
      ].sort(),
    );

    // Too early to assess: refused, nothing stored.
    const early = { caseId: c1.id, stage: 'initial', toolVersion: 1, consented: true, answers: yesTo([]), outcome: 'no-further-action' };
    expect(errorCode(await assessmentForm(fx.core.deps, pat, c1.id))).toBe('conflict');
    expect(errorCode(await recordAssessment(fx.core.deps, pat, early))).toBe('conflict');
    setNow(hoursAfter(71));
    expect(errorCode(await recordAssessment(fx.core.deps, mia, early))).toBe('conflict');
    expect(await assessmentRows()).toEqual([]);

    // The planning meeting is recorded, so its overdue reminder sends nothing.
    setNow('2026-11-22T15:00:00Z');
    seen(await recordPlanning(fx.core.deps, mia, { number: 1 }));
    expect(errorCode(await recordPlanning(fx.core.deps, mo, { number: 1 }))).toBe('stale');
    await tickAt(hoursAfter(24));
    expect(dms()).toEqual([]);

    // No assessment reminder at 71 h, nor at 72 h (06:00 local); at 09:00 each practitioner hears of their own case.
    await tickAt(hoursAfter(71));
    expect(dms()).toEqual([]);
    await tickAt(hoursAfter(72));
    expect(dms()).toEqual([]);
    await tickAt('2026-11-25T09:00:00Z');
    expect(dms().sort((a, b) => a.user.localeCompare(b.user))).toEqual([
      { user: pat.user, title: 'TRiM initial risk assessment due', about: p1 },
      { user: quinn.user, title: 'TRiM initial risk assessment due', about: p2 },
    ]);
    expect(fx.core.platform.privateTo(pat.user)[0]?.buttons?.[0]?.action).toBe(encodeAction({ kind: 'trim-assess', caseId: c1.id }));

    // Pat assesses person 1: the tool scores 3 and recommends monitoring; Pat confirms a referral instead.
    setNow('2026-11-25T11:00:00Z');
    const form = formSeen(await assessmentForm(fx.core.deps, pat, c1.id));
    expect(metaOf(form)).toEqual({ toolVersion: 1 });
    expect(form.fields.filter((f) => f.id.startsWith('item_'))).toHaveLength(10);
    const answers = yesTo(['threat-to-life', 'acute-stress', 'alcohol']);
    const input = { caseId: c1.id, stage: 'initial', toolVersion: 1, consented: true, answers };
    const confirm = formSeen(await confirmForm(fx.core.deps, pat, input));
    expect(confirm.fields.find((f) => f.id === 'summary')).toMatchObject({ text: expect.stringContaining('Score 3') });
    expect(confirm.fields.find((f) => f.id === 'outcome')).toMatchObject({ initial: 'monitor' });
    expect(await assessmentRows()).toEqual([]);
    const recorded = seen(await recordAssessment(fx.core.deps, pat, { ...input, outcome: 'refer' }));
    expect(recorded.text).toContain('score 3');
    const [first] = await assessmentRows();
    expect(first).toMatchObject({ caseId: c1.id, stage: 'initial', consented: true, toolVersion: 1, answers, score: 3, recommendation: 'monitor', outcome: 'refer', notesCiphertext: null, assessedBy: pat.user });
    expect(first?.assessedAt.toISOString()).toBe('2026-11-25T11:00:00.000Z');

    // A second record of the same stage is refused, by the practitioner or a manager.
    expect(errorCode(await recordAssessment(fx.core.deps, pat, { ...input, outcome: 'monitor' }))).toBe('stale');
    expect(errorCode(await recordAssessment(fx.core.deps, mia, { ...input, outcome: 'monitor' }))).toBe('stale');
    expect(await assessmentRows()).toHaveLength(1);

    // Two days after due, the unrecorded case is overdue: its practitioner and the managers hear; the recorded one is silent.
    await tickAt('2026-11-27T08:59:00Z');
    expect(dms()).toEqual([]);
    await tickAt('2026-11-27T09:00:00Z');
    expect(dms().sort((a, b) => a.user.localeCompare(b.user))).toEqual(
      [
        { user: quinn.user, title: 'TRiM initial risk assessment overdue', about: p2 },
        { user: mia.user, title: 'TRiM initial risk assessment overdue', about: p2 },
        { user: mo.user, title: 'TRiM initial risk assessment overdue', about: p2 },
      ].sort((a, b) => a.user.localeCompare(b.user)),
    );
    expect(fx.core.platform.privateTo(mia.user)[0]?.text).toContain('You are told as a TRiM manager.');

    // Person 2 declines: recorded with no answers and no score.
    setNow('2026-11-27T10:00:00Z');
    seen(await recordAssessment(fx.core.deps, quinn, { caseId: c2.id, stage: 'initial', toolVersion: 1, consented: false, answers: yesTo(['blame']), outcome: 'declined' }));
    const declined = (await assessmentRows()).find((a) => a.caseId === c2.id);
    expect(declined).toMatchObject({ consented: false, score: null, recommendation: null, answers: {}, outcome: 'declined' });

    // The follow-up at 28 days: reminders to both practitioners; Pat's record closes person 1's case.
    await tickAt('2026-12-20T09:00:00Z');
    expect(dms().map((d) => [d.user, d.title, d.about]).sort()).toEqual(
      [
        [pat.user, 'TRiM one-month follow-up assessment due', p1],
        [quinn.user, 'TRiM one-month follow-up assessment due', p2],
      ].sort(),
    );
    setNow('2026-12-20T10:00:00Z');
    const followUp = seen(await recordAssessment(fx.core.deps, pat, { caseId: c1.id, stage: 'follow-up', toolVersion: 1, consented: true, answers: yesTo([]), outcome: 'close' }));
    expect(followUp.text).toContain('The case is now closed.');
    const closed1 = (await fx.database.db.select().from(trimCases).where(eq(trimCases.id, c1.id)))[0];
    expect(closed1).toMatchObject({ closedAt: new Date('2026-12-20T10:00:00Z'), closeReason: 'follow-up-done', closedBy: pat.user });
    expect((await jobsOfCase(c1.id)).filter((j) => j.state === 'pending')).toEqual([]);
    expect((await jobsOfCase(c1.id)).find((j) => j.dueAt.toISOString() === '2026-12-22T09:00:00.000Z')?.state).toBe('cancelled');
    expect((await fx.database.db.select().from(trimIncidents))[0]?.closedAt).toBeNull();
    expect(errorCode(await assessmentForm(fx.core.deps, pat, c1.id))).toBe('stale');

    // A manager closes person 2's case; with no case open, the incident closes too.
    setNow('2026-12-21T10:00:00Z');
    seen(await closeCases(fx.core.deps, mia, { number: 1, person: p2 }));
    const closed2 = (await fx.database.db.select().from(trimCases).where(eq(trimCases.id, c2.id)))[0];
    expect(closed2).toMatchObject({ closeReason: 'closed-by-manager', closedBy: mia.user });
    expect((await fx.database.db.select().from(trimIncidents))[0]?.closedAt).toEqual(new Date('2026-12-21T10:00:00Z'));
    expect((await fx.database.db.select().from(jobs).where(eq(jobs.state, 'pending'))).filter((j) => j.kind.startsWith('trim-'))).toEqual([]);
    expect(errorCode(await closeCases(fx.core.deps, mia, { number: 1 }))).toBe('not-found');

    // Nothing more is sent, even if a cancelled reminder is forced to run.
    await tickAt('2026-12-23T09:00:00Z');
    expect(dms()).toEqual([]);
    await fx.database.db.update(jobs).set({ state: 'pending' }).where(eq(jobs.state, 'cancelled'));
    const forced = await tickAt('2026-12-23T09:05:00Z');
    expect(forced.claimed).toBeGreaterThan(0);
    expect(forced.done).toBe(forced.claimed);
    expect(dms()).toEqual([]);
  });

  it('tells the managers when the planning meeting is overdue, and stops once the incident is closed', async () => {
    await giveRoles();
    await logOne();
    await tickAt(LOGGED);
    await tickAt(new Date(hoursAfter(24).getTime() - 60_000));
    expect(dms()).toEqual([]);
    // Due at 06:00, before the community's working hours (by default 09:00–17:30 every day): held to 09:00.
    await tickAt(hoursAfter(24));
    expect(dms()).toEqual([]);
    await tickAt(hoursAfter(27));
    expect(dms().map((d) => [d.user, d.title]).sort()).toEqual(
      [
        [mia.user, 'TRiM planning meeting overdue'],
        [mo.user, 'TRiM planning meeting overdue'],
      ].sort(),
    );
  });

  it('sends reminders to the new practitioner after a reassignment', async () => {
    await giveRoles();
    const { c1 } = await logOne();
    seen(await reassignCase(fx.core.deps, mia, { number: 1, person: p1, practitioner: ray.user }));
    await tickAt('2026-11-25T09:00:00Z');
    expect(dms().filter((d) => d.about === p1)).toEqual([{ user: ray.user, title: 'TRiM initial risk assessment due', about: p1 }]);
    setNow('2026-11-25T10:00:00Z');
    expect(errorCode(await assessmentForm(fx.core.deps, pat, c1.id))).toBe('trim-only');
    formSeen(await assessmentForm(fx.core.deps, ray, c1.id));
  });

  it('closes every open case of an incident at once, and cancels their reminders', async () => {
    await giveRoles();
    const { c1, c2 } = await logOne();
    seen(await closeCases(fx.core.deps, mo, { number: 1 }));
    const cases = await fx.database.db.select().from(trimCases);
    expect(cases.map((c) => c.closeReason)).toEqual(['closed-by-manager', 'closed-by-manager']);
    expect((await fx.database.db.select().from(trimIncidents))[0]?.closedAt).toEqual(new Date(LOGGED));
    expect([...(await jobsOfCase(c1.id)), ...(await jobsOfCase(c2.id))].map((j) => j.state)).toEqual(Array(8).fill('cancelled'));
    await tickAt('2027-01-30T12:00:00Z');
    expect(dms()).toEqual([]);
  });
});

describe('what is due', () => {
  it('shows a practitioner their own cases and a manager every case, and flags the overdue ones', async () => {
    await giveRoles();
    const { c1 } = await logOne();
    setNow(hoursAfter(70));
    const soon = seen(await listDue(fx.core.deps, mia));
    expect(soon.fields).toEqual([]);
    expect(soon.text).toContain('2 more fall due in the next 7 days.');
    setNow(hoursAfter(73));
    const own = seen(await listDue(fx.core.deps, pat));
    expect(own.fields?.map((f) => f.about)).toEqual([p1]);
    expect(own.fields?.[0]?.value.startsWith('OVERDUE')).toBe(false);
    expect(own.buttons?.map((b) => b.action)).toEqual([encodeAction({ kind: 'trim-assess', caseId: c1.id })]);
    const allDue = seen(await listDue(fx.core.deps, mia));
    expect(allDue.fields?.map((f) => f.about).sort()).toEqual([p1, p2].sort());
    expect(seen(await listDue(fx.core.deps, ray)).fields).toEqual([]);

    // Person 1 assessed; two days after due, person 2's is overdue.
    await assess(fx.core.deps, pat, c1.id, { consented: false, outcome: 'declined' });
    setNow(hoursAfter(72 + 48));
    const later = seen(await listDue(fx.core.deps, mia));
    expect(later.fields).toHaveLength(1);
    expect(later.fields?.[0]).toMatchObject({ about: p2, value: expect.stringMatching(/^OVERDUE/) });
    expect(later.tone).toBe('warning');
    expect(seen(await listDue(fx.core.deps, pat)).fields).toEqual([]);

    const audits = await fx.database.db.select().from(auditLog).where(eq(auditLog.action, 'trim.due.viewed'));
    expect(audits.map((a) => [a.actorRef, a.detail['scope']])).toEqual([
      [mia.user, 'all'],
      [pat.user, 'own'],
      [mia.user, 'all'],
      [ray.user, 'own'],
      [mia.user, 'all'],
      [pat.user, 'own'],
    ]);
  });
});

describe('reading an incident', () => {
  it('shows practitioners only their cases, managers all, and audits every read', async () => {
    await giveRoles();
    await logOne();
    const people = (v: View) => (v.fields ?? []).filter((f) => f.label === 'Person').map((f) => f.about);
    expect(people(seen(await showIncident(fx.core.deps, pat, { number: 1 })))).toEqual([p1]);
    expect(people(seen(await showIncident(fx.core.deps, quinn, { number: 1 })))).toEqual([p2]);
    expect(people(seen(await showIncident(fx.core.deps, mia, { number: 1 }))).sort()).toEqual([p1, p2].sort());
    expect(errorCode(await showIncident(fx.core.deps, ray, { number: 1 }))).toBe('trim-only');
    expect(errorCode(await showIncident(fx.core.deps, mia, { number: 2 }))).toBe('not-found');
    const audits = await fx.database.db.select().from(auditLog).where(eq(auditLog.action, 'trim.incident.viewed'));
    expect(audits.map((a) => [a.actorRef, a.detail['cases']])).toEqual([
      [pat.user, 1],
      [quinn.user, 1],
      [mia.user, 2],
    ]);
  });
});

describe('notes', () => {
  const NOTE = 'Nightmares every night since; brother moved in to help';

  it('are refused without a key, and nothing is stored', async () => {
    await giveRoles();
    const { c1 } = await logOne();
    setNow(hoursAfter(73));
    expect(metaOf(formSeen(await assessmentForm(fx.core.deps, pat, c1.id)))).toEqual({ toolVersion: 1 });
    const input = { caseId: c1.id, stage: 'initial', toolVersion: 1, consented: true, answers: yesTo([]), outcome: 'no-further-action', notes: NOTE };
    const confirm = formSeen(await confirmForm(fx.core.deps, pat, input));
    expect(confirm.fields.some((f) => f.id === 'notes')).toBe(false);
    const result = await recordAssessment(fx.core.deps, pat, input);
    expect(result.ok ? null : result.error).toMatchObject({ code: 'bad-input', field: 'notes' });
    expect(await assessmentRows()).toEqual([]);
    expect(await fx.database.db.select().from(auditLog).where(eq(auditLog.action, 'trim.assessment.recorded'))).toEqual([]);
    expect((await fx.database.db.select().from(trimCases).where(eq(trimCases.id, c1.id)))[0]?.closedAt).toBeNull();
  });

  it('are stored only as ciphertext, and read back by TRiM staff holding the key', async () => {
    const cipher = new NotesCipher(randomBytes(32));
    const deps: CoreDeps = { ...fx.core.deps, trimNotes: cipher };
    await giveRoles();
    const { c1 } = await logOne(deps);
    setNow(hoursAfter(73));
    const { confirm } = await assess(deps, pat, c1.id, { consented: true, yes: ['blame'], outcome: 'no-further-action', notes: NOTE });
    expect(confirm.fields.some((f) => f.id === 'notes')).toBe(true);
    const [row] = await assessmentRows();
    expect(row?.notesCiphertext).toMatch(/^v1\./);
    expect(row?.notesCiphertext).not.toContain(NOTE);
    expect(cipher.decrypt(row!.notesCiphertext!, row!.id)).toBe(NOTE);
    const dump = JSON.stringify(await fx.database.db.execute(sql`select json_agg(t)::text as j from trim_assessments t`));
    expect(dump).toContain(row!.id);
    expect(dump).not.toContain('Nightmares');
    const everything = JSON.stringify(
      await fx.database.db.execute(sql`select (select coalesce(json_agg(a)::text, '') from audit_log a) || (select coalesce(json_agg(j)::text, '') from jobs j) as j`),
    );
    expect(everything).not.toContain('Nightmares');

    const notesOf = (v: View) => (v.fields ?? []).filter((f) => f.label.startsWith('Initial assessment')).map((f) => f.value);
    expect(notesOf(seen(await showIncident(deps, pat, { number: 1 })))[0]).toContain(`Notes: ${NOTE}`);
    expect(notesOf(seen(await showIncident(deps, mia, { number: 1 })))[0]).toContain(`Notes: ${NOTE}`);
    const withoutKey = notesOf(seen(await showIncident(fx.core.deps, mia, { number: 1 })))[0];
    expect(withoutKey).toContain('cannot be read with the current key');
    expect(withoutKey).not.toContain('Nightmares');
    const otherKey = notesOf(seen(await showIncident({ ...fx.core.deps, trimNotes: new NotesCipher(randomBytes(32)) }, mia, { number: 1 })))[0];
    expect(otherKey).not.toContain('Nightmares');
    // Quinn is TRiM staff with the key, but not on this case.
    expect(JSON.stringify(seen(await showIncident(deps, quinn, { number: 1 })))).not.toContain('Nightmares');
  });
});

describe('changing the risk tool', () => {
  const V2: RiskToolInput = {
    name: 'Our own tool',
    source: 'Agreed by our TRiM manager',
    items: [
      { id: 'sleep', text: 'Sleeping badly?', weight: 2 },
      { id: 'isolated', text: 'Keeping away from people?' },
      { id: 'work', text: 'Struggling at work?' },
    ],
    outcomes: [
      { id: 'ok', label: 'Nothing more' },
      { id: 'gp', label: 'See their GP' },
    ],
    thresholds: {
      initial: [
        { minScore: 0, recommendation: 'ok' },
        { minScore: 2, recommendation: 'gp' },
      ],
      'follow-up': [
        { minScore: 0, recommendation: 'ok' },
        { minScore: 1, recommendation: 'gp' },
      ],
    },
  };

  it('saves a new version; earlier assessments keep theirs and are shown against it; new ones use the new one', async () => {
    await giveRoles();
    const { c1, c2 } = await logOne();
    setNow(hoursAfter(73));
    const v1Form = formSeen(await assessmentForm(fx.core.deps, pat, c1.id));
    expect(metaOf(v1Form)).toEqual({ toolVersion: 1 });
    const v1Answers = yesTo(['threat-to-life', 'shame-guilt']);
    seen(await recordAssessment(fx.core.deps, pat, { caseId: c1.id, stage: 'initial', toolVersion: 1, consented: true, answers: v1Answers, outcome: 'no-further-action' }));

    expect(errorCode(await saveTool(fx.core.deps, mia, { json: '{not json' }))).toBe('bad-input');
    expect(errorCode(await saveTool(fx.core.deps, mia, { json: JSON.stringify({ ...V2, items: [...V2.items, { id: 'sleep', text: 'Again?' }] }) }))).toBe('bad-input');
    const saved = seen(await saveTool(fx.core.deps, mia, { json: JSON.stringify(V2) }));
    expect(saved.title).toBe('Risk tool version 2 saved');
    expect((await fx.database.db.select().from(trimTools)).map((t) => [t.version, t.createdBy]).sort()).toEqual([
      [1, 'peerline:default'],
      [2, mia.user],
    ]);
    expect(seen(await showTool(fx.core.deps, pat)).title).toBe('Risk tool, version 2');
    const edit = formSeen(await toolForm(fx.core.deps, mia)).fields.find((f) => f.id === 'tool');
    expect(JSON.parse(edit?.kind === 'text' ? (edit.initial ?? '') : '')).toEqual({ ...V2, items: V2.items.map((i) => ({ weight: 1, ...i })) });

    const [old] = await assessmentRows();
    expect(old).toMatchObject({ toolVersion: 1, answers: v1Answers, score: 2, recommendation: 'no-further-action' });
    const shown = seen(await showIncident(fx.core.deps, mia, { number: 1 }));
    const line = shown.fields?.find((f) => f.label.startsWith('Initial assessment'))?.value ?? '';
    expect(line).toContain('tool version 1');
    expect(line).toContain('yes to: threat-to-life, shame-guilt');
    expect(line).toContain('recommended: No further action beyond the planned follow-up');

    const v2Form = formSeen(await assessmentForm(fx.core.deps, quinn, c2.id));
    expect(metaOf(v2Form)).toEqual({ toolVersion: 2 });
    expect(v2Form.fields.filter((f) => f.id.startsWith('item_')).map((f) => f.id)).toEqual(['item_sleep', 'item_isolated', 'item_work']);
    // Answers to version 1's items do not complete version 2.
    expect(errorCode(await recordAssessment(fx.core.deps, quinn, { caseId: c2.id, stage: 'initial', toolVersion: 2, consented: true, answers: v1Answers, outcome: 'ok' }))).toBe('bad-input');
    expect(errorCode(await recordAssessment(fx.core.deps, quinn, { caseId: c2.id, stage: 'initial', toolVersion: 2, consented: true, answers: yesTo(['sleep'], V2), outcome: 'monitor' }))).toBe('bad-input');
    seen(await recordAssessment(fx.core.deps, quinn, { caseId: c2.id, stage: 'initial', toolVersion: 2, consented: true, answers: yesTo(['sleep'], V2), outcome: 'gp' }));
    const fresh = (await fx.database.db.select().from(trimAssessments).where(and(eq(trimAssessments.caseId, c2.id), eq(trimAssessments.stage, 'initial'))))[0];
    expect(fresh).toMatchObject({ toolVersion: 2, score: 2, recommendation: 'gp', outcome: 'gp' });
    const both = seen(await showIncident(fx.core.deps, mia, { number: 1 }));
    expect(both.fields?.filter((f) => f.label.startsWith('Initial assessment')).map((f) => f.value.match(/yes to: [^·\n]*/)?.[0].trim())).toEqual(['yes to: threat-to-life, shame-guilt', 'yes to: sleep']);
  });
});

describe('staying out of shared channels', () => {
  it('sends nothing but private messages across a whole incident', async () => {
    await giveRoles();
    const { c1, c2 } = await logOne();
    const seen: string[] = [];
    for (const at of [LOGGED, hoursAfter(24), '2026-11-25T09:00:00Z', '2026-11-27T09:00:00Z', '2026-12-20T09:00:00Z', '2026-12-22T09:00:00Z']) {
      await tickAt(at);
      seen.push(...fx.core.platform.calls.map((c) => c.op));
    }
    setNow('2026-12-22T10:00:00Z');
    fx.core.platform.clear();
    await assess(fx.core.deps, pat, c1.id, { consented: false, outcome: 'declined' });
    must(await closeCases(fx.core.deps, mia, { number: 1, person: p2 }));
    expect(c2.id).not.toBe(c1.id);
    seen.push(...fx.core.platform.calls.map((c) => c.op));
    // planning (2 managers × 2) + initial due (2) + initial overdue (2 practitioners + 2 managers × 2 cases); the
    // initials are still missing at 28 days, so the follow-up reminders say so as overdue (6) and again 2 days later (6).
    expect(seen).toHaveLength(4 + 2 + 6 + 6 + 6);
    expect(new Set(seen)).toEqual(new Set(['sendPrivate']));
  });
});

describe('at the same moment', () => {
  it('closes the incident when its last two cases are closed at once', async () => {
    await giveRoles();
    // Each round races the two closings of one incident; without a lock each sees the other case still open.
    const ROUNDS = 6;
    for (let n = 1; n <= ROUNDS; n += 1) {
      const { c1 } = await logOne();
      if (n === 1) {
        setNow(hoursAfter(73));
        await assess(fx.core.deps, pat, c1.id, { consented: false, outcome: 'declined' });
        setNow('2026-12-20T10:00:00Z');
        const form = formSeen(await assessmentForm(fx.core.deps, pat, c1.id));
        const input = { caseId: c1.id, stage: 'follow-up', toolVersion: metaOf(form)['toolVersion'], consented: false, outcome: 'declined' };
        const [followUp, closed] = await Promise.all([recordAssessment(fx.core.deps, pat, input), closeCases(fx.core.deps, mia, { number: n, person: p2 })]);
        must(followUp);
        must(closed);
      } else {
        const closings = await Promise.all([closeCases(fx.core.deps, mia, { number: n, person: p1 }), closeCases(fx.core.deps, mo, { number: n, person: p2 })]);
        closings.forEach((r) => must(r));
      }
    }
    expect((await fx.database.db.select().from(trimCases)).filter((c) => c.closedAt === null)).toEqual([]);
    expect((await fx.database.db.select().from(trimIncidents)).filter((i) => i.closedAt === null).map((i) => i.number)).toEqual([]);
  });

  it('records one assessment when the same one is submitted twice at once', async () => {
    await giveRoles();
    const { c1 } = await logOne();
    setNow(hoursAfter(73));
    const form = formSeen(await assessmentForm(fx.core.deps, pat, c1.id));
    const input = { caseId: c1.id, stage: 'initial', toolVersion: metaOf(form)['toolVersion'], consented: false, outcome: 'declined' };
    const results = await Promise.all([recordAssessment(fx.core.deps, pat, input), recordAssessment(fx.core.deps, mia, input)]);
    expect(results.map(errorCode).sort()).toEqual([null, 'stale'].sort());
    expect(await assessmentRows()).toHaveLength(1);
    expect(await fx.database.db.select().from(auditLog).where(eq(auditLog.action, 'trim.assessment.recorded'))).toHaveLength(1);
  });

  it('gives two tool changes saved at once a version each', async () => {
    await giveRoles();
    const json = JSON.stringify(DEFAULT_RISK_TOOL);
    // The tool is in use already (version 1 saved), as it is once anyone has opened an assessment.
    expect(seen(await showTool(fx.core.deps, pat)).title).toBe('Risk tool, version 1');
    const results = await Promise.all([saveTool(fx.core.deps, mia, { json }), saveTool(fx.core.deps, mo, { json })]);
    expect(results.map((r) => seen(r).title).sort()).toEqual(['Risk tool version 2 saved', 'Risk tool version 3 saved']);
    expect((await fx.database.db.select().from(trimTools)).map((t) => t.version).sort()).toEqual([1, 2, 3]);
  });
});

describe('naming a case by incident number', () => {
  it('opens the answers form for a person in an incident, and answers an unknown or impossible number calmly', async () => {
    await giveRoles();
    const { c1 } = await logOne();
    setNow(hoursAfter(73));
    expect(formSeen(await assessmentFormFor(fx.core.deps, pat, { number: 1, person: p1 })).id).toBe(`pl:form:trim-assess:${c1.id}:initial`);
    expect(errorCode(await assessmentFormFor(fx.core.deps, pat, { number: 1, person: p2 }))).toBe('trim-only');
    expect(errorCode(await assessmentFormFor(fx.core.deps, pat, { number: 1, person: member.user }))).toBe('not-found');
    expect(errorCode(await assessmentFormFor(fx.core.deps, pat, { number: 2, person: p1 }))).toBe('not-found');
    // Larger than a PostgreSQL integer, as a typed command can be.
    expect(errorCode(await assessmentFormFor(fx.core.deps, pat, { number: 3_000_000_000, person: p1 }))).toBe('bad-input');
    expect(errorCode(await assessmentFormFor(fx.core.deps, pat, { number: 1.5, person: p1 }))).toBe('bad-input');
    expect(errorCode(await showIncident(fx.core.deps, pat, { number: 3_000_000_000 }))).toBe('bad-input');
  });
});
