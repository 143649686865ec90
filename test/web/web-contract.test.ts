/** The shared ChatPlatform contract, run against the web adapter and read back through its HTTP pages. */
import { chatPlatformContract } from '../contract/chat-platform.contract.js';
import { DEMO_CHANNEL, DEMO_COMMUNITY, DEMO_PEOPLE } from '../../src/adapters/web/demo.js';
import { paneOfPerson } from '../../src/adapters/web/playground/panes.js';
import { entryId } from '../../src/adapters/web/render.js';
import { createTestDatabase } from '../support/db.js';
import { startTestWeb, textOf } from './support.js';

/** Each entry (`<article>`) of a feed, as text. */
const entries = (html: string): string[] => [...html.matchAll(/<article[\s\S]*?<\/article>/g)].map((m) => textOf(m[0]));

chatPlatformContract('web (playground pages over HTTP)', async () => {
  const database = await createTestDatabase();
  const t = await startTestWeb({ database });
  const paneOf = (user: string) => {
    const pane = paneOfPerson(user);
    if (pane === null) throw new Error(`no pane for ${user}`);
    return pane;
  };
  const spaceHtml = async (space: string) => {
    const html = await t.client.pane('spaces');
    const start = html.indexOf(`data-space="${space}"`);
    return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start));
  };
  return {
    platform: t.deps.platform,
    prefix: 'web',
    community: DEMO_COMMUNITY,
    member: DEMO_PEOPLE.member.ref,
    volunteer: DEMO_PEOPLE.alex.ref,
    channel: DEMO_CHANNEL,
    location: null,
    privateTexts: async (user) => entries(await t.client.pane(paneOf(user))),
    channelTexts: async () => entries(await t.client.pane('channel')),
    spaceTexts: async (space) => entries(await spaceHtml(space)),
    buttonActions: async (message) => {
      const html = await t.client.pane('channel');
      const start = html.indexOf(`id="${entryId(message)}"`);
      if (start < 0) return [];
      const article = html.slice(start, html.indexOf('</article>', start));
      return [...article.matchAll(/name="action" value="([^"]+)"/g)].map((m) => m[1]!);
    },
    spaceParticipants: async (space) => [...(t.web.store.space(space)?.participants ?? [])],
    isSpaceClosed: async (space) => (await spaceHtml(space)).includes('(closed)'),
    dispose: async () => {
      await t.stop();
      await database.dispose();
    },
  };
});
