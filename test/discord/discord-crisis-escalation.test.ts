/**
 * Issue 13 on Discord: a crisis request with nobody on duty, on a fixed clock ticked every minute for
 * 2 hours, is asked about in #volunteers every 10 minutes (widening to the coordinators), the member is
 * told honestly by DM now and then, and it stops once a listener accepts. The real discord.js client
 * against the local fake Discord.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlers } from '../../src/scheduler/jobs/index.js';
import { JobRunner } from '../../src/scheduler/runner.js';
import { TestClock } from '../support/core.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { ADMIN, MEMBER, startDiscordHarness, VOL1, VOL2, VOLUNTEERS, type DiscordHarness } from './harness.js';

let database: TestDatabase;
let h: DiscordHarness;
const clock = new TestClock(new Date('2026-11-22T10:00:00Z'));

beforeAll(async () => {
  database = await createTestDatabase();
  h = await startDiscordHarness(database, { clock: clock.read });
  expect(await h.slash(ADMIN, 'peer-admin', { subcommand: 'setup', options: { 'volunteer-channel': VOLUNTEERS, country: 'GB', 'time-zone': 'Europe/London' } })).toContain('Peerline is set up');
  for (const v of [VOL1, VOL2]) {
    expect(await h.slash(ADMIN, 'peer-admin', { subcommandGroup: 'volunteer', subcommand: 'add', options: { user: v, 'trained-until': '2027-06-30' } })).toContain('Volunteer enrolled');
  }
}, 60_000);
afterAll(async () => {
  await h?.stop();
  await database?.dispose();
});

const ROUND = 'I will ask again every 10 minutes';
const messagesIn = (channel: string) => h.fake.state.messagesIn(channel);
const rounds = () => messagesIn(VOLUNTEERS).filter((m) => JSON.stringify(m).includes(ROUND));
const updates = () => messagesIn(h.fake.state.dmChannelOf(MEMBER) ?? 'none').filter((m) => JSON.stringify(m).includes('Nobody has answered yet'));
const acceptOf = (m: { components?: unknown }) => /"custom_id":"(pl:accept:[^"]+)"/.exec(JSON.stringify(m.components))![1]!;

async function minutes(n: number): Promise<void> {
  const runner = new JobRunner({ deps: h.deps, handlers, instanceId: 'discord-test' });
  for (let i = 0; i < n; i += 1) {
    clock.advanceMinutes(1);
    await runner.tick(clock.read());
  }
}

describe('Discord: a crisis request nobody accepts', () => {
  it('is asked about every 10 minutes for 2 hours, the member told honestly by DM, until a listener accepts', async () => {
    const queued = await h.slash(MEMBER, 'listen', { options: { topic: 'grief', note: 'i want to kill myself' } });
    expect(queued).toContain('No listeners are on duty right now');

    await minutes(120);
    const posted = rounds();
    expect(posted).toHaveLength(12);
    expect(posted[0]?.content).toContain(`<@${VOL1}>`);
    expect(posted[0]?.content).not.toContain(`<@${ADMIN}>`);
    expect(posted[2]?.content).toContain(`<@${ADMIN}>`); // the coordinator, from the third round
    expect(JSON.stringify(posted)).not.toContain(MEMBER);
    const told = updates();
    expect(told).toHaveLength(5);
    expect(JSON.stringify(told[0])).toContain('Nobody is on duty right now');
    expect(JSON.stringify(told[0])).toContain('116 123');

    expect(await h.slash(VOL1, 'duty', { subcommand: 'on' })).toContain('You are on duty');
    const last = posted.at(-1)!;
    expect(await h.press(VOL1, acceptOf(last), last.id)).toContain('You accepted the request');
    await minutes(60);
    expect(rounds()).toHaveLength(12);
    expect(updates()).toHaveLength(5);
  });
});
