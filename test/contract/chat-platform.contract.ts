/**
 * The contract every ChatPlatform adapter must keep, as one suite each adapter's tests run against its
 * own harness (the real SDK against a local fake of the platform). What is checked is what a person on
 * the platform would see, read back from the fake — not which methods were called.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeAction } from '../../src/core/actions.js';
import type { ChatPlatform } from '../../src/core/ports.js';
import type { View } from '../../src/core/views/types.js';

export interface ContractHarness {
  readonly platform: ChatPlatform;
  /** The ref prefix this adapter owns (`slack`, `discord`, `web`, `test`). */
  readonly prefix: string;
  readonly community: string;
  readonly member: string;
  readonly volunteer: string;
  readonly channel: string;
  /** Where spaces open (Discord: the sessions channel); null when the platform decides. */
  readonly location: string | null;
  /** Everything the platform shows `user` privately, as plain text, oldest first. */
  privateTexts(user: string): Promise<string[]>;
  channelTexts(channel: string): Promise<string[]>;
  spaceTexts(space: string): Promise<string[]>;
  /** Action ids of the buttons on a message, as the platform would hand them back when clicked. */
  buttonActions(message: string): Promise<string[]>;
  spaceParticipants(space: string): Promise<string[]>;
  isSpaceClosed(space: string): Promise<boolean>;
  dispose(): Promise<void>;
}

const ID = '6c1f3b9e-3d2a-4a7b-9c1e-2f4a5b6c7d8e';

const card = (text: string): View => ({
  title: 'Someone would like to talk',
  text,
  fields: [{ label: 'Topic', value: 'grief' }],
  buttons: [{ action: encodeAction({ kind: 'accept', requestId: ID }), label: 'Accept', style: 'primary' }],
});

export function chatPlatformContract(name: string, create: () => Promise<ContractHarness>): void {
  describe(`ChatPlatform contract: ${name}`, () => {
    let h: ContractHarness;
    beforeAll(async () => {
      h = await create();
    }, 60_000);
    afterAll(async () => h.dispose());

    it('posts to a channel, returns a ref it owns, shows the buttons, and updates in place', async () => {
      const ref = await h.platform.postToChannel(h.channel, card('first version'));
      expect(ref.startsWith(`${h.prefix}:`)).toBe(true);
      expect((await h.channelTexts(h.channel)).join('\n')).toContain('first version');
      expect(await h.buttonActions(ref)).toEqual([encodeAction({ kind: 'accept', requestId: ID })]);
      await h.platform.updateMessage(ref, { title: 'Someone would like to talk', text: 'accepted version' });
      const after = (await h.channelTexts(h.channel)).join('\n');
      expect(after).toContain('accepted version');
      expect(after).not.toContain('first version');
      expect(await h.buttonActions(ref)).toEqual([]);
    });

    it('links to a message it posted', async () => {
      const ref = await h.platform.postToChannel(h.channel, { text: 'link me' });
      const link = await h.platform.linkTo(ref);
      expect(link === null || /^https?:\/\//.test(link)).toBe(true);
    });

    it('sends privately to one person and nobody else', async () => {
      await h.platform.sendPrivate(h.member, { title: 'Private', text: 'only for the member' });
      expect((await h.privateTexts(h.member)).join('\n')).toContain('only for the member');
      expect((await h.privateTexts(h.volunteer)).join('\n')).not.toContain('only for the member');
      expect((await h.channelTexts(h.channel)).join('\n')).not.toContain('only for the member');
    });

    it('opens a private space for exactly the participants, posts into it, and closes it', async () => {
      const space = await h.platform.openSpace({ community: h.community, location: h.location, participants: [h.member, h.volunteer], title: 'Listening session · grief' });
      expect(space.startsWith(`${h.prefix}:`)).toBe(true);
      expect((await h.spaceParticipants(space)).sort()).toEqual([h.member, h.volunteer].sort());
      await h.platform.postToSpace(space, { text: 'welcome to the space', mentions: [h.member, h.volunteer] });
      expect((await h.spaceTexts(space)).join('\n')).toContain('welcome to the space');
      await h.platform.closeSpace(space);
      expect(await h.isSpaceClosed(space)).toBe(true);
    });

    it('opens a listener-only space for an anonymous relay', async () => {
      const space = await h.platform.openSpace({ community: h.community, location: h.location, participants: [h.volunteer], title: 'Anonymous session' });
      expect(await h.spaceParticipants(space)).toEqual([h.volunteer]);
    });
  });
}
