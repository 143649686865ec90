/**
 * TRiM through the real discord.js client and the local fake Discord, with a fixed clock moved by hand
 * and the scheduler ticked at chosen times: roles → everyone else refused → incident → planning
 * reminder → 72-hour assessment (not before) through the select/button steps → encrypted notes →
 * one-month follow-up → case closed. Nothing TRiM ever reaches a guild channel.
 */
import { randomBytes } from 'node:crypto';
import process from 'node:process';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordRegisterCommand } from '../../src/cli/discord-register.js';
import { NotesCipher } from '../../src/core/trim/notes-cipher.js';
import { DEFAULT_RISK_TOOL } from '../../src/core/trim/tool.js';
import { communities, jobs, trimAssessments, trimCases, trimIncidents, trimStaff } from '../../src/db/schema.js';
import { handlers } from '../../src/scheduler/jobs/index.js';
import { JobRunner } from '../../src/scheduler/runner.js';
import { TestClock } from '../support/core.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { callTo, type SlashOptionValue } from '../fakes/discord/index.js';
import { ADMIN, ANON, APP, CLOSED, GENERAL, GUILD, MEMBER, STRANGER, startDiscordHarness, VOL1, VOL2, VOLUNTEERS, type DiscordHarness } from './harness.js';

const MANAGER = STRANGER;
const PRACTITIONER = VOL2;
const VOLUNTEER = VOL1;
const ALEX = ANON;
const SAM = CLOSED;
const NOTE = 'Sleeping badly since the collision; sister staying with them';
const user = (id: string) => ({ type: 6, value: id }) as const;

let database: TestDatabase;
let h: DiscordHarness;
const clock = new TestClock(new Date('2026-11-22T10:00:00Z'));
const cipher = new NotesCipher(randomBytes(32));

beforeAll(async () => {
  database = await createTestDatabase();
  h = await startDiscordHarness(database, { clock: clock.read, trimNotes: cipher });
  expect(await h.slash(ADMIN, 'peer-admin', { subcommand: 'setup', options: { 'volunteer-channel': VOLUNTEERS, country: 'GB', 'time-zone': 'Europe/London' } })).toContain('Peerline is set up');
  expect(await h.slash(ADMIN, 'peer-admin', { subcommandGroup: 'volunteer', subcommand: 'add', options: { user: VOLUNTEER, 'trained-until': '2027-06-30' } })).toContain('Volunteer enrolled');
}, 60_000);
afterAll(async () => {
  await h?.stop();
  await database?.dispose();
});

const tick = () => new JobRunner({ deps: h.deps, handlers }).tick(clock.read());
const original = (token: string) => callTo('PATCH', `/webhooks/${APP}/${token}/messages/@original`);

interface Answer {
  /** The first callback's type: 4 reply, 5 deferred reply, 6 deferred update, 7 update, 9 modal. */
  readonly type: number;
  /** What the person sees: the reply, the edit after a deferral, the update or the modal, as JSON. */
  readonly text: string;
  /** The message the answer is on (the ephemeral reply, or the message the component was on). */
  readonly message: string | null;
  readonly data: Record<string, unknown> | null;
}

async function interact(payload: Parameters<DiscordHarness['fake']['sendInteraction']>[0] & { id: string; token: string }): Promise<Answer> {
  const first = await h.fake.sendInteraction(payload);
  const message = () => h.fake.state.interactions.get(payload.id)?.originalMessageId ?? null;
  if (first.type === 5 || first.type === 6) {
    // Deferred: the answer is the edit that follows. A deferred reply is always ephemeral.
    if (first.type === 5) expect(first.data).toMatchObject({ flags: 64 });
    const edit = await h.fake.waitForCall(original(payload.token), 5000);
    return { type: first.type, text: JSON.stringify(edit.body), message: message(), data: (edit.body ?? null) as Record<string, unknown> | null };
  }
  if (first.type === 4) expect(first.data).toMatchObject({ flags: 64 });
  return { type: first.type, text: JSON.stringify(first.data), message: message(), data: first.data };
}

const trim = (who: string, subcommand: string, options: Record<string, SlashOptionValue> = {}, subcommandGroup?: string) =>
  interact(h.fake.build.slashCommand({ user: who, name: 'trim', channel: GENERAL, subcommand, options, ...(subcommandGroup === undefined ? {} : { subcommandGroup }) }));
