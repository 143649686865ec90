/**
 * On Discord a scheduled message carries a nonce derived from its delivery key, with `enforce_nonce`:
 * a re-send after a crash (same key) gets the earlier message back instead of creating a second. The
 * real discord.js REST client and DiscordPlatform against the fake Discord, which keeps nonces as
 * Discord documents ("the past few minutes").
 */
import { buildDiscordRest } from '../../src/clients/discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordPlatform, deliveryNonce } from '../../src/adapters/discord/platform.js';
import { notice } from '../../src/core/views/requests.js';
import { FakeDiscord } from '../fakes/discord/index.js';

const APP = '1400000000000000001';
const BOT = '1500000000000000001';
const GUILD = '1100000000000000001';
const CHANNEL = '1300000000000000001';
const MEMBER = '1200000000000000004';

let fake: FakeDiscord;
let platform: DiscordPlatform;
beforeAll(async () => {
  fake = await FakeDiscord.start({
    applicationId: APP,
    botUserId: BOT,
    guilds: [{ id: GUILD, name: 'Test', ownerId: MEMBER, roles: [], channels: [{ id: CHANNEL, name: 'volunteers' }], members: [{ id: MEMBER, username: 'member', roles: [], dmsClosed: false }] }],
  });
  platform = new DiscordPlatform(buildDiscordRest({ token: 'test-token', apiUrl: fake.apiUrl }, { retries: 0 }));
});
afterAll(async () => fake.stop());

const inChannel = () => fake.state.messagesIn(CHANNEL);

describe('Discord delivery nonces', () => {
  it('fit Discord (25 characters) and differ by key', () => {
    const a = deliveryNonce({ key: 'escalate:6c1f3b9e-3d2a-4a7b-9c1e-2f4a5b6c7d8e:0:remention', mayExistSince: null });
    expect(a).toHaveLength(25);
    expect(deliveryNonce({ key: 'escalate:6c1f3b9e-3d2a-4a7b-9c1e-2f4a5b6c7d8e:1:remention', mayExistSince: null })).not.toBe(a);
  });

  it('make a re-send with the same key return the earlier message, in a channel and by DM', async () => {
    const first = await platform.postToChannel(`discord:${GUILD}:${CHANNEL}`, notice('Still waiting', 'one'), { key: 'k-1', mayExistSince: null });
    const again = await platform.postToChannel(`discord:${GUILD}:${CHANNEL}`, notice('Still waiting', 'one'), { key: 'k-1', mayExistSince: new Date() });
    expect(again).toBe(first);
    expect(inChannel()).toHaveLength(1);
    await platform.postToChannel(`discord:${GUILD}:${CHANNEL}`, notice('Still waiting', 'two'), { key: 'k-2', mayExistSince: null });
    expect(inChannel()).toHaveLength(2);

    const dm = await platform.sendPrivate(`discord:${GUILD}:${MEMBER}`, notice('Checking in', 'hi'), undefined, { key: 'k-3', mayExistSince: null });
    expect(await platform.sendPrivate(`discord:${GUILD}:${MEMBER}`, notice('Checking in', 'hi'), undefined, { key: 'k-3', mayExistSince: new Date() })).toBe(dm);
  });

  it('leave messages without a delivery key alone (every call posts)', async () => {
    const before = inChannel().length;
    await platform.postToChannel(`discord:${GUILD}:${CHANNEL}`, notice('A', 'same'));
    await platform.postToChannel(`discord:${GUILD}:${CHANNEL}`, notice('A', 'same'));
    expect(inChannel().length).toBe(before + 2);
  });
});
