/**
 * Issue 20 on Slack: `/peer rota …` through the one command table — help, coordinators' slots,
 * volunteers' sign-ups, withdrawals, swaps offers and caps, each answered privately, and bad input
 * refused with how to write it. The real Bolt app against the local fake of Slack's Web API, on a fixed
 * core clock (Wednesday 14 October 2026, Europe/London).
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { parseSlackCommand } from '../../src/adapters/slack/commands.js';
import { rotaCaps, rotaSignups, rotaSlots } from '../../src/db/schema.js';
import { type TestDatabase } from '../support/db.js';
import { ADMIN, commandReply, setUpWorkspace, teamPerTest, useSlackHarness, type SlackHarness } from '../slack/harness.js';

let database: TestDatabase;
let h: SlackHarness;
useSlackHarness(
  (made, db) => {
    h = made;
    database = db;
  },
  { clock: () => new Date('2026-10-14T09:00:00Z') },
);
let TEAM = '';
teamPerTest('T0ROTA', (team) => (TEAM = team));

const VOL = 'U0RVOL';
const VOL2 = 'U0RVOL2';
const peer = (user: string, text: string) => commandReply(h, TEAM, user, text);

async function setUp(): Promise<void> {
  await setUpWorkspace(h, TEAM);
  expect(await peer(ADMIN, `volunteer add <@${VOL}|vol> trained-until 2027-06-30`)).toContain('Volunteer enrolled');
  expect(await peer(ADMIN, `volunteer add <@${VOL2}|vol2> trained-until 2026-10-20`)).toContain('Volunteer enrolled');
}

describe('Slack: /peer rota', () => {
  it('parses every rota sub-command into the shared command union, with the words as typed', () => {
    const parse = (text: string) => parseSlackCommand({ command: '/peer', text, team_id: 'T1', channel_id: 'C1' });
    expect(parse('rota')).toEqual({ kind: 'rota', weeks: null });
    expect(parse('rota 4')).toEqual({ kind: 'rota', weeks: 4 });
    expect(parse('rota add mon-fri 18:00-22:00 2')).toEqual({ kind: 'rota-add', input: { kind: 'weekly', days: 'mon-fri', start: '18:00', end: '22:00', wanted: 2 } });
    expect(parse('rota add 2026-12-24 18:00–23:00')).toEqual({ kind: 'rota-add', input: { kind: 'once', date: '2026-12-24', start: '18:00', end: '23:00', wanted: 1 } });
    expect(parse('rota swap 3 2026-12-07')).toEqual({ kind: 'rota-swap', number: 3, date: '2026-12-07' });
    expect(parse('rota cap none')).toEqual({ kind: 'rota-cap', perWeek: 'none' });
    expect(parse('rota cap')).toEqual({ kind: 'rota-cap', perWeek: 'show' });
    expect(parse('rota remove x')).toMatchObject({ kind: 'unsupported', topic: 'rota' });
  });

  it('help lists the rota commands; bad input gets a private reply that says how to write it, and saves nothing', async () => {
    await setUp();
    const help = await peer(VOL, 'rota help');
    expect(help).toContain('Peerline rota help');
    expect(help).toContain('/peer rota signup &lt;slot&gt; &lt;YYYY-MM-DD&gt;');
    expect(help).toContain('/peer rota add mon-fri 18:00-22:00 2');
    expect(await peer(VOL, 'help')).toContain('/peer rota');
    expect(await peer(VOL, 'rota signup 1')).toContain('Use `/peer rota signup &lt;slot number&gt; &lt;YYYY-MM-DD&gt;`');
    expect(await peer(VOL, 'rota sometime')).toContain('I do not know `/peer rota sometime`');
    expect(await peer(ADMIN, 'rota add funday 18:00-22:00')).toContain('write the days as mon-fri');
    expect(await peer(ADMIN, 'rota add mon 18:00')).toContain('Use `/peer rota add mon-fri 18:00-22:00 2`');
    expect(await peer(ADMIN, 'rota add mon 18:00-27:00')).toContain('write the end time as HH:MM');
    expect(await database.db.select().from(rotaSlots)).toHaveLength(0);
  });

  it('a coordinator adds a slot; volunteers list it, sign up, set a cap, withdraw and offer a swap — all privately', async () => {
    await setUp();
    expect(await peer(VOL, 'rota add mon-fri 18:00-22:00 2')).toContain('Only coordinators');
    expect(await peer(ADMIN, 'rota add mon-fri 18:00-22:00 2')).toContain('Rota slot 1 saved');
    const list = await peer(VOL, 'rota');
    expect(list).toContain('Rota: the next 2 weeks');
    expect(list).toContain('#1 Mon 19 Oct, 18:00–22:00 (2026-10-19) — 0 of 2, 2 wanted');
    expect(await peer(VOL, 'rota signup 1 2026-10-19')).toContain('You are on the rota');
    expect(await peer(VOL, 'rota signup 1 2026-10-19')).toContain('You are already signed up for that shift');
    expect(await peer(VOL2, 'rota signup 1 2026-10-26')).toContain('valid until 2026-10-20');
    expect(await peer(VOL, 'rota cap 1')).toContain('more than 1 shift a week');
    expect(await peer(VOL, 'rota signup 1 2026-10-20')).toContain('cap of 1 shift a week');
    expect(await peer(VOL, 'rota 1')).toContain('#1 Mon 19 Oct, 18:00–22:00 (2026-10-19) — 1 of 2, 1 wanted · you');
    expect(await peer(VOL, 'rota swap 1 2026-10-19')).toContain('Your shift is offered for a swap');
    expect(await peer(VOL, 'rota 1')).toContain('· you (offered for a swap)');
    expect(await peer(VOL, 'rota withdraw 1 2026-10-19')).toContain('You are off that shift');
    expect(await peer('U0NOBODY', 'rota')).toContain('Not a volunteer here');
    const community = (await database.db.select().from(rotaSlots))[0]!.communityId;
    expect(await database.db.select().from(rotaSignups).where(eq(rotaSignups.communityId, community))).toHaveLength(0);
    expect((await database.db.select().from(rotaCaps)).map((c) => c.perWeek)).toEqual([1]);
    // Every reply went to the response URL as ephemeral, and nothing about the rota was posted in a channel.
    const replies = h.fake.allResponses;
    expect(replies.length).toBeGreaterThan(10);
    expect(replies.every((r) => (r.body as { response_type?: string }).response_type === 'ephemeral')).toBe(true);
    expect(h.fake.callsTo('chat.postMessage').filter((c) => JSON.stringify(c.args).includes('rota'))).toEqual([]);
  });

  it('a member who asks while nobody is on duty is told when the rota next has a listener', async () => {
    await setUp();
    expect(await peer(ADMIN, 'rota add mon 18:00-22:00 1')).toContain('Rota slot 1 saved');
    expect(await peer(VOL, 'rota signup 1 2026-10-26')).toContain('You are on the rota');
    const queued = await commandReply(h, TEAM, 'U0RMEMBER', 'a hard week', '/listen');
    expect(queued).toContain('No listeners are on duty right now. The next listener is expected at Mon, 26 Oct 2026, 18:00 (Europe/London), from the rota.');
  });

  it('/peer rota calendar gives a volunteer a private feed address under the web address; revoke ends it', async () => {
    await setUp();
    const reply = await peer(VOL, 'rota calendar');
    expect(reply).toContain('Your private shift calendar');
    expect(reply).toMatch(/https:\/\/dash\.example\.org\/rota\/feed\/[A-Za-z0-9_-]{43}\.ics/);
    expect(await peer(VOL, 'rota calendar revoke')).toContain('Your calendar feed address no longer works.');
    expect(await peer(VOL, 'rota calendar please')).toContain('Use `/peer rota calendar`');
  });
});
