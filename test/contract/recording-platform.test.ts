/** The contract run against the in-memory recording platform core tests use, so it matches the real adapters. */
import { RecordingPlatform } from '../support/recording-platform.js';
import { chatPlatformContract } from './chat-platform.contract.js';

chatPlatformContract('recording platform (tests)', async () => {
  const p = new RecordingPlatform();
  const texts = (views: { title?: string; text: string }[]) => views.map((v) => [v.title, v.text].filter(Boolean).join('\n'));
  const latestByMessage = () => {
    const latest = new Map<string, { channel: string; view: { title?: string; text: string; buttons?: readonly { action: string }[] } }>();
    for (const c of p.of('postToChannel')) latest.set(c.ref, { channel: c.channel, view: c.view });
    for (const u of p.of('updateMessage')) {
      const m = latest.get(u.message);
      if (m !== undefined) latest.set(u.message, { ...m, view: u.view });
    }
    return latest;
  };
  return {
    platform: p,
    prefix: 'test',
    community: 'test:guild-1',
    member: 'test:guild-1:member',
    volunteer: 'test:guild-1:alice',
    channel: 'test:chan:volunteers',
    location: null,
    privateTexts: async (user) => texts(p.privateTo(user)),
    channelTexts: async (channel) => texts([...latestByMessage().values()].filter((m) => m.channel === channel).map((m) => m.view)),
    spaceTexts: async (space) => texts(p.of('postToSpace').filter((c) => c.space === space).map((c) => c.view)),
    buttonActions: async (message) => (latestByMessage().get(message)?.view.buttons ?? []).map((b) => b.action),
    spaceParticipants: async (space) => [...(p.of('openSpace').find((c) => c.ref === space)?.input.participants ?? [])],
    isSpaceClosed: async (space) => p.of('closeSpace').some((c) => c.space === space),
    dispose: async () => undefined,
  };
});

