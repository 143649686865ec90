/**
 * TRiM through the real Bolt app and the fake Slack Web API, with a fixed clock moved by hand and the
 * scheduler ticked at chosen times: incident → planning reminder → 72-hour assessment (not before) →
 * score and recommendation → overdue reminder → one-month follow-up → closed, with a restart between
 * steps, a tool change in the middle, encrypted notes, and everyone without a TRiM role refused.
 */
import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RISK_TOOL } from '../../src/core/trim/tool.js';
import { NotesCipher } from '../../src/core/trim/notes-cipher.js';
import { auditLog, communities, trimAssessments, trimCases, trimIncidents } from '../../src/db/schema.js';
import { handlers } from '../../src/scheduler/jobs/index.js';
import { JobRunner } from '../../src/scheduler/runner.js';
import { TestClock } from '../support/core.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { ADMIN, startSlackHarness, VOLUNTEER_CHANNEL, type SlackHarness } from './harness.js';
import { command, submit } from '../fakes/slack/index.js';
import { buttonIn, choice, nextForm, openByButton, openByCommand, peer, people, person, press, submitForm, text, when } from './trim-steps.js';

const TEAM = 'T0TRIM';
const MANAGER = 'U0MGR';
const PRACTITIONER = 'U0PRAC';
const VOLUNTEER = 'U0VOL';
const MEMBER = 'U0MEMBER';
const ALEX = 'U0ALEX';
const SAM = 'U0SAM';
const NOTE = 'Sleeping badly since the collision; sister staying with them';
const mention = (id: string) => `<@${id}|${id.toLowerCase()}>`;

let database: TestDatabase;
let h: SlackHarness;
const clock = new TestClock(new Date('2026-11-22T10:00:00Z'));
const occurredAt = new Date('2026-11-22T09:00:00Z');
const cipher = new NotesCipher(randomBytes(32));

beforeAll(async () => {
  database = await createTestDatabase();
  h = await startSlackHarness(database, { clock: clock.read, trimNotes: cipher });
});
afterAll(async () => {
  await h.stop();
  await database.dispose();
});

const tick = () => new JobRunner({ deps: h.deps, handlers }).tick(clock.read());

function dmOf(user: string): string {
  const found = [...h.fake.conversations].find(([id, c]) => id.startsWith('D') && c.members.length === 1 && c.members[0] === user);
  return found?.[0] ?? '';
}
const dmsTo = (user: string, including: string) => h.fake.privateTo(user).filter((t) => t.includes(including)).length;

async function setUpWorkspace(team: string): Promise<void> {
  await h.send(command(team, ADMIN, 'C0GENERAL', 'setup', h.fake.responseUrl(`setup-${team}`)));
  await h.fake.waitFor(() => h.fake.callsTo('views.open').some((c) => (c.args['view'] as { callback_id?: string }).callback_id === 'pl:form:setup'));
  const res = await h.send(
    submit(team, ADMIN, 'pl:form:setup', {
      volunteer_channel: { volunteer_channel: { type: 'conversations_select', selected_conversation: VOLUNTEER_CHANNEL } },
      coordinators: { coordinators: { type: 'multi_users_select', selected_users: [ADMIN] } },
      country: { country: text('GB') },
      time_zone: { time_zone: text('Europe/London') },
      retention_days: { retention_days: { type: 'number_input', value: '30' } },
    }),
  );
  expect(res.status).toBe(200);
  await h.fake.waitFor(async () => (await database.db.select().from(communities).where(eq(communities.ref, `slack:${team}`))).length > 0 || null);
  await h.fake.waitFor(() => h.fake.privateTo(ADMIN).some((t) => t.includes('Peerline is set up')));
}

async function caseOf(personId: string) {
  const [row] = await database.db.select().from(trimCases).where(eq(trimCases.personRef, `slack:${TEAM}:${personId}`));
  return row!;
}

const allAnswers = (yes: readonly string[]) => Object.fromEntries(DEFAULT_RISK_TOOL.items.map((i) => [`item_${i.id}`, choice(yes.includes(i.id) ? 'yes' : 'no')]));

