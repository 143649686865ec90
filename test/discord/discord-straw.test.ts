/**
 * StRaW through the real discord.js client and the local fake Discord, with a fixed clock moved by hand
 * and the scheduler ticked at chosen times: switched on by a coordinator → roles → everyone else refused
 * → a private self-referral → a colleague referred by their line manager who declines (nothing opened,
 * the manager told only that) and one who agrees (case opened) → assignment → the conversation with
 * the default tool (score first, then the outcome) → meeting reminder and overdue notice → the one-month
 * follow-up closes the case → signposting with the community EAP. Nothing StRaW reaches a guild channel.
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotesCipher } from '../../src/core/trim/notes-cipher.js';
import { programmeCases, programmeConsents, programmeSteps } from '../../src/db/schema.js';
import { handlers } from '../../src/scheduler/jobs/index.js';
import { JobRunner } from '../../src/scheduler/runner.js';
import { TestClock } from '../support/core.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { callTo, type SlashOptionValue } from '../fakes/discord/index.js';
import { ADMIN, ANON, APP, CLOSED, GENERAL, GUILD, MEMBER, STRANGER, startDiscordHarness, VOL1, VOL2, VOLUNTEERS, type DiscordHarness } from './harness.js';

const MANAGER = STRANGER;
const PRACTITIONER = VOL2;
const CHRIS = VOL1;
const DANA = ANON;
const EVE = ADMIN;
const LINE = MEMBER;
const NOTE = 'Deadline pressure since the reorganisation';
const user = (id: string) => ({ type: 6, value: id }) as const;

let database: TestDatabase;
let h: DiscordHarness;
// Monday 23 November 2026, 10:00 in London (UTC in winter).
const clock = new TestClock(new Date('2026-11-23T10:00:00Z'));
const cipher = new NotesCipher(randomBytes(32));

beforeAll(async () => {
  database = await createTestDatabase();
  h = await startDiscordHarness(database, { clock: clock.read, trimNotes: cipher });
  expect(await h.slash(ADMIN, 'peer-admin', { subcommand: 'setup', options: { 'volunteer-channel': VOLUNTEERS, country: 'GB', 'time-zone': 'Europe/London' } })).toContain('Peerline is set up');
  expect(await h.slash(ADMIN, 'peer-admin', { subcommandGroup: 'settings', subcommand: 'resource-add', options: { name: 'Acme EAP', hours: '24/7', reach: 'call 0800 123 4567' } })).not.toContain('did not work');
}, 60_000);
afterAll(async () => {
  await h?.stop();
  await database?.dispose();
});

const tick = () => new JobRunner({ deps: h.deps, handlers }).tick(clock.read());
const original = (token: string) => callTo('PATCH', `/webhooks/${APP}/${token}/messages/@original`);

/** What the person sees: the ephemeral reply, or the edit that follows a deferral. */
async function interact(payload: Parameters<DiscordHarness['fake']['sendInteraction']>[0] & { id: string; token: string }): Promise<string> {
  const first = await h.fake.sendInteraction(payload);
  if (first.type === 5 || first.type === 6) {
    if (first.type === 5) expect(first.data).toMatchObject({ flags: 64 });
    return JSON.stringify((await h.fake.waitForCall(original(payload.token), 5000)).body);
  }
  if (first.type === 4) expect(first.data).toMatchObject({ flags: 64 });
  return JSON.stringify(first.data);
}

const straw = (who: string, subcommand: string, options: Record<string, SlashOptionValue> = {}, subcommandGroup?: string) =>
  interact(h.fake.build.slashCommand({ user: who, name: 'straw', channel: GENERAL, subcommand, options, ...(subcommandGroup === undefined ? {} : { subcommandGroup }) }));
const press = (who: string, customId: string, message: string) => interact(h.fake.build.button({ user: who, customId, message }));

