/**
 * Issue 20, the private calendar feed: a volunteer gets a feed URL with a random token (only its hash is
 * stored), the web adapter serves their shifts as iCalendar, parsed back here with ical.js: one event per
 * shift, UTC times across the end of summer time, no names. A new URL replaces the old; revoking ends it.
 */
import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { PlatformRouter } from '../../src/adapters/router.js';
import { rotaFeedRoutes } from '../../src/adapters/web/rota-feed.js';
import { startWeb } from '../../src/adapters/web/server.js';
import { defineSlot, issueRotaFeed, revokeRotaFeed, signUp, withdraw } from '../../src/core/index.js';
import { auditLog, rotaFeeds } from '../../src/db/schema.js';
import { must } from '../support/core.js';
import { words } from '../support/words.js';
import { useCoreFixture } from '../support/fixture.js';
import { alice, bob, coordinator, setUpCommunity } from '../support/fixtures.js';

const fx = useCoreFixture({ community: false });
const BASE = 'https://peerline.example.org';

beforeEach(async () => {
  fx.core.clock.now = new Date('2026-10-14T09:00:00Z'); // Wednesday, 10:00 BST
  await setUpCommunity(fx.core, { onDuty: false });
  must(await defineSlot(fx.core.deps, coordinator, { kind: 'weekly', days: 'mon', start: '18:00', end: '22:00', wanted: 2 }));
  must(await defineSlot(fx.core.deps, coordinator, { kind: 'once', date: '2026-10-24', start: '22:00', end: '06:00', wanted: 1 }));
  for (const [number, date] of [[1, '2026-10-19'], [2, '2026-10-24'], [1, '2026-10-26']] as const) must(await signUp(fx.core.deps, alice, { number, date }));
  must(await signUp(fx.core.deps, bob, { number: 1, date: '2026-10-19' }));
});

/** Issues alice's feed; returns its token. */
async function issue(): Promise<string> {
  const view = must(await issueRotaFeed(fx.core.deps, alice, BASE));
  const url = view.links?.[0]?.url ?? '';
  const m = /^https:\/\/peerline\.example\.org\/rota\/feed\/([A-Za-z0-9_-]{43})\.ics$/.exec(url);
  if (m === null) throw new Error(`no feed URL in ${url}`);
  return m[1]!;
}

const get = (path: string) => rotaFeedRoutes(fx.core.deps).request(path);

describe('rota calendar feed', () => {
  it('serves the volunteer’s shifts as iCalendar that parses back: UTC times across the change, no names', async () => {
    const token = await issue();
    const stored = await fx.database.db.select().from(rotaFeeds);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(token);

    const res = await get(`/rota/feed/${token}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const body = await res.text();
    expect(body.split('\r\n').every((line) => line.length <= 75)).toBe(true);
    expect(body).not.toContain('alice');
    expect(body).not.toContain('bob');
    const calendar = ICAL.Component.fromString(body);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Peerline shifts · Test Guild');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString(), e.summary])).toEqual([
      ['2026-10-19T17:00:00.000Z', '2026-10-19T21:00:00.000Z', 'Peerline listening shift'],
      ['2026-10-24T21:00:00.000Z', '2026-10-25T06:00:00.000Z', 'Peerline listening shift'],
      ['2026-10-26T18:00:00.000Z', '2026-10-26T22:00:00.000Z', 'Peerline listening shift'],
    ]);
    expect(new Set(events.map((e) => e.uid)).size).toBe(3);
    expect(events.every((e) => e.startDate.isDate === false && e.startDate.zone?.tzid === 'UTC')).toBe(true);

    // The feed follows the rota: a withdrawn shift leaves it.
    must(await withdraw(fx.core.deps, alice, { number: 1, date: '2026-10-26' }));
    const after = ICAL.Component.fromString(await (await get(`/rota/feed/${token}.ics`)).text());
    expect(after.getAllSubcomponents('vevent')).toHaveLength(2);
  });

  it('a new address replaces the old one, revoking ends it, and a wrong token is a plain 404', async () => {
    const first = await issue();
    const second = await issue();
    expect(second).not.toBe(first);
    expect((await get(`/rota/feed/${first}.ics`)).status).toBe(404);
    expect((await get(`/rota/feed/${second}.ics`)).status).toBe(200);
    expect((await get(`/rota/feed/${second}`)).status).toBe(404);
    expect((await get('/rota/feed/not-a-token.ics')).status).toBe(404);
    expect(words(must(await revokeRotaFeed(fx.core.deps, alice))).text).toContain('no longer works');
    expect((await get(`/rota/feed/${second}.ics`)).status).toBe(404);
    expect(words(must(await revokeRotaFeed(fx.core.deps, alice))).text).toContain('You had no calendar feed');
    const actions = (await fx.database.db.select().from(auditLog)).map((a) => a.action).filter((a) => a.startsWith('rota.feed'));
    expect(actions).toEqual(['rota.feed_issued', 'rota.feed_issued', 'rota.feed_revoked']);
  });

  it('is served by the running web adapter (dashboard mode, beside the chat platforms) at the address it hands out', async () => {
    const web = await startWeb({ deps: fx.core.deps, router: new PlatformRouter(), log: fx.core.log, mode: { kind: 'dashboard' }, port: 0 });
    try {
      const view = must(await issueRotaFeed(fx.core.deps, alice, web.url));
      const url = view.links?.[0]?.url ?? '';
      expect(url.startsWith(`${web.url}/rota/feed/`)).toBe(true);
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(ICAL.Component.fromString(await res.text()).getAllSubcomponents('vevent')).toHaveLength(3);
      must(await revokeRotaFeed(fx.core.deps, alice));
      expect((await fetch(url)).status).toBe(404);
    } finally {
      await web.stop();
    }
  });
});
