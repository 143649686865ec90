/**
 * A DM carries no guild: the adapter asks Discord whether the person is a member of each set-up guild.
 * Only "Unknown Member" (10007) means "not a member". A server error that outlasts discord.js's own
 * retries is a fault: the person hears that Discord failed, not that Peerline is not set up, and the
 * next try finds their guild. A crisis DM during the fault is still answered. The answer is remembered
 * in a cache bounded in size and age.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoundedCache, DM_GUILD_BOUND } from '../../src/adapters/discord/dm-guilds.js';
import { callTo, DiscordErrors } from '../fakes/discord/index.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { APP, MEMBER, setUpServer, startDiscordHarness, STRANGER, VOL1, VOL2, type DiscordHarness } from './harness.js';

let database: TestDatabase;
let h: DiscordHarness;
beforeAll(async () => {
  database = await createTestDatabase();
  h = await startDiscordHarness(database);
  await setUpServer(h, [VOL1], 1);
}, 60_000);
afterAll(async () => {
  await h?.stop();
  await database.dispose();
});

const MEMBER_ROUTE = '/guilds/:guild/members/:user';

/** A slash command sent from the person's DM with the bot; resolves with the private reply as text. */
async function slashInDm(user: string, name: string, subcommand?: string): Promise<string> {
  const payload = h.fake.build.slashCommand({ user, name, ...(subcommand === undefined ? {} : { subcommand }) });
  await h.fake.sendInteraction(payload);
  const edit = await h.fake.waitForCall(callTo('PATCH', `/webhooks/${APP}/${payload.token}/messages/@original`), 10_000);
  return JSON.stringify(edit.body);
}

describe('Discord: the guild of a DM', () => {
  it('reads a server error as a fault, not as "not a member", and finds the guild on the next try', async () => {
    // discord.js retries a 5xx three times by itself: four failures reach the adapter.
    h.fake.failNext({ method: 'GET', pathPattern: MEMBER_ROUTE, ...DiscordErrors.serverError, times: 4 });
    const during = await slashInDm(VOL2, 'duty', 'on');
    expect(during).toContain('The chat platform refused');
    expect(during).not.toContain('not set up');

    // Nothing was remembered from the failure: VOL2 is a member, but not a volunteer.
    expect(await slashInDm(VOL2, 'duty', 'on')).toContain('Not a volunteer here');
  }, 30_000);

  it('waits out a 429 and finds the guild', async () => {
    h.fake.failNext({ method: 'GET', pathPattern: MEMBER_ROUTE, status: 429, retryAfter: 0.2 });
    expect(await slashInDm(VOL1, 'duty', 'off')).toContain('You are off duty');
  }, 30_000);

  it('reads "Unknown Member" as not a member of that guild', async () => {
    h.fake.failNext({ method: 'GET', pathPattern: MEMBER_ROUTE, ...DiscordErrors.unknownMember });
    expect(await slashInDm(STRANGER, 'duty', 'on')).toContain('not set up');
  }, 30_000);

  it('still answers a crisis DM while Discord fails, and asks Discord again afterwards', async () => {
    h.fake.failNext({ method: 'GET', pathPattern: MEMBER_ROUTE, ...DiscordErrors.serverError, times: 4 });
    h.fake.sendMessage({ author: MEMBER, channel: 'dm', content: 'i want to kill myself' });
    await h.fake.waitForCall((c) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path) && JSON.stringify(c.body).includes('Are you safe right now'), 10_000);
    const asked = h.fake.callsTo('GET', `/guilds/:guild/members/${MEMBER}`).length;
    expect(await slashInDm(MEMBER, 'resources')).not.toContain('The chat platform refused');
    expect(h.fake.callsTo('GET', `/guilds/:guild/members/${MEMBER}`).length).toBeGreaterThan(asked);
  }, 30_000);

  it('remembers a member\'s guild: a second DM does not ask Discord again', async () => {
    await slashInDm(VOL1, 'duty', 'on');
    const asked = h.fake.callsTo('GET', `/guilds/:guild/members/${VOL1}`).length;
    expect(await slashInDm(VOL1, 'duty', 'off')).toContain('You are off duty');
    expect(h.fake.callsTo('GET', `/guilds/:guild/members/${VOL1}`).length).toBe(asked);
  }, 30_000);
});

describe('BoundedCache', () => {
  it('holds at most maxEntries (least recently used out first) and forgets entries older than ttlMs', () => {
    let now = 0;
    const cache = new BoundedCache<string>(2, 1000, () => now);
    cache.set('a', '1');
    cache.set('b', '2');
    expect(cache.get('a')).toBe('1'); // a is now the most recently used
    cache.set('c', '3');
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('1');
    now = 1000;
    expect(cache.get('c')).toBeUndefined();
    expect(DM_GUILD_BOUND).toEqual({ maxEntries: 10_000, ttlMs: 3_600_000 });
  });
});
