/**
 * Issue 20 on the dashboard: the rota tab's week grid (listeners wanted, signed up and expected per
 * shift, gaps marked), week navigation, and coordinators adding and removing slots through the chat
 * commands' use cases — forms posted from the same origin only, problems beside their fields, the role
 * checked on every request, counts only. Through HTTP against the real web adapter.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { demoActor } from '../../src/adapters/web/demo.js';
import { defineSlot, signUp } from '../../src/core/index.js';
import { auditLog, communities, rotaSlots, supportRequests, volunteers } from '../../src/db/schema.js';
import { dashboardSignedIn, PEOPLE, freshWebPerTest, textOf, WebClient, type TestWeb } from './support.js';

const sam = demoActor(PEOPLE.sam);
const alex = demoActor(PEOPLE.alex);

let t: TestWeb;
freshWebPerTest((made) => (t = made));

const samSignedIn = () => dashboardSignedIn(t, sam);

const liveSlots = () => t.deps.db.select().from(rotaSlots).where(isNull(rotaSlots.removedAt));
/** The grid cell of slot `n` on `date`: its data attributes and its text. */
const cell = (page: string, n: number, date: string) => {
  const m = new RegExp(`<td class="shift( gap)?" data-label="[^"]*" data-slot="${n}" data-date="${date}" data-wanted="(\\d+)" data-signed-up="(\\d+)" data-needed="(\\d+)">(.*?)</td>`, 's').exec(page);
  return m === null ? null : { gap: m[1] !== undefined, wanted: Number(m[2]), signedUp: Number(m[3]), needed: Number(m[4]), text: textOf(m[5] ?? '') };
};
const weekly = { kind: 'weekly', days: 'mon-fri', start: '18:00', end: '22:00', wanted: '2', week: '1' };

