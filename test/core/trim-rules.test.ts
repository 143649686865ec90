/** TRiM rules found in review: nobody assesses themselves, the last manager stays, extra answers are dropped, late logs and missing initials remind honestly. */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { assessmentForm, confirmForm, recordAssessment } from '../../src/core/trim/assess.js';
import { reassignCase, showIncident } from '../../src/core/trim/cases.js';
import { logIncident } from '../../src/core/trim/incident.js';
import { assignTrimRole, removeTrimRole } from '../../src/core/trim/roles.js';
import { DEFAULT_RISK_TOOL } from '../../src/core/trim/tool.js';
import { jobs, trimAssessments, trimCases, trimIncidents, trimStaff } from '../../src/db/schema.js';
import { actor, errorCode, must } from '../support/core.js';
import { words } from '../support/words.js';
import { useCoreFixture } from '../support/fixture.js';
import { coordinator } from '../support/fixtures.js';
import { createRunner } from '../support/scheduler.js';

const fx = useCoreFixture({ community: true });
const pat = actor('pat');
const mia = actor('mia');
const p1 = actor('person-1').user;

beforeEach(async () => {
  must(await assignTrimRole(fx.core.deps, coordinator, { user: pat.user, role: 'practitioner' }));
  must(await assignTrimRole(fx.core.deps, coordinator, { user: mia.user, role: 'manager' }));
  fx.core.platform.clear();
});

const log = (occurredAt: string, practitioner = pat.user) =>
  logIncident(fx.core.deps, pat, { title: 'Depot 3 collision', occurredAt, people: [{ person: p1, practitioner }] });

