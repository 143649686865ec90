/**
 * The TRiM page: a sign-in link for TRiM staff only, sessions that open the TRiM page and nothing of the
 * coordinators' (and the other way round), the TRiM role checked on every request, due and overdue work
 * in the community's time zone — and, through HTTP, what a browser gets for each.
 */
import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { demoActor } from '../../src/adapters/web/demo.js';
import { TRIM_COOKIE } from '../../src/adapters/web/dashboard/trim-routes.js';
import { COOKIE } from '../../src/adapters/web/dashboard/routes.js';
import type { Actor } from '../../src/core/actor.js';
import { reassignCase } from '../../src/core/trim/cases.js';
import { logIncident } from '../../src/core/trim/incident.js';
import { assignTrimRole, removeTrimRole } from '../../src/core/trim/roles.js';
import { configureCommunity } from '../../src/core/use-cases/configure-community.js';
import { issueDashboardLink } from '../../src/core/use-cases/issue-dashboard-link.js';
import { setCoordinators } from '../../src/core/use-cases/manage-volunteers.js';
import { issueTrimPageLink, trimDuePage, trimPageAccess } from '../../src/core/use-cases/trim-page.js';
import { DASHBOARD_OFF } from '../../src/core/views/dashboard-off.js';
import { auditLog, dashboardSessions, dashboardTokens, trimStaff } from '../../src/db/schema.js';
import { words } from '../support/words.js';
import { dashboardSignedIn, freshWebPerTest, PEOPLE, textOf, WebClient, type TestWeb } from './support.js';

const sam = demoActor(PEOPLE.sam);
const alex = demoActor(PEOPLE.alex);
const jordan = demoActor(PEOPLE.jordan);
const casey: Actor = { user: 'web:demo:casey', community: sam.community };
const PAT = 'web:demo:pat';
const ROBIN = 'web:demo:robin';
const KIT = 'web:demo:kit';

let t: TestWeb;
freshWebPerTest((made) => (t = made));

/**
 * Sam (coordinator) makes Casey a TRiM manager, Alex and Jordan practitioners. The clock stands at
 * Monday 23 Nov 2026 10:00 UTC: Pat's initial assessment (Alex's) fell due on the 19th and is overdue
 * (2 days on), Robin's (Alex's) fell due this morning, Kit's (Jordan's) is due too.
 */
beforeEach(async () => {
  for (const [user, role] of [
    [casey.user, 'manager'],
    [alex.user, 'practitioner'],
    [jordan.user, 'practitioner'],
  ] as const) {
    expect((await assignTrimRole(t.deps, sam, { user, role })).ok).toBe(true);
  }
  const log = (title: string, occurredAt: string, person: string, practitioner: string) => logIncident(t.deps, alex, { title, occurredAt, people: [{ person, practitioner }] });
  expect((await log('Depot 3 collision', '2026-11-16T09:00:00Z', PAT, alex.user)).ok).toBe(true);
  expect((await log('Night shift assault', '2026-11-20T08:00:00Z', ROBIN, alex.user)).ok).toBe(true);
  expect((await log('Platform fall', '2026-11-20T07:00:00Z', KIT, jordan.user)).ok).toBe(true);
});

/** A sign-in token for `who`, as `/peer trim page` would send it. */
async function trimToken(who: Actor): Promise<string> {
  const issued = await issueTrimPageLink(t.deps, who, t.web.url);
  if (!issued.ok) throw new Error(`no link: ${issued.error.code}`);
  const url = new URL(issued.value.links?.[0]?.url ?? '');
  expect(url.pathname).toBe('/trim/sign-in');
  return url.searchParams.get('token') ?? '';
}

/** `who`'s own browser, signed in to the TRiM page through its link. */
async function trimSignedIn(who: Actor): Promise<WebClient> {
  const browser = new WebClient(t.web.url);
  const token = await trimToken(who);
  expect((await browser.get(`/trim/sign-in?token=${token}`)).status).toBe(200);
  const reply = await browser.post('/trim/sign-in', { token }, { accept: 'text/html' });
  expect(reply.status).toBe(303);
  expect(reply.headers.get('location')).toBe('/trim');
  return browser;
}

