/**
 * Mentoring pairs through the real Bolt app and the fake Slack Web API, with a fixed clock moved by hand
 * and the scheduler ticked at chosen times: switched on, a mentor given the role, a member's sign-up
 * paired by a coordinator, three weekly prompts to both by DM, "talk to my mentor" opening a group DM
 * with the same mentor, a pause (no prompt while paused), and an end that asks the mentee's consent before
 * any feedback is shared. Bad input is refused privately at each step.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, communities, mentorPairs, programmeConsents, supportRequests } from '../../src/db/schema.js';
import { handlers } from '../../src/scheduler/jobs/index.js';
import { JobRunner } from '../../src/scheduler/runner.js';
import { TestClock } from '../support/core.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { localise, t } from '../../src/i18n/index.js';
import { actionIdsIn, ADMIN, clickReply, commandReply, setUpWorkspace, startSlackHarness, VOLUNTEER_CHANNEL, type SlackHarness } from './harness.js';

const TEAM = 'T0MENTOR';
const ALEX = 'U0ALEX';
const JORDAN = 'U0JORDAN';
const RILEY = 'U0RILEY';
const SAM = 'U0SAM';
const LUCIA = 'U0LUCIA';
const at = (u: string) => `<@${u}|${u.toLowerCase()}>`;

let database: TestDatabase;
let h: SlackHarness;
// Monday 7 December 2026, 09:00 in London (UTC in winter).
const clock = new TestClock(new Date('2026-12-07T09:00:00Z'));

beforeAll(async () => {
  database = await createTestDatabase();
  h = await startSlackHarness(database, { clock: clock.read });
}, 120_000);
afterAll(async () => {
  await h?.stop();
  await database?.dispose();
});

const peer = (user: string, text: string, channel = 'C0GENERAL') => commandReply(h, TEAM, user, text, '/peer', channel);
const press = (user: string, actionId: string) => clickReply(h, TEAM, user, actionId);
const tickAt = (iso: string) => {
  clock.now = new Date(iso);
  return new JobRunner({ deps: h.deps, handlers, instanceId: 'mentor-test' }).tick(clock.read());
};

/** The bot's messages in `user`'s DM with it, as what a person reads (text and blocks). */
function dm(user: string): { text: string; actions: string[] }[] {
  const id = [...h.fake.conversations].find(([, c]) => c.members.length === 1 && c.members[0] === user)?.[0];
  return h.fake.messages.filter((m) => m.channel === id).map((m) => ({ text: `${m.text}\n${JSON.stringify(m.blocks)}`, actions: actionIdsIn(m) }));
}
const dmsWith = (user: string, words: string) => dm(user).filter((m) => m.text.includes(words));

async function pair() {
  const [c] = await database.db.select({ id: communities.id }).from(communities).where(eq(communities.ref, `slack:${TEAM}`));
  const [row] = await database.db.select().from(mentorPairs).where(eq(mentorPairs.communityId, c!.id));
  return row!;
}