const press = (who: string, customId: string, message: string) => interact(h.fake.build.button({ user: who, customId, message }));
const pick = (who: string, customId: string, values: string[], message: string) => interact(h.fake.build.stringSelect({ user: who, customId, values, message }));

/** The custom ids on a stored message, in order. */
const idsOn = (message: string): string[] => [...JSON.stringify(h.fake.state.messages.get(message)?.payload.components ?? []).matchAll(/"custom_id":"([^"]+)"/g)].map((m) => m[1]!);
const idOn = (message: string, prefix: string) => idsOn(message).find((id) => id.startsWith(prefix)) ?? `(no ${prefix} on the message)`;
const dmMessages = (who: string) => {
  const dm = h.fake.state.dmChannelOf(who);
  return dm === undefined ? [] : h.fake.state.messagesIn(dm);
};
const dmsTo = (who: string, including: string) => dmMessages(who).filter((m) => JSON.stringify(m).includes(including));

async function caseOf(person: string) {
  const [row] = await database.db.select().from(trimCases).where(eq(trimCases.personRef, `discord:${GUILD}:${person}`));
  return row!;
}

const incident = (o: { when?: string; people?: Record<string, string> } = {}) => ({
  title: 'Depot 3 collision',
  when: o.when ?? '2026-11-22 09:00',
  ...Object.fromEntries(Object.entries(o.people ?? { 'person-1': ALEX, 'practitioner-1': PRACTITIONER, 'person-2': SAM, 'practitioner-2': PRACTITIONER }).map(([k, v]) => [k, user(v)])),
});
const itemText = (id: string) => DEFAULT_RISK_TOOL.items.find((i) => i.id === id)!.text;

