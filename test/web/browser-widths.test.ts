/**
 * The playground flow, every dashboard page and the TRiM page in Chromium at a laptop's size (1280×800) and a phone's
 * (390×844), with axe-core run on each screen: no serious or critical accessibility violation, no page
 * wider than the screen, no empty scroll, chart labels at least 11 px as drawn. Playwright-core drives
 * Debian's Chromium (/usr/bin/chromium); without it these tests are skipped, and fail when
 * PEERLINE_REQUIRE_BROWSER=1. Screenshots go to test-results/web/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { demoActor } from '../../src/adapters/web/demo.js';
import { logIncident } from '../../src/core/trim/incident.js';
import { assignTrimRole } from '../../src/core/trim/roles.js';
import type { Result } from '../../src/core/result.js';
import { issueDashboardLink } from '../../src/core/use-cases/issue-dashboard-link.js';
import { issueTrimPageLink } from '../../src/core/use-cases/trim-page.js';
import type { TextView, View } from '../../src/core/views/types.js';
import { PEOPLE, startTestWeb, type TestWeb } from './support.js';

const CHROMIUM = process.env['PEERLINE_CHROMIUM'] ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const SHOTS = 'test-results/web';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

it.runIf(!hasChromium && process.env['PEERLINE_REQUIRE_BROWSER'] === '1')('has Chromium where the browser tests are required', () => {
  expect.fail(`PEERLINE_REQUIRE_BROWSER=1 but there is no browser at ${CHROMIUM}`);
});

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly targets: readonly string[];
}

/** Runs axe-core on the page as it is now; returns the serious and critical violations. */
async function axe(page: Page): Promise<Violation[]> {
  // Evaluated through the debugging protocol, so the pages' Content-Security-Policy (script-src 'self') is untouched.
  await page.evaluate(AXE_SOURCE);
  const all = await page.evaluate<Violation[]>(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) })))`,
  );
  return all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The page's size against the window's: wider than the screen, or scrolling past the footer, is a fault. */
const layout = (page: Page) =>
  page.evaluate<{ scrollWidth: number; innerWidth: number; scrollHeight: number; contentBottom: number; headerHeight: number }>(`(() => {
    const last = document.querySelector('body > footer') ?? document.querySelector('main');
    const header = document.querySelector('body > header');
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      scrollHeight: document.documentElement.scrollHeight,
      contentBottom: Math.max(window.innerHeight, last.getBoundingClientRect().bottom + window.scrollY),
      headerHeight: header ? header.getBoundingClientRect().height : 0,
    };
  })()`);

/** The smallest chart label as drawn on screen (font size × the drawing's scale), over the charts shown. */
const smallestChartText = (page: Page) =>
  page.evaluate<number>(`(() => {
    let min = Infinity;
    for (const svg of document.querySelectorAll('svg.plot')) {
      const box = svg.getBoundingClientRect();
      if (box.width === 0) continue;
      const scale = box.width / svg.viewBox.baseVal.width;
      for (const t of svg.querySelectorAll('text')) min = Math.min(min, parseFloat(getComputedStyle(t).fontSize) * scale);
    }
    return min;
  })()`);

/** Tables (every data table opened) whose right edge runs past the window. */
const overflowingTables = (page: Page) =>
  page.evaluate<number>(`(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    return [...document.querySelectorAll('table')].filter((t) => t.getBoundingClientRect().right > window.innerWidth + 0.5).length;
  })()`);

const SIZES = [
  { name: 'laptop', width: 1280, height: 800, phone: false },
  { name: 'phone', width: 390, height: 844, phone: true },
] as const;

for (const size of SIZES) {
  describe.skipIf(!hasChromium)(`in Chromium at ${size.width}×${size.height} (${size.name}), with axe-core`, () => {
    let database: TestDatabase;
    let t: TestWeb;
    let context: BrowserContext;
    let page: Page;
    let profile: string;

    beforeAll(async () => {
      await mkdir(SHOTS, { recursive: true });
      database = await createTestDatabase();
      t = await startTestWeb({ database });
      profile = await mkdtemp(join(tmpdir(), 'peerline-chromium-'));
      context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: size.width, height: size.height } });
      page = context.pages()[0] ?? (await context.newPage());
      page.setDefaultTimeout(8000);
    }, 90_000);

    afterAll(async () => {
      await context?.close();
      await t?.stop();
      await database?.dispose();
      if (profile !== undefined) await rm(profile, { recursive: true, force: true });
    });

    const pane = (id: string): Locator => page.locator(`#pane-${id}`);
    const feed = (id: string): Locator => page.locator(`#feed-${id}`);
    const shows = async (id: string, text: string | RegExp) => feed(id).getByText(text).last().waitFor();
    /** On a phone, picks the pane's tab (one pane shows at a time); on a laptop every pane is on screen. */
    const open = async (id: string) => {
      if (size.phone) await page.locator(`.pane-tabs a[data-tab="${id}"]`).click();
      await pane(id).waitFor({ state: 'visible' });
    };
    const expectNoViolations = async (where: string) => {
      const found = await axe(page);
      expect(found, `${where}: ${JSON.stringify(found)}`).toEqual([]);
    };

    /** A dashboard page within the screen (no table past its edge, no empty scroll), with no violations; a screenshot. */
    const checks = async (name: string) => {
      // Measured once the page has loaded: its text can be on screen before its stylesheet applies
      // (after a form is sent, on a busy machine), and a page without it is wider than the phone.
      await page.waitForLoadState('load');
      const box = await layout(page);
      expect(box.scrollWidth, `${name}: page width`).toBeLessThanOrEqual(box.innerWidth);
      expect(await overflowingTables(page), `${name}: tables past the edge`).toBe(0);
      expect(box.scrollHeight - box.contentBottom, `${name}: empty scroll`).toBeLessThanOrEqual(1);
      await expectNoViolations(`dashboard ${name}`);
      await page.screenshot({ path: `${SHOTS}/${size.name}-dashboard-${name}.png`, fullPage: true });
    };

    it('lays the playground out for the screen, with no accessibility violations', async () => {
      await page.goto(`${t.web.url}/playground`);
      await page.locator('body[data-live="1"]').waitFor();
      const box = await layout(page);
      expect(box.scrollWidth).toBeLessThanOrEqual(box.innerWidth);
      expect(box.scrollHeight - box.contentBottom).toBeLessThanOrEqual(1);
      const visiblePanes = await page.locator('.panes > .pane:visible').count();
      if (size.phone) {
        // One pane at a time behind tabs, and a header that leaves the screen to them.
        expect(visiblePanes).toBe(1);
        expect(box.headerHeight / size.height).toBeLessThan(0.25);
        await expect(page.locator('.pane-tabs a[aria-current="true"]').textContent()).resolves.toBe('Riley');
      } else {
        expect(visiblePanes).toBe(6);
        await expect(page.locator('.pane-tabs').isVisible()).resolves.toBe(false);
      }
      // Duty at a glance: both volunteers start on duty, so "/duty on" is the button that no longer applies.
      await open('alex');
      await expect(pane('alex').locator('[data-duty]').getAttribute('data-duty')).resolves.toBe('on');
      await expect(pane('alex').getByRole('button', { name: '/duty on' }).isDisabled()).resolves.toBe(true);
      await expect(pane('alex').getByText('You are on duty.').isVisible()).resolves.toBe(true);
      await expect(pane('alex').getByRole('button', { name: '/duty off' }).isEnabled()).resolves.toBe(true);
      await expectNoViolations('playground at start');
      await page.screenshot({ path: `${SHOTS}/${size.name}-playground-start.png`, fullPage: true });
    });

    it('runs the flow with each conversation in its person’s pane, and stale buttons disabled with a reason', async () => {
      await open('member');
      await pane('member').getByLabel('What would you like to talk about?').selectOption('grief');
      await pane('member').getByRole('button', { name: 'Ask for a listener' }).click();
      await shows('member', 'Your request is in the queue');
      const cancel = feed('member').getByRole('button', { name: 'Cancel my request' }).last();
      await expect(cancel.isEnabled()).resolves.toBe(true);

      await open('channel');
      await feed('channel').getByRole('button', { name: 'Accept' }).click();
      await shows('channel', /Accepted after/);
      await open('member');
      await shows('member', 'A listener is here for you');
      // After acceptance, "Cancel my request" no longer applies, and says what to do instead.
      await expect(cancel.isDisabled()).resolves.toBe(true);
      await expect(feed('member').getByText('A listener has accepted this request. To stop, end the session instead.').first().isVisible()).resolves.toBe(true);

      // The conversation shows in the member's own pane and in the volunteer's.
      await pane('member').getByLabel('Message as Riley').fill('thank you for being here');
      await pane('member').getByRole('button', { name: 'Send' }).click();
      await shows('member', 'thank you for being here');
      await open('alex');
      await shows('alex', 'thank you for being here');
      await pane('alex').getByLabel('Message as Alex').fill('I am glad you reached out');
      await pane('alex').getByRole('button', { name: 'Send' }).click();
      await shows('alex', 'I am glad you reached out');
      await open('member');
      await shows('member', 'I am glad you reached out');
      await expectNoViolations('playground in a session');

      // Ending: every End session button goes stale; the feedback buttons go stale once answered.
      await feed('member').getByRole('button', { name: 'End session' }).last().click();
      await shows('member', 'Did it help to talk?');
      await feed('member').getByText('This session has ended.').first().waitFor();
      const ends = feed('member').getByRole('button', { name: 'End session' });
      for (const end of await ends.all()) await expect(end.isDisabled()).resolves.toBe(true);
      await feed('member').getByRole('button', { name: 'It helped' }).click();
      await shows('member', 'Your answer helps the volunteers here');
      await feed('member').getByText('Answered — thank you.').first().waitFor();
      await expect(feed('member').getByRole('button', { name: 'It helped' }).isDisabled()).resolves.toBe(true);
      await open('spaces');
      await pane('spaces').getByText('This space is closed: the session has ended.').waitFor();
      await expect(pane('spaces').getByRole('button', { name: '/end in this space' }).count()).resolves.toBe(0);
      for (const id of ['member', 'channel', 'spaces', 'alex', 'jordan', 'sam']) {
        await open(id);
        await expectNoViolations(`playground after the flow, pane ${id}`);
      }
      await open('member');
      await page.screenshot({ path: `${SHOTS}/${size.name}-playground-flow.png`, fullPage: true });
    }, 60_000);

    it('asks before /forget-me, saying what it ends', async () => {
      await open('member');
      // The /listen form folded away after the first request; open it again.
      const form = pane('member').locator('details.command').first();
      if ((await form.getAttribute('open')) === null) await form.locator('summary').click();
      await pane('member').getByLabel('What would you like to talk about?').selectOption('grief');
      await pane('member').getByRole('button', { name: 'Ask for a listener' }).click();
      await shows('member', 'Your request is in the queue');
      const confirm = pane('member').getByRole('button', { name: 'Yes, delete my data now' });
      await expect(confirm.isVisible()).resolves.toBe(false);
      await pane('member').getByText('/forget-me — delete my data…').click();
      await expect(pane('member').getByText(/a request still waiting is cancelled, and a session that is open ends/).isVisible()).resolves.toBe(true);
      await expectNoViolations('forget-me confirmation');
      await confirm.click();
      await shows('member', 'Your data has been deleted');
      // A post without the confirmation (a script, an old page) changes nothing.
      const reply = await t.client.command(PEOPLE.member.ref, 'forget-me');
      expect(reply.status).toBe(200);
      await shows('member', 'Confirm first');
    });

    it('shows each dashboard page within the screen, live, with readable charts and no violations', async () => {
      await open('sam');
      await pane('sam').getByRole('button', { name: /Open the dashboard/ }).click();
      await shows('sam', 'Your dashboard link');
      const href = await feed('sam').getByRole('link', { name: /Open the dashboard/ }).last().getAttribute('href');
      await page.goto(href!);
      await expectNoViolations('dashboard sign-in');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Queue and duty now' }).waitFor();
      await page.locator('body[data-live="1"]').waitFor();
      const before = Number(await page.locator('[data-kpi="waiting"]').textContent());
      // Server-sent events: a new request (Jordan's, as Riley has one waiting) shows up without a reload.
      await t.client.command(PEOPLE.jordan.ref, 'listen', { topic: 'grief' });
      await page.locator('[data-kpi="waiting"]', { hasText: String(before + 1) }).waitFor();
      await page.locator('table.queue').waitFor();
      await checks('now');

      await page.getByRole('link', { name: 'Statistics' }).click();
      await page.getByRole('heading', { name: 'Statistics' }).waitFor();
      await page.getByRole('heading', { name: 'Glossary' }).waitFor();
      expect(await smallestChartText(page)).toBeGreaterThanOrEqual(11);
      await checks('stats');

      await page.getByRole('link', { name: 'Volunteers' }).click();
      await page.getByRole('heading', { name: 'Volunteers' }).waitFor();
      await checks('volunteers');

      await page.getByRole('link', { name: 'Settings', exact: true }).click();
      await page.getByRole('heading', { name: 'Settings', exact: true }).waitFor();
      await page.getByRole('button', { name: 'Save settings' }).waitFor();
      await checks('settings');
    }, 60_000);

    it('shows the rota as a week grid within the screen, and a coordinator adds and removes slots in it', async () => {
      // Signed in by the test before.
      await page.getByRole('link', { name: 'Rota', exact: true }).click();
      await page.getByRole('heading', { name: 'Rota', exact: true }).waitFor();
      await page.getByText('No slots yet:').waitFor();
      await checks('rota-empty');

      /** Fills an add-slot form field by field (labels as shown) and sends it. */
      const addSlot = async (kind: 'weekly' | 'once', fields: Record<string, string>) => {
        const form = page.locator(`form[aria-labelledby="${kind}-h"]`);
        for (const [label, value] of Object.entries(fields)) await form.getByLabel(label).fill(value);
        await form.getByRole('button', { name: kind === 'weekly' ? 'Add a weekly slot' : 'Add a one-off slot' }).click();
      };
      await addSlot('weekly', { Days: 'mon-fri', Starts: '18:00', Ends: '22:00', 'Listeners wanted': '2' });
      await page.getByText('Rota slot 1 saved').waitFor();
      const grid = page.getByRole('table', { name: /^Shifts, / });
      await expect(grid.locator('td.shift').count()).resolves.toBe(5);
      const monday = grid.locator('td[data-date="2026-11-23"]');
      await expect(monday.isVisible()).resolves.toBe(true);
      await expect(monday.innerText()).resolves.toMatch(/18:00–22:00\s+0 of 2 signed up\s+expected demand \d+\s+⚠ gap: 2 places open/);
      // Days without a shift: an empty cell on a laptop, left out of the phone's card.
      await expect(grid.locator('td.no-shift').first().isVisible()).resolves.toBe(!size.phone);
      await checks('rota');

      // A one-off slot that is too short: the problem beside its field, what was typed kept.
      await addSlot('once', { Date: '2026-12-24', Starts: '18:00', Ends: '18:05', 'Listeners wanted': '3' });
      await page.getByText('Nothing was changed').waitFor();
      const ends = page.locator('form[aria-labelledby="once-h"]').getByLabel('Ends');
      await expect(ends.getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(ends.inputValue()).resolves.toBe('18:05');
      await expect(page.locator('#once-end-problem').innerText()).resolves.toContain('a shift runs at least 15 minutes');
      await checks('rota-refused');

      // Next week, then the slot removed from there.
      await page.getByRole('navigation', { name: 'Weeks of the rota' }).getByRole('link', { name: 'Next week' }).click();
      await page.locator('a[aria-current="page"]', { hasText: 'Next week' }).waitFor();
      await expect(page.locator('td[data-date="2026-11-30"][data-slot="1"]').count()).resolves.toBe(1);
      await page.getByRole('button', { name: 'Remove slot 1' }).click();
      await page.getByText('Rota slot 1 removed').waitFor();
      await page.getByText('No slots yet:').waitFor();
      await expect(page.locator('a[aria-current="page"]', { hasText: 'Next week' }).count()).resolves.toBe(1);
      await checks('rota-removed');
    }, 60_000);

    it('shows TRiM staff their due and overdue work on the TRiM page, and refuses a coordinator there', async () => {
      // Sam (the coordinator) gives Alex a TRiM practitioner role and Casey a manager one; Alex logs two incidents.
      const sam = demoActor(PEOPLE.sam);
      const alex = demoActor(PEOPLE.alex);
      expect((await assignTrimRole(t.deps, sam, { user: 'web:demo:casey', role: 'manager' })).ok).toBe(true);
      expect((await assignTrimRole(t.deps, sam, { user: alex.user, role: 'practitioner' })).ok).toBe(true);
      for (const [title, occurredAt, person] of [
        ['Depot 3 collision', '2026-11-16T09:00:00Z', 'web:demo:pat'],
        ['Night shift assault', '2026-11-20T08:00:00Z', 'web:demo:robin'],
      ] as const) {
        expect((await logIncident(t.deps, alex, { title, occurredAt, people: [{ person, practitioner: alex.user }] })).ok).toBe(true);
      }
      const linkOf = (issued: Result<View | TextView>) => (issued.ok ? (issued.value.links?.[0]?.url ?? '') : `refused: ${issued.error.code}`);

      // The coordinator, signed in to the dashboard by the tests before: the TRiM page is not theirs.
      await page.goto(`${t.web.url}/dashboard`);
      await page.getByRole('heading', { name: 'Queue and duty now' }).waitFor();
      const notSignedIn = await page.goto(`${t.web.url}/trim`);
      expect(notSignedIn?.status()).toBe(401);
      await page.getByRole('heading', { name: 'Please sign in to the TRiM page' }).waitFor();
      await expect(page.locator('main').innerText()).resolves.toContain('Signing in to the coordinator dashboard does not open it.');
      await expect(page.getByText('Depot 3 collision').count()).resolves.toBe(0);
      await checks('trim-refused');
      // Their own dashboard link, opened at the TRiM sign-in: refused, with no button to press.
      expect(linkOf(await issueTrimPageLink(t.deps, sam, t.web.url))).toBe('refused: trim-only');
      const samLink = new URL(linkOf(await issueDashboardLink(t.deps, sam, t.web.url)));
      const wrongDoor = await page.goto(`${t.web.url}/trim/sign-in${samLink.search}`);
      expect(wrongDoor?.status()).toBe(401);
      await page.getByRole('heading', { name: 'This link does not open the TRiM page' }).waitFor();
      await expect(page.getByRole('button', { name: 'Sign in' }).count()).resolves.toBe(0);
      await expectNoViolations('TRiM page, a coordinator refused');

      // Alex, in their own browser (no coordinator cookie), through the link `/peer trim page` sends.
      await context.clearCookies();
      await page.goto(linkOf(await issueTrimPageLink(t.deps, alex, t.web.url)));
      await page.getByRole('heading', { name: 'Sign in to the TRiM page' }).waitFor();
      await expectNoViolations('TRiM page sign-in');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'TRiM assessments due (2)' }).waitFor();
      await page.getByText('Signed in as a TRiM practitioner').waitFor();
      const rows = page.getByRole('table').locator('tbody tr');
      await expect(rows.count()).resolves.toBe(2);
      await expect(rows.nth(0).innerText()).resolves.toMatch(/Incident 1 · Depot 3 collision · initial\s+(Person: )?@pat\s+(Due: )?OVERDUE — due Thu, 19 Nov 2026, 09:00/);
      await expect(rows.nth(1).innerText()).resolves.toMatch(/Incident 2 · Night shift assault · initial\s+(Person: )?@robin\s+(Due: )?due Mon, 23 Nov 2026, 08:00/);
      await expect(page.getByText('⚠ Overdue work').isVisible()).resolves.toBe(true);
      await expect(page.getByRole('navigation', { name: 'Dashboard' }).count()).resolves.toBe(0);
      await checks('trim');
      // …and that session opens no coordinator page.
      const dashboard = await page.goto(`${t.web.url}/dashboard`);
      expect(dashboard?.status()).toBe(401);
    }, 60_000);
  });
}