describe('Slack: a mentoring pair', () => {
  it('is refused while mentoring is off, then set up: mentor role, capacity, sign-up, pairing', async () => {
    await setUpWorkspace(h, TEAM);
    expect(await peer(ADMIN, `volunteer add ${at(ALEX)} trained-until 2027-06-30`)).toContain('Volunteer enrolled');

    // Off until a coordinator switches it on: every command says so, privately.
    expect(await peer(RILEY, 'mentor signup')).toContain('Mentoring is not switched on in this community');
    expect(await peer(RILEY, 'mentor on')).toContain('Not allowed');
    expect(await peer(ADMIN, 'mentor on')).toContain('Mentoring is on');
    expect(await peer(RILEY, 'mentor help')).toContain('/peer mentor talk');

    expect(await peer(ADMIN, `mentor role add ${at(ALEX)} mentor`)).toContain('They are a mentor');
    expect(await peer(ALEX, `mentor role add ${at(ALEX)} manager`)).toContain('Coordinators and Mentoring managers can do this');
    expect(await peer(ADMIN, `mentor capacity ${at(ALEX)} 1`)).toContain('up to 1 person at once');
    expect(await peer(ADMIN, `mentor capacity ${at(JORDAN)} 1`)).toContain('not a mentor here');

    // The member signs up; the coordinators hear of it by number, never by name.
    expect(await peer(RILEY, 'mentor signup')).toContain('Your request for a mentor is in');
    expect(await peer(RILEY, 'mentor signup')).toContain('already a request for a mentor waiting');
    const notice = await h.fake.waitFor(() => h.fake.textIn(VOLUNTEER_CHANNEL).find((t) => t.includes('Request #1')));
    expect(notice).not.toContain(RILEY);
    expect(await peer(ADMIN, 'mentor pairs')).toContain(RILEY);
    expect(await peer(RILEY, 'mentor pairs')).toContain('Not allowed');

    // Bad input, privately: not a mentor, a wrong rhythm, someone's own mentor.
    expect(await peer(ADMIN, `mentor pair ${at(RILEY)} ${at(JORDAN)}`)).toContain('not a mentor here');
    expect(await peer(ADMIN, `mentor pair ${at(RILEY)} ${at(ALEX)} daily`)).toContain('Use `/peer mentor pair');
    expect(await peer(ADMIN, `mentor pair ${at(ALEX)} ${at(ALEX)}`)).toContain('Nobody can be their own mentor');

    const paired = await peer(ADMIN, `mentor pair ${at(RILEY)} ${at(ALEX)} weekly 12 weeks`);
    expect(paired).toContain('Pair #1 started');
    expect(paired).toContain('Mon, 14 Dec 2026, 10:00');
    expect(dmsWith(RILEY, 'You have a mentor')).toHaveLength(1);
    expect(dmsWith(ALEX, 'You have a new mentee')).toHaveLength(1);
    expect(await pair()).toMatchObject({ status: 'active', rhythmDays: 7, startsOn: '2026-12-07', endsOn: '2027-03-01', prompts: 0 });

    // The mentor's capacity (1) is full now.
    expect(await peer(SAM, 'mentor signup')).toContain('Your request for a mentor is in');
    expect(await peer(ADMIN, `mentor pair ${at(SAM)} ${at(ALEX)}`)).toContain('as many as their capacity');
    expect(await peer(ADMIN, 'mentor list')).toContain('1 of 1 · full');
  });

  it('prompts both privately three times, opens a talk with the same mentor, and sends nothing while paused', async () => {
    for (const [n, when] of [
      [1, '2026-12-14T10:00:00Z'],
      [2, '2026-12-21T10:00:00Z'],
      [3, '2026-12-28T10:00:00Z'],
    ] as const) {
      await tickAt(when);
      await h.fake.waitFor(() => dmsWith(RILEY, 'Time to meet your mentor').length === n && dmsWith(ALEX, 'Time to meet your mentee').length === n);
      // A tick an hour later sends nothing more.
      await tickAt(when.replace('T10', 'T11'));
      expect(dmsWith(RILEY, 'Time to meet your mentor')).toHaveLength(n);
      if (n === 1) {
        const prompt = dmsWith(RILEY, 'Time to meet your mentor')[0]!;
        expect(prompt.text).toContain('Peerline (a bot)');
        expect(prompt.text).toContain(`<@${ALEX}>`);
        // "Talk to my mentor": a group DM with the same mentor, through the ordinary session.
        const talk = prompt.actions.find((a) => a.startsWith('pl:mentor-talk:'))!;
        expect(await press(RILEY, talk)).toContain('A private space is open with your mentor');
        const space = [...h.fake.conversations].find(([, c]) => c.members.join() === [ALEX, RILEY].sort().join())![0];
        expect(h.fake.textIn(space).join('\n')).toContain('Your listening session');
        expect(await press(RILEY, talk)).toContain('your session is open');
        expect(await peer(ALEX, 'end', space)).toContain('Session ended');
        expect(h.fake.conversations.get(space)?.closed).toBe(true);
      }
    }
    expect(await pair()).toMatchObject({ prompts: 3 });

    // Someone else cannot pause it; the mentor can.
    expect(await peer(SAM, `mentor pause ${at(RILEY)}`)).toContain('That pair is not yours');
    clock.now = new Date('2026-12-29T12:00:00Z');
    expect(await peer(ALEX, 'mentor pause')).toContain('Mentoring paused');
    expect(dmsWith(RILEY, 'Your mentoring is paused')).toHaveLength(1);
    expect(await peer(RILEY, 'mentor pause')).toContain('paused already');
    expect(await peer(RILEY, 'mentor talk')).toContain('paused already');

    await tickAt('2027-01-04T10:00:00Z');
    await tickAt('2027-01-11T10:00:00Z');
    await new Promise((r) => setTimeout(r, 100));
    expect(dmsWith(RILEY, 'Time to meet your mentor')).toHaveLength(3);
    expect(dmsWith(ALEX, 'Time to meet your mentee')).toHaveLength(3);
    expect(await pair()).toMatchObject({ status: 'paused', prompts: 3, nextPromptAt: null });

    // A mentor with a pair (a paused one counts) keeps the role and stays enrolled until it ends:
    // otherwise the mentee would be left with no mentor and no prompts, and nobody told.
    expect(await peer(ADMIN, `mentor role remove ${at(ALEX)}`)).toContain('They mentor 1 person now');
    expect(await peer(ADMIN, `volunteer remove ${at(ALEX)}`)).toContain('They mentor 1 person now');
  });

  it('ends, asks the mentee before sharing any feedback, and shares only what they chose', async () => {
    expect(await peer(SAM, 'mentor end')).toContain('Request withdrawn');
    expect(await peer(SAM, 'mentor end')).toContain('There is no mentoring pair for you here');

    expect(await peer(RILEY, 'mentor end')).toContain('Mentoring ended');
    expect(dmsWith(ALEX, 'A mentoring pair has ended')).toHaveLength(1);
    const question = dmsWith(RILEY, 'May I share your feedback')[0]!;
    expect(question.text).toContain('Nothing is shared unless you say yes');
    const [yes, no] = question.actions;
    expect(yes).toMatch(/^pl:programme-consent:.+:yes$/);
    expect(no).toMatch(/:no$/);
    expect(await pair()).toMatchObject({ status: 'ended', endedBy: 'mentee', consent: null, helped: null });

    // Only the mentee's own answer counts.
    expect(await press(ALEX, yes!)).toContain('Not found');
    const choice = await press(RILEY, yes!);
    expect(choice).toContain('how did it go');
    expect(await pair()).toMatchObject({ consent: 'shared', helped: null });
    const consents = await database.db.select().from(programmeConsents).where(eq(programmeConsents.programme, 'mentoring'));
    expect(consents).toMatchObject([{ personRef: `slack:${TEAM}:${RILEY}`, answer: 'given' }]);

    const p = await pair();
    expect(await press(RILEY, `pl:mentor-feedback:${p.id}:yes`)).toContain('Your answer is shared');
    expect(await press(RILEY, `pl:mentor-feedback:${p.id}:no`)).toContain('answered this already');
    expect(await pair()).toMatchObject({ helped: 'yes' });
    await h.fake.waitFor(() => dmsWith(ALEX, 'chose to share that it helped').length === 1);

    // Audited as the programme's, without content; no prompt after the end.
    const actions = (await database.db.select({ action: auditLog.action }).from(auditLog)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['mentoring.enabled', 'mentoring.role.assigned', 'mentoring.pair.requested', 'mentoring.pair.started', 'mentoring.pair.talk', 'mentoring.pair.paused', 'mentoring.pair.ended', 'mentoring.consent.asked', 'mentoring.consent.given', 'mentoring.feedback.shared']));
    await tickAt('2027-03-01T10:00:00Z');
    expect(dmsWith(RILEY, 'Time to meet your mentor')).toHaveLength(3);
    const talks = await database.db.select().from(supportRequests).where(eq(supportRequests.topic, 'mentoring'));
    expect(talks).toMatchObject([{ status: 'closed', memberRef: `slack:${TEAM}:${RILEY}` }]);

    // With the pair ended, the mentor's role can be taken away and they can be removed.
    expect(await peer(ADMIN, `mentor role remove ${at(ALEX)}`)).toContain('Mentoring role removed');
    expect(await peer(ADMIN, `volunteer remove ${at(ALEX)}`)).toContain('Volunteer removed');

    // /forget-me takes the member's pairs with it.
    expect(await peer(RILEY, 'forget-me')).toContain('Your data has been deleted');
    expect((await database.db.select().from(mentorPairs)).filter((r) => r.menteeRef.endsWith(RILEY))).toHaveLength(0);
  });

  it("gives a Spanish member the help, and what did not parse, in Spanish", async () => {
    h.fake.workspace.users.set(LUCIA, { id: LUCIA, name: 'lucia', real_name: 'Lucía', locale: 'es-ES' });
    const help = await peer(LUCIA, 'mentor help');
    expect(help).toContain('/peer mentor talk — abre una conversación privada con tu mentor');
    expect(help).toContain(localise(t('help.mentor.intro'), 'es'));
    expect(help).not.toContain('open a private conversation');
    const refused = await peer(LUCIA, 'mentor pause nobody');
    expect(refused).toContain('/peer mentor change — pide otro mentor; no hace falta dar motivos');
  });
});
