/**
 * The web pages rendered in the pseudo-locale (every catalogue message wrapped in ⟦…⟧): a word left
 * outside the brackets on the dashboard or the playground was written inline instead of coming from the
 * catalogue. Data (names, topics, tags, times, the commands as typed) may stand outside them.
 * Scope: the dashboard's queue, volunteers and statistics pages, the sign-in and refusal pages, and the
 * playground with every pane, and the settings page with its form, a refused save's problems beside the fields.
 */
import { describe, expect, it } from 'vitest';
import { pseudo, untranslated } from '../support/pseudo.js';
import { defaultSettings } from '../../src/core/settings.js';
import { applySettingsText, type CommunitySettings, fail, TEXT_SETTINGS, type TextView } from '../../src/core/index.js';
import type { QueuedRequest, StaffMember } from '../../src/db/queries/dashboard.js';
import { askAgain, COMMAND, notice, nowPage, signInPage, statsPage, volunteersPage, type PageFrame } from '../../src/adapters/web/dashboard/pages.js';
import { coverage, ZonedCalendar } from '../../src/adapters/web/dashboard/figures.js';
import { settingsPage } from '../../src/adapters/web/dashboard/settings-page.js';
import { DEMO_COMMUNITY, DEMO_PEOPLE } from '../../src/adapters/web/demo.js';
import { html } from '../../src/adapters/web/html.js';
import { playgroundPage } from '../../src/adapters/web/playground/page.js';
import type { PaneState } from '../../src/adapters/web/playground/panes.js';
import { WebWorkspace } from '../../src/adapters/web/store.js';
import { LOCALE_NAMES } from '../../src/i18n/index.js';

const now = new Date('2026-11-23T10:07:00Z');
const settings: CommunitySettings = { ...defaultSettings(), timeZone: 'Europe/London', watchedChannels: ['slack:T1:C9'] };
const community = { id: 'c1', ref: 'web:demo', name: 'Peerline demo', settings };
const f: PageFrame = { community, now, sessionEnds: new Date(now.getTime() + 4 * 3_600_000), time: () => 'TIME', locale: 'en', l: pseudo };
const words = { locale: 'en' as const, l: pseudo };

const queue: QueuedRequest[] = [
  { topic: 'grief', urgency: 'crisis', anonymous: true, createdAt: new Date(now.getTime() - 3_900_000) },
  { topic: 'stress', urgency: 'routine', anonymous: false, createdAt: new Date(now.getTime() - 30_000) },
];
const member = (number: number, over: Partial<StaffMember>): StaffMember => ({
  id: `v${number}`,
  name: `Volunteer ${number}`,
  displayName: null,
  number,
  role: 'volunteer',
  tags: [],
  trainingValidUntil: null,
  capacity: 1,
  dutySince: null,
  openSessions: 0,
  ...over,
});
const staff: StaffMember[] = [
  member(1, { role: 'coordinator', dutySince: new Date(now.getTime() - 600_000), tags: ['grief', 'stress'] }),
  member(2, { displayName: 'Alex', trainingValidUntil: '2026-12-14', dutySince: new Date(now.getTime() - 90_000_000), openSessions: 1, capacity: 2 }),
  member(3, { trainingValidUntil: '2026-11-01' }),
  member(4, { trainingValidUntil: '2026-11-23' }),
  member(5, { trainingValidUntil: '2027-11-23' }),
];

/** Names, topics, tags, dates, the time zone and commands as typed: what a page shows as it was given. */
const DATA = [
  'Peerline demo', 'Peerline', 'Europe/London', 'ja', ...settings.topics, 'TIME', 'grief', 'stress', 'Alex', 'Jordan', 'Riley', 'Sam', '#volunteers', 'slack:T1:C9',
  ...Object.values(LOCALE_NAMES), ...Object.values(COMMAND), '/dashboard', '/duty on', '/duty off', '/duty status', '/rota', '/stats', '/volunteers', 'web:demo:sam',
];

/** The words a person reads on a page: its text, and the labels and titles read aloud. */
function texts(page: string): string[] {
  const attributes = [...page.matchAll(/\s(?:aria-label|data-label|title|data-failed|data-silent|data-new)="([^"]*)"/g)].map((m) => m[1] ?? '');
  const body = page.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]+>/g, ' ');
  return [body, ...attributes].map((t) => t.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
}

const outside = (page: unknown) => untranslated(texts(String(page)), DATA);

