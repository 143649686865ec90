/** The shared ChatPlatform contract, run against the Slack adapter and the fake Web API. */
import { describe, expect, it } from 'vitest';
import { parseId, parseMessage } from '../../src/adapters/slack/refs.js';
import { chatPlatformContract } from '../contract/chat-platform.contract.js';
import { useSlackHarness, TEAM, VOLUNTEER_CHANNEL, type SlackHarness } from './harness.js';

let h: SlackHarness;
useSlackHarness((made) => (h = made));

chatPlatformContract('Slack (Bolt against the fake Web API)', async () => ({
  platform: h.slack.platform,
  prefix: 'slack',
  community: `slack:${TEAM}`,
  member: `slack:${TEAM}:U0MEMBER`,
  volunteer: `slack:${TEAM}:U0VOL1`,
  channel: `slack:${TEAM}:${VOLUNTEER_CHANNEL}`,
  location: null,
  privateTexts: async (user) => h.fake.privateTo(parseId(user).id),
  channelTexts: async (channel) => h.fake.textIn(parseId(channel).id),
  spaceTexts: async (space) => h.fake.textIn(parseId(space).id),
  buttonActions: async (message) => {
    const { channel, ts } = parseMessage(message);
    const m = h.fake.messages.find((x) => x.channel === channel && x.ts === ts);
    return (JSON.stringify(m?.blocks ?? []).match(/"action_id":"pl:[^"]+"/g) ?? []).map((s) => s.slice('"action_id":"'.length, -1));
  },
  spaceParticipants: async (space) => (h.fake.conversations.get(parseId(space).id)?.members ?? []).map((u) => `slack:${TEAM}:${u}`),
  isSpaceClosed: async (space) => h.fake.conversations.get(parseId(space).id)?.closed === true,
  dispose: async () => undefined,
}));

describe('Slack Web API errors', () => {
  it('are mapped in one place: rate limits keep Retry-After, refusals keep their code', async () => {
    h.fake.failNext('chat.postMessage', { error: 'ratelimited', status: 429, retryAfter: 7 });
    await expect(h.slack.platform.postToChannel(`slack:${TEAM}:${VOLUNTEER_CHANNEL}`, { text: 'x' })).rejects.toMatchObject({
      name: 'SlackPlatformError',
      code: 'rate-limited',
      retryAfterSeconds: 7,
    });
    h.fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    await expect(h.slack.platform.postToChannel(`slack:${TEAM}:${VOLUNTEER_CHANNEL}`, { text: 'x' })).rejects.toMatchObject({ code: 'not-in-channel', slackError: 'not_in_channel' });
    await expect(h.slack.platform.postToChannel(`slack:${TEAM}:${VOLUNTEER_CHANNEL}`, { text: 'fine again' })).resolves.toMatch(/^slack:/);
  });
});