describe('TRiM in Slack', () => {
  it('gives roles, and refuses TRiM to members and volunteers at every command', async () => {
    await setUpWorkspace(TEAM);
    expect(await peer(h, TEAM, ADMIN, `volunteer add ${mention(VOLUNTEER)} trained-until 2027-06-30`)).toContain('Volunteer enrolled');
    expect(await peer(h, TEAM, VOLUNTEER, `trim role add ${mention(VOLUNTEER)} manager`)).toContain('Not allowed');
    expect(await peer(h, TEAM, ADMIN, `trim role add ${mention(MANAGER)} manager`)).toContain('TRiM role given');
    expect(await peer(h, TEAM, MANAGER, `trim role add ${mention(PRACTITIONER)} practitioner`)).toContain('TRiM role given');

    const opened = h.fake.callsTo('views.open').length;
    const commands = ['trim incident', 'trim due', 'trim page', 'trim assess', `trim assess 1 ${mention(ALEX)}`, 'trim case 1', 'trim planned 1', `trim assign 1 ${mention(ALEX)} ${mention(VOLUNTEER)}`, 'trim close 1', 'trim tool', 'trim tool edit', 'trim roles'];
    for (const user of [MEMBER, VOLUNTEER]) {
      for (const c of commands) expect(await peer(h, TEAM, user, c), `${user}: ${c}`).toContain('TRiM records are private');
    }
    // Coordinators hand out the roles but do not see the records.
    expect(await peer(h, TEAM, ADMIN, 'trim due')).toContain('TRiM records are private');
    // Nor the TRiM page: its sign-in link goes to TRiM staff only.
    expect(await peer(h, TEAM, ADMIN, 'trim page')).toContain('TRiM records are private');
    expect(await peer(h, TEAM, PRACTITIONER, 'trim page')).toMatch(/https:\/\/dash\.example\.org\/trim\/sign-in\?token=[\w-]{20,}/);
    // …and cannot give themselves a role to read them.
    expect(await peer(h, TEAM, ADMIN, `trim role add ${mention(ADMIN)} manager`)).toContain('Nobody can give themselves a TRiM role');
    expect(await peer(h, TEAM, ADMIN, 'trim case 1')).toContain('TRiM records are private');
    expect(h.fake.callsTo('views.open')).toHaveLength(opened);
    expect(await database.db.select().from(trimIncidents)).toHaveLength(0);
  });

  it('logs an incident in two steps, a practitioner for each person', async () => {
    const first = await openByCommand(h, TEAM, PRACTITIONER, 'trim incident');
    expect(first.callbackId).toBe('pl:form:trim-incident');
    const refused = await submitForm(h, TEAM, PRACTITIONER, first, { title: text('Depot 3 collision'), occurred_at: when(new Date('2026-11-23T09:00:00Z')), people: people([ALEX, SAM]) });
    expect(refused).toMatchObject({ response_action: 'errors', errors: { occurred_at: expect.stringContaining('future') } });

    const second = nextForm(await submitForm(h, TEAM, PRACTITIONER, first, { title: text('Depot 3 collision'), occurred_at: when(occurredAt), people: people([ALEX, SAM]) }));
    expect(second.callbackId).toBe('pl:form:trim-assign');
    expect(JSON.stringify(second.blocks)).toContain(`<@${ALEX}>`);
    // A practitioner must hold a TRiM role: the form says so beside the pick, and nothing is stored.
    const wrong = await submitForm(h, TEAM, PRACTITIONER, second, { practitioner_0: person(PRACTITIONER), practitioner_1: person(VOLUNTEER) });
    expect(wrong).toMatchObject({ response_action: 'errors', errors: { practitioner_1: expect.stringContaining('no TRiM role') } });
    expect(await database.db.select().from(trimIncidents)).toHaveLength(0);

    expect(await submitForm(h, TEAM, PRACTITIONER, second, { practitioner_0: person(PRACTITIONER), practitioner_1: person(PRACTITIONER) })).toEqual({});
    await h.fake.waitFor(() => dmsTo(PRACTITIONER, 'TRiM incident logged') === 1);
    // A blind retry of the same step (Slack keeps the form open when an answer is slow) logs nothing twice.
    expect(await submitForm(h, TEAM, PRACTITIONER, second, { practitioner_0: person(PRACTITIONER), practitioner_1: person(PRACTITIONER) })).toEqual({});
    await h.fake.waitFor(() => dmsTo(PRACTITIONER, 'TRiM incident already logged') === 1);
    expect(await database.db.select().from(trimIncidents)).toHaveLength(1);
    const [incident] = await database.db.select().from(trimIncidents);
    expect(incident).toMatchObject({ number: 1, title: 'Depot 3 collision', occurredAt });
    const alex = await caseOf(ALEX);
    expect(alex.initialDueAt).toEqual(new Date('2026-11-25T09:00:00Z'));
    expect(alex.followUpDueAt).toEqual(new Date('2026-12-20T09:00:00Z'));
  });

  it('reminds the managers of the planning meeting by DM, and records it', async () => {
    await tick();
    await h.fake.waitFor(() => dmsTo(MANAGER, 'TRiM planning meeting to arrange') === 1);
    expect(dmsTo(PRACTITIONER, 'TRiM planning meeting')).toBe(0);
    expect(await peer(h, TEAM, PRACTITIONER, 'trim planned 1')).toContain('This needs a TRiM manager');
    const [incident] = await database.db.select().from(trimIncidents);
    const held = buttonIn(h, dmOf(MANAGER), 'TRiM planning meeting to arrange', `pl:trim-planned:${incident!.id}`);
    expect(held).toBe(`pl:trim-planned:${incident!.id}`);
    expect(await press(h, TEAM, PRACTITIONER, held)).toContain('This needs a TRiM manager');
    expect(await press(h, TEAM, MANAGER, held)).toContain('Planning meeting recorded');
    expect(await peer(h, TEAM, MANAGER, 'trim planned 1')).toContain('already recorded');
    clock.now = new Date('2026-11-23T09:30:00Z');
    await tick();
    expect(dmsTo(MANAGER, 'planning meeting overdue')).toBe(0);
  });

  it('refuses the assessment before 72 hours, and reminds the practitioner when it falls due', async () => {
    expect(await peer(h, TEAM, PRACTITIONER, `trim assess 1 ${mention(ALEX)}`)).toContain('no sooner than 72 hours after the incident');
    clock.now = new Date('2026-11-25T08:59:00Z');
    await tick();
    expect(dmsTo(PRACTITIONER, 'assessment due')).toBe(0);
    expect(await peer(h, TEAM, PRACTITIONER, 'trim due')).toContain('No assessments are due assigned to you');

    h = await h.restart(); // nothing lives in memory between steps
    clock.now = new Date('2026-11-25T09:00:00Z');
    await tick();
    await h.fake.waitFor(() => dmsTo(PRACTITIONER, 'TRiM initial risk assessment due') === 2);
    const due = await peer(h, TEAM, MANAGER, 'trim due');
    expect(due).toContain('TRiM assessments due (2)');
    expect(due).toContain(`<@${ALEX}>`);
  });

  it('scores the answers, shows the recommendation, and records the confirmed outcome with an encrypted note', async () => {
    const alex = await caseOf(ALEX);
    const button = buttonIn(h, dmOf(PRACTITIONER), '', `pl:trim-assess:${alex.id}`);
    expect(button).toBe(`pl:trim-assess:${alex.id}`);
    const form = await openByButton(h, TEAM, PRACTITIONER, button);
    expect(form.callbackId).toBe(`pl:form:trim-assess:${alex.id}:initial`);
    expect(JSON.stringify(form.blocks)).toContain(DEFAULT_RISK_TOOL.items[0]!.text);

    const missing = await submitForm(h, TEAM, PRACTITIONER, form, { consent: choice('yes'), item_blame: choice('yes') });
    expect(missing).toMatchObject({ response_action: 'errors' });
    const confirm = nextForm(await submitForm(h, TEAM, PRACTITIONER, form, { consent: choice('yes'), ...allAnswers(['threat-to-life', 'acute-stress', 'functioning', 'alcohol']) }));
    expect(JSON.stringify(confirm.blocks)).toContain('Score 4');
    expect(JSON.stringify(confirm.blocks)).toContain('"initial_option":{"text":{"type":"plain_text","text":"Monitor: stay in touch before the follow-up"},"value":"monitor"}');
    expect(confirm.metadata).not.toContain(NOTE);

    expect(await submitForm(h, TEAM, PRACTITIONER, confirm, { outcome: choice('monitor'), notes: text(NOTE) })).toEqual({});
    await h.fake.waitFor(() => dmsTo(PRACTITIONER, 'TRiM assessment recorded') === 1);
    const [saved] = await database.db.select().from(trimAssessments).where(eq(trimAssessments.caseId, alex.id));
    expect(saved).toMatchObject({ stage: 'initial', consented: true, score: 4, recommendation: 'monitor', outcome: 'monitor', toolVersion: 1 });
    expect(saved!.notesCiphertext).toMatch(/^v1\./);
    // The note is nowhere in the database in clear: not in the assessment, the jobs, or the audit log.
    for (const table of ['trim_assessments', 'jobs', 'audit_log', 'job_effects', 'trim_cases', 'trim_incidents']) {
      const dump = JSON.stringify(await database.db.execute(sql.raw(`select * from ${table}`)));
      expect(dump, table).not.toContain('Sleeping badly');
    }
    expect(JSON.stringify(h.core.log.entries)).not.toContain('Sleeping badly');
    // A second submission of the same step (a double click on Record) changes nothing.
    expect(await submitForm(h, TEAM, PRACTITIONER, confirm, { outcome: choice('monitor') })).toEqual({});
    await h.fake.waitFor(() => dmsTo(PRACTITIONER, 'already recorded') === 1);
    expect(await database.db.select().from(trimAssessments)).toHaveLength(1);

    const record = await peer(h, TEAM, PRACTITIONER, 'trim case 1');
    expect(record).toContain(NOTE);
    expect(record).toContain('score 4 (tool version 1)');
  });

  it('reports an overdue assessment to the practitioner and the managers, and records a decline', async () => {
    clock.now = new Date('2026-11-27T09:00:00Z');
    await tick();
    await h.fake.waitFor(() => dmsTo(MANAGER, 'overdue') === 1);
    expect(dmsTo(PRACTITIONER, 'TRiM initial risk assessment overdue')).toBe(1); // Sam's only: Alex's is recorded
    const sam = await caseOf(SAM);
    const form = await openByCommand(h, TEAM, PRACTITIONER, `trim assess 1 ${mention(SAM)}`);
    const confirm = nextForm(await submitForm(h, TEAM, PRACTITIONER, form, { consent: choice('no') }));
    expect(JSON.stringify(confirm.blocks)).toContain('They declined to take part');
    expect(await submitForm(h, TEAM, PRACTITIONER, confirm, { outcome: choice('declined') })).toEqual({});
    await h.fake.waitFor(() => dmsTo(PRACTITIONER, 'declined to take part') >= 1);
    const [declined] = await database.db.select().from(trimAssessments).where(eq(trimAssessments.caseId, sam.id));
    expect(declined).toMatchObject({ consented: false, score: null, outcome: 'declined', answers: {} });
  });

  it('saves a changed risk tool as a new version and leaves old assessments on theirs', async () => {
    expect(await peer(h, TEAM, PRACTITIONER, 'trim tool')).toContain('Risk tool, version 1');
    const form = await openByCommand(h, TEAM, MANAGER, 'trim tool edit');
    expect(form.callbackId).toBe('pl:form:trim-tool');
    expect(await submitForm(h, TEAM, MANAGER, form, { tool: text('{not json') })).toMatchObject({ response_action: 'errors', errors: { tool: 'That is not valid JSON.' } });
    const changed = {
      ...DEFAULT_RISK_TOOL,
      name: 'Acme TRiM tool 2026',
      source: 'Checked with our TRiM trainer, November 2026',
      thresholds: { ...DEFAULT_RISK_TOOL.thresholds, 'follow-up': [{ minScore: 0, recommendation: 'close' }, { minScore: 2, recommendation: 'refer' }] },
    };
    expect(await submitForm(h, TEAM, MANAGER, form, { tool: text(JSON.stringify(changed)) })).toEqual({});
    await h.fake.waitFor(() => dmsTo(MANAGER, 'Risk tool version 2 saved') === 1);
    expect(await peer(h, TEAM, PRACTITIONER, 'trim tool')).toContain('Acme TRiM tool 2026');
  });

  it('runs the one-month follow-up on the new tool version, closes the case, and the manager closes the rest', async () => {
    h = await h.restart();
    clock.now = new Date('2026-12-20T09:00:00Z');
    await tick();
    await h.fake.waitFor(() => dmsTo(PRACTITIONER, 'TRiM one-month follow-up assessment due') === 2);
    const alex = await caseOf(ALEX);
    const form = await openByButton(h, TEAM, PRACTITIONER, `pl:trim-assess:${alex.id}`);
    expect(form.callbackId).toBe(`pl:form:trim-assess:${alex.id}:follow-up`);
    const confirm = nextForm(await submitForm(h, TEAM, PRACTITIONER, form, { consent: choice('yes'), ...allAnswers(['acute-stress', 'functioning']) }));
    expect(JSON.stringify(confirm.blocks)).toContain('Score 2. The tool recommends: Refer for professional assessment');
    expect(await submitForm(h, TEAM, PRACTITIONER, confirm, { outcome: choice('refer') })).toEqual({});
    await h.fake.waitFor(() => dmsTo(PRACTITIONER, 'The case is now closed') === 1);
    expect((await caseOf(ALEX)).closeReason).toBe('follow-up-done');

    const rows = await database.db.select().from(trimAssessments).where(eq(trimAssessments.caseId, alex.id));
    expect(rows.map((r) => [r.stage, r.toolVersion, r.score, r.recommendation])).toEqual([
      ['initial', 1, 4, 'monitor'],
      ['follow-up', 2, 2, 'refer'],
    ]);
    const record = await peer(h, TEAM, MANAGER, 'trim case 1');
    expect(record).toContain('score 4 (tool version 1)');
    expect(record).toContain('score 2 (tool version 2)');

    expect(await peer(h, TEAM, PRACTITIONER, `trim close 1 ${mention(SAM)}`)).toContain('This needs a TRiM manager');
    expect(await peer(h, TEAM, MANAGER, `trim close 1 ${mention(SAM)}`)).toContain('1 case closed');
    const [incident] = await database.db.select().from(trimIncidents);
    expect(incident!.closedAt).toEqual(clock.now);
    clock.now = new Date('2026-12-22T09:00:00Z');
    const before = h.fake.messages.length;
    await tick();
    expect(h.fake.messages.length).toBe(before); // the closed cases' overdue reminders were cancelled
  });

  it('shows the timings to TRiM staff, lets only a manager change them, never sooner than 72 hours, and a new incident uses them', async () => {
    expect(await peer(h, TEAM, PRACTITIONER, 'trim timings')).toContain('72 hours after the incident');
    expect(await peer(h, TEAM, VOLUNTEER, 'trim timings')).toContain('TRiM records are private');
    // A coordinator hands out TRiM roles but does not run TRiM.
    expect(await peer(h, TEAM, ADMIN, 'trim timings initial 96')).toContain('TRiM records are private');
    expect(await peer(h, TEAM, PRACTITIONER, 'trim timings initial 96')).toContain('This needs a TRiM manager');
    const tooSoon = await peer(h, TEAM, MANAGER, 'trim timings initial 48');
    expect(tooSoon).toContain('48 hours is too soon: never sooner than 72 hours after the incident');
    expect(tooSoon).toContain('Nothing was saved');
    const two = await peer(h, TEAM, MANAGER, 'trim timings initial soon overdue 99');
    expect(two).toContain('"soon" is not a whole number of hours');
    expect(two).toContain('99 is outside 1 to 30');
    expect(await peer(h, TEAM, MANAGER, 'trim timings follow-up 14 initial 300')).toContain('must be at least 7 days after the initial assessment');
    expect(await peer(h, TEAM, MANAGER, 'trim timings when 96')).toContain('There is no timing called `when`');
    expect(await peer(h, TEAM, MANAGER, 'trim timings initial')).toContain('Give each timing a value');
    const [unchanged] = await database.db.select().from(communities).where(eq(communities.ref, `slack:${TEAM}`));
    expect(unchanged!.settings.trim).toEqual({ planningWithinHours: 24, initialAfterHours: 72, followUpAfterDays: 28, overdueAfterDays: 2 });

    const saved = await peer(h, TEAM, MANAGER, 'trim timings initial 96 follow-up 35');
    expect(saved).toContain('TRiM timings saved');
    expect(saved).toContain('96 hours after the incident');
    expect(await peer(h, TEAM, PRACTITIONER, 'trim timings')).toContain('35 days after the incident');

    const occurred = new Date(clock.now.getTime() - 3_600_000);
    const first = await openByCommand(h, TEAM, PRACTITIONER, 'trim incident');
    const second = nextForm(await submitForm(h, TEAM, PRACTITIONER, first, { title: text('Yard fire'), occurred_at: when(occurred), people: people([SAM]) }));
    expect(await submitForm(h, TEAM, PRACTITIONER, second, { practitioner_0: person(PRACTITIONER) })).toEqual({});
    await h.fake.waitFor(() => dmsTo(PRACTITIONER, 'Yard fire') === 1);
    const [fire] = await database.db.select().from(trimIncidents).where(eq(trimIncidents.title, 'Yard fire'));
    const [samCase] = await database.db.select().from(trimCases).where(eq(trimCases.incidentId, fire!.id));
    expect(samCase!.initialDueAt).toEqual(new Date(occurred.getTime() + 96 * 3_600_000));
    expect(samCase!.followUpDueAt).toEqual(new Date(occurred.getTime() + 35 * 86_400_000));
  });

  it('never posted anything TRiM to a channel, and audited every read and change', async () => {
    const shared = h.fake.messages.filter((m) => !m.channel.startsWith('D'));
    expect(shared.filter((m) => /TRiM|Depot 3/i.test(m.text + JSON.stringify(m.blocks)))).toEqual([]);
    const actions = new Set((await database.db.select({ action: auditLog.action }).from(auditLog)).map((r) => r.action));
    for (const a of ['trim.role.assigned', 'trim.incident.logged', 'trim.planning.recorded', 'trim.due.viewed', 'trim.assessment.recorded', 'trim.incident.viewed', 'trim.tool.saved', 'trim.case.closed', 'trim.timings.changed']) {
      expect(actions, a).toContain(a);
    }
  });
});

