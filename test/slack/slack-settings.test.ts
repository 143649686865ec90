/**
 * Issue 17 on Slack: coordinators read and change every setting (the settings modal, `/peer settings
 * set`, `/peer resource`, `/peer watch`), refused beside the field or privately with what to do next,
 * and each change takes effect on the next request. Volunteers set their own display name and tags.
 * Real Bolt against the local fake of Slack's Web API.
 */
import { and, eq } from 'drizzle-orm';
import { describe, expect, it, onTestFinished } from 'vitest';
import { auditLog, communities, jobs, volunteers } from '../../src/db/schema.js';
import { TEXT_SETTING_KEYS } from '../../src/core/index.js';
import { type TestDatabase } from '../support/db.js';
import { actionIdsIn, ADMIN, clickReply, commandReply, setUpWorkspace, teamPerTest, useSlackHarness, VOLUNTEER_CHANNEL, type SlackHarness } from './harness.js';
import { command, message, submit } from '../fakes/slack/index.js';

let database: TestDatabase;
let h: SlackHarness;
useSlackHarness((made, db) => {
  h = made;
  database = db;
});
let TEAM = '';
teamPerTest('T0SET', (team) => (TEAM = team));

const VOL = 'U0SVOL';
const MEMBER = 'U0SMEMBER';

const peer = (user: string, text: string, name = '/peer', channel = 'C0GENERAL') => commandReply(h, TEAM, user, text, name, channel);
const press = (user: string, actionId: string) => clickReply(h, TEAM, user, actionId);
const actionsIn = actionIdsIn;

const settingsNow = async () => (await database.db.select().from(communities).where(eq(communities.ref, `slack:${TEAM}`)))[0]!.settings;

async function setUp(): Promise<void> {
  await setUpWorkspace(h, TEAM);
  expect(await peer(ADMIN, `volunteer add <@${VOL}|vol> grief trained-until 2027-06-30`)).toContain('Volunteer enrolled');
  expect(await peer(VOL, 'duty on')).toContain('You are on duty');
}

/** Opens the settings modal as `user` and returns it. */
async function openModal(user: string): Promise<{ callback_id: string; blocks: { block_id: string; label: { text: string }; hint?: { text: string }; element: { initial_value?: string } }[] }> {
  const before = h.fake.callsTo('views.open').length;
  await h.send(command(TEAM, user, 'C0GENERAL', 'settings', h.fake.responseUrl(`open-${TEAM}`)));
  await h.fake.waitFor(() => h.fake.callsTo('views.open').length > before);
  return h.fake.callsTo('views.open').at(-1)!.args['view'] as never;
}

/** The settings modal submitted: every field as shown, with `changes` typed over it. */
function modalValues(modal: Awaited<ReturnType<typeof openModal>>, changes: Record<string, string>) {
  return Object.fromEntries(
    modal.blocks.map((b) => [b.block_id, { [b.block_id]: { type: 'plain_text_input', value: changes[b.block_id] ?? b.element.initial_value ?? null } }]),
  );
}

