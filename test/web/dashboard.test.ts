/** The coordinator dashboard through HTTP: single-use links, expiring sessions, real figures, no member data. */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { issueDashboardLink } from '../../src/core/use-cases/issue-dashboard-link.js';
import { auditLog, dashboardSessions, dashboardTokens } from '../../src/db/schema.js';
import { lastAction, PEOPLE, freshWebPerTest, textOf, type TestWeb } from './support.js';

const riley = PEOPLE.member.ref;
const alex = PEOPLE.alex.ref;
const sam = PEOPLE.sam.ref;

let t: TestWeb;
/** A fresh demo per test: an emptied database, seeded again by a new server. */
freshWebPerTest((made) => (t = made));

/** Sam asks for a link in the playground, as a coordinator would with /peer dashboard. */
async function link(): Promise<URL> {
  await t.client.command(sam, 'dashboard');
  const pane = await t.client.pane('sam');
  const hrefs = [...pane.matchAll(/href="([^"]*\/dashboard\/sign-in\?token=[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  const last = hrefs[hrefs.length - 1];
  if (last === undefined) throw new Error(`no link in Sam's pane: ${textOf(pane)}`);
  return new URL(last);
}

/** A Set-Cookie line's attributes (after the name=value pair), in any order. */
const cookieAttributes = (line: string) => new Set(line.split('; ').slice(1));

async function signIn(url: URL) {
  const page = await t.client.get(url.pathname + url.search);
  expect(page.status).toBe(200);
  return t.client.post('/dashboard/sign-in', { token: url.searchParams.get('token') ?? '' }, { accept: 'text/html' });
}

describe('dashboard sign-in', () => {
  it('issues a link to coordinators only, stores only its hash, and audits it', async () => {
    const url = await link();
    const token = url.searchParams.get('token')!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await t.deps.db.select().from(dashboardTokens);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0]!.expiresAt.getTime() - rows[0]!.createdAt.getTime()).toBe(15 * 60_000);
    const audited = await t.deps.db.select().from(auditLog).where(eq(auditLog.action, 'dashboard.link_issued'));
    expect(audited.map((a) => a.actorRef)).toEqual([sam]);
    const refused = await issueDashboardLink(t.deps, { user: alex, community: 'web:demo' }, t.web.url);
    expect(refused.ok ? 'ok' : refused.error.code).toBe('not-allowed');
    const bad = await issueDashboardLink(t.deps, { user: sam, community: 'web:demo' }, 'javascript:alert(1)');
    expect(bad.ok ? 'ok' : bad.error.code).toBe('bad-input');
  });

  it('uses the token once, on the POST: a GET (a link preview) leaves it usable', async () => {
    const url = await link();
    expect((await t.client.get(url.pathname + url.search)).status).toBe(200);
    expect((await t.client.get(url.pathname + url.search)).status).toBe(200);
    const first = await signIn(url);
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/dashboard');
    const setCookie = first.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^peerline_dashboard=[A-Za-z0-9_-]{43}; /);
    expect(cookieAttributes(setCookie)).toEqual(new Set(['Path=/dashboard', 'HttpOnly', 'SameSite=Strict', 'Max-Age=14400']));
    const sessions = await t.deps.db.select().from(dashboardSessions);
    expect(sessions).toHaveLength(1);
    expect(setCookie).not.toContain(sessions[0]!.sessionHash);
    expect((await t.client.get('/dashboard')).status).toBe(200);

    const again = await t.client.post('/dashboard/sign-in', { token: url.searchParams.get('token')! }, { accept: 'text/html' });
    expect(again.status).toBe(401);
    expect(textOf(again.text)).toContain('expired or has already been used');
    expect((await t.client.get(url.pathname + url.search)).status).toBe(401);
  });

  it('refuses an expired link, an unknown token, and no cookie', async () => {
    const url = await link();
    t.clock.advance(16);
    expect((await t.client.get(url.pathname + url.search)).status).toBe(401);
    expect((await t.client.post('/dashboard/sign-in', { token: url.searchParams.get('token')! })).status).toBe(401);
    expect((await t.client.post('/dashboard/sign-in', { token: 'made-up' })).status).toBe(401);
    expect(await t.deps.db.select().from(dashboardSessions)).toEqual([]);
    const page = await t.client.get('/dashboard');
    expect(page.status).toBe(401);
    expect(textOf(page.text)).toContain('Please sign in again');
  });

  it('ends the session after four hours, and on sign-out', async () => {
    expect((await signIn(await link())).status).toBe(303);
    t.clock.advance(4 * 60 - 1);
    expect((await t.client.get('/dashboard/stats')).status).toBe(200);
    t.clock.advance(2);
    expect((await t.client.get('/dashboard/stats')).status).toBe(401);

    expect((await signIn(await link())).status).toBe(303);
    expect((await t.client.get('/dashboard')).status).toBe(200);
    const cookie = t.client.cookies.get('peerline_dashboard')!;
    expect((await t.client.post('/dashboard/sign-out', {}, { accept: 'text/html' })).status).toBe(200);
    expect(t.client.cookies.has('peerline_dashboard')).toBe(false);
    t.client.cookies.set('peerline_dashboard', cookie);
    expect((await t.client.get('/dashboard')).status).toBe(401);
  });

  it('marks the cookie Secure behind a TLS-terminating proxy', async () => {
    const url = await link();
    const reply = await t.client.post('/dashboard/sign-in', { token: url.searchParams.get('token')! }, { 'x-forwarded-proto': 'https' });
    expect(cookieAttributes(reply.headers.get('set-cookie') ?? '')).toEqual(new Set(['Path=/dashboard', 'HttpOnly', 'SameSite=Strict', 'Max-Age=14400', 'Secure']));
  });

  it('refuses a sign-in posted from another site', async () => {
    const url = await link();
    const reply = await t.client.post('/dashboard/sign-in', { token: url.searchParams.get('token')! }, { origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
    expect(await t.deps.db.select().from(dashboardSessions)).toEqual([]);
  });
});

describe('dashboard pages', () => {
  beforeEach(async () => {
    expect((await signIn(await link())).status).toBe(303);
  });

  it('shows the queue now and who is on duty, without naming members', async () => {
    await t.client.command(riley, 'listen', { topic: 'grief', note: 'a private note about my brother' });
    t.clock.advance(7);
    const now = await t.client.get('/dashboard');
    const text = textOf(now.text);
    expect(text).toMatch(/Waiting 1 Longest wait 7 min On duty 2/);
    expect(text).toMatch(/1 routine grief 7 min no/);
    // Volunteers by number in enrolment order (the coordinator who set up is 1), never by platform name.
    // (The test clock stands still, so enrolment order among the demo's three is a tie.)
    expect(text).toMatch(/Volunteer [123] 7 min 0 of 1 study or work/);
    expect(text).toMatch(/Volunteer [123] 7 min 0 of 2 grief, stress/);
    expect(now.text).not.toContain('riley');
    expect(now.text).not.toContain('Riley');
    expect(now.text).not.toContain('web:demo:');
    expect(now.text).not.toContain('private note');
  });

  it('warns when nobody is on duty and people wait', async () => {
    await t.client.command(alex, 'duty-off');
    await t.client.command(PEOPLE.jordan.ref, 'duty-off');
    await t.client.command(riley, 'listen', { topic: 'stress' });
    expect(textOf((await t.client.get('/dashboard')).text)).toContain('⚠ Nobody is on duty and 1 person is waiting');
  });

  it('lists volunteers by display name with training expiry', async () => {
    const page = textOf((await t.client.get('/dashboard/volunteers')).text);
    expect(page).toMatch(/Volunteer [123] coordinator not set off/);
    expect(page).toMatch(/Volunteer [123] volunteer 2027-11-23 on 0 of 2 grief, stress/);
    // Jordan's training ends in 21 days.
    expect(page).toMatch(/Volunteer [123] volunteer ! 2026-12-14 \(21 days left\) on 0 of 1 study or work/);
    expect(page).not.toContain('web:demo:');
  });

  it('draws the stats from the database: 7 wait buckets, 168 coverage cells, outcomes and crisis counts', async () => {
    // Two requests: one accepted after 7 minutes, one cancelled; and a crisis message (said while the
    // second waits, so it raises that request to crisis rather than queueing a third).
    await t.client.command(riley, 'listen', { topic: 'grief' });
    t.clock.advance(7);
    await t.client.press(alex, lastAction(await t.client.pane('channel'), 'Accept'));
    await t.client.press(alex, lastAction(await t.client.pane('spaces'), 'End session'));
    await t.client.command(riley, 'listen', { topic: 'stress' });
    await t.client.say(riley, 'bot', "I'm going to kill myself");
    await t.client.press(riley, lastAction(await t.client.pane('member'), 'Cancel my request'));

    const page = (await t.client.get('/dashboard/stats')).text;
    const text = textOf(page);
    // One glossary: the cancelled request is "cancelled", in the tile as in the outcomes chart.
    expect(text).toMatch(/Requests 2 Accepted 1 Cancelled before a listener came 1 Ended without a listener 0/);
    // Kaplan–Meier: the cancelled request is censored at the moment it was cancelled (0 min), so the one accepted wait decides.
    expect(text).toMatch(/Median wait 7 min/);
    expect(text).toContain('Glossary');
    expect(text).toMatch(/Crisis events 1/);

    const waits = section(page, 'chart-waits');
    expect(waits.match(/class="bar-group"/g)).toHaveLength(7);
    expect(waits).toContain('<title>5–15 min: 1</title>');

    const heat = section(page, 'chart-coverage');
    expect(heat.match(/<rect class="cell state-[a-z]+" data-day=/g)).toHaveLength(168);
    // Monday 10:00 (London): two requests, and two volunteers on duty for the 7 minutes since 10:00 —
    // under half a volunteer-hour for two requests, so the hour is short.
    expect(heat).toMatch(/class="cell state-short" data-day="0" data-hour="10" data-requests="2"/);
    expect(heat.match(/data-requests="[1-9]/g)).toHaveLength(1);
    expect(heat).toContain('Mon 10:00–11:00: 2 requests, on average 0.1 volunteers on duty');

    const outcomes = section(page, 'chart-outcomes');
    expect(outcomes.match(/class="bar-group"/g)).toHaveLength(14);
    expect(outcomes).toContain('<title>11/23: Accepted 1, Cancelled before a listener came 1, Ended without a listener 0, Still waiting 0</title>');

    const crisis = section(page, 'chart-crisis');
    expect(crisis.match(/class="bar-group"/g)).toHaveLength(12);
    expect(crisis).toContain('<title>11/23: Elevated 0, High 1, Imminent 0</title>');
    expect(page).not.toContain('kill myself');
    expect(page).not.toContain('web:demo:');
  });
});

/** The HTML of one chart's <figure>. */
function section(page: string, id: string): string {
  const start = page.indexOf(`<figure class="chart${id === 'chart-coverage' ? ' heatmap' : ''}" id="${id}"`);
  expect(start).toBeGreaterThanOrEqual(0);
  return page.slice(start, page.indexOf('</figure>', start));
}