describe('TRiM notes without a key', () => {
  let plain: SlackHarness;
  const team = 'T0NOKEY';
  beforeAll(async () => {
    plain = await startSlackHarness(database, { clock: () => new Date('2026-11-26T12:00:00Z') });
  });
  afterAll(async () => plain.stop());

  it('offers no notes field and refuses notes sent anyway, saving nothing', async () => {
    const was = h;
    h = plain;
    try {
      await setUpWorkspace(team);
      expect(await peer(h, team, ADMIN, `trim role add ${mention(PRACTITIONER)} manager`)).toContain('TRiM role given');
      const first = await openByCommand(h, team, PRACTITIONER, 'trim incident');
      const second = nextForm(await submitForm(h, team, PRACTITIONER, first, { title: text('Night shift assault'), occurred_at: when(new Date('2026-11-22T12:00:00Z')), people: people([ALEX]) }));
      expect(await submitForm(h, team, PRACTITIONER, second, { practitioner_0: person(PRACTITIONER) })).toEqual({});
      await h.fake.waitFor(() => h.fake.privateTo(PRACTITIONER).some((t) => t.includes('Night shift assault')));
      const form = await openByCommand(h, team, PRACTITIONER, `trim assess 1 ${mention(ALEX)}`);
      const confirm = nextForm(await submitForm(h, team, PRACTITIONER, form, { consent: choice('yes'), ...allAnswers([]) }));
      expect(JSON.stringify(confirm.blocks)).toContain('Notes are switched off');
      const refused = await submitForm(h, team, PRACTITIONER, confirm, { outcome: choice('no-further-action'), notes: text('should never be stored') });
      expect(refused).toMatchObject({ response_action: 'errors', errors: { notes: expect.stringContaining('never stored in clear') } });
      const [c] = await database.db.select().from(trimCases).where(eq(trimCases.personRef, `slack:${team}:${ALEX}`));
      expect(await database.db.select().from(trimAssessments).where(eq(trimAssessments.caseId, c!.id))).toHaveLength(0);
    } finally {
      h = was;
    }
  });
});