describe('Slack: settings', () => {
  it('the settings modal, the setup modal and the problems beside their fields are in the coordinator\'s language', async () => {
    await setUp();
    // Slack tells a new bot (nothing remembered) that the coordinator reads Spanish; the next test's coordinator reads English again.
    const admin = h.fake.workspace.users.get(ADMIN)!;
    h.fake.workspace.users.set(ADMIN, { ...admin, locale: 'es-ES' });
    onTestFinished(() => void h.fake.workspace.users.set(ADMIN, admin));
    h = await h.restart();
    const modal = await openModal(ADMIN);
    expect(modal.blocks.find((b) => b.block_id === 'time-zone')?.label.text).toBe('Zona horaria');
    expect(modal.blocks.find((b) => b.block_id === 'retention-days')?.hint?.text).toContain('Días hasta que se borran');
    const refused = await h.send(submit(TEAM, ADMIN, 'pl:form:settings', modalValues(modal, { 'retention-days': 'pronto' })));
    expect(JSON.parse(refused.text)).toEqual({ response_action: 'errors', errors: { 'retention-days': 'Escribe un número entero.' } });

    const before = h.fake.callsTo('views.open').length;
    await h.send(command(TEAM, ADMIN, 'C0GENERAL', 'setup', h.fake.responseUrl(`setup-es-${TEAM}`)));
    await h.fake.waitFor(() => h.fake.callsTo('views.open').length > before);
    const setup = h.fake.callsTo('views.open').at(-1)!.args['view'] as { title: { text: string }; blocks: { block_id: string; label: { text: string } }[] };
    expect(setup.title.text).toBe('Configurar Peerline');
    expect(setup.blocks.find((b) => b.block_id === 'country')?.label.text).toBe('País para las líneas de crisis');
    const wrong = await h.send(
      submit(TEAM, ADMIN, 'pl:form:setup', {
        volunteer_channel: { volunteer_channel: { type: 'conversations_select', selected_conversation: VOLUNTEER_CHANNEL } },
        country: { country: { type: 'plain_text_input', value: 'ZZ' } },
        time_zone: { time_zone: { type: 'plain_text_input', value: 'Europe/London' } },
        retention_days: { retention_days: { type: 'number_input', value: '30' } },
      }),
    );
    expect(JSON.parse(wrong.text)).toEqual({ response_action: 'errors', errors: { country: 'Elige un país de la lista, u "Other / international".' } });
  });

  it('the modal holds every setting with its value; saving it adds an extra resource the next /listen shows after the national line', async () => {
    await setUp();
    const modal = await openModal(ADMIN);
    expect(modal.callback_id).toBe('pl:form:settings');
    expect(modal.blocks.map((b) => b.block_id)).toEqual(TEXT_SETTING_KEYS);
    expect(modal.blocks.find((b) => b.block_id === 'check-in-offsets')?.element.initial_value).toBe('4, 24, 72');

    const dms = h.fake.privateTo(ADMIN).length;
    const res = await h.send(
      submit(TEAM, ADMIN, 'pl:form:settings', modalValues(modal, { 'extra-resources': 'Campus counselling | call 01234 567890 | Mon–Fri 9:00–17:00 | https://example.edu/counselling' })),
    );
    expect(res.status).toBe(200);
    await h.fake.waitFor(() => h.fake.privateTo(ADMIN).slice(dms).some((t) => t.includes('Settings saved')));
    expect((await settingsNow()).extraResources).toEqual([{ name: 'Campus counselling', phone: '01234 567890', hours: 'Mon–Fri 9:00–17:00', url: 'https://example.edu/counselling' }]);
    const [entry] = await database.db.select().from(auditLog).where(and(eq(auditLog.action, 'settings.changed'), eq(auditLog.actorRef, `slack:${TEAM}:${ADMIN}`)));
    expect(entry?.detail).toEqual({ keys: ['extra-resources'] });

    const queued = await peer(MEMBER, 'a rough week', '/listen');
    expect(queued).toContain('Samaritans');
    expect(queued).toContain('Campus counselling: call 01234 567890 · Mon–Fri 9:00–17:00');
    expect(queued.indexOf('Samaritans')).toBeLessThan(queued.indexOf('Campus counselling'));
  });

  it('refuses a bad link, a bad ladder and a bad number beside their fields, and saves nothing', async () => {
    await setUp();
    const modal = await openModal(ADMIN);
    const before = await settingsNow();
    const res = await h.send(
      submit(
        TEAM,
        ADMIN,
        'pl:form:settings',
        modalValues(modal, { 'extra-resources': 'Evil | call 123 | 24/7 | javascript:alert(1)', 'escalation-routine': '5 shout', 'retention-days': '0' }),
      ),
    );
    const body = JSON.parse(res.text) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(body.errors['extra-resources']).toContain('http:// or https://');
    expect(body.errors['escalation-routine']).toContain('remention, page-coordinators, tell-member');
    expect(Object.keys(body.errors).sort()).toEqual(['escalation-routine', 'extra-resources', 'retention-days']);
    expect(await settingsNow()).toEqual(before);
  });

  it('only coordinators read or change settings; the refusal says who can', async () => {
    await setUp();
    expect(await peer(MEMBER, 'settings show')).toContain('Only coordinators');
    expect(await peer(VOL, 'settings set retention-days 7')).toContain('Only coordinators');
    expect(await peer(MEMBER, 'settings')).toContain('Only coordinators');
    expect((await settingsNow()).retentionDays).toBe(30);
    const shown = await peer(ADMIN, 'settings show');
    for (const key of TEXT_SETTING_KEYS) expect(shown).toContain(`[${key}]`);
  });

  it('a changed check-in offset is what the member is offered, and the check-in job is booked at it', async () => {
    await setUp();
    expect(await peer(ADMIN, 'settings set check-in-offsets 2, 48')).toContain('Settings saved');
    expect(await peer(ADMIN, 'settings set check-in-offsets every day')).toContain('whole numbers separated by commas');
    expect(await peer(ADMIN, 'settings set working-hours Mon-Fri 9:00-17:30')).toContain('Mon–Fri 09:00–17:30');
    expect(await peer(ADMIN, 'settings set working-hours weekdays')).toContain('Write the days then the hours');

    const seen = h.fake.messages.length;
    await peer(MEMBER, 'hello', '/listen');
    const card = await h.fake.waitFor(() => h.fake.messages.slice(seen).find((m) => m.channel === VOLUNTEER_CHANNEL && m.text.includes('Someone would like to talk') && actionsIn(m).some((a) => a.startsWith('pl:accept:'))));
    await press(VOL, actionsIn(card).find((a) => a.startsWith('pl:accept:'))!);
    const space = [...h.fake.conversations].find(([, c]) => c.members.includes(MEMBER) && c.members.includes(VOL))![0];
    const ended = Date.now();
    expect(await peer(VOL, 'end', '/peer', space)).toContain('Session ended');
    const prompt = await h.fake.waitFor(() => h.fake.messages.slice(seen).find((m) => m.text.includes('Your session has ended') && actionsIn(m).some((a) => a.includes('check-in'))));
    const offered = actionsIn(prompt).filter((a) => a.includes('check-in'));
    expect(offered.some((a) => a.endsWith(':2'))).toBe(true);
    expect(offered.some((a) => a.endsWith(':24'))).toBe(false);
    await press(MEMBER, offered.find((a) => a.endsWith(':2'))!);
    // The click is answered after the check-in is saved: by then its job is there.
    const rows = await database.db.select().from(jobs).where(and(eq(jobs.kind, 'check-in'), eq(jobs.state, 'pending')));
    const checkIn = rows.find((r) => Math.abs(r.dueAt.getTime() - (ended + 2 * 3_600_000)) < 60_000);
    expect(checkIn).toBeDefined();
  });

  it('resource add and remove, with the link checked; a help that lists every setting', async () => {
    await setUp();
    expect(await peer(ADMIN, 'resource add EAP | call 0800 000 111 | 24/7 | ftp://eap.example')).toContain('http:// or https://');
    expect(await peer(ADMIN, 'resource add EAP | | 24/7')).toContain('say how to reach it');
    expect(await peer(ADMIN, 'resource add EAP | call 0800 000 111, text 81818 | 24/7 | https://eap.example')).toContain('Settings saved');
    expect((await settingsNow()).extraResources).toEqual([{ name: 'EAP', phone: '0800 000 111', sms: '81818', hours: '24/7', url: 'https://eap.example' }]);
    expect(await peer(ADMIN, 'resource remove 3')).toContain('from 1 to 1');
    expect(await peer(ADMIN, 'resource remove 1')).toContain('Settings saved');
    expect((await settingsNow()).extraResources).toEqual([]);
    const help = await peer(ADMIN, 'settings help');
    for (const key of TEXT_SETTING_KEYS) expect(help).toContain(key);
    expect(await peer(ADMIN, 'settings set colour blue')).toContain('There is no setting');
  });

  it('watch: a coordinator opts a channel in, crisis language there gets a private reply; unwatch takes it off the list', async () => {
    await setUp();
    expect(await peer(MEMBER, 'watch')).toContain('Only coordinators');
    expect(await peer(ADMIN, 'watch', '/peer', 'C0WATCHED')).toContain('Channel watched');
    expect((await settingsNow()).watchedChannels).toEqual([`slack:${TEAM}:C0WATCHED`]);
    await h.send(message(TEAM, MEMBER, 'C0WATCHED', 'channel', 'i want to end my life'));
    await h.fake.waitFor(() => h.fake.ephemerals('C0WATCHED').find((e) => e.user === MEMBER));

    expect(await peer(ADMIN, 'unwatch <#C0WATCHED|general>')).toContain('no longer watched');
    expect((await settingsNow()).watchedChannels).toEqual([]);
  });

  it('volunteers set their own display name and tags; members cannot', async () => {
    await setUp();
    expect(await peer(MEMBER, 'profile name Riley')).toContain('Not a volunteer here');
    expect(await peer(VOL, 'profile name Alex P.')).toContain('Profile saved');
    expect(await peer(VOL, 'profile tags grief, young carers')).toContain('young carers');
    const [row] = await database.db.select().from(volunteers).where(eq(volunteers.userRef, `slack:${TEAM}:${VOL}`));
    expect(row).toMatchObject({ displayName: 'Alex P.', tags: ['grief', 'young carers'] });
    expect(await peer(VOL, `profile name ${'x'.repeat(60)}`)).toContain('up to 40 characters');
  });
});
