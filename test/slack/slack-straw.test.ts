/**
 * StRaW through the real Bolt app and the fake Slack Web API, with a fixed clock moved by hand and the
 * scheduler ticked at chosen times: switched on by a coordinator; a private self-referral; a colleague
 * referred by their line manager who declines (nothing opened, the manager told only that) and one who
 * agrees (case opened); assignment; the conversation with the default tool (score first, then the
 * outcome); peer support with a meeting, reminders and an overdue notice; signposting to the
 * community's EAP; the one-month follow-up that closes the case. Everyone without a role is refused.
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotesCipher } from '../../src/core/trim/notes-cipher.js';
import { auditLog, communities, programmeCases, programmeConsents, programmeSteps } from '../../src/db/schema.js';
import { handlers } from '../../src/scheduler/jobs/index.js';
import { JobRunner } from '../../src/scheduler/runner.js';
import { TestClock } from '../support/core.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { ADMIN, startSlackHarness, VOLUNTEER_CHANNEL, type SlackHarness } from './harness.js';
import { command, submit } from '../fakes/slack/index.js';
import { buttonIn, peer, press, text } from './trim-steps.js';

const TEAM = 'T0STRAW';
const MANAGER = 'U0SMGR';
const PRACTITIONER = 'U0SPRAC';
const CHRIS = 'U0CHRIS';
const DANA = 'U0DANA';
const EVE = 'U0EVE';
const LINE = 'U0LINE';
const MEMBER = 'U0SMEMBER';
const LUCIA = 'U0SLUCIA';
const NOTE = 'Deadline pressure since the reorganisation';
const mention = (id: string) => `<@${id}|${id.toLowerCase()}>`;

let database: TestDatabase;
let h: SlackHarness;
// Monday 23 November 2026, 10:00 in London (UTC in winter).
const clock = new TestClock(new Date('2026-11-23T10:00:00Z'));
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
const dmsTo = (user: string, including: string) => h.fake.privateTo(user).filter((t) => t.includes(including)).length;
/** Everything in the user's DMs with the bot, blocks included (fields are rendered as blocks). */
const dmBlob = (user: string) => JSON.stringify(h.fake.messages.filter((m) => m.channel === dmOf(user)));
function dmOf(user: string): string {
  const found = [...h.fake.conversations].find(([id, c]) => id.startsWith('D') && c.members.length === 1 && c.members[0] === user);
  return found?.[0] ?? '';
}
const ref = (id: string) => `slack:${TEAM}:${id}`;
const caseOf = async (person: string) => (await database.db.select().from(programmeCases).where(eq(programmeCases.personRef, ref(person))))[0];
const stepsOf = async (caseId: string) => database.db.select().from(programmeSteps).where(eq(programmeSteps.caseId, caseId));

async function setUpWorkspace(): Promise<void> {
  await h.send(command(TEAM, ADMIN, 'C0GENERAL', 'setup', h.fake.responseUrl(`setup-${TEAM}`)));
  await h.fake.waitFor(() => h.fake.callsTo('views.open').some((c) => (c.args['view'] as { callback_id?: string }).callback_id === 'pl:form:setup'));
  const res = await h.send(
    submit(TEAM, ADMIN, 'pl:form:setup', {
      volunteer_channel: { volunteer_channel: { type: 'conversations_select', selected_conversation: VOLUNTEER_CHANNEL } },
      coordinators: { coordinators: { type: 'multi_users_select', selected_users: [ADMIN] } },
      country: { country: text('GB') },
      time_zone: { time_zone: text('Europe/London') },
      retention_days: { retention_days: { type: 'number_input', value: '30' } },
    }),
  );
  expect(res.status).toBe(200);
  await h.fake.waitFor(async () => (await database.db.select().from(communities).where(eq(communities.ref, `slack:${TEAM}`))).length > 0 || null);
  await h.fake.waitFor(() => h.fake.privateTo(ADMIN).some((t) => t.includes('Peerline is set up')) || null);
}