describe('dashboard rota', () => {
  it('adds a weekly slot from the form and shows its shifts in the week grid, as gaps until filled', async () => {
    const browser = await samSignedIn();
    const empty = await browser.get('/dashboard/rota');
    expect(empty.status).toBe(200);
    expect(textOf(empty.text)).toContain('No slots yet');
    expect(empty.text).toContain('href="/dashboard/rota" aria-current="page"');

    const saved = await browser.post('/dashboard/rota/add', weekly, { accept: 'text/html' });
    expect(saved.status).toBe(200);
    expect(textOf(saved.text)).toContain('Rota slot 1 saved');
    expect(textOf(saved.text)).toContain('#1 Mon–Fri 18:00–22:00, 2 listeners');
    // The page stays on the week it was posted from: next week, Mon 30 Nov to Sun 6 Dec.
    expect(saved.text).toContain('href="/dashboard/rota?week=1" aria-current="page"');
    for (const date of ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']) {
      expect(cell(saved.text, 1, date)).toEqual({ gap: true, wanted: 2, signedUp: 0, needed: 0, text: '18:00–22:00 0 of 2 signed up expected demand 0 ⚠ gap: 2 places open' });
    }
    expect(cell(saved.text, 1, '2026-12-05')).toBeNull();
    expect(textOf(saved.text)).toContain('5 shifts, 5 with a gap');
    // A saved form starts empty again.
    expect(saved.text).toMatch(/id="weekly-days"[^>]*value=""/);

    const [slot] = await liveSlots();
    expect(slot).toMatchObject({ number: 1, weekdays: [1, 2, 3, 4, 5], startMinute: 18 * 60, durationMinutes: 240, wanted: 2, createdBy: sam.user });
    const [entry] = await t.deps.db.select().from(auditLog).where(and(eq(auditLog.action, 'rota.slot_added'), eq(auditLog.actorRef, sam.user)));
    expect(entry?.detail).toEqual({ slot: 1 });
  });

  it('shows sign-ups and expected demand per shift, counts only, and marks a shift below demand', async () => {
    const browser = await samSignedIn();
    expect((await defineSlot(t.deps, sam, { kind: 'once', date: '2026-11-30', start: '18:00', end: '20:00', wanted: 1 })).ok).toBe(true);
    // Three requests on each of the last 8 Mondays at 18:30 London time (an hour earlier in UTC before
    // summer time ended on 25 October): 3 expected in that hour, so 3 listeners needed.
    const [community] = await t.deps.db.select().from(communities);
    const mondays = Array.from({ length: 8 }, (_, i) => {
      const at = Date.parse('2026-11-16T18:30:00Z') - i * 7 * 86_400_000;
      return at < Date.parse('2026-10-25T01:00:00Z') ? at - 3_600_000 : at;
    });
    await t.deps.db.insert(supportRequests).values(mondays.flatMap((at) => [0, 1, 2].map((k) => ({ communityId: community!.id, memberRef: null, topic: 'stress', status: 'closed' as const, createdAt: new Date(at + k * 60_000) }))));
    expect((await signUp(t.deps, alex, { number: 1, date: '2026-11-30' })).ok).toBe(true);

    const page = await browser.get('/dashboard/rota?week=1');
    expect(page.status).toBe(200);
    expect(cell(page.text, 1, '2026-11-30')).toEqual({ gap: true, wanted: 1, signedUp: 1, needed: 3, text: '18:00–20:00 1 of 1 signed up expected demand 3 ⚠ gap: 2 below expected demand' });
    expect(textOf(page.text)).not.toContain('Alex');

    // Filled and no demand: covered. This week has no shift of a one-off slot next week.
    await t.deps.db.delete(supportRequests);
    expect(cell((await browser.get('/dashboard/rota?week=1')).text, 1, '2026-11-30')).toMatchObject({ gap: false, text: '18:00–20:00 1 of 1 signed up expected demand 0 ✓ covered' });
    expect(textOf((await browser.get('/dashboard/rota')).text)).toContain('No shifts fall in this week.');
  });

  it('moves through the weeks it shows, and shows this week for any other', async () => {
    const browser = await samSignedIn();
    expect((await defineSlot(t.deps, sam, { kind: 'weekly', days: 'sun', start: '22:00', end: '06:00', wanted: 1 })).ok).toBe(true);
    const weeks = [
      ['0', '2026-11-29'],
      ['1', '2026-12-06'],
      ['5', '2027-01-03'],
      ['6', '2026-11-29'],
      ['-1', '2026-11-29'],
      ['x', '2026-11-29'],
    ] as const;
    for (const [week, sunday] of weeks) {
      const page = await browser.get(`/dashboard/rota?week=${week}`);
      expect(page.status).toBe(200);
      expect(cell(page.text, 1, sunday), `week ${week}`).toMatchObject({ text: expect.stringContaining('22:00–06:00') });
    }
    const links = [...(await browser.get('/dashboard/rota?week=2')).text.matchAll(/<a href="\/dashboard\/rota\?week=(\d)"( aria-current="page")?>([^<]*)<\/a>/g)].map((m) => [m[1], m[3], m[2] !== undefined]);
    expect(links).toEqual([
      ['0', 'This week', false],
      ['1', 'Next week', false],
      ['2', 'Week of Mon 7 Dec', true],
      ['3', 'Week of Mon 14 Dec', false],
      ['4', 'Week of Mon 21 Dec', false],
      ['5', 'Week of Mon 28 Dec', false],
    ]);
  });

  it('refuses a bad slot beside its field, keeps what was typed, and saves nothing', async () => {
    const browser = await samSignedIn();
    const badEnd = await browser.post('/dashboard/rota/add', { ...weekly, end: '18:05' }, { accept: 'text/html' });
    expect(badEnd.status).toBe(400);
    expect(textOf(badEnd.text)).toContain('Nothing was changed');
    expect(badEnd.text).toMatch(/id="weekly-end-problem"[^>]*>a shift runs at least 15 minutes/);
    expect(badEnd.text).toMatch(/id="weekly-end"[^>]*value="18:05"[^>]*aria-describedby="weekly-end-hint weekly-end-problem" aria-invalid="true"/);
    expect(badEnd.text).toMatch(/id="weekly-days"[^>]*value="mon-fri"/);

    const badDays = await browser.post('/dashboard/rota/add', { ...weekly, days: 'funday' }, { accept: 'text/html' });
    expect(badDays.status).toBe(400);
    expect(badDays.text).toMatch(/id="weekly-days-problem"[^>]*>write the days as mon-fri/);

    const badDate = await browser.post('/dashboard/rota/add', { kind: 'once', date: '30/11/2026', start: '18:00', end: '20:00', wanted: '1' }, { accept: 'text/html' });
    expect(badDate.status).toBe(400);
    expect(badDate.text).toMatch(/id="once-date-problem"[^>]*>write the date as YYYY-MM-DD/);
    expect(badDate.text).not.toContain('id="weekly-date-problem"');

    const badWanted = await browser.post('/dashboard/rota/add', { ...weekly, wanted: 'lots' }, { accept: 'text/html' });
    expect(badWanted.status).toBe(400);
    expect(badWanted.text).toMatch(/id="weekly-wanted-problem"[^>]*>write the listeners wanted as a whole number/);
    expect(badWanted.text).toMatch(/id="weekly-wanted"[^>]*value="lots"/);
    expect(await liveSlots()).toEqual([]);
  });

  it('removes a slot from the page, and says so when there is no such slot', async () => {
    const browser = await samSignedIn();
    expect((await defineSlot(t.deps, sam, { kind: 'weekly', days: 'mon-fri', start: '18:00', end: '22:00', wanted: 2 })).ok).toBe(true);
    expect((await defineSlot(t.deps, sam, { kind: 'weekly', days: 'sat', start: '10:00', end: '14:00', wanted: 1 })).ok).toBe(true);
    const page = await browser.get('/dashboard/rota?week=1');
    expect(page.text).toContain('aria-label="Remove slot 1"');
    expect(page.text).toContain('aria-label="Remove slot 2"');

    const removed = await browser.post('/dashboard/rota/remove', { number: '1', week: '1' }, { accept: 'text/html' });
    expect(removed.status).toBe(200);
    expect(textOf(removed.text)).toContain('Rota slot 1 removed');
    expect(cell(removed.text, 1, '2026-11-30')).toBeNull();
    expect(cell(removed.text, 2, '2026-12-05')).toMatchObject({ wanted: 1 });
    expect((await liveSlots()).map((s) => s.number)).toEqual([2]);
    const [entry] = await t.deps.db.select().from(auditLog).where(eq(auditLog.action, 'rota.slot_removed'));
    expect(entry).toMatchObject({ actorRef: sam.user, detail: { slot: 1 } });

    const again = await browser.post('/dashboard/rota/remove', { number: '1', week: '1' }, { accept: 'text/html' });
    expect(again.status).toBe(400);
    expect(textOf(again.text)).toContain('There is no rota slot 1.');
    const junk = await browser.post('/dashboard/rota/remove', { number: 'DROP', week: '0' }, { accept: 'text/html' });
    expect(junk.status).toBe(400);
    expect(textOf(junk.text)).toContain('write the slot as its number');
    expect((await liveSlots()).map((s) => s.number)).toEqual([2]);
  });

  it('shows the listeners planned on the rota as a second layer of the statistics heatmap', async () => {
    const browser = await samSignedIn();
    expect((await defineSlot(t.deps, sam, { kind: 'weekly', days: 'mon-fri', start: '18:00', end: '20:00', wanted: 2 })).ok).toBe(true);
    expect((await signUp(t.deps, alex, { number: 1, date: '2026-11-24' })).ok).toBe(true);
    const stats = await browser.get('/dashboard/stats');
    expect(stats.status).toBe(200);
    // Tuesday (day 1) 18:00 and 19:00 London, in the wide and the phone drawing; nothing for the shifts nobody took.
    expect([...stats.text.matchAll(/<rect class="planned-mark" data-planned="(\d)"/g)].map((m) => m[1])).toEqual(['1', '1', '1', '1']);
    expect(stats.text).toContain('Tue 18:00–19:00: 0 requests, on average 0.0 volunteers on duty — no requests, nobody on duty; 1 listener planned on the rota');
    expect(stats.text).toContain('<th scope="row">Tue 19:00</th><td>0</td><td>0.0</td><td>no requests, nobody on duty</td><td>1</td>');
  });

  it('checks the session and the coordinator role on every request, and refuses posts from another site', async () => {
    const browser = await samSignedIn();
    expect((await defineSlot(t.deps, sam, { kind: 'weekly', days: 'sat', start: '10:00', end: '14:00', wanted: 1 })).ok).toBe(true);

    expect((await browser.post('/dashboard/rota/add', weekly, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await browser.post('/dashboard/rota/remove', { number: '1', week: '0' }, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await new WebClient(t.web.url).get('/dashboard/rota')).status).toBe(401);
    expect((await new WebClient(t.web.url).post('/dashboard/rota/remove', { number: '1', week: '0' }, { accept: 'text/html' })).status).toBe(401);

    await t.deps.db.update(volunteers).set({ role: 'volunteer' }).where(eq(volunteers.userRef, sam.user));
    const refused = await browser.post('/dashboard/rota/add', weekly, { accept: 'text/html' });
    expect(refused.status).toBe(401);
    expect(textOf(refused.text)).toContain('You are no longer a coordinator here');
    expect((await browser.post('/dashboard/rota/remove', { number: '1', week: '0' }, { accept: 'text/html' })).status).toBe(401);
    expect((await browser.get('/dashboard/rota')).status).toBe(401);
    expect((await liveSlots()).map((s) => s.number)).toEqual([1]);
  });
});