describe('TRiM rules', () => {
  it('lets nobody give themselves a TRiM role, so a coordinator cannot reach TRiM records alone', async () => {
    const refused = await assignTrimRole(fx.core.deps, coordinator, { user: coordinator.user, role: 'manager' });
    expect(errorCode(refused)).toBe('not-allowed');
    expect(errorCode(await assignTrimRole(fx.core.deps, coordinator, { user: coordinator.user, role: 'practitioner' }))).toBe('not-allowed');
    // A TRiM manager cannot raise or reshape their own role either.
    expect(errorCode(await assignTrimRole(fx.core.deps, mia, { user: mia.user, role: 'practitioner' }))).toBe('not-allowed');
    expect((await fx.database.db.select().from(trimStaff).where(eq(trimStaff.userRef, coordinator.user))).length).toBe(0);
    must(await log('2026-11-22T06:00:00Z'));
    const [c] = await fx.database.db.select().from(trimCases);
    expect(errorCode(await assessmentForm(fx.core.deps, coordinator, c!.id))).toBe('trim-only');
    expect(errorCode(await showIncident(fx.core.deps, coordinator, { number: 1 }))).toBe('trim-only');
  });

  it('tells the TRiM managers already there, by DM, when someone is made a manager', async () => {
    must(await assignTrimRole(fx.core.deps, coordinator, { user: pat.user, role: 'manager' }));
    const told = fx.core.platform.privateTo(mia.user);
    expect(told).toHaveLength(1);
    expect(told[0]!.title).toBe('A new TRiM manager');
    expect(told[0]!.fields?.map((f) => f.about)).toEqual([pat.user, coordinator.user]);
    // Neither the new manager nor the person who gave the role is sent the notice; a practitioner grant tells nobody.
    expect(fx.core.platform.privateTo(pat.user)).toHaveLength(0);
    expect(fx.core.platform.privateTo(coordinator.user)).toHaveLength(0);
    must(await assignTrimRole(fx.core.deps, coordinator, { user: p1, role: 'practitioner' }));
    expect(fx.core.platform.privateTo(mia.user)).toHaveLength(1);
  });

  it('refuses a person as their own practitioner, at logging and on reassignment', async () => {
    must(await assignTrimRole(fx.core.deps, coordinator, { user: p1, role: 'practitioner' }));
    const self = await log('2026-11-22T06:00:00Z', p1);
    expect(self.ok ? null : self.error).toMatchObject({ code: 'bad-input', field: 'practitioner_0' });
    must(await log('2026-11-22T06:00:00Z'));
    expect(errorCode(await reassignCase(fx.core.deps, mia, { number: 1, person: p1, practitioner: p1 }))).toBe('bad-input');
    expect((await fx.database.db.select().from(trimCases))[0]!.practitionerRef).toBe(pat.user);
  });

  it('keeps the last manager while an incident is open', async () => {
    must(await log('2026-11-22T06:00:00Z'));
    expect(errorCode(await removeTrimRole(fx.core.deps, coordinator, { user: mia.user }))).toBe('conflict');
    expect(errorCode(await assignTrimRole(fx.core.deps, coordinator, { user: mia.user, role: 'practitioner' }))).toBe('conflict');
    expect((await fx.database.db.select().from(trimStaff).where(eq(trimStaff.userRef, mia.user)))[0]!.role).toBe('manager');
    must(await assignTrimRole(fx.core.deps, coordinator, { user: pat.user, role: 'manager' }));
    must(await removeTrimRole(fx.core.deps, coordinator, { user: mia.user }));
  });

  it('logs an incident once when the same step is submitted twice, one after the other or at once', async () => {
    const step = (key: string) =>
      logIncident(fx.core.deps, pat, { title: 'Depot 3 collision', occurredAt: '2026-11-22T06:00:00Z', people: [{ person: p1, practitioner: pat.user }], key });
    expect(words(must(await step('form-a'))).title).toBe('TRiM incident logged');
    const again = words(must(await step('form-a')));
    expect(again.title).toBe('TRiM incident already logged');
    expect(again.text).toContain('Incident 1 · Depot 3 collision');
    const [first, second] = await Promise.all([step('form-b'), step('form-b')]);
    expect([words(must(first)).title, words(must(second)).title].sort()).toEqual(['TRiM incident already logged', 'TRiM incident logged']);
    const incidents = await fx.database.db.select().from(trimIncidents).orderBy(trimIncidents.number);
    expect(incidents.map((i) => [i.number, i.idempotencyKey])).toEqual([
      [1, 'form-a'],
      [2, 'form-b'],
    ]);
    expect(await fx.database.db.select().from(trimCases)).toHaveLength(2);
    // Each incident's reminders once: planning due and overdue, and due and overdue per stage for its one case.
    expect((await fx.database.db.select().from(jobs).where(eq(jobs.kind, 'trim-planning'))).length).toBe(4);
    expect((await fx.database.db.select().from(jobs).where(eq(jobs.kind, 'trim-assessment'))).length).toBe(8);
    // Without a key, each call is its own step.
    must(await log('2026-11-22T06:00:00Z'));
    expect(await fx.database.db.select().from(trimIncidents)).toHaveLength(3);
  });

  it('stores only the tool items as answers, whatever else a submission carries', async () => {
    must(await log('2026-11-18T06:00:00Z'));
    const [c] = await fx.database.db.select().from(trimCases);
    const form = must(await assessmentForm(fx.core.deps, pat, c!.id));
    const answers = { ...Object.fromEntries(DEFAULT_RISK_TOOL.items.map((i) => [i.id, i.id === 'blame'])), smuggled: true };
    const input = { caseId: c!.id, stage: 'initial', toolVersion: (JSON.parse(form.metadata!) as { toolVersion: number }).toolVersion, consented: true, answers };
    expect(JSON.stringify(must(await confirmForm(fx.core.deps, pat, input)).metadata)).not.toContain('smuggled');
    must(await recordAssessment(fx.core.deps, pat, { ...input, outcome: 'no-further-action' }));
    const [row] = await fx.database.db.select().from(trimAssessments);
    expect(Object.keys(row!.answers).sort()).toEqual(DEFAULT_RISK_TOOL.items.map((i) => i.id).sort());
    expect(row!.score).toBe(1);
  });

  it('tells the managers only that planning is overdue when the incident is logged after the deadline', async () => {
    must(await log('2026-11-20T06:00:00Z'));
    const planning = (await fx.database.db.select().from(jobs).where(eq(jobs.kind, 'trim-planning'))).map((j) => (j.payload as { reminder: string }).reminder);
    expect(planning).toEqual(['overdue']);
    await createRunner(fx.core).tick(fx.core.clock.read());
    expect(fx.core.platform.of('sendPrivate').map((c) => [c.user, c.view.title])).toEqual([[mia.user, 'TRiM planning meeting overdue']]);
  });

  it('reminds of the missing initial assessment, not the follow-up, when the follow-up falls due first', async () => {
    must(await log('2026-11-22T06:00:00Z'));
    fx.core.clock.now = new Date('2026-12-20T09:00:00Z');
    fx.core.platform.clear();
    await createRunner(fx.core).tick(fx.core.clock.read());
    const titles = fx.core.platform.of('sendPrivate').filter((c) => c.user === pat.user).map((c) => c.view.title);
    expect(titles).toContain('TRiM initial risk assessment overdue');
    expect(titles).not.toContain('TRiM one-month follow-up assessment due');
  });
});
