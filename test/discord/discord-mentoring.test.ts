/**
 * Mentoring pairs through the real discord.js client against the fake Discord, with a fixed clock moved
 * by hand and the scheduler ticked at chosen times: /mentor switched on, a mentor given the role, a
 * pairing, three weekly prompts to both by DM, "talk to my mentor" opening a private thread with the same
 * mentor, a pause (no prompt while paused) and a resume, a change of mentor asked without a reason, and
 * an end that asks the mentee's consent before any feedback is shared.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentorPairs } from '../../src/db/schema.js';
import { handlers } from '../../src/scheduler/jobs/index.js';
import { JobRunner } from '../../src/scheduler/runner.js';
import { TestClock } from '../support/core.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { ADMIN, MEMBER, SESSIONS, setUpServer, startDiscordHarness, STRANGER, VOL1, VOL2, type DiscordHarness } from './harness.js';

let database: TestDatabase;
let h: DiscordHarness;
// Monday 7 December 2026, 09:00 in London (UTC in winter).
const clock = new TestClock(new Date('2026-12-07T09:00:00Z'));

beforeAll(async () => {
  database = await createTestDatabase();
  h = await startDiscordHarness(database, { clock: clock.read });
  await setUpServer(h, [VOL1, VOL2], 1);
}, 120_000);
afterAll(async () => {
  await h?.stop();
  await database?.dispose();
});

const mentor = (user: string, subcommand: string, options?: Record<string, string | number | boolean>) => h.slash(user, 'mentor', { subcommand, ...(options === undefined ? {} : { options }) });
const tickAt = (iso: string) => {
  clock.now = new Date(iso);
  return new JobRunner({ deps: h.deps, handlers, instanceId: 'mentor-test' }).tick(clock.read());
};
/** The bot's DMs to `user` containing `words`, as JSON (content, embeds, components). */
function dmsWith(user: string, words: string): { id: string; json: string }[] {
  const channel = h.fake.state.dmChannelOf(user);
  if (channel === undefined) return [];
  return h.fake.state
    .messagesIn(channel)
    .map((m) => ({ id: m.id, json: JSON.stringify(m) }))
    .filter((m) => m.json.includes(words));
}
const buttonIn = (json: string, prefix: string) => new RegExp(`"custom_id":"(${prefix}[^"]*)"`).exec(json)?.[1];
const pairsOf = async (user: string) => (await database.db.select().from(mentorPairs)).filter((p) => p.menteeRef === `discord:1100000000000000001:${user}`);

