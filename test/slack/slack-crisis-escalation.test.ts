/**
 * Issue 13 on Slack: a crisis request with nobody on duty, on a fixed clock ticked every minute for 2
 * hours, is asked about in the volunteer channel every 10 minutes (widening to the coordinators), the
 * member is told honestly by DM now and then, and it stops once a listener accepts. Real Bolt against
 * the local fake of Slack's Web API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlers } from '../../src/scheduler/jobs/index.js';
import { JobRunner } from '../../src/scheduler/runner.js';
import { TestClock } from '../support/core.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { ADMIN, commandReply, startSlackHarness, TEAM, VOLUNTEER_CHANNEL, type SlackHarness } from './harness.js';
import { click, submit } from '../fakes/slack/index.js';

const VOL1 = 'U0VOL1';
const VOL2 = 'U0VOL2';
const MEMBER = 'U0MEMBER';
const clock = new TestClock(new Date('2026-11-22T10:00:00Z'));
let database: TestDatabase;
let h: SlackHarness;

const peer = (user: string, text: string, name = '/peer') => commandReply(h, TEAM, user, text, name);

beforeAll(async () => {
  database = await createTestDatabase();
  h = await startSlackHarness(database, { clock: clock.read });
  const dms = h.fake.privateTo(ADMIN).length;
  await h.send(
    submit(TEAM, ADMIN, 'pl:form:setup', {
      volunteer_channel: { volunteer_channel: { type: 'conversations_select', selected_conversation: VOLUNTEER_CHANNEL } },
      coordinators: { coordinators: { type: 'multi_users_select', selected_users: [ADMIN] } },
      country: { country: { type: 'static_select', selected_option: { text: { type: 'plain_text', text: 'United Kingdom' }, value: 'GB' } } },
      time_zone: { time_zone: { type: 'plain_text_input', value: 'Europe/London' } },
      retention_days: { retention_days: { type: 'number_input', value: '30' } },
    }),
  );
  await h.fake.waitFor(() => h.fake.privateTo(ADMIN).slice(dms).some((t) => t.includes('Peerline is set up')));
  expect(await peer(ADMIN, `volunteer add <@${VOL1}|vol1> trained-until 2027-06-30`)).toContain('Volunteer enrolled');
  expect(await peer(ADMIN, `volunteer add <@${VOL2}|vol2> trained-until 2027-06-30`)).toContain('Volunteer enrolled');
}, 60_000);
afterAll(async () => {
  await h?.stop();
  await database?.dispose();
});

const ROUND = 'I will ask again every 10 minutes';
const rounds = () => h.fake.messages.filter((m) => m.channel === VOLUNTEER_CHANNEL && JSON.stringify(m).includes(ROUND));
const updates = () => h.fake.privateTo(MEMBER).filter((t) => t.includes('Nobody has answered yet'));

async function minutes(n: number): Promise<void> {
  const runner = new JobRunner({ deps: h.deps, handlers, instanceId: 'slack-test' });
  for (let i = 0; i < n; i += 1) {
    clock.advanceMinutes(1);
    await runner.tick(clock.read());
  }
}

describe('Slack: a crisis request nobody accepts', () => {
  it('is asked about every 10 minutes for 2 hours, the member told honestly by DM, until a listener accepts', async () => {
    expect(await peer(MEMBER, 'i want to kill myself', '/listen')).toContain('No listeners are on duty right now');

    await minutes(120);
    const posted = rounds();
    expect(posted).toHaveLength(12);
    expect(JSON.stringify(posted[0])).toContain(`<@${VOL1}>`);
    expect(JSON.stringify(posted[0])).not.toContain(`<@${ADMIN}>`);
    expect(JSON.stringify(posted[2])).toContain(`<@${ADMIN}>`); // the coordinator, from the third round
    expect(JSON.stringify(posted)).not.toContain(MEMBER);
    const told = updates();
    expect(told).toHaveLength(5);
    expect(told[0]).toContain('Nobody is on duty right now');

    expect(await peer(VOL1, 'duty on')).toContain('You are on duty');
    const accept = /"action_id":"(pl:accept:[^"]+)"/.exec(JSON.stringify(posted.at(-1)))![1]!;
    expect((await h.send(click(TEAM, VOL1, accept, h.fake.responseUrl('accept-crisis')))).status).toBe(200);
    const [accepted] = await h.fake.waitFor(() => (h.fake.responsesFor('accept-crisis').length > 0 ? h.fake.responsesFor('accept-crisis') : null));
    expect(String(accepted?.['text'])).toContain('You accepted the request');
    await minutes(60);
    expect(rounds()).toHaveLength(12);
    expect(updates()).toHaveLength(5);
  });
});