describe('TRiM on Discord', () => {
  it('lets coordinators give roles, and refuses TRiM to members and volunteers at every subcommand', async () => {
    expect((await trim(VOLUNTEER, 'add', { user: user(VOLUNTEER), role: 'manager' }, 'role')).text).toContain('Not allowed');
    expect((await trim(ADMIN, 'add', { user: user(MANAGER), role: 'manager' }, 'role')).text).toContain('TRiM role given');
    expect((await trim(MANAGER, 'add', { user: user(PRACTITIONER), role: 'practitioner' }, 'role')).text).toContain('TRiM role given');
    expect((await trim(ADMIN, 'roles')).text).toContain('TRiM roles (2)');

    const subcommands: [string, Record<string, SlashOptionValue>][] = [
      ['incident', incident()],
      ['due', {}],
      ['page', {}],
      ['assess', { incident: 1, person: user(ALEX) }],
      ['case', { incident: 1 }],
      ['planned', { incident: 1 }],
      ['assign', { incident: 1, person: user(ALEX), practitioner: user(VOLUNTEER) }],
      ['close', { incident: 1 }],
      ['tool', {}],
      ['tool-edit', {}],
      ['roles', {}],
    ];
    for (const who of [MEMBER, VOLUNTEER]) {
      for (const [sub, options] of subcommands) {
        const answer = await trim(who, sub, options);
        expect(answer.text, `${who}: /trim ${sub}`).toContain('TRiM records are private');
        expect(answer.type, `${who}: /trim ${sub}`).not.toBe(9);
      }
      // Handing out roles is a coordinator's (or TRiM manager's) job.
      expect((await trim(who, 'add', { user: user(who), role: 'practitioner' }, 'role')).text).toContain('Not allowed');
      expect((await trim(who, 'remove', { user: user(PRACTITIONER) }, 'role')).text).toContain('Not allowed');
    }
    // Coordinators hand out the roles but do not see the records.
    expect((await trim(ADMIN, 'due')).text).toContain('TRiM records are private');
    // Nor the TRiM page: its sign-in link goes to TRiM staff only.
    expect((await trim(ADMIN, 'page')).text).toContain('TRiM records are private');
    expect((await trim(PRACTITIONER, 'page')).text).toMatch(/https:\/\/dash\.example\.org\/trim\/sign-in\?token=[\w-]{20,}/);
    // …and cannot give themselves a role to read them (Manage Server makes no difference).
    expect((await trim(ADMIN, 'add', { user: user(ADMIN), role: 'manager' }, 'role')).text).toContain('Nobody can give themselves a TRiM role');
    expect((await trim(ADMIN, 'case', { incident: 1 })).text).toContain('TRiM records are private');
    expect(await database.db.select().from(trimIncidents)).toHaveLength(0);
    expect((await database.db.select().from(trimStaff)).map((s) => s.role).sort()).toEqual(['manager', 'practitioner']);
  });

  it('logs an incident from one command: "when" in the community time zone, a practitioner for each person', async () => {
    expect((await trim(PRACTITIONER, 'incident', incident({ when: '2026-11-23 09:00' }))).text).toContain('cannot be in the future');
    expect((await trim(PRACTITIONER, 'incident', incident({ when: '2026-02-30 09:00' }))).text).toContain('YYYY-MM-DD HH:MM');
    expect((await trim(PRACTITIONER, 'incident', incident({ people: { 'person-1': ALEX, 'practitioner-1': PRACTITIONER, 'person-2': SAM } }))).text).toContain('person-2 has no practitioner');
    const unqualified = await trim(PRACTITIONER, 'incident', incident({ people: { 'person-1': ALEX, 'practitioner-1': PRACTITIONER, 'person-2': SAM, 'practitioner-2': VOLUNTEER } }));
    expect(unqualified.text).toContain('no TRiM role here');
    expect(unqualified.text).toContain('(practitioner-2)');
    expect(await database.db.select().from(trimIncidents)).toHaveLength(0);

    expect((await trim(PRACTITIONER, 'incident', incident())).text).toContain('TRiM incident logged');
    const [logged] = await database.db.select().from(trimIncidents);
    // 09:00 in London in November is 09:00 UTC.
    expect(logged).toMatchObject({ number: 1, title: 'Depot 3 collision', occurredAt: new Date('2026-11-22T09:00:00Z') });
    const alex = await caseOf(ALEX);
    expect(alex).toMatchObject({ practitionerRef: `discord:${GUILD}:${PRACTITIONER}`, initialDueAt: new Date('2026-11-25T09:00:00Z'), followUpDueAt: new Date('2026-12-20T09:00:00Z') });
  });

  it('reminds the managers of the planning meeting by DM, and records it', async () => {
    await tick();
    await expect.poll(() => dmsTo(MANAGER, 'TRiM planning meeting to arrange').length).toBe(1);
    expect(dmsTo(PRACTITIONER, 'planning meeting')).toHaveLength(0);
    expect((await trim(PRACTITIONER, 'planned', { incident: 1 })).text).toContain('This needs a TRiM manager');
    // The reminder's own button records it (a plain core action, through the adapter's usual button path).
    const [logged] = await database.db.select().from(trimIncidents);
    const reminder = dmsTo(MANAGER, 'TRiM planning meeting to arrange')[0]!;
    expect(idOn(reminder.id, 'pl:trim-planned:')).toBe(`pl:trim-planned:${logged!.id}`);
    expect((await press(MANAGER, `pl:trim-planned:${logged!.id}`, reminder.id)).text).toContain('Planning meeting recorded');
    expect((await trim(MANAGER, 'planned', { incident: 1 })).text).toContain('already recorded');
  });

  it('refuses the assessment before 72 hours, and reminds the practitioner by DM when it falls due', async () => {
    const early = await trim(PRACTITIONER, 'assess', { incident: 1, person: user(ALEX) });
    expect(early.text).toContain('no sooner than 72 hours after the incident');
    expect(early.text).not.toContain('pl:trim-score');
    clock.now = new Date('2026-11-25T08:59:00Z');
    await tick();
    expect(dmsTo(PRACTITIONER, 'assessment due')).toHaveLength(0);

    clock.now = new Date('2026-11-25T09:00:00Z');
    await tick();
    await expect.poll(() => dmsTo(PRACTITIONER, 'TRiM initial risk assessment due').length).toBe(2);
    const due = await trim(PRACTITIONER, 'due');
    expect(due.text).toContain('TRiM assessments due (2)');
    expect(due.text).toContain(`pl:trim-assess:${(await caseOf(ALEX)).id}`);
  });

  it('records the assessment through the selects and buttons: score, recommendation, YES/NO list, encrypted notes', async () => {
    const alex = await caseOf(ALEX);
    const reminder = dmsTo(PRACTITIONER, 'TRiM initial risk assessment due').find((m) => JSON.stringify(m.components).includes(alex.id))!;
    // The Assess button in the reminder DM starts the flow (core's handleAction cannot: it is a form on Slack).
    const start = await press(PRACTITIONER, `pl:trim-assess:${alex.id}`, reminder.id);
    expect(start.type).toBe(5);
    expect(start.text).toContain('Initial TRiM assessment');
    expect(start.text).toContain(DEFAULT_RISK_TOOL.items[0]!.text);
    const form = start.message!;
    expect(h.fake.state.messages.get(form)?.ephemeralFor).toBe(PRACTITIONER);
    // Nothing can be scored before consent is recorded.
    expect(start.text).toMatch(/"custom_id":"pl:trim-score:[^"]+:i:1:u:0","label":"Score it","disabled":true/);

    const consented = await pick(PRACTITIONER, `pl:trim-consent:${alex.id}`, ['yes'], form);
    expect(consented.type).toBe(7);
    expect(idOn(form, 'pl:trim-score:')).toBe(`pl:trim-score:${alex.id}:i:1:y:0`);
    const yes = ['threat-to-life', 'acute-stress', 'functioning', 'alcohol'];
    expect((await pick(PRACTITIONER, `pl:trim-items:${alex.id}`, yes, form)).type).toBe(7);
    // Items 1, 5, 6 and 9 of the tool: bits 0, 4, 5 and 8.
    expect(idOn(form, 'pl:trim-score:')).toBe(`pl:trim-score:${alex.id}:i:1:y:131`);
    expect(JSON.stringify(h.fake.state.messages.get(form)?.payload.components)).toContain('"value":"alcohol","default":true');

    const scored = await press(PRACTITIONER, idOn(form, 'pl:trim-score:'), form);
    expect(scored.type).toBe(6);
    expect(scored.text).toContain('Score 4. The tool recommends: Monitor: stay in touch before the follow-up');
    expect(scored.text).toContain(`YES: ${yes.map(itemText).join(' · ')}`);
    expect(scored.text).toContain(`NO: ${itemText('loss-of-control')}`);
    expect(scored.text).toContain('"value":"monitor","default":true');
    expect(idsOn(form).filter((id) => id.startsWith('pl:trim-rec'))).toEqual([`pl:trim-rec:${alex.id}:i:1:y:131:1`, `pl:trim-recn:${alex.id}:i:1:y:131:1`]);

    // Another outcome from the practitioner's own judgement, then back to the recommendation.
    await pick(PRACTITIONER, `pl:trim-outcome:${alex.id}`, ['refer'], form);
    expect(idOn(form, 'pl:trim-rec:')).toBe(`pl:trim-rec:${alex.id}:i:1:y:131:3`);
    await pick(PRACTITIONER, `pl:trim-outcome:${alex.id}`, ['monitor'], form);

    const modal = await press(PRACTITIONER, idOn(form, 'pl:trim-recn:'), form);
    expect(modal.type).toBe(9);
    expect(modal.data).toMatchObject({ custom_id: `pl:trim-notes:${alex.id}:i:1:y:131:1` });
    expect(await database.db.select().from(trimAssessments)).toHaveLength(0);
    const recorded = await interact(h.fake.build.modalSubmit({ user: PRACTITIONER, customId: `pl:trim-notes:${alex.id}:i:1:y:131:1`, fields: { notes: NOTE }, message: form }));
    expect(recorded.type).toBe(6);
    expect(recorded.text).toContain('TRiM assessment recorded');
    expect(recorded.data).toMatchObject({ components: [] });

    const [saved] = await database.db.select().from(trimAssessments).where(eq(trimAssessments.caseId, alex.id));
    expect(saved).toMatchObject({ stage: 'initial', consented: true, score: 4, recommendation: 'monitor', outcome: 'monitor', toolVersion: 1 });
    expect(saved!.answers).toEqual(Object.fromEntries(DEFAULT_RISK_TOOL.items.map((i) => [i.id, yes.includes(i.id)])));
    expect(saved!.notesCiphertext).toMatch(/^v1\./);
    for (const table of ['trim_assessments', 'jobs', 'audit_log', 'job_effects', 'inbound_deliveries', 'trim_cases', 'trim_incidents']) {
      expect(JSON.stringify(await database.db.execute(sql.raw(`select * from ${table}`))), table).not.toContain('Sleeping badly');
    }
    expect(JSON.stringify(h.core.log.entries)).not.toContain('Sleeping badly');

    // A second click on Record changes nothing.
    const again = await press(PRACTITIONER, `pl:trim-rec:${alex.id}:i:1:y:131:1`, form);
    expect(again.text).toContain('already recorded');
    expect(await database.db.select().from(trimAssessments)).toHaveLength(1);
    expect((await trim(PRACTITIONER, 'case', { incident: 1 })).text).toContain(NOTE);
  });

  it('records a decline from /trim assess, with nothing scored', async () => {
    const sam = await caseOf(SAM);
    const start = await trim(PRACTITIONER, 'assess', { incident: 1, person: user(SAM) });
    const form = start.message!;
    await pick(PRACTITIONER, `pl:trim-consent:${sam.id}`, ['no'], form);
    const confirm = await press(PRACTITIONER, idOn(form, 'pl:trim-score:'), form);
    expect(confirm.text).toContain('They declined to take part');
    expect(confirm.text).not.toContain('YES:');
    expect((await press(PRACTITIONER, idOn(form, 'pl:trim-rec:'), form)).text).toContain('declined to take part');
    const [declined] = await database.db.select().from(trimAssessments).where(eq(trimAssessments.caseId, sam.id));
    expect(declined).toMatchObject({ consented: false, score: null, outcome: 'declined', answers: {} });
  });

  it('lets only a manager edit the risk tool, in a modal prefilled with it', async () => {
    expect((await trim(PRACTITIONER, 'tool-edit')).text).toContain('This needs a TRiM manager');
    const modal = await trim(MANAGER, 'tool-edit');
    expect(modal.type).toBe(9);
    expect(modal.data).toMatchObject({ custom_id: 'pl:form:trim-tool' });
    const json = /"value":("(?:[^"\\]|\\.)*")/.exec(modal.text)![1]!;
    const tool = JSON.parse(JSON.parse(json) as string) as typeof DEFAULT_RISK_TOOL;
    expect(tool.items.map((i) => i.id)).toEqual(DEFAULT_RISK_TOOL.items.map((i) => i.id));
    expect((await interact(h.fake.build.modalSubmit({ user: MANAGER, customId: 'pl:form:trim-tool', fields: { tool: '{"name":' } }))).text).toContain('not valid JSON');
    const saved = await interact(h.fake.build.modalSubmit({ user: MANAGER, customId: 'pl:form:trim-tool', fields: { tool: JSON.stringify({ ...tool, name: 'Our TRiM tool' }) } }));
    expect(saved.text).toContain('Risk tool version 2 saved');
    expect((await trim(PRACTITIONER, 'tool')).text).toContain('Our TRiM tool');
  });

  it('takes the one-month follow-up from 28 days, and closes the case with it', async () => {
    const alex = await caseOf(ALEX);
    clock.now = new Date('2026-12-10T09:00:00Z');
    expect((await trim(PRACTITIONER, 'assess', { incident: 1, person: user(ALEX) })).text).toContain('one-month follow-up assessment is due from');

    clock.now = new Date('2026-12-20T09:00:00Z');
    await tick();
    await expect.poll(() => dmsTo(PRACTITIONER, 'TRiM one-month follow-up assessment due').length).toBe(2);
    const reminder = dmsTo(PRACTITIONER, 'follow-up assessment due').find((m) => JSON.stringify(m.components).includes(alex.id))!;
    const start = await press(PRACTITIONER, `pl:trim-assess:${alex.id}`, reminder.id);
    expect(start.text).toContain('TRiM follow-up');
    const form = start.message!;
    // The tool changed since the initial assessment: the follow-up uses version 2.
    expect(idOn(form, 'pl:trim-score:')).toBe(`pl:trim-score:${alex.id}:f:2:u:0`);
    await pick(PRACTITIONER, `pl:trim-consent:${alex.id}`, ['yes'], form);
    const confirm = await press(PRACTITIONER, idOn(form, 'pl:trim-score:'), form);
    expect(confirm.text).toContain('Score 0. The tool recommends: No further TRiM action: close at follow-up');
    expect(confirm.text).toContain('YES: none');
    const done = await press(PRACTITIONER, idOn(form, 'pl:trim-rec:'), form);
    expect(done.text).toContain('The case is now closed');

    expect(await caseOf(ALEX)).toMatchObject({ closeReason: 'follow-up-done' });
    expect((await caseOf(ALEX)).closedAt).toEqual(new Date('2026-12-20T09:00:00Z'));
    const pending = (await database.db.select().from(jobs).where(eq(jobs.kind, 'trim-assessment'))).filter((j) => JSON.stringify(j.payload).includes(alex.id) && j.state === 'pending');
    expect(pending).toHaveLength(0);
  });

  it('shows the timings to TRiM staff and lets only a manager change them, never sooner than 72 hours', async () => {
    expect((await trim(PRACTITIONER, 'timings')).text).toContain('72 hours after the incident');
    expect((await trim(MEMBER, 'timings')).text).toContain('TRiM records are private');
    expect((await trim(ADMIN, 'timings', { initial: 96 })).text).toContain('TRiM records are private');
    expect((await trim(PRACTITIONER, 'timings', { initial: 96 })).text).toContain('This needs a TRiM manager');
    const tooSoon = (await trim(MANAGER, 'timings', { initial: 71, planning: 80 })).text;
    expect(tooSoon).toContain('71 hours is too soon: never sooner than 72 hours after the incident');
    expect(tooSoon).toContain('Nothing was saved');
    expect((await trim(MANAGER, 'timings', { planning: 100 })).text).toContain('would come after the initial assessment');
    expect((await trim(MANAGER, 'timings', { overdue: 27 })).text).toContain('only when the follow-up is already due');
    const [before] = await database.db.select().from(communities).where(eq(communities.ref, `discord:${GUILD}`));
    expect(before!.settings.trim.initialAfterHours).toBe(72);
    const saved = (await trim(MANAGER, 'timings', { initial: 120, overdue: 3 })).text;
    expect(saved).toContain('TRiM timings saved');
    expect(saved).toContain('120 hours after the incident');
    const [after] = await database.db.select().from(communities).where(eq(communities.ref, `discord:${GUILD}`));
    expect(after!.settings.trim).toEqual({ planningWithinHours: 24, initialAfterHours: 120, followUpAfterDays: 28, overdueAfterDays: 3 });
    expect((await trim(MANAGER, 'timings', { initial: 120 })).text).toContain('Nothing changed');
  });

  it('never posts anything TRiM to a guild channel: every answer is ephemeral or a DM', () => {
    const guildChannels = new Set([...h.fake.state.channels.values()].filter((c) => c.kind !== 'dm').map((c) => c.id));
    const posted = h.fake.calls.filter((c) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path) && guildChannels.has(c.path.split('/')[2]!));
    expect(posted.filter((c) => /trim/i.test(JSON.stringify(c.body)))).toEqual([]);
    const trimInGuild = [...h.fake.state.messages.values()].filter((m) => guildChannels.has(m.payload.channel_id) && /trim/i.test(JSON.stringify(m.payload)));
    expect(trimInGuild.length).toBeGreaterThan(10);
    expect(trimInGuild.filter((m) => m.ephemeralFor === null)).toEqual([]);
    expect(h.fake.callbacks.filter((c) => (c.type === 4 || c.type === 5) && c.data?.['flags'] !== 64)).toEqual([]);
    expect(h.fake.unhandledCalls()).toEqual([]);
    expect(h.fake.internalErrors).toEqual([]);
  });
});