const rowsOf = async (user: string, scope: 'coordinator' | 'trim') => ({
  sessions: (await t.deps.db.select().from(dashboardSessions).where(and(eq(dashboardSessions.coordinatorRef, user), eq(dashboardSessions.scope, scope)))).length,
  links: (await t.deps.db.select().from(dashboardTokens).where(and(eq(dashboardTokens.coordinatorRef, user), eq(dashboardTokens.scope, scope)))).length,
});

describe('the TRiM page link', () => {
  it('goes to TRiM staff only: a coordinator, a volunteer and someone from another community are refused', async () => {
    for (const who of [sam, demoActor(PEOPLE.member)]) {
      const refused = await issueTrimPageLink(t.deps, who, t.web.url);
      expect(refused.ok ? 'ok' : refused.error.code, who.user).toBe('trim-only');
    }
    // Alex holds a TRiM role in the demo community, not in this other one.
    const lee: Actor = { user: 'web:other:lee', community: 'web:other', platformAdmin: true };
    expect((await configureCommunity(t.deps, lee, { name: 'Other', settings: { volunteerChannel: 'web:other:channel:volunteers', timeZone: 'Europe/London', country: 'GB' } })).ok).toBe(true);
    const elsewhere = await issueTrimPageLink(t.deps, { user: alex.user, community: 'web:other' }, t.web.url);
    expect(elsewhere.ok ? 'ok' : elsewhere.error.code).toBe('trim-only');
    expect(await t.deps.db.select().from(dashboardTokens)).toEqual([]);

    await trimToken(alex);
    const [row] = await t.deps.db.select().from(dashboardTokens);
    expect(row).toMatchObject({ coordinatorRef: alex.user, scope: 'trim' });
    const audited = await t.deps.db.select().from(auditLog).where(eq(auditLog.action, 'trim.page.link_issued'));
    expect(audited.map((a) => a.actorRef)).toEqual([alex.user]);
    // Without a web address the role is still checked first, then the person is told the page is off.
    expect(await issueTrimPageLink(t.deps, alex, undefined)).toEqual({ ok: true, value: DASHBOARD_OFF });
    const off = await issueTrimPageLink(t.deps, sam, undefined);
    expect(off.ok ? 'ok' : off.error.code).toBe('trim-only');
  });
});

describe('the TRiM page use case', () => {
  it('shows a practitioner their own due and overdue assessments, and a manager everyone’s, with no notes', async () => {
    const alexPage = await trimDuePage(t.deps, (await trimSignedIn(alex)).cookies.get(TRIM_COOKIE));
    if (!alexPage.ok) throw new Error(alexPage.error.code);
    expect(alexPage.value.access).toMatchObject({ userRef: alex.user, role: 'practitioner' });
    expect(words(alexPage.value.due).fields?.map((f) => [f.label, f.about, f.value])).toEqual([
      ['1. Incident 1 · Depot 3 collision · initial', PAT, 'OVERDUE — due Thu, 19 Nov 2026, 09:00'],
      ['2. Incident 2 · Night shift assault · initial', ROBIN, 'due Mon, 23 Nov 2026, 08:00'],
    ]);
    const caseyPage = await trimDuePage(t.deps, (await trimSignedIn(casey)).cookies.get(TRIM_COOKIE));
    if (!caseyPage.ok) throw new Error(caseyPage.error.code);
    expect(caseyPage.value.access.role).toBe('manager');
    expect(caseyPage.value.due.fields?.map((f) => f.about)).toEqual([PAT, KIT, ROBIN]);
    expect(JSON.stringify([words(alexPage.value.due), words(caseyPage.value.due)])).not.toMatch(/note/i);
    // Each read is TRiM's own, audited as `/peer trim due` is.
    const reads = await t.deps.db.select().from(auditLog).where(eq(auditLog.action, 'trim.due.viewed'));
    expect(reads.map((a) => a.actorRef)).toEqual([alex.user, casey.user]);
  });

  it('checks the TRiM role at every request: a role taken away is refused on the next one, and its sessions and links go', async () => {
    const secret = (await trimSignedIn(alex)).cookies.get(TRIM_COOKIE);
    expect((await trimPageAccess(t.deps, secret)).ok).toBe(true);
    await trimToken(alex);
    // The role goes without Peerline's use cases (a restore, another tool): the next request sees it.
    await t.deps.db.delete(trimStaff).where(eq(trimStaff.userRef, alex.user));
    const refused = await trimDuePage(t.deps, secret);
    expect(refused.ok ? null : refused.error).toEqual({ code: 'not-allowed', reason: { id: 'trim-page-role' } });
    expect(await rowsOf(alex.user, 'trim')).toEqual({ sessions: 0, links: 0 });
    expect(t.log.entries.some((e) => e.code === 'trim.page_refused')).toBe(true);
  });

  it('refuses a practitioner whose role a manager removed, through the TRiM commands', async () => {
    const jordanSecret = (await trimSignedIn(jordan)).cookies.get(TRIM_COOKIE);
    expect((await reassignCase(t.deps, casey, { number: 3, person: KIT, practitioner: alex.user })).ok).toBe(true);
    expect((await removeTrimRole(t.deps, casey, { user: jordan.user })).ok).toBe(true);
    const refused = await trimPageAccess(t.deps, jordanSecret);
    expect(refused.ok ? null : refused.error.reason?.id).toBe('trim-page-role');
  });

  it('refuses no session, an unknown one, and a coordinator’s dashboard session', async () => {
    for (const secret of [undefined, '', 'x'.repeat(300), 'not-a-session']) {
      const refused = await trimPageAccess(t.deps, secret);
      expect(refused.ok ? null : refused.error.reason?.id).toBe('dashboard-session');
    }
    const coordinator = (await dashboardSignedIn(t, sam)).cookies.get(COOKIE);
    expect((await trimDuePage(t.deps, coordinator)).ok).toBe(false);
  });
});

