/**
 * Issue 20 on Discord: `/rota …` through the one command table — registered with every sub-command,
 * help, coordinators' slots, volunteers' sign-ups, withdrawals and caps, each answered privately (the
 * harness checks every reply is an ephemeral deferral), and bad input refused with how to write it.
 * The real discord.js client against the local fake Discord, which builds each invocation from the
 * registered definitions; core on a fixed clock (Wednesday 14 October 2026, Europe/London).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/adapters/discord/commands.js';
import { rotaSignups, rotaSlots } from '../../src/db/schema.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { ADMIN, MEMBER, setUpServer, startDiscordHarness, VOL1, VOL2, type DiscordHarness } from '../discord/harness.js';

let database: TestDatabase;
let h: DiscordHarness;
beforeAll(async () => {
  database = await createTestDatabase();
  h = await startDiscordHarness(database, { clock: () => new Date('2026-10-14T09:00:00Z') });
  await setUpServer(h, [VOL1, VOL2], 1);
}, 60_000);
afterAll(async () => {
  await h?.stop();
  await database?.dispose();
});

const rota = (user: string, subcommand: string, options?: Record<string, string | number>) => h.slash(user, 'rota', { subcommand, ...(options === undefined ? {} : { options }) });

describe('Discord: /rota', () => {
  it('registers /rota with its sub-commands; help names them and /peer-help points to it', async () => {
    const command = COMMANDS.find((c) => c.name === 'rota');
    expect(command?.options?.map((o) => o.name)).toEqual(['show', 'signup', 'withdraw', 'swap', 'cap', 'calendar', 'add-weekly', 'add-once', 'remove', 'help']);
    const help = await rota(VOL1, 'help');
    expect(help).toContain('Peerline rota');
    expect(help).toContain('/rota signup slot: date:');
    expect(help).toContain('/rota add-weekly days:mon-fri');
    expect(await h.slash(MEMBER, 'peer-help')).toContain('/rota');
  });

  it('only coordinators add slots; bad days, times and dates are refused privately with how to write them', async () => {
    expect(await rota(VOL1, 'add-weekly', { days: 'mon-fri', start: '18:00', end: '22:00', listeners: 2 })).toContain('Only coordinators');
    expect(await rota(ADMIN, 'add-weekly', { days: 'weekdays', start: '18:00', end: '22:00' })).toContain('write the days as mon-fri');
    expect(await rota(ADMIN, 'add-once', { date: '2026-13-01', start: '18:00', end: '22:00' })).toContain('YYYY-MM-DD');
    expect(await rota(ADMIN, 'add-once', { date: '2026-10-24', start: '6pm', end: '22:00' })).toContain('write the start time as HH:MM');
    expect(await database.db.select().from(rotaSlots)).toHaveLength(0);
  });

  it('a coordinator adds a weekly slot; a volunteer sees it, signs up, keeps to a cap and withdraws', async () => {
    expect(await rota(ADMIN, 'add-weekly', { days: 'mon-fri', start: '18:00', end: '22:00', listeners: 1 })).toContain('Rota slot 1 saved');
    expect(await rota(ADMIN, 'add-once', { date: '2026-10-24', start: '22:00', end: '06:00' })).toContain('Rota slot 2 saved');
    const shown = await rota(VOL1, 'show', { weeks: 2 });
    expect(shown).toContain('#1 Mon 19 Oct, 18:00–22:00 (2026-10-19) — 0 of 1, 1 wanted');
    expect(shown).toContain('#2 Sat 24 Oct, 22:00–06:00 (2026-10-24)');
    expect(await rota(VOL1, 'signup', { slot: 1, date: '2026-10-19' })).toContain('You are on the rota');
    expect(await rota(VOL2, 'signup', { slot: 1, date: '2026-10-19' })).toContain('has the 1 listener it wants already');
    expect(await rota(VOL2, 'signup', { slot: 1, date: '2026-10-24' })).toContain('Slot 1 has no shift on 2026-10-24');
    expect(await rota(VOL2, 'signup', { slot: 7, date: '2026-10-24' })).toContain('There is no rota slot 7');
    expect(await rota(VOL1, 'cap', { shifts: 1 })).toContain('more than 1 shift a week');
    expect(await rota(VOL1, 'signup', { slot: 2, date: '2026-10-24' })).toContain('cap of 1 shift a week');
    expect(await rota(VOL1, 'cap', { shifts: 0 })).toContain('no cap');
    expect(await rota(VOL1, 'cap')).toContain('no cap');
    expect(await rota(VOL1, 'signup', { slot: 2, date: '2026-10-24' })).toContain('You are on the rota');
    expect(await rota(VOL1, 'withdraw', { slot: 1, date: '2026-10-19' })).toContain('You are off that shift');
    expect(await rota(MEMBER, 'show')).toContain('Not a volunteer here');
    expect((await database.db.select().from(rotaSignups)).map((s) => s.occursOn)).toEqual(['2026-10-24']);
    expect(await rota(ADMIN, 'remove', { slot: 2 })).toContain('Rota slot 2 removed');
    expect(await rota(VOL1, 'show')).not.toContain('#2');
  });

  it('/rota calendar gives a private feed address; revoke ends it', async () => {
    expect(await h.slash(VOL1, 'rota', { subcommand: 'calendar' })).toMatch(/https:\/\/dash\.example\.org\/rota\/feed\/[A-Za-z0-9_-]{43}\.ics/);
    expect(await h.slash(VOL1, 'rota', { subcommand: 'calendar', options: { revoke: true } })).toContain('no longer works');
  });
});
