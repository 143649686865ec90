/**
 * Messages the bot could not read: counted per community and language when they reach the bot (DMs,
 * sessions, watched channels), shown in coordinator stats, never stored as text.
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { configureCommunity } from '../../src/core/use-cases/configure-community.js';
import { handleMessage } from '../../src/core/use-cases/handle-message.js';
import { scanAndRoute } from '../../src/core/use-cases/route-crisis.js';
import { showStats } from '../../src/core/use-cases/stats.js';
import { unscannedMessages } from '../../src/db/schema.js';
import { must } from '../support/core.js';
import { words } from '../support/words.js';
import { useCoreFixture } from '../support/fixture.js';
import { coordinator, member } from '../support/fixtures.js';

const fx = useCoreFixture({ community: true });
const unread = async () => words(must(await showStats(fx.core.deps, coordinator))).fields?.find((f) => f.label === 'Messages the bot could not read')?.value;
const dm = (text: string) => handleMessage(fx.core.deps, { community: member.community, author: member.user, place: { kind: 'dm' }, text });
const inChannel = (channel: string, text: string) => handleMessage(fx.core.deps, { community: member.community, author: member.user, place: { kind: 'channel', channel }, text });

describe('messages the bot could not read', () => {
  it('counts each language without a pack, per language, and shows the counts to coordinators', async () => {
    expect(await unread()).toBe('none');
    await dm('ciao, come stai? oggi sono stanchissimo');
    await dm('non ce la faccio più, voglio morire');
    await dm('hoi, hoe gaat het met jullie vandaag?');
    await dm('hey, how are you doing today');
    const spanish = await dm('no quiero vivir más, estoy cansada de todo');
    expect(spanish.crisis.tier).toBe('elevated');
    expect(await unread()).toBe('it 2, nl 1');
  });

  it('keeps a count, never the text, the author or the place', async () => {
    await dm('non ce la faccio più, voglio morire');
    const rows = await fx.database.db.select().from(unscannedMessages);
    expect(rows).toEqual([{ communityId: expect.any(String), day: '2026-11-22', lang: 'it', count: 1 }]);
    const stored = JSON.stringify(await fx.database.db.execute(sql.raw('select coalesce(json_agg(t)::text, \'\') as j from unscanned_messages t')));
    expect(stored).not.toContain('morire');
    expect(stored).not.toContain(member.user);
  });

  it('counts a watched channel, not one the community did not opt in', async () => {
    must(await configureCommunity(fx.core.deps, coordinator, { settings: { watchedChannels: ['test:chan:general'] } }));
    await inChannel('test:chan:general', 'buongiorno a tutti, che bella giornata');
    await inChannel('test:chan:random', 'buonanotte a tutti, a domani');
    expect(await unread()).toBe('it 1');
  });

  it('counts through scanAndRoute too, and shows only the stats window', async () => {
    await scanAndRoute(fx.core.deps, { community: member.community, person: member.user, source: 'dm' }, 'goedemorgen allemaal, hoe was het weekend');
    expect(await unread()).toBe('nl 1');
    fx.core.clock.advanceMinutes(31 * 24 * 60);
    expect(await unread()).toBe('none');
    expect(words(must(await showStats(fx.core.deps, coordinator, { days: 90 }))).fields?.find((f) => f.label === 'Messages the bot could not read')?.value).toBe('nl 1');
  });

  it('changes nothing for an unknown community', async () => {
    await handleMessage(fx.core.deps, { community: 'test:guild-unknown', author: member.user, place: { kind: 'dm' }, text: 'non ce la faccio più' });
    expect(await unread()).toBe('none');
  });
});
