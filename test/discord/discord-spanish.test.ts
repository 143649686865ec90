/**
 * A full flow on Discord in Spanish, through the real discord.js client against the fake gateway and
 * REST API: a member whose Discord client is in Spanish (the interactions' `locale` is es-ES) on a server
 * whose default language is English. Their replies and DMs are Spanish; the volunteer channel's card and
 * the session thread follow the server's default. The bot then restarts: the check-in it sends is still
 * in Spanish (the language was kept in the database), and a Spanish crisis message is answered in
 * Spanish at once. Expected words are rendered from the catalogue, not written out again here.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedback, personLocales } from '../../src/db/schema.js';
import { localise, localiser, type MessageId, t } from '../../src/i18n/index.js';
import { handlers } from '../../src/scheduler/jobs/index.js';
import { JobRunner } from '../../src/scheduler/runner.js';
import { callTo } from '../fakes/discord/index.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { APP, GENERAL, GUILD, MEMBER, SESSIONS, setUpServer, startDiscordHarness, VOL1, VOLUNTEERS, type DiscordHarness } from './harness.js';

let database: TestDatabase;
let h: DiscordHarness;
beforeAll(async () => {
  database = await createTestDatabase();
  h = await startDiscordHarness(database);
  await setUpServer(h, [VOL1], 3);
}, 60_000);
afterAll(async () => {
  await h?.stop();
  await database.dispose();
});

/** A message without parameters, in Spanish or English, as the catalogue has it. */
const es = (id: MessageId) => localiser('es').format(id);
const en = (id: MessageId) => localiser('en').format(id);
const SPANISH = 'es-ES';

/** The ephemeral reply to an interaction from a Spanish Discord client, as JSON text. */
async function replyTo(payload: { readonly id: string; readonly token: string }): Promise<string> {
  const call = await h.fake.waitForCall(callTo('PATCH', `/webhooks/${APP}/${payload.token}/messages/@original`));
  // What the bot does after the reply (a new request's card) has finished too.
  await h.core.settle();
  return JSON.stringify(call.body);
}
async function slashInSpanish(name: string, options: Record<string, string | number | boolean> = {}): Promise<string> {
  const payload = h.fake.build.slashCommand({ user: MEMBER, name, channel: GENERAL, options, locale: SPANISH });
  await h.fake.sendInteraction(payload);
  return replyTo(payload);
}
async function pressInSpanish(customId: string, message: string): Promise<string> {
  const payload = h.fake.build.button({ user: MEMBER, customId, message, locale: SPANISH });
  await h.fake.sendInteraction(payload);
  return replyTo(payload);
}
const messagesIn = (channel: string) => h.fake.state.messagesIn(channel);
const find = (channel: string, words: string) => [...messagesIn(channel)].reverse().find((m) => JSON.stringify(m).includes(words));
const customId = (m: { components?: unknown } | undefined, pattern: RegExp) => pattern.exec(JSON.stringify(m?.components ?? []))?.[1];

describe('Discord: the main flow in Spanish', () => {
  it('speaks Spanish to a Spanish member, English in the server, and still Spanish after a restart', async () => {
    // /listen: the private reply in her language, with the server country's line.
    const queued = await slashInSpanish('listen', { topic: 'grief' });
    expect(queued).toContain(es('queue.title'));
    expect(queued).toContain(localise(t('queue.position', { position: 1 }), 'es'));
    expect(queued).toContain('116 123');
    expect(queued).not.toContain(en('queue.title'));

    // The card in the volunteer channel: the server's default (English), whoever asked.
    const card = find(VOLUNTEERS, en('offer.title'))!;
    expect(JSON.stringify(card)).not.toContain(es('offer.title'));
    expect(await h.press(VOL1, customId(card, /"custom_id":"(pl:accept:[^"]+)"/)!, card.id)).toContain(en('accepted.title'));

    // Her DM says a listener is here, in Spanish; the session thread speaks the server's language.
    const dm = h.fake.state.dmChannelOf(MEMBER)!;
    expect(JSON.stringify(find(dm, es('matched.title')))).toContain(es('matched.named'));
    const thread = [...h.fake.state.channels.values()].find((c) => c.kind === 'thread' && c.parentId === SESSIONS)!;
    expect(JSON.stringify(messagesIn(thread.id))).toContain(en('session.title'));

    // The session ends: the feedback prompt is hers, in Spanish; she books a check-in for a day later.
    expect(await h.slash(VOL1, 'end', { channel: thread.id })).toContain(en('ended.title'));
    const prompt = find(dm, es('feedback.title'));
    expect(JSON.stringify(prompt)).toContain(es('feedback.text'));
    await pressInSpanish(customId(prompt, /"custom_id":"(pl:check-in:[^"]+:24)"/)!, prompt!.id);
    expect((await database.db.select().from(feedback))[0]?.checkInHours).toBe(24);
    // What Discord said about her language is kept (a locale code, nothing she wrote).
    expect(await database.db.select({ locale: personLocales.locale }).from(personLocales).where(eq(personLocales.userRef, `discord:${GUILD}:${MEMBER}`))).toEqual([{ locale: 'es' }]);

    // A new process on the same database: it has never heard from her, and the server's default is English.
    await h.stop();
    h = await startDiscordHarness(database);
    await new JobRunner({ deps: h.deps, handlers, instanceId: 'discord-es' }).tick(new Date(Date.now() + 25 * 3_600_000));
    const checkIn = await h.fake.waitForCall((c) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path) && JSON.stringify(c.body).includes(es('checkIn.title')));
    expect(JSON.stringify(checkIn.body)).toContain(es('checkIn.text'));
    expect(JSON.stringify(checkIn.body)).toContain(es('checkIn.talk'));

    // Crisis language in Spanish: the Spanish crisis reply at once, with the server country's (GB) line.
    h.fake.sendMessage({ author: MEMBER, channel: 'dm', content: 'quiero suicidarme esta noche, ya tengo todo preparado' });
    const reply = await h.fake.waitForCall((c) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path) && JSON.stringify(c.body).includes(es('crisis.ask')));
    const words = JSON.stringify(reply.body);
    expect(words).toContain(localise(t('crisis.line', { name: 'Samaritans', always: 'yes', how: t('crisis.call', { number: '116 123' }) }), 'es'));
    expect(words).toContain(es('crisis.bot'));
    expect(words).not.toContain(en('crisis.ask'));
  });
});
