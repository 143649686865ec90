/** The shared ChatPlatform contract and the database-down case, against the Discord adapter and the fake. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseId, parseMessage } from '../../src/adapters/discord/refs.js';
import { openDatabase } from '../../src/db/client.js';
import { chatPlatformContract } from '../contract/chat-platform.contract.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { GUILD, MEMBER, SESSIONS, startDiscordHarness, VOL1, VOLUNTEERS, type DiscordHarness } from './harness.js';

let database: TestDatabase;
let h: DiscordHarness;
beforeAll(async () => {
  database = await createTestDatabase();
  // The database behind this adapter is closed: the platform itself needs none, and /resources must not.
  const broken = await openDatabase({ kind: 'pglite', dataDir: null });
  await broken.close();
  h = await startDiscordHarness(database, { db: broken.db });
}, 60_000);
afterAll(async () => {
  await h?.stop();
  await database.dispose();
});

const text = (m: unknown) => JSON.stringify(m);

chatPlatformContract('Discord (discord.js against the fake gateway and REST)', async () => ({
  platform: h.discord.platform,
  prefix: 'discord',
  community: `discord:${GUILD}`,
  member: `discord:${GUILD}:${MEMBER}`,
  volunteer: `discord:${GUILD}:${VOL1}`,
  channel: `discord:${GUILD}:${VOLUNTEERS}`,
  location: `discord:${GUILD}:${SESSIONS}`,
  privateTexts: async (user) => {
    const dm = h.fake.state.dmChannelOf(parseId(user).id);
    return dm === undefined ? [] : h.fake.state.messagesIn(dm).map(text);
  },
  channelTexts: async (channel) => h.fake.state.messagesIn(parseId(channel).id).map(text),
  spaceTexts: async (space) => h.fake.state.messagesIn(parseId(space).id).map(text),
  buttonActions: async (message) => {
    const m = h.fake.state.messages.get(parseMessage(message).message)?.payload;
    return (text(m?.components ?? []).match(/"custom_id":"pl:[^"]+"/g) ?? []).map((s) => s.slice('"custom_id":"'.length, -1));
  },
  spaceParticipants: async (space) => {
    const thread = h.fake.state.channels.get(parseId(space).id);
    return thread?.kind === 'thread' ? [...thread.members.keys()].filter((u) => u !== '1500000000000000001').map((u) => `discord:${GUILD}:${u}`) : [];
  },
  isSpaceClosed: async (space) => {
    const thread = h.fake.state.channels.get(parseId(space).id);
    return thread?.kind === 'thread' && thread.archived;
  },
  dispose: async () => undefined,
}));

describe('Discord with the database down', () => {
  it('still answers /resources from memory, and /listen with a clear private error', async () => {
    const resources = await h.slash(MEMBER, 'resources', { options: { country: 'GB' } });
    expect(resources).toContain('Samaritans');
    expect(resources).toContain('116 123');
    const listen = await h.slash(MEMBER, 'listen', {});
    expect(listen).toContain('Peerline is having trouble');
  });
});