describe('the web pages in the pseudo-locale', () => {
  it('the dashboard: every word of the queue, volunteers and statistics pages comes from the catalogue', () => {
    expect(outside(nowPage(f, queue, staff))).toEqual([]);
    expect(outside(nowPage(f, queue, []))).toEqual([]);
    expect(outside(nowPage(f, [], staff))).toEqual([]);
    expect(outside(volunteersPage(f, staff, '2026-11-23'))).toEqual([]);
    const calendar = new ZonedCalendar('Europe/London');
    const cells = coverage([now, new Date(now.getTime() - 86_400_000)], [{ start: now.getTime() - 7_200_000, end: now.getTime() }], calendar);
    const stats = {
      days: 30,
      stats: { requests: 3, accepted: 1, cancelled: 1, noListener: 1, waitP50: { ms: 420_000, over: false }, waitP90: { ms: 7_200_000, over: true }, crisisEvents: 2, unscanned: [{ lang: 'ja', n: 2 }], byTopic: [] },
      waits: [0, 1, 0, 0, 0, 0, 1],
      coverage: cells,
      coverageWeeks: 4,
      planned: Array.from({ length: 168 }, (_, i) => (i === 10 ? 2 : i === 11 ? 1 : 0)),
      outcomes: [{ date: '2026-11-23', accepted: 1, cancelled: 1, expired: 1, waiting: 0 }],
      crisis: [{ week: '2026-11-23', elevated: 1, high: 1, imminent: 0 }],
    };
    expect(outside(statsPage(f, stats as unknown as Parameters<typeof statsPage>[1]))).toEqual([]);
    expect(outside(statsPage(f, { ...stats, stats: { ...stats.stats, waitP50: null, waitP90: { ms: 30_000, over: true }, unscanned: [] } } as unknown as Parameters<typeof statsPage>[1]))).toEqual([]);
  });

  it('the dashboard: the sign-in, refusal and settings pages', () => {
    expect(outside(signInPage(pseudo.format('dash.signIn.title'), '/dashboard/sign-in', 'tok', 4, words))).toEqual([]);
    expect(outside(notice(pseudo.format('dash.refused.session'), html`<p>${pseudo.format('dash.refused.session.why')}</p>${askAgain(words)}`, words))).toEqual([]);
    expect(outside(settingsPage(f, settings))).toEqual([]);
    expect(outside(settingsPage(f, { ...settings, watchedChannels: [] }))).toEqual([]);
    // A refused save: what was typed stays in the form (data), each problem beside its field and above the form.
    const typed = { language: 'xx', 'retention-days': 'forever', 'extra-resources': 'Helpline | phone | 24/7' };
    const checked = applySettingsText(settings, typed);
    const problems = checked.ok ? [] : checked.problems;
    expect(problems).toHaveLength(3);
    const outcome = fail<TextView>('bad-input', { id: 'settings-invalid', problems: problems.map((p) => ({ label: TEXT_SETTINGS[p.setting].label, message: p.message, hint: TEXT_SETTINGS[p.setting].hint })) });
    expect(untranslated(texts(String(settingsPage(f, settings, { typed, problems, outcome }))), [...DATA, 'Helpline | phone | 24/7'])).toEqual([]);
  });

  it('the playground: the page and every pane, with a session space, a message and a mention', () => {
    const store = new WebWorkspace();
    store.openSpace({ ref: 'web:demo:space:1', community: DEMO_COMMUNITY, title: 'grief', participants: [DEMO_PEOPLE.member.ref, DEMO_PEOPLE.alex.ref], openedAt: now, closed: false });
    store.openSpace({ ref: 'web:demo:space:2', community: DEMO_COMMUNITY, title: 'stress', participants: [DEMO_PEOPLE.alex.ref], openedAt: now, closed: true });
    store.append('web:demo:space:1', { kind: 'person', ref: 'web:demo:m1', author: DEMO_PEOPLE.member.ref, text: 'grief', at: now, toBot: false });
    store.append(DEMO_PEOPLE.member.ref, { kind: 'person', ref: 'web:demo:m2', author: DEMO_PEOPLE.member.ref, text: 'stress', at: now, toBot: true });
    store.append(DEMO_PEOPLE.alex.ref, { kind: 'person', ref: 'web:demo:m3', author: DEMO_PEOPLE.member.ref, text: 'stress', at: now, toBot: true });
    store.append(DEMO_PEOPLE.member.ref, { kind: 'bot', ref: 'web:demo:m4', view: { title: 'grief', text: 'stress', tone: 'crisis', links: [{ label: 'Sam', url: 'https://example.org' }, { label: 'Sam', url: 'Jordan' }] }, at: now, onlyVisibleTo: DEMO_PEOPLE.member.ref });
    store.append(DEMO_PEOPLE.sam.ref, { kind: 'mention', ref: 'web:demo:m5', channel: 'web:demo:volunteers', message: 'web:demo:m4', title: 'grief', at: now });
    const state: PaneState = { stale: new Map(), dutySince: new Map([[DEMO_PEOPLE.alex.ref, now], [DEMO_PEOPLE.jordan.ref, null]]) };
    const page = playgroundPage({ store, time: () => 'TIME', l: pseudo }, settings, 'TIME', state);
    expect(outside(page)).toEqual([]);
    // And with nothing yet in any pane.
    expect(outside(playgroundPage({ store: new WebWorkspace(), time: () => 'TIME', l: pseudo }, settings, 'TIME', { stale: new Map(), dutySince: new Map() }))).toEqual([]);
  });
});
