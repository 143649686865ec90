/**
 * Dashboard access ends with the coordinator role: every page checks the role again, and removing or
 * demoting a coordinator (or a volunteer) deletes their dashboard sessions and unused sign-in links at once.
 */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { demoActor } from '../../src/adapters/web/demo.js';
import { issueDashboardLink } from '../../src/core/use-cases/issue-dashboard-link.js';
import { configureCommunity } from '../../src/core/use-cases/configure-community.js';
import { enrolVolunteer, listVolunteers, removeVolunteer, setCoordinators } from '../../src/core/use-cases/manage-volunteers.js';
import { dashboardSessions, dashboardTokens, volunteers } from '../../src/db/schema.js';
import { PEOPLE, freshWebPerTest, textOf, WebClient, type TestWeb } from './support.js';

const sam = demoActor(PEOPLE.sam);
const alex = demoActor(PEOPLE.alex);

let t: TestWeb;
freshWebPerTest((made) => (t = made));
beforeEach(async () => {
  // Sam (the demo's coordinator) makes Alex a coordinator too.
  const set = await setCoordinators(t.deps, sam, { users: [alex.user] });
  expect(set.ok).toBe(true);
});

/** A fresh sign-in link for Alex, issued by core as `/peer dashboard` would. */
async function alexLink(): Promise<string> {
  const issued = await issueDashboardLink(t.deps, alex, t.web.url);
  if (!issued.ok) throw new Error(`no link: ${issued.error.code}`);
  const url = new URL(issued.value.links?.[0]?.url ?? '');
  return url.searchParams.get('token') ?? '';
}

/** Alex's own browser, signed in to the dashboard. */
async function alexSignedIn(): Promise<WebClient> {
  const browser = new WebClient(t.web.url);
  const reply = await browser.post('/dashboard/sign-in', { token: await alexLink() }, { accept: 'text/html' });
  expect(reply.status).toBe(303);
  expect((await browser.get('/dashboard')).status).toBe(200);
  return browser;
}

const rowsFor = async (userRef: string) => ({
  sessions: (await t.deps.db.select().from(dashboardSessions).where(eq(dashboardSessions.coordinatorRef, userRef))).length,
  links: (await t.deps.db.select().from(dashboardTokens).where(eq(dashboardTokens.coordinatorRef, userRef))).length,
});

describe('dashboard access and the coordinator role', () => {
  it('refuses the next request of a coordinator whose role is gone, on every page, and deletes their session', async () => {
    const browser = await alexSignedIn();
    // The role changes without going through Peerline's use cases (as a database restore or another tool might).
    await t.deps.db.update(volunteers).set({ role: 'volunteer' }).where(eq(volunteers.userRef, alex.user));
    for (const page of ['/dashboard', '/dashboard/volunteers', '/dashboard/stats']) {
      const reply = await browser.get(page);
      expect(reply.status).toBe(401);
      expect(textOf(reply.text)).not.toContain('Queue and duty now');
    }
    expect(await rowsFor(alex.user)).toEqual({ sessions: 0, links: 0 });
  });

  it('deletes sessions and pending links at once when a coordinator is demoted', async () => {
    const browser = await alexSignedIn();
    await alexLink();
    expect(await rowsFor(alex.user)).toEqual({ sessions: 1, links: 2 });
    const set = await setCoordinators(t.deps, sam, { users: [] });
    expect(set.ok).toBe(true);
    // Gone before Alex makes any request.
    expect(await rowsFor(alex.user)).toEqual({ sessions: 0, links: 0 });
    expect((await browser.get('/dashboard')).status).toBe(401);
  });

  it('deletes sessions and pending links at once when a coordinator or a volunteer is removed', async () => {
    const browser = await alexSignedIn();
    await alexLink();
    expect((await removeVolunteer(t.deps, sam, { user: alex.user })).ok).toBe(true);
    expect(await rowsFor(alex.user)).toEqual({ sessions: 0, links: 0 });
    expect((await browser.get('/dashboard/stats')).status).toBe(401);
  });

  it('deletes them when re-enrolment makes a coordinator a volunteer', async () => {
    await alexSignedIn();
    expect((await enrolVolunteer(t.deps, sam, { user: alex.user, tags: ['grief'] })).ok).toBe(true);
    expect(await rowsFor(alex.user)).toEqual({ sessions: 0, links: 0 });
  });

  it('refuses a pending link once its holder is no longer a coordinator, and creates no session', async () => {
    const token = await alexLink();
    await t.deps.db.update(volunteers).set({ role: 'volunteer' }).where(eq(volunteers.userRef, alex.user));
    const browser = new WebClient(t.web.url);
    const reply = await browser.post('/dashboard/sign-in', { token }, { accept: 'text/html' });
    expect(reply.status).toBe(401);
    expect(textOf(reply.text)).toContain('no longer a coordinator');
    expect(await rowsFor(alex.user)).toEqual({ sessions: 0, links: 1 });
  });

  it('sends no link to someone who is a coordinator only through a platform role (the dashboard cannot see roles)', async () => {
    expect((await configureCommunity(t.deps, sam, { settings: { coordinatorRole: 'web:role:leads' } })).ok).toBe(true);
    const lead = { user: 'web:demo:casey', community: sam.community, roles: ['web:role:leads'] };
    expect((await listVolunteers(t.deps, lead)).ok).toBe(true);
    const issued = await issueDashboardLink(t.deps, lead, t.web.url);
    expect(issued.ok ? 'ok' : issued.error.code).toBe('not-allowed');
    expect(await rowsFor(lead.user)).toEqual({ sessions: 0, links: 0 });
  });
});