const dmMessages = (who: string) => {
  const dm = h.fake.state.dmChannelOf(who);
  return dm === undefined ? [] : h.fake.state.messagesIn(dm);
};
const dmsTo = (who: string, including: string) => dmMessages(who).filter((m) => JSON.stringify(m).includes(including));
const ref = (id: string) => `discord:${GUILD}:${id}`;
const caseOf = async (person: string) => (await database.db.select().from(programmeCases).where(eq(programmeCases.personRef, ref(person))))[0];
const stepsOf = async (caseId: string) => database.db.select().from(programmeSteps).where(eq(programmeSteps.caseId, caseId));
const consentOf = async (person: string) => (await database.db.select().from(programmeConsents).where(eq(programmeConsents.personRef, ref(person))))[0]!;
/** The DM asking `who` for consent: its message id. */
async function questionTo(who: string): Promise<string> {
  await expect.poll(() => dmsTo(who, 'Would you like StRaW support?').length).toBe(1);
  return dmsTo(who, 'Would you like StRaW support?')[0]!.id;
}

describe('StRaW on Discord', () => {
  it('is off until a coordinator switches it on; roles are given; staff subcommands are refused to everyone else', async () => {
    expect(await straw(CHRIS, 'refer')).toContain('StRaW is not switched on');
    expect(await straw(LINE, 'enable')).toContain('Not allowed');
    expect(await straw(ADMIN, 'enable')).toContain('StRaW is on');
    expect(await straw(ADMIN, 'add', { user: user(MANAGER), role: 'manager' }, 'role')).toContain('StRaW role given');
    expect(await straw(MANAGER, 'add', { user: user(PRACTITIONER), role: 'practitioner' }, 'role')).toContain('StRaW role given');
    expect(await straw(ADMIN, 'roles')).toContain('StRaW roles (2)');
    const subcommands: [string, Record<string, SlashOptionValue>][] = [
      ['due', {}],
      ['case', { case: 1 }],
      ['assign', { case: 1, practitioner: user(PRACTITIONER) }],
      ['record', { case: 1 }],
      ['close', { case: 1 }],
      ['tool', {}],
    ];
    for (const who of [LINE, ADMIN]) {
      for (const [sub, options] of subcommands) expect(await straw(who, sub, options), `${who}: /straw ${sub}`).toContain('These records are private');
    }
    expect(await straw(PRACTITIONER, 'tool')).toContain('check against your StRaW training');
  });

  it('takes a self-referral privately, and reminds the managers at once', async () => {
    expect(await straw(CHRIS, 'refer')).toContain('StRaW referral made');
    expect(await caseOf(CHRIS)).toMatchObject({ number: 1, route: 'self', practitionerRef: null });
    await tick();
    await expect.poll(() => dmsTo(MANAGER, 'StRaW practitioner assignment due').length).toBe(1);
    expect(dmsTo(PRACTITIONER, 'assignment')).toHaveLength(0);
  });

  it('asks a referred colleague by DM first: declined, nothing opened, the line manager told only that', async () => {
    expect(await straw(LINE, 'refer', { colleague: user(DANA) })).toContain('they have been asked');
    const question = await questionTo(DANA);
    const consent = await consentOf(DANA);
    expect(await press(DANA, `pl:programme-consent:${consent.id}:no`, question)).toContain('Nothing has been opened');
    await expect.poll(() => dmsTo(LINE, 'chosen not to go ahead').length).toBe(1);
    expect(await caseOf(DANA)).toBeUndefined();
    expect(await press(DANA, `pl:programme-consent:${consent.id}:yes`, question)).toContain('answered this already');
    expect(await caseOf(DANA)).toBeUndefined();
  });

  it('says so when the colleague cannot be asked (their DMs are closed), and leaves nothing waiting', async () => {
    expect(await straw(LINE, 'refer', { colleague: user(CLOSED) })).toContain('I could not open a private conversation with them');
    expect(await database.db.select().from(programmeConsents).where(eq(programmeConsents.personRef, ref(CLOSED)))).toHaveLength(0);
  });

  it('opens the case when the colleague agrees', async () => {
    expect(await straw(LINE, 'refer', { colleague: user(EVE) })).toContain('they have been asked');
    const question = await questionTo(EVE);
    expect(await press(EVE, `pl:programme-consent:${(await consentOf(EVE)).id}:yes`, question)).toContain('Thank you');
    expect(await caseOf(EVE)).toMatchObject({ number: 2, route: 'manager', openedBy: ref(LINE) });
    await expect.poll(() => dmsTo(LINE, 'They have agreed').length).toBe(1);
  });

  it('assigns a practitioner, who records the conversation: score first, then the outcome, notes encrypted', async () => {
    expect(await straw(PRACTITIONER, 'assign', { case: 1, practitioner: user(PRACTITIONER) })).toContain('This needs a StRaW manager');
    expect(await straw(MANAGER, 'assign', { case: 1, practitioner: user(PRACTITIONER) })).toContain('practitioner assigned');
    await expect.poll(() => dmsTo(PRACTITIONER, 'StRaW case 1 is yours').length).toBe(1);
    await expect.poll(() => dmsTo(CHRIS, 'Your StRaW practitioner').length).toBe(1);

    clock.now = new Date('2026-11-25T11:00:00Z');
    const preview = await straw(PRACTITIONER, 'record', { case: 1, yes: 'sleep, mood' });
    expect(preview).toContain('Score 2');
    expect(preview).toContain('Nothing is recorded yet');
    expect(await straw(PRACTITIONER, 'record', { case: 1, yes: 'sleep, mood', outcome: 'peer-support', notes: NOTE })).toContain('StRaW conversation recorded');
    const steps = await stepsOf((await caseOf(CHRIS))!.id);
    expect(steps.find((s) => s.step === 'conversation')).toMatchObject({ score: 2, outcome: 'peer-support' });
    expect(steps.find((s) => s.step === 'conversation')!.notesCiphertext).not.toContain('Deadline');
    expect(steps.find((s) => s.step === 'meeting')!.dueAt).toEqual(new Date('2026-12-09T11:00:00Z'));
    expect(await straw(PRACTITIONER, 'case', { case: 1 })).toContain(NOTE);
  });

  it('reminds of the meeting, reports it overdue to the managers too, then the follow-up closes the case', async () => {
    clock.now = new Date('2026-12-09T11:05:00Z');
    await tick();
    await expect.poll(() => dmsTo(PRACTITIONER, 'StRaW peer support meeting due').length).toBe(1);
    clock.now = new Date('2026-12-11T11:05:00Z');
    await tick();
    await expect.poll(() => dmsTo(MANAGER, 'StRaW peer support meeting overdue').length).toBe(1);
    expect(await straw(PRACTITIONER, 'record', { case: 1 })).toContain('peer support meeting recorded');
    clock.now = new Date('2026-12-23T11:05:00Z');
    await tick();
    await expect.poll(() => dmsTo(PRACTITIONER, 'StRaW one-month follow-up due').length).toBe(1);
    expect(await straw(PRACTITIONER, 'record', { case: 1, yes: 'sleep', outcome: 'close' })).toContain('The case is now closed');
    expect((await caseOf(CHRIS))!.closedAt).toEqual(clock.read());
  });

  it('signposts to the community EAP by DM', async () => {
    expect(await straw(MANAGER, 'assign', { case: 2, practitioner: user(PRACTITIONER) })).toContain('practitioner assigned');
    expect(await straw(PRACTITIONER, 'record', { case: 2, yes: 'work-demands,sleep,mood,functioning,not-coping', outcome: 'signpost' })).toContain('Signpost');
    await expect.poll(() => dmsTo(EVE, 'Acme EAP').length).toBe(1);
    expect(await straw(LINE, 'case', { case: 2 })).toContain('These records are private');
    // Nothing StRaW was posted in a guild channel: only ephemeral replies (flag 64), seen by the one who asked.
    for (const channel of [GENERAL, VOLUNTEERS]) {
      const shared = h.fake.state.messagesIn(channel).filter((m) => ((m as { flags?: number }).flags ?? 0) % 128 < 64);
      expect(JSON.stringify(shared)).not.toContain('StRaW');
    }
  });
});
