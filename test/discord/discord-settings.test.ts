/**
 * Issue 17 on Discord: `/peer-admin settings …` reads and changes every setting, refused privately
 * with what to do next, and each change takes effect on the next request; `/profile` lets a volunteer
 * set their own display name and tags. The real discord.js client against the local fake Discord,
 * which builds each invocation from the registered command definitions.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/adapters/discord/commands.js';
import { TEXT_SETTING_KEYS } from '../../src/core/index.js';
import { communities, crisisEvents, jobs, volunteers } from '../../src/db/schema.js';
import { callTo } from '../fakes/discord/index.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { ADMIN, GENERAL, GUILD, MEMBER, SESSIONS, setUpServer, startDiscordHarness, VOL1, VOLUNTEERS, type DiscordHarness } from './harness.js';

let database: TestDatabase;
let h: DiscordHarness;
beforeAll(async () => {
  database = await createTestDatabase();
  h = await startDiscordHarness(database);
  await setUpServer(h, [VOL1], 1);
}, 60_000);
afterAll(async () => {
  await h?.stop();
  await database?.dispose();
});

const settings = (subcommand: string, options?: Record<string, string | number>) => h.slash(ADMIN, 'peer-admin', { subcommandGroup: 'settings', subcommand, ...(options === undefined ? {} : { options }) });
const settingsNow = async () => (await database.db.select().from(communities))[0]!.settings;
const lastCard = () => [...h.fake.state.messagesIn(VOLUNTEERS)].reverse().find((m) => JSON.stringify(m.components ?? []).includes('pl:accept:'))!;
const acceptOf = (m: { components?: unknown }) => /"custom_id":"(pl:accept:[^"]+)"/.exec(JSON.stringify(m.components))![1]!;

describe('Discord: settings', () => {
  it('registers a settings subcommand for show, help, set (every setting a choice), watch, unwatch and resources, and /profile', () => {
    const admin = COMMANDS.find((c) => c.name === 'peer-admin');
    const group = admin?.options?.find((o) => o.name === 'settings');
    const subs = group !== undefined && 'options' in group ? (group.options ?? []) : [];
    expect(subs.map((s) => s.name)).toEqual(['show', 'help', 'set', 'watch', 'unwatch', 'resource-add', 'resource-remove']);
    const set = subs.find((s) => s.name === 'set');
    const setting = set !== undefined && 'options' in set ? set.options?.find((o) => o.name === 'setting') : undefined;
    expect(setting !== undefined && 'choices' in setting ? setting.choices?.map((c) => c.value) : []).toEqual(TEXT_SETTING_KEYS);
    expect(COMMANDS.find((c) => c.name === 'profile')?.options?.map((o) => o.name)).toEqual(['name', 'tags']);
  });

  it('only coordinators read or change settings', async () => {
    expect(await h.slash(MEMBER, 'peer-admin', { subcommandGroup: 'settings', subcommand: 'show' })).toContain('Only coordinators');
    expect(await h.slash(VOL1, 'peer-admin', { subcommandGroup: 'settings', subcommand: 'set', options: { setting: 'retention-days', value: '7' } })).toContain('Only coordinators');
    expect((await settingsNow()).retentionDays).toBe(30);
    const shown = await settings('show');
    for (const key of TEXT_SETTING_KEYS) expect(shown).toContain(`[${key}]`);
  });

  it('an extra resource set with settings set shows after the national line in the next /listen reply', async () => {
    expect(await settings('set', { setting: 'extra-resources', value: 'Staff EAP | call 0800 111 222 | 24/7 | http://javascript.example;Evil | call 1 2 3 | 24/7 | javascript:alert(1)' })).toContain('http:// or https://');
    expect((await settingsNow()).extraResources).toEqual([]);
    expect(await settings('set', { setting: 'extra-resources', value: 'Staff EAP | call 0800 111 222 | 24/7 | https://eap.example.com' })).toContain('Settings saved');
    const queued = await h.slash(MEMBER, 'listen', { options: { topic: 'stress' } });
    expect(queued).toContain('Samaritans');
    expect(queued).toContain('Staff EAP: call 0800 111 222 · 24/7');
    expect(queued.indexOf('Samaritans')).toBeLessThan(queued.indexOf('Staff EAP'));
    expect(await h.slash(MEMBER, 'peer-admin', { subcommandGroup: 'settings', subcommand: 'resource-remove', options: { number: 1 } })).toContain('Only coordinators');
    expect(await settings('resource-remove', { number: 1 })).toContain('Settings saved');
    // The member withdraws, so the next test can ask again.
    expect(await h.slash(MEMBER, 'forget-me')).toContain('deleted');
  });

  it('resource-add checks the link and the limit; help names every setting; a bad value says how to write it', async () => {
    expect(await settings('resource-add', { name: 'EAP', hours: '24/7', reach: 'call 0800 000 111', link: 'ftp://x.example' })).toContain('http:// or https://');
    expect(await settings('resource-add', { name: 'EAP', hours: '24/7', reach: 'call 0800 000 111' })).toContain('Settings saved');
    expect((await settingsNow()).extraResources).toEqual([{ name: 'EAP', phone: '0800 000 111', hours: '24/7' }]);
    const help = await settings('help');
    for (const key of TEXT_SETTING_KEYS) expect(help).toContain(key);
    expect(await settings('set', { setting: 'escalation-routine', value: '15 page-coordinators, 5 remention' })).toContain('in order');
    expect(await settings('set', { setting: 'max-shift-hours', value: '30' })).toContain('Longest shift (hours)');
    // The working hours TRiM reminders keep to: refused overnight, saved as written, shown back the same way.
    expect(await settings('set', { setting: 'working-hours', value: 'Mon-Fri 17:30-09:00' })).toContain('no overnight hours');
    expect(await settings('set', { setting: 'working-hours', value: 'Mon-Fri 09:00-17:30' })).toContain('Mon–Fri 09:00–17:30');
    expect((await settingsNow()).workingHours).toEqual({ days: [1, 2, 3, 4, 5], startMinute: 540, endMinute: 1050 });
    expect(await settings('resource-remove', { number: 1 })).toContain('Settings saved');
  });

  it('a changed check-in offset is taken by /listen and books the check-in job at that time', async () => {
    expect(await settings('set', { setting: 'check-in-offsets', value: '2, 48' })).toContain('Settings saved');
    expect((await settingsNow()).checkInOffsetsHours).toEqual([2, 48]);
    expect(await h.slash(MEMBER, 'listen', { options: { topic: 'grief', 'check-in': 2 } })).toContain('in the queue');
    const card = lastCard();
    expect(await h.press(VOL1, acceptOf(card), card.id)).toContain('You accepted the request');
    await h.fake.waitForCall(callTo('POST', `/channels/${SESSIONS}/threads`));
    const thread = [...h.fake.state.channels.values()].filter((c) => c.kind === 'thread' && c.parentId === SESSIONS).at(-1)!;
    const ended = Date.now();
    expect(await h.slash(VOL1, 'end', { channel: thread.id })).toContain('Session ended');
    const rows = await database.db.select().from(jobs).where(and(eq(jobs.kind, 'check-in'), eq(jobs.state, 'pending')));
    expect(rows.some((r) => Math.abs(r.dueAt.getTime() - (ended + 2 * 3_600_000)) < 60_000)).toBe(true);
  });

  it('watch a channel: crisis language there is recorded as a channel event; unwatch takes it off the list', async () => {
    expect(await settings('watch', { channel: GENERAL })).toContain('Channel watched');
    expect((await settingsNow()).watchedChannels).toEqual([`discord:${GUILD}:${GENERAL}`]);
    h.fake.sendMessage({ author: MEMBER, channel: GENERAL, content: 'i want to end my life' });
    await expect.poll(async () => (await database.db.select().from(crisisEvents).where(eq(crisisEvents.source, 'channel'))).length, { timeout: 5000 }).toBe(1);
    expect(await settings('unwatch', { channel: GENERAL })).toContain('no longer watched');
    expect((await settingsNow()).watchedChannels).toEqual([]);
  });

  it('/profile: a volunteer sets their display name and tags; a member is told they are not a volunteer', async () => {
    expect(await h.slash(MEMBER, 'profile', { options: { name: 'Riley' } })).toContain('Not a volunteer here');
    expect(await h.slash(VOL1, 'profile', { options: { name: 'Alex', tags: 'grief, young carers' } })).toContain('Profile saved');
    const [row] = await database.db.select().from(volunteers).where(eq(volunteers.userRef, `discord:${GUILD}:${VOL1}`));
    expect(row).toMatchObject({ displayName: 'Alex', tags: ['grief', 'young carers'] });
  });
});