describe('the TRiM page over HTTP', () => {
  it('shows due and overdue work with dates in the community’s time zone, and no incident detail beyond the list', async () => {
    const browser = await trimSignedIn(alex);
    const page = await browser.get('/trim');
    expect(page.status).toBe(200);
    const text = textOf(page.text);
    expect(text).toContain('Signed in as a TRiM practitioner');
    expect(text).toContain('TRiM assessments due (2)');
    expect(text).toContain('⚠ Overdue work');
    expect(text).toContain('Incident 1 · Depot 3 collision · initial @pat OVERDUE — due Thu, 19 Nov 2026, 09:00');
    expect(text).toContain('Incident 2 · Night shift assault · initial @robin due Mon, 23 Nov 2026, 08:00');
    expect(text).toContain('(Europe/London)');
    expect(text).not.toContain('Platform fall');
    // Nothing to press here that belongs to the chat platform, and no coordinator tabs.
    expect(page.text).not.toContain('/playground/action');
    expect(page.text).not.toContain('href="/dashboard');
    const cookie = page.headers.get('set-cookie');
    expect(cookie).toBeNull();
  });

  it('sets its own HttpOnly, SameSite=Strict cookie on /trim only, and signs out', async () => {
    const token = await trimToken(alex);
    const browser = new WebClient(t.web.url);
    const reply = await browser.post('/trim/sign-in', { token }, { accept: 'text/html' });
    const line = reply.headers.getSetCookie().find((l) => l.startsWith(`${TRIM_COOKIE}=`)) ?? '';
    expect(new Set(line.split('; ').slice(1))).toEqual(new Set(['Max-Age=14400', 'Path=/trim', 'HttpOnly', 'SameSite=Strict']));
    // Once only, whoever tries it next.
    expect((await new WebClient(t.web.url).post('/trim/sign-in', { token }, { accept: 'text/html' })).status).toBe(401);
    expect((await browser.get('/trim')).status).toBe(200);
    expect(textOf((await browser.post('/trim/sign-out', {}, { accept: 'text/html' })).text)).toContain('signed out of the TRiM page');
    expect((await browser.get('/trim')).status).toBe(401);
    expect(await rowsOf(alex.user, 'trim')).toEqual({ sessions: 0, links: 1 });
  });

  it('refuses a coordinator: their link, their session and their cookie open nothing here', async () => {
    const coordinator = await dashboardSignedIn(t, sam);
    expect((await coordinator.get('/dashboard')).status).toBe(200);
    const notSignedIn = await coordinator.get('/trim');
    expect(notSignedIn.status).toBe(401);
    expect(textOf(notSignedIn.text)).toContain('Please sign in to the TRiM page');
    expect(textOf(notSignedIn.text)).not.toContain('Depot 3');

    // The dashboard session's own secret, sent as the TRiM cookie.
    const stolen = new WebClient(t.web.url);
    stolen.cookies.set(TRIM_COOKIE, coordinator.cookies.get(COOKIE) ?? '');
    expect((await stolen.get('/trim')).status).toBe(401);

    // A coordinator's dashboard link at the TRiM sign-in: refused, and left usable for the dashboard.
    const issued = await issueDashboardLink(t.deps, sam, t.web.url);
    const token = new URL(issued.ok ? (issued.value.links?.[0]?.url ?? '') : '').searchParams.get('token') ?? '';
    const look = await stolen.get(`/trim/sign-in?token=${token}`);
    expect(look.status).toBe(401);
    expect(textOf(look.text)).toContain('This link does not open the TRiM page');
    expect((await stolen.post('/trim/sign-in', { token }, { accept: 'text/html' })).status).toBe(401);
    expect((await stolen.post('/dashboard/sign-in', { token }, { accept: 'text/html' })).status).toBe(303);
  });

  it('opens no coordinator page with a TRiM session, and a TRiM link does not sign in to the dashboard', async () => {
    const browser = await trimSignedIn(alex);
    const swapped = new WebClient(t.web.url);
    swapped.cookies.set(COOKIE, browser.cookies.get(TRIM_COOKIE) ?? '');
    for (const page of ['/dashboard', '/dashboard/volunteers', '/dashboard/stats', '/dashboard/rota', '/dashboard/settings']) {
      expect((await swapped.get(page)).status, page).toBe(401);
    }
    const token = await trimToken(alex);
    expect((await swapped.get(`/dashboard/sign-in?token=${token}`)).status).toBe(401);
    expect((await swapped.post('/dashboard/sign-in', { token }, { accept: 'text/html' })).status).toBe(401);
    expect((await swapped.post('/trim/sign-in', { token }, { accept: 'text/html' })).status).toBe(303);
  });

  it('keeps each of a person’s two roles to its own sign-in: losing one leaves the other', async () => {
    expect((await setCoordinators(t.deps, sam, { users: [alex.user] })).ok).toBe(true);
    const dashboard = await dashboardSignedIn(t, alex);
    const trim = await trimSignedIn(alex);
    expect((await dashboard.get('/dashboard')).status).toBe(200);
    expect((await trim.get('/trim')).status).toBe(200);
    // Holding both roles, each session still opens only its own pages: the cookies swapped open nothing.
    const swapped = new WebClient(t.web.url);
    swapped.cookies.set(TRIM_COOKIE, dashboard.cookies.get(COOKIE) ?? '');
    swapped.cookies.set(COOKIE, trim.cookies.get(TRIM_COOKIE) ?? '');
    expect((await swapped.get('/trim')).status).toBe(401);
    expect((await swapped.get('/dashboard')).status).toBe(401);
    expect((await trimPageAccess(t.deps, dashboard.cookies.get(COOKIE))).ok).toBe(false);
    // No longer a coordinator: the dashboard session goes at once; the TRiM page stays.
    expect((await setCoordinators(t.deps, sam, { users: [] })).ok).toBe(true);
    expect((await dashboard.get('/dashboard')).status).toBe(401);
    expect((await trim.get('/trim')).status).toBe(200);
    expect(await rowsOf(alex.user, 'trim')).toEqual({ sessions: 1, links: 1 });
  });

  it('refuses a pending link once its holder has no TRiM role, and creates no session', async () => {
    const token = await trimToken(alex);
    await t.deps.db.delete(trimStaff).where(eq(trimStaff.userRef, alex.user));
    const reply = await new WebClient(t.web.url).post('/trim/sign-in', { token }, { accept: 'text/html' });
    expect(reply.status).toBe(401);
    expect(textOf(reply.text)).toContain('You hold no TRiM role here');
    expect(await rowsOf(alex.user, 'trim')).toEqual({ sessions: 0, links: 1 });
  });

  it('tells someone whose TRiM role has gone why, on the next request', async () => {
    const browser = await trimSignedIn(alex);
    await t.deps.db.delete(trimStaff).where(eq(trimStaff.userRef, alex.user));
    const reply = await browser.get('/trim');
    expect(reply.status).toBe(401);
    expect(textOf(reply.text)).toContain('You hold no TRiM role here');
    expect(textOf(reply.text)).not.toContain('Depot 3');
    expect(browser.cookies.has(TRIM_COOKIE)).toBe(false);
  });
});
