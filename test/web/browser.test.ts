/**
 * The playground and the dashboard in a real browser: playwright-core driving Debian's Chromium
 * (/usr/bin/chromium, installed by .ci/run). Without Chromium these tests are reported as skipped, with
 * the reason in their name. Screenshots go to test-results/web/.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { startTestWeb, type TestWeb } from './support.js';

const CHROMIUM = process.env['PEERLINE_CHROMIUM'] ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const SHOTS = 'test-results/web';
/** The machine's network is closed: these flags stop Chromium reaching out at start (see the machine notes). */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

if (!hasChromium) console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (install Debian's chromium, as .ci/run does)`);
const title = hasChromium ? `in Chromium (${CHROMIUM})` : `in Chromium — skipped: no browser at ${CHROMIUM} (install Debian's chromium, as .ci/run does)`;

// CI installs Chromium and sets PEERLINE_REQUIRE_BROWSER=1, so there a missing browser is a failure.
it.runIf(!hasChromium && process.env['PEERLINE_REQUIRE_BROWSER'] === '1')('has Chromium where the browser tests are required', () => {
  expect.fail(`PEERLINE_REQUIRE_BROWSER=1 but there is no browser at ${CHROMIUM}`);
});

describe.skipIf(!hasChromium)(title, () => {
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
    // A fresh, empty profile each run (playwright passes it to Chromium as --user-data-dir).
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1400, height: 1000 } });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(5000);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await t?.stop();
    await database?.dispose();
    if (profile !== undefined) await rm(profile, { recursive: true, force: true });
  });

  const feed = (pane: string): Locator => page.locator(`#feed-${pane}`);
  /** Waits until the pane's feed shows `text` (pushed over server-sent events, not by reloading). */
  const shows = async (pane: string, text: string | RegExp) => feed(pane).getByText(text).last().waitFor();
  const pane = (id: string): Locator => page.locator(`#pane-${id}`);
  /** A computed style property, read in the page (the tests' TypeScript has no DOM types). */
  const style = (locator: Locator, property: string): Promise<string> =>
    locator.evaluate((el, p) => (globalThis as unknown as { getComputedStyle(e: unknown): Record<string, string> }).getComputedStyle(el)[p] ?? '', property);

  it('runs the whole flow by clicking: listen, offer, accept, talk, end, feedback, crisis', async () => {
    await page.goto(`${t.web.url}/`);
    await page.locator('body[data-live="1"]').waitFor();
    expect(await page.title()).toBe('Peerline playground');

    // Riley asks for a listener.
    await pane('member').getByLabel('What would you like to talk about?').selectOption('grief');
    await pane('member').getByLabel('Anything the listener should know first? (optional)').fill('I lost my grandmother');
    await pane('member').getByRole('button', { name: 'Ask for a listener' }).click();
    await shows('member', 'Your request is in the queue');
    await shows('channel', 'Someone would like to talk');
    expect(await feed('channel').textContent()).not.toContain('Riley');

    // Alex accepts from the volunteer channel.
    expect(await pane('channel').getByLabel('Press buttons here as').inputValue()).toBe('web:demo:alex');
    await feed('channel').getByRole('button', { name: 'Accept' }).click();
    await shows('alex', 'You accepted the request');
    await shows('spaces', 'Your listening session');
    await shows('member', 'A listener is here for you');
    await shows('channel', /Accepted after/);
    await expect(feed('channel').getByRole('button', { name: 'Accept' }).count()).resolves.toBe(0);

    // They talk in the session space, each from their own pane.
    await expect(pane('member').getByLabel('Write to').inputValue()).resolves.toMatch(/^web:demo:space:/);
    await pane('member').getByLabel('Message as Riley').fill('thank you for being here');
    await pane('member').getByRole('button', { name: 'Send' }).click();
    await shows('spaces', 'thank you for being here');
    await pane('alex').getByLabel('Message as Alex').fill('I am glad you reached out');
    await pane('alex').getByRole('button', { name: 'Send' }).click();
    await shows('spaces', 'I am glad you reached out');

    // Riley ends it and answers the feedback questions.
    await feed('member').getByRole('button', { name: 'End session' }).last().click();
    await shows('member', 'Did it help to talk?');
    await shows('spaces', '(closed)');
    await feed('member').getByRole('button', { name: 'It helped' }).click();
    await shows('member', 'Your answer helps the volunteers here');

    // Crisis language in a message to the bot: private resources, and an alert without the words.
    await expect(pane('member').getByLabel('Write to').inputValue()).resolves.toBe('bot');
    await pane('member').getByLabel('Message as Riley').fill("I don't want to be alive anymore");
    await pane('member').getByRole('button', { name: 'Send' }).click();
    await shows('member', 'Are you safe right now?');
    await shows('channel', 'Crisis alert');
    // High risk queues a crisis request at once (issue 13): the member is told, and can withdraw it.
    await shows('member', 'A listener has been asked');
    const crisis = feed('member').locator('.entry.tone-crisis').last();
    await expect(crisis.locator('.badge').textContent()).resolves.toBe('⚠ Crisis support');
    await expect(style(crisis, 'borderTopWidth')).resolves.toBe('2px');
    expect(await feed('channel').textContent()).not.toContain('alive anymore');
    await feed('member').getByRole('button', { name: 'Cancel the request' }).last().click();
    await shows('member', 'Request cancelled');

    // What each pane shows at the end.
    // Jordan was only mentioned, on the two offer cards (the request and the crisis request), and never written to.
    await expect(feed('jordan').locator('.entry.bot').count()).resolves.toBe(0);
    await expect(feed('jordan').locator('.entry.mention').count()).resolves.toBe(2);
    await expect(feed('sam').locator('.entry.mention a').last().textContent()).resolves.toBe('Crisis alert');
    await expect(feed('alex').textContent()).resolves.toContain('You accepted the request');
    await expect(feed('channel').locator('.mention', { hasText: '@Sam' }).count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/playground-flow.png`, fullPage: true });
  }, 30_000);

  it('works from the keyboard, with a visible focus ring', async () => {
    await page.goto(`${t.web.url}/playground`);
    await page.locator('body[data-live="1"]').waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate('document.activeElement?.textContent')).resolves.toBe('Skip to the panes');
    const status = pane('jordan').getByRole('button', { name: '/duty status' });
    await status.focus();
    await expect(style(status, 'outlineStyle')).resolves.not.toBe('none');
    await page.keyboard.press('Enter');
    await shows('jordan', 'Training valid until');
    await page.locator('#pane-jordan').screenshot({ path: `${SHOTS}/playground-keyboard.png` });
  });

  it('moves the demo clock by clicking, and the escalation ladder runs', async () => {
    await pane('member').getByRole('button', { name: 'Ask for a listener' }).click();
    await shows('member', 'Your request is in the queue');
    await page.getByRole('button', { name: '+15 min' }).click();
    await expect(page.locator('#clock-now').textContent()).resolves.toBeTruthy();
    await page.locator('#clock-now', { hasText: '15 min ahead of real time' }).waitFor();
    await shows('channel', 'A request is still waiting');
    await page.screenshot({ path: `${SHOTS}/playground-clock.png`, fullPage: true });
  });

  it('opens the dashboard with a sign-in link and draws the charts', async () => {
    await page.goto(`${t.web.url}/playground`);
    await pane('sam').getByRole('button', { name: /Open the dashboard/ }).click();
    await shows('sam', 'Your dashboard link');
    const href = await feed('sam').getByRole('link', { name: /Open the dashboard/ }).last().getAttribute('href');
    expect(href).toMatch(/\/dashboard\/sign-in\?token=/);
    await page.goto(href!);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Queue and duty now' }).waitFor();
    await expect(page.locator('[data-kpi="waiting"]').textContent()).resolves.toBe('1');
    await expect(page.locator('[data-kpi="on-duty"]').textContent()).resolves.toBe('2');
    await page.screenshot({ path: `${SHOTS}/dashboard-now.png`, fullPage: true });

    await page.getByRole('link', { name: 'Statistics' }).click();
    await page.getByRole('heading', { name: 'Statistics' }).waitFor();
    // The first test's request, its crisis request (cancelled), and the clock test's request.
    await expect(page.locator('[data-kpi="requests"]').textContent()).resolves.toBe('3');
    await expect(page.locator('#chart-waits g.bar-group').count()).resolves.toBe(7);
    await expect(page.locator('#chart-coverage rect.cell[data-day]').count()).resolves.toBe(168);
    await expect(page.locator('#chart-outcomes g.bar-group').count()).resolves.toBe(14);
    await expect(page.locator('#chart-crisis g.bar-group').count()).resolves.toBe(12);
    // The one accepted request waited under a minute: one visible bar, in the first bucket.
    await expect(page.locator('#chart-waits g.bar-group').first().getAttribute('data-total')).resolves.toBe('1');
    const bar = await page.locator('#chart-waits rect.bar').first().boundingBox();
    expect(bar?.height ?? 0).toBeGreaterThan(10);
    await page.screenshot({ path: `${SHOTS}/dashboard-stats.png`, fullPage: true });

    await page.getByRole('link', { name: 'Volunteers' }).click();
    await page.getByRole('heading', { name: 'Volunteers' }).waitFor();
    await expect(page.locator('td.expiring').count()).resolves.toBe(1);
    await page.screenshot({ path: `${SHOTS}/dashboard-volunteers.png`, fullPage: true });
  });

  it('refuses an expired sign-in link', async () => {
    await page.goto(`${t.web.url}/playground`);
    await page.locator('body[data-live="1"]').waitFor();
    await pane('sam').getByRole('button', { name: /Open the dashboard/ }).click();
    await shows('sam', 'Your dashboard link');
    const href = await feed('sam').getByRole('link', { name: /Open the dashboard/ }).last().getAttribute('href');
    await page.getByRole('button', { name: '+1 hour' }).click();
    await page.locator('#clock-now', { hasText: '1 h 15 min ahead' }).waitFor();
    const response = await page.goto(href!);
    expect(response?.status()).toBe(401);
    await page.getByRole('heading', { name: 'This sign-in link no longer works' }).waitFor();
    await expect(page.getByRole('button', { name: 'Sign in' }).count()).resolves.toBe(0);
    await page.screenshot({ path: `${SHOTS}/dashboard-expired.png` });
  });
});