describe('Discord: a mentoring pair', () => {
  it('pairs, prompts three times, talks, pauses and resumes, changes mentor, and ends with consent', async () => {
    expect(await mentor(MEMBER, 'signup')).toContain('Mentoring is not switched on in this community');
    expect(await mentor(ADMIN, 'enable')).toContain('Mentoring is on');
    expect(await mentor(MEMBER, 'help')).toContain('/mentor talk');
    expect(await mentor(ADMIN, 'role-add', { user: VOL1, role: 'mentor' })).toContain('They are a mentor');
    expect(await mentor(ADMIN, 'role-add', { user: VOL2, role: 'mentor' })).toContain('They are a mentor');
    expect(await mentor(ADMIN, 'capacity', { user: VOL1, mentees: 1 })).toContain('up to 1 person at once');

    expect(await mentor(MEMBER, 'talk')).toContain('There is no mentoring pair for you here');
    expect(await mentor(STRANGER, 'pair', { mentee: MEMBER, mentor: VOL1 })).toContain('Not allowed');
    expect(await mentor(ADMIN, 'pair', { mentee: MEMBER, mentor: STRANGER })).toContain('not a mentor here');
    expect(await mentor(ADMIN, 'pair', { mentee: MEMBER, mentor: VOL1, rhythm: 'weekly', weeks: 12 })).toContain('Pair #1 started');
    expect(await mentor(ADMIN, 'pair', { mentee: STRANGER, mentor: VOL1 })).toContain('as many as their capacity');
    expect(dmsWith(MEMBER, 'You have a mentor')).toHaveLength(1);
    expect(dmsWith(VOL1, 'You have a new mentee')).toHaveLength(1);

    for (const [n, when] of [
      [1, '2026-12-14T10:00:00Z'],
      [2, '2026-12-21T10:00:00Z'],
      [3, '2026-12-28T10:00:00Z'],
    ] as const) {
      await tickAt(when);
      expect(dmsWith(MEMBER, 'Time to meet your mentor')).toHaveLength(n);
      expect(dmsWith(VOL1, 'Time to meet your mentee')).toHaveLength(n);
      expect(dmsWith(VOL2, 'Time to meet')).toHaveLength(0);
    }
    const prompt = dmsWith(MEMBER, 'Time to meet your mentor').at(-1)!;
    expect(prompt.json).toContain('Peerline (a bot)');
    expect(prompt.json).toContain(VOL1);

    // "Talk to my mentor": a private thread for the two of them, the usual session.
    const talk = buttonIn(prompt.json, 'pl:mentor-talk:')!;
    expect(await h.press(MEMBER, talk, prompt.id)).toContain('A private space is open with your mentor');
    const thread = [...h.fake.state.channels.values()].filter((c) => c.kind === 'thread' && c.parentId === SESSIONS).at(-1)!;
    const members = h.fake.callsTo('PUT', `/channels/${thread.id}/thread-members/:user`).map((c) => c.path.split('/').pop());
    expect(members.sort()).toEqual([MEMBER, VOL1].sort());
    expect(await h.slash(VOL1, 'end', { channel: thread.id })).toContain('Session ended');

    // Pause (by the mentee): nothing while paused; resume books the next one a week on.
    clock.now = new Date('2026-12-29T12:00:00Z');
    expect(await mentor(MEMBER, 'pause')).toContain('Mentoring paused');
    expect(dmsWith(VOL1, 'Your mentoring is paused')).toHaveLength(1);
    await tickAt('2027-01-04T10:00:00Z');
    await tickAt('2027-01-11T10:00:00Z');
    expect(dmsWith(MEMBER, 'Time to meet your mentor')).toHaveLength(3);
    expect(dmsWith(VOL1, 'Time to meet your mentee')).toHaveLength(3);
    clock.now = new Date('2027-01-12T09:00:00Z');
    expect(await mentor(VOL1, 'resume')).toContain('Tue, 19 Jan 2027, 10:00');
    await tickAt('2027-01-19T10:00:00Z');
    expect(dmsWith(MEMBER, 'Time to meet your mentor')).toHaveLength(4);

    // A different mentor, without a reason: the pair ends (consent asked), a request waits, the old mentor is not told why.
    expect(await mentor(VOL1, 'change')).toContain('Only the mentee can ask for a different mentor');
    expect(await mentor(MEMBER, 'change')).toContain('You will get a different mentor');
    const ended = dmsWith(VOL1, 'A mentoring pair has ended').at(-1)!;
    expect(ended.json).not.toMatch(/different|change/i);
    expect(await mentor(ADMIN, 'pair', { mentee: MEMBER, mentor: VOL1 })).toContain('asked for a different mentor than that one');
    expect(await mentor(ADMIN, 'pair', { mentee: MEMBER, mentor: VOL2, rhythm: 'fortnightly', weeks: 4 })).toContain('Pair #2 started');
    expect((await pairsOf(MEMBER)).map((p) => p.status).sort()).toEqual(['active', 'ended']);

    // The first pair's consent question: declining shares nothing.
    const first = dmsWith(MEMBER, 'May I share your feedback')[0]!;
    expect(await h.press(MEMBER, buttonIn(first.json, 'pl:programme-consent:')!.replace(/:yes$/, ':no'), first.id)).toContain('Nothing about your mentoring was shared');

    // The second pair ends by its mentor; the mentee agrees, then chooses what is shared.
    clock.now = new Date('2027-01-20T09:00:00Z');
    expect(await mentor(VOL2, 'end')).toContain('Mentoring ended');
    const second = dmsWith(MEMBER, 'May I share your feedback').at(-1)!;
    expect(second.id).not.toBe(first.id);
    const choice = await h.press(MEMBER, buttonIn(second.json, 'pl:programme-consent:')!, second.id);
    expect(choice).toContain('how did it go');
    const somewhat = buttonIn(choice, 'pl:mentor-feedback:[^"]*:somewhat')!;
    expect(await h.press(MEMBER, somewhat, second.id)).toContain('Your answer is shared');
    expect(dmsWith(VOL2, 'chose to share that it helped a little')).toHaveLength(1);
    expect(dmsWith(VOL1, 'Feedback from your mentee')).toHaveLength(0);
    const pairs = await pairsOf(MEMBER);
    expect(pairs.map((p) => [p.consent, p.helped]).sort()).toEqual([
      ['declined', null],
      ['shared', 'somewhat'],
    ]);
  });

  it('gives a member whose Discord is in Spanish the help in Spanish', async () => {
    const help = await h.slash(MEMBER, 'mentor', { subcommand: 'help', locale: 'es-ES' });
    expect(help).toContain('/mentor talk — abre una conversación privada con tu mentor');
    expect(help).toContain('Mentoría: una persona mentorizada');
    expect(help).not.toContain('open a private conversation');
  });
});