describe('peerline discord:register', () => {
  it('registers a command list Discord accepts, /trim with its subcommands and no default permissions', async () => {
    const saved = { ...process.env };
    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.env['DISCORD_TOKEN'] = 'register-token';
    process.env['DISCORD_APPLICATION_ID'] = APP;
    process.env['DISCORD_API_URL'] = h.fake.apiUrl;
    process.stdout.write = (chunk: string | Uint8Array) => out.push(String(chunk)) > 0;
    let code: number;
    try {
      code = await discordRegisterCommand(['--guild', GUILD]);
    } finally {
      process.stdout.write = write;
      process.env = saved;
    }
    expect(code).toBe(0);
    expect(out.join('')).toMatch(/Registered \d+ commands for server/);
    const registered = h.fake.state.guildCommands.get(GUILD)!.find((c) => c.name === 'trim')!;
    expect(registered.payload).toMatchObject({ dm_permission: false, default_member_permissions: null });
    expect(registered.options.map((o) => o.name)).toEqual(['incident', 'due', 'page', 'assess', 'case', 'planned', 'assign', 'close', 'tool', 'tool-edit', 'timings', 'role', 'roles']);
    expect(registered.options.find((o) => o.name === 'role')?.options?.map((o) => o.name)).toEqual(['add', 'remove']);
  });
});