describe('StRaW in Slack', () => {
  it('is off until a coordinator switches it on; roles are given; staff commands are refused to everyone else', async () => {
    await setUpWorkspace();
    expect(await peer(h, TEAM, CHRIS, 'straw refer')).toContain('StRaW is not switched on');
    expect(await peer(h, TEAM, MEMBER, 'straw enable')).toContain('Not allowed');
    expect(await peer(h, TEAM, ADMIN, 'straw enable')).toContain('StRaW is on');
    expect(await peer(h, TEAM, ADMIN, `straw role add ${mention(ADMIN)} manager`)).toContain('Nobody can give themselves a StRaW role');
    expect(await peer(h, TEAM, ADMIN, `straw role add ${mention(MANAGER)} manager`)).toContain('StRaW role given');
    expect(await peer(h, TEAM, MANAGER, `straw role add ${mention(PRACTITIONER)} practitioner`)).toContain('StRaW role given');
    expect(await peer(h, TEAM, ADMIN, 'resource add Acme EAP | call 0800 123 4567 | 24/7 | https://eap.example.com')).not.toContain('did not work');
    for (const user of [MEMBER, ADMIN]) {
      for (const c of ['straw due', 'straw case 1', `straw assign 1 ${mention(PRACTITIONER)}`, 'straw record 1', 'straw close 1', 'straw tool']) {
        expect(await peer(h, TEAM, user, c), `${user}: ${c}`).toContain('These records are private');
      }
    }
    expect(await peer(h, TEAM, PRACTITIONER, 'straw tool')).toContain('check against your StRaW training');
    expect(await peer(h, TEAM, MEMBER, 'straw help')).toContain('/peer straw refer');
  });

  it('takes a self-referral privately, and reminds the managers at once to assign a practitioner', async () => {
    const reply = await peer(h, TEAM, CHRIS, 'straw refer');
    expect(reply).toContain('StRaW referral made');
    expect(reply).toContain('your line manager is not told');
    expect(await caseOf(CHRIS)).toMatchObject({ number: 1, route: 'self', practitionerRef: null, openedBy: ref(CHRIS) });
    expect(await peer(h, TEAM, CHRIS, 'straw refer')).toContain('already have StRaW support open');
    await tick();
    await h.fake.waitFor(() => dmsTo(MANAGER, 'StRaW practitioner assignment due') === 1 || null);
    expect(dmsTo(PRACTITIONER, 'assignment')).toBe(0);
  });

  it('asks a referred colleague first: declined, nothing is opened and the line manager hears only that', async () => {
    expect(await peer(h, TEAM, LINE, `straw refer ${mention(LINE)}`)).toContain('self-referral command');
    expect(await peer(h, TEAM, LINE, `straw refer ${mention(DANA)}`)).toContain('they have been asked');
    await h.fake.waitFor(() => dmsTo(DANA, 'Would you like StRaW support?') === 1 || null);
    expect(await peer(h, TEAM, LINE, `straw refer ${mention(DANA)}`)).toContain('already being asked');
    const [consent] = await database.db.select().from(programmeConsents).where(eq(programmeConsents.personRef, ref(DANA)));
    const no = buttonIn(h, dmOf(DANA), 'Would you like StRaW support?', `pl:programme-consent:${consent!.id}:no`);
    expect(no).not.toBe('');
    // Only the person asked can answer.
    expect(await press(h, TEAM, LINE, no)).toContain('Not found');
    expect(await press(h, TEAM, DANA, no)).toContain('Nothing has been opened');
    await h.fake.waitFor(() => dmsTo(LINE, 'StRaW referral') === 1 || null);
    expect(dmBlob(LINE)).toContain('chosen not to go ahead');
    expect(await caseOf(DANA)).toBeUndefined();
    expect(await press(h, TEAM, DANA, `pl:programme-consent:${consent!.id}:yes`)).toContain('answered this already');
    expect(await caseOf(DANA)).toBeUndefined();
  });

  it('opens the case when the colleague agrees', async () => {
    expect(await peer(h, TEAM, LINE, `straw refer ${mention(EVE)}`)).toContain('they have been asked');
    const [consent] = await database.db.select().from(programmeConsents).where(eq(programmeConsents.personRef, ref(EVE)));
    await h.fake.waitFor(() => dmsTo(EVE, 'Would you like StRaW support?') === 1 || null);
    expect(await press(h, TEAM, EVE, `pl:programme-consent:${consent!.id}:yes`)).toContain('Thank you');
    expect(await caseOf(EVE)).toMatchObject({ number: 2, route: 'manager', openedBy: ref(LINE) });
    await h.fake.waitFor(() => (dmBlob(LINE).includes('They have agreed') ? true : null));
    expect((await database.db.select().from(programmeConsents).where(eq(programmeConsents.id, consent!.id)))[0]).toMatchObject({ answer: 'given', caseId: (await caseOf(EVE))!.id });
  });

  it('assigns a practitioner, who holds the conversation: score first, then the outcome, with encrypted notes', async () => {
    expect(await peer(h, TEAM, PRACTITIONER, `straw assign 1 ${mention(PRACTITIONER)}`)).toContain('This needs a StRaW manager');
    expect(await peer(h, TEAM, PRACTITIONER, 'straw record 1')).toContain('These records are private');
    expect(await peer(h, TEAM, MANAGER, `straw assign 1 ${mention(MEMBER)}`)).toContain('no StRaW role');
    expect(await peer(h, TEAM, MANAGER, `straw assign 1 ${mention(PRACTITIONER)}`)).toContain('practitioner assigned');
    await h.fake.waitFor(() => dmsTo(PRACTITIONER, 'StRaW case 1 is yours') === 1 || null);
    await h.fake.waitFor(() => dmsTo(CHRIS, 'Your StRaW practitioner') === 1 || null);
    expect(await peer(h, TEAM, PRACTITIONER, 'straw due')).toContain('Case 1');

    clock.now = new Date('2026-11-25T11:00:00Z');
    const preview = await peer(h, TEAM, PRACTITIONER, 'straw record 1 yes sleep,mood');
    expect(preview).toContain('Score 2');
    expect(preview).toContain('Peer support');
    expect(preview).toContain('Nothing is recorded yet');
    expect((await stepsOf((await caseOf(CHRIS))!.id)).filter((s) => s.doneAt !== null).map((s) => s.step)).toEqual(['assign']);
    expect(await peer(h, TEAM, PRACTITIONER, 'straw record 1 yes sleep,bogus outcome peer-support')).toContain('"bogus" is not one of the tool');

    const done = await peer(h, TEAM, PRACTITIONER, `straw record 1 yes sleep,mood outcome peer-support notes ${NOTE}`);
    expect(done).toContain('StRaW conversation recorded');
    const steps = await stepsOf((await caseOf(CHRIS))!.id);
    const conversation = steps.find((s) => s.step === 'conversation')!;
    expect(conversation).toMatchObject({ score: 2, outcome: 'peer-support', recommendation: 'peer-support', toolVersion: 1 });
    expect(conversation.notesCiphertext).not.toContain('Deadline');
    expect(steps.find((s) => s.step === 'meeting')!.dueAt).toEqual(new Date('2026-12-09T11:00:00Z'));
    expect(steps.find((s) => s.step === 'follow-up')!.dueAt).toEqual(new Date('2026-12-23T11:00:00Z'));
    expect(await peer(h, TEAM, PRACTITIONER, 'straw case 1')).toContain(NOTE);
    const audit = JSON.stringify(await database.db.select().from(auditLog));
    expect(audit).toContain('straw.step.recorded');
    expect(audit).not.toContain('Deadline');
  });

  it('reminds the practitioner of the meeting, then tells the managers too when it is overdue', async () => {
    clock.now = new Date('2026-12-09T11:05:00Z');
    await tick();
    await h.fake.waitFor(() => dmsTo(PRACTITIONER, 'StRaW peer support meeting due') === 1 || null);
    expect(dmsTo(MANAGER, 'peer support meeting')).toBe(0);
    clock.now = new Date('2026-12-11T11:05:00Z');
    await tick();
    await h.fake.waitFor(() => (dmsTo(PRACTITIONER, 'StRaW peer support meeting overdue') === 1 && dmsTo(MANAGER, 'StRaW peer support meeting overdue') === 1) || null);
    expect(await peer(h, TEAM, PRACTITIONER, 'straw record 1')).toContain('peer support meeting recorded');
  });

  it('holds the one-month follow-up, which closes the case', async () => {
    clock.now = new Date('2026-12-23T11:05:00Z');
    await tick();
    await h.fake.waitFor(() => dmsTo(PRACTITIONER, 'StRaW one-month follow-up due') === 1 || null);
    const closed = await peer(h, TEAM, PRACTITIONER, 'straw record 1 yes sleep outcome close');
    expect(closed).toContain('The case is now closed');
    expect((await caseOf(CHRIS))!.closedAt).toEqual(clock.read());
    clock.now = new Date('2026-12-26T11:05:00Z');
    await tick();
    expect(dmsTo(PRACTITIONER, 'follow-up overdue')).toBe(0);
    expect(await peer(h, TEAM, PRACTITIONER, 'straw record 1')).toContain('case is closed');
  });

  it('signposts to the community EAP and resources by DM', async () => {
    expect(await peer(h, TEAM, MANAGER, `straw assign 2 ${mention(PRACTITIONER)}`)).toContain('practitioner assigned');
    const reply = await peer(h, TEAM, PRACTITIONER, 'straw record 2 yes work-demands,sleep,mood,functioning,not-coping,poor-support outcome signpost');
    expect(reply).toContain('outcome: Signpost');
    await h.fake.waitFor(() => dmsTo(EVE, 'Support you can reach') === 1 || null);
    expect(dmBlob(EVE)).toContain('Acme EAP');
    // Its words come from the catalogue and the practitioner's suggestion, rendered, never an object.
    expect(dmBlob(EVE)).toContain('these people can help');
    expect(dmBlob(EVE)).not.toContain('[object Object]');
    const steps = await stepsOf((await caseOf(EVE))!.id);
    expect(steps.map((s) => s.step).sort()).toEqual(['assign', 'conversation', 'follow-up']);
    expect(JSON.stringify(await peer(h, TEAM, MANAGER, 'straw due'))).not.toContain('Case 1');
    // The line manager who referred Eve never sees the record.
    expect(await peer(h, TEAM, LINE, 'straw case 2')).toContain('These records are private');
  });

  it('gives a Spanish member the StRaW help in Spanish', async () => {
    h.fake.workspace.users.set(LUCIA, { id: LUCIA, name: 'lucia', real_name: 'Lucía', locale: 'es-ES' });
    const help = await peer(h, TEAM, LUCIA, 'straw help');
    expect(help).toContain('/peer straw refer — pide apoyo StRaW para ti (privado para el equipo StRaW)');
    expect(help).toContain('/peer straw tool save {json}');
    expect(help).not.toContain('ask for StRaW support');
  });
});
