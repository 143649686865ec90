/**
 * Issue 17 on the dashboard: a settings page with every setting typed as text, validated by core's
 * schema (problems beside their fields, nothing saved), role-checked on every request, audited; a change
 * takes effect on the next request in the playground. Volunteers' own display names replace
 * "Volunteer N". Through HTTP against the real web adapter.
 */
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { demoActor } from '../../src/adapters/web/demo.js';
import { TEXT_SETTING_KEYS, updateMyProfile, watchChannel } from '../../src/core/index.js';
import { auditLog, communities, volunteers } from '../../src/db/schema.js';
import { dashboardSignedIn, PEOPLE, freshWebPerTest, textOf, WebClient, type TestWeb } from './support.js';

const sam = demoActor(PEOPLE.sam);
const riley = PEOPLE.member.ref;

let t: TestWeb;
freshWebPerTest((made) => (t = made));

const samSignedIn = () => dashboardSignedIn(t, sam);

const settingsNow = async () => (await t.deps.db.select().from(communities))[0]!.settings;
/** The value a page's field shows. */
const fieldValue = (page: string, key: string) => {
  const input = new RegExp(`name="${key}"[^>]*value="([^"]*)"`).exec(page)?.[1];
  return input ?? new RegExp(`name="${key}"[^>]*>([^<]*)</textarea>`).exec(page)?.[1];
};

describe('dashboard settings', () => {
  it('shows every setting with its value, and a save changes what the next /listen shows', async () => {
    const browser = await samSignedIn();
    const page = await browser.get('/dashboard/settings');
    expect(page.status).toBe(200);
    for (const key of TEXT_SETTING_KEYS) expect(page.text).toContain(`name="${key}"`);
    expect(fieldValue(page.text, 'check-in-offsets')).toBe('4, 24, 72');
    expect(textOf(page.text)).toContain('Watched channels');

    const saved = await browser.post('/dashboard/settings', { 'extra-resources': 'Campus counselling | call 01234 567890 | Mon–Fri 9:00–17:00 | https://example.edu/c', 'retention-days': '14' }, { accept: 'text/html' });
    expect(saved.status).toBe(200);
    expect(textOf(saved.text)).toContain('Settings saved');
    expect(fieldValue(saved.text, 'retention-days')).toBe('14');
    const s = await settingsNow();
    expect(s.retentionDays).toBe(14);
    expect(s.extraResources).toEqual([{ name: 'Campus counselling', phone: '01234 567890', hours: 'Mon–Fri 9:00–17:00', url: 'https://example.edu/c' }]);
    const [entry] = await t.deps.db.select().from(auditLog).where(and(eq(auditLog.action, 'settings.changed'), eq(auditLog.actorRef, sam.user)));
    expect(entry?.detail).toEqual({ keys: ['retention-days', 'extra-resources'] });

    expect((await t.client.command(riley, 'listen', { topic: 'grief', check_in: 'ask' })).status).toBe(200);
    const pane = textOf(await t.client.pane('member'));
    expect(pane).toContain('Campus counselling: call 01234 567890 · Mon–Fri 9:00–17:00');
    expect(pane.indexOf('Samaritans')).toBeGreaterThan(-1);
    expect(pane.indexOf('Samaritans')).toBeLessThan(pane.indexOf('Campus counselling'));
  });

  it('refuses bad values beside their fields, keeps what was typed, and saves nothing', async () => {
    const browser = await samSignedIn();
    const before = await settingsNow();
    const refused = await browser.post('/dashboard/settings', { 'extra-resources': 'X | call 0800 1 | 24/7 | javascript:alert(1)', 'time-zone': 'Mars/Olympus', 'max-sessions': '11' }, { accept: 'text/html' });
    expect(refused.status).toBe(400);
    const text = textOf(refused.text);
    expect(text).toContain('Nothing was saved');
    expect(refused.text).toMatch(/id="setting-extra-resources-problem"[^>]*>[^<]*http:\/\/ or https:\/\//);
    expect(refused.text).toMatch(/id="setting-time-zone-problem"[^>]*>[^<]*IANA/);
    expect(refused.text).toContain('id="setting-max-sessions-problem"');
    expect(fieldValue(refused.text, 'time-zone')).toBe('Mars/Olympus');
    expect(await settingsNow()).toEqual(before);
  });

  it('shows the labels, hints and problems in the language the browser chose', async () => {
    const browser = await samSignedIn();
    const page = await browser.get('/dashboard/settings?lang=de');
    expect(page.text).toContain('<html lang="de">');
    expect(page.text).toMatch(/<label for="setting-time-zone">Zeitzone<\/label>/);
    expect(page.text).toContain('Ein IANA-Name wie Europe/Berlin oder America/New_York.');
    const refused = await browser.post('/dashboard/settings', { 'retention-days': 'bald', 'extra-resources': 'X | call 0800 1 | 24/7 | javascript:alert(1)' }, { accept: 'text/html' });
    expect(refused.status).toBe(400);
    expect(refused.text).toMatch(/id="setting-retention-days-problem"[^>]*>Schreib eine ganze Zahl\.</);
    expect(refused.text).toMatch(/id="setting-extra-resources-problem"[^>]*>[^<]*der Link muss mit http:\/\/ oder https:\/\/ beginnen/);
    // And above the form, core's refusal in the same words.
    expect(textOf(refused.text)).toContain('Geschlossene Anfragen behalten (Tage): Schreib eine ganze Zahl.');
  });

  it('checks the coordinator role on every request: a demoted coordinator cannot save', async () => {
    const browser = await samSignedIn();
    await t.deps.db.update(volunteers).set({ role: 'volunteer' }).where(eq(volunteers.userRef, sam.user));
    const refused = await browser.post('/dashboard/settings', { 'retention-days': '7' }, { accept: 'text/html' });
    expect(refused.status).toBe(401);
    expect((await settingsNow()).retentionDays).toBe(30);
    expect((await new WebClient(t.web.url).get('/dashboard/settings')).status).toBe(401);
  });

  it('lists watched channels and stops watching one', async () => {
    const browser = await samSignedIn();
    expect((await watchChannel(t.deps, sam, { channel: 'web:demo:general', watch: true })).ok).toBe(true);
    expect(textOf((await browser.get('/dashboard/settings')).text)).toContain('web:demo:general');
    const after = await browser.post('/dashboard/settings/unwatch', { channel: 'web:demo:general' }, { accept: 'text/html' });
    expect(after.status).toBe(200);
    expect(textOf(after.text)).toContain('No channel is watched');
    expect((await settingsNow()).watchedChannels).toEqual([]);
  });

  it('shows a volunteer by the display name they set themselves', async () => {
    const browser = await samSignedIn();
    expect(textOf((await browser.get('/dashboard/volunteers')).text)).not.toContain('Alex P.');
    expect((await updateMyProfile(t.deps, demoActor(PEOPLE.alex), { displayName: 'Alex P.' })).ok).toBe(true);
    expect(textOf((await browser.get('/dashboard/volunteers')).text)).toContain('Alex P.');
  });
});
