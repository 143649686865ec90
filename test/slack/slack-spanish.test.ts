/**
 * A full flow on Slack in Spanish, through the real Bolt app against the fake Web API: a member whose
 * Slack language is es-ES (`users.info` with `include_locale`) in a workspace whose default is English.
 * Their replies and DMs are Spanish; the volunteer channel's card and the shared session space follow the
 * workspace's default. Expected words are rendered from the catalogue, not written out again here.
 */
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { communities, feedback, personLocales } from '../../src/db/schema.js';
import { localise, localiser, type MessageId, t } from '../../src/i18n/index.js';
import { handlers } from '../../src/scheduler/jobs/index.js';
import { JobRunner } from '../../src/scheduler/runner.js';
import { type TestDatabase } from '../support/db.js';
import { actionIdsIn, ADMIN, clickReply, commandReply, setUpWorkspace, teamPerTest, useSlackHarness, VOLUNTEER_CHANNEL, type SlackHarness } from './harness.js';
import { message } from '../fakes/slack/index.js';

let database: TestDatabase;
let h: SlackHarness;
useSlackHarness((made, db) => {
  h = made;
  database = db;
});
let TEAM = '';
teamPerTest('T0ES', (team) => (TEAM = team));

const VOL = 'U0ESVOL';
const MARIA = 'U0MARIA';
/** A message without parameters, in Spanish or English, as the catalogue has it. */
const es = (id: MessageId) => localiser('es').format(id);
const en = (id: MessageId) => localiser('en').format(id);

/** The last message the bot posted in `channel` whose text contains `words`. */
const postedIn = (channel: string, words: string) => [...h.fake.messages].reverse().find((m) => m.channel === channel && m.text.includes(words));
const dmOf = (user: string) => [...h.fake.conversations].find(([, c]) => c.members.join() === user)?.[0];

describe('Slack: the main flow in Spanish', () => {
  it('speaks Spanish to a Spanish member, English in the volunteer channel, and answers a Spanish crisis in Spanish', async () => {
    h.fake.workspace.users.set(MARIA, { id: MARIA, name: 'maria', real_name: 'María', locale: 'es-ES' });
    await setUpWorkspace(h, TEAM);
    expect(await commandReply(h, TEAM, ADMIN, `volunteer add <@${VOL}|vol> grief trained-until 2027-06-30`)).toContain('Volunteer enrolled');
    expect(await commandReply(h, TEAM, VOL, 'duty on')).toContain('You are on duty');

    // /listen: the private reply in her language, with the workspace country's line.
    const queued = await commandReply(h, TEAM, MARIA, 'una semana muy dura', '/listen');
    expect(queued).toContain(es('queue.title'));
    expect(queued).toContain(localise(t('queue.position', { position: 1 }), 'es'));
    expect(queued).toContain(es('line.talk247'));
    expect(queued).toContain('116 123');
    expect(queued).not.toContain(en('queue.title'));

    // The card in the volunteer channel: the workspace's default (English), whoever asked.
    const card = await h.fake.waitFor(() => postedIn(VOLUNTEER_CHANNEL, en('offer.title')));
    expect(card.text).not.toContain(es('offer.title'));
    expect(JSON.stringify(card.blocks)).toContain(en('offer.topic'));
    const accept = actionIdsIn(card).find((a) => a.startsWith('pl:accept:'));
    expect(await clickReply(h, TEAM, VOL, accept!)).toContain(en('accepted.title'));

    // Her DM says a listener is here, in Spanish; the shared space speaks the workspace's language.
    const dm = await h.fake.waitFor(() => dmOf(MARIA));
    const matched = await h.fake.waitFor(() => h.fake.textIn(dm).find((x) => x.includes(es('matched.title'))));
    expect(matched).toContain(es('matched.named'));
    const space = [...h.fake.conversations].find(([, c]) => c.members.includes(MARIA) && c.members.includes(VOL))![0];
    expect(h.fake.textIn(space).join('\n')).toContain(en('session.title'));

    // The session ends: the feedback prompt is hers, in Spanish, with Spanish buttons.
    expect(await commandReply(h, TEAM, VOL, 'end', '/peer', space)).toContain(en('ended.title'));
    const prompt = await h.fake.waitFor(() => postedIn(dm, es('feedback.title')));
    expect(prompt.text).toContain(es('feedback.text'));
    expect(JSON.stringify(prompt.blocks)).toContain(es('feedback.noCheckIn'));
    const checkIn24 = actionIdsIn(prompt).find((a) => a.startsWith('pl:check-in:') && a.endsWith(':24'));
    await clickReply(h, TEAM, MARIA, checkIn24!);
    const [community] = await database.db.select({ id: communities.id }).from(communities).where(eq(communities.ref, `slack:${TEAM}`));
    expect((await database.db.select().from(feedback).where(eq(feedback.communityId, community!.id)))[0]?.checkInHours).toBe(24);

    // A day later the scheduler's check-in reaches her in Spanish.
    await new JobRunner({ deps: h.deps, handlers, instanceId: 'slack-es' }).tick(new Date(Date.now() + 25 * 3_600_000));
    const checkIn = await h.fake.waitFor(() => postedIn(dm, es('checkIn.title')));
    expect(checkIn.text).toContain(es('checkIn.text'));
    expect(JSON.stringify(checkIn.blocks)).toContain(es('checkIn.talk'));

    // Crisis language in Spanish: the Spanish crisis reply at once, with the workspace country's (GB) line.
    const before = h.fake.textIn(dm).length;
    await h.send(message(TEAM, MARIA, dm, 'im', 'quiero suicidarme esta noche, ya tengo todo preparado'));
    const reply = await h.fake.waitFor(() => h.fake.textIn(dm).slice(before).find((x) => x.includes(es('crisis.ask'))));
    expect(reply).toContain(localise(t('crisis.line', { name: 'Samaritans', always: 'yes', how: t('crisis.call', { number: '116 123' }) }), 'es'));
    expect(reply).toContain(es('crisis.bot'));
    expect(reply).not.toContain(en('crisis.ask'));

    // What Slack said about her language is kept (a locale code, nothing she wrote).
    const kept = await database.db.select({ locale: personLocales.locale }).from(personLocales).where(and(eq(personLocales.communityId, community!.id), eq(personLocales.userRef, `slack:${TEAM}:${MARIA}`)));
    expect(kept).toEqual([{ locale: 'es' }]);
  });
});
