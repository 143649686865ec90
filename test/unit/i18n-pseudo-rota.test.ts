/**
 * The rota's views, help and dashboard tab rendered in the pseudo-locale (every catalogue message wrapped
 * in ⟦…⟧): a word left outside the brackets was written inline instead of coming from the catalogue. Data
 * (a time zone, a community's name, a calendar address) may stand outside them. Then the words a Spanish
 * and a German reader get, weekday names included, in the community's time zone.
 */
import { describe, expect, it } from 'vitest';
import { inlineWords, pseudo, untranslated } from '../support/pseudo.js';
import { words } from '../support/words.js';
import { describeOccurrence, occurrence } from '../../src/core/rota/occurrences.js';
import { slotText } from '../../src/core/rota/slots.js';
import {
  capView,
  coverageGapView,
  FEED_OFF,
  nextListenerText,
  notNowView,
  reminderView,
  rotaEndedView,
  rotaListView,
  rotaOnDutyView,
  signedUpView,
  slotRemovedView,
  slotSavedView,
  swapAskView,
  swapDoneView,
  swapOfferedView,
  swapTakenView,
  swapUnfilledView,
  withdrawnView,
  type RotaLine,
} from '../../src/core/rota/views.js';
import { ROTA_HELP as SLACK_HELP, parseRotaCommand } from '../../src/adapters/slack/rota-commands.js';
import { ROTA_HELP as DISCORD_HELP } from '../../src/adapters/discord/rota-commands.js';
import { rotaPage } from '../../src/adapters/web/dashboard/rota-page.js';
import { renderShiftFeed } from '../../src/adapters/web/rota-feed.js';
import type { PageFrame } from '../../src/adapters/web/dashboard/pages.js';
import type { RotaGridPage } from '../../src/core/index.js';
import { defaultSettings } from '../../src/core/settings.js';
import type { CommunityRecord } from '../../src/core/communities.js';
import { localise, t, type Text } from '../../src/i18n/index.js';
import type { TextView } from '../../src/core/views/types.js';

const TZ = 'Europe/London';
const SIGNUP = '6c1f3b9e-3d2a-4a7b-9c1e-2f4a5b6c7d8e';
const weekly = { weekdays: [1, 2, 3, 4, 5], onDate: null, startMinute: 18 * 60, durationMinutes: 240, wanted: 2 };
const once = { weekdays: [], onDate: '2026-12-24', startMinute: 22 * 60, durationMinutes: 480, wanted: 1 };
const scattered = { weekdays: [1, 3, 6], onDate: null, startMinute: 9 * 60, durationMinutes: 60, wanted: 1 };
/** Monday 7 December 2026, 18:00–22:00 in London. */
const shift = describeOccurrence(occurrence(weekly, '2026-12-07', TZ), TZ);
const line = (over: Partial<RotaLine>): RotaLine => ({ number: 1, when: shift, date: '2026-12-07', signedUp: 1, wanted: 2, mine: false, offered: false, needed: 0, ...over });
/** Data: numbers with their punctuation, dates and times, the zone, a calendar address. */
const DATA = [TZ, 'https://peerline.example/rota/feed/abc.ics'];
const outside = (view: TextView) => inlineWords(view, DATA).filter((w) => !/^[#(]?[\d:–-]+[),.]?$/.test(w));

const views: Record<string, TextView> = {
  'list, empty': rotaListView({ weeks: 2, timeZone: TZ, lines: [], slots: [] }),
  'list, no shifts': rotaListView({ weeks: 1, timeZone: TZ, lines: [], slots: [t('rota.slot.numbered', { slot: '1', describe: slotText(once) })] }),
  'list, many': rotaListView({
    weeks: 6,
    timeZone: TZ,
    lines: [line({}), line({ mine: true }), line({ mine: true, offered: true }), line({ offered: true, signedUp: 2 }), line({ needed: 3 }), ...Array.from({ length: 40 }, () => line({}))],
    slots: [weekly, once, scattered].map((s, i) => t('rota.slot.numbered', { slot: String(i + 1), describe: slotText(s) })),
  }),
  'slot saved': slotSavedView({ number: 3, describe: slotText(scattered) }),
  'slot removed': slotRemovedView(3),
  'signed up': signedUpView(shift),
  withdrawn: withdrawnView(shift),
  'no cap': capView(null),
  cap: capView(2),
  'evening reminder': reminderView({ when: 'evening', shift }),
  'soon reminder': reminderView({ when: 'soon', shift }),
  'on duty': rotaOnDutyView({ shift, signupId: SIGNUP }),
  ended: rotaEndedView(shift),
  'not now': notNowView(),
  'swap offered, nobody': swapOfferedView({ shift, asked: 0 }),
  'swap offered, three': swapOfferedView({ shift, asked: 3 }),
  'swap ask': swapAskView({ shift, signupId: SIGNUP }),
  'swap taken': swapTakenView(shift),
  'swap done': swapDoneView(shift),
  'swap unfilled': swapUnfilledView({ shift, volunteer: 'slack:T1:U1', mentions: [] }),
  'coverage gap': coverageGapView({ number: 1, shift, needed: 3, signedUp: 1, mentions: [] }),
  'feed off': FEED_OFF,
  'next listener': { text: nextListenerText(new Date('2026-10-26T18:00:00Z'), TZ) },
  'no next listener': { text: nextListenerText(null, TZ) },
  'slack help': { text: SLACK_HELP },
  'discord help': { text: DISCORD_HELP },
};
for (const words of [['signup'], ['add', 'mon-fri'], ['remove'], ['calendar', 'x'], ['cap', 'x'], ['nonsense']]) {
  const cmd = parseRotaCommand(words);
  if (cmd.kind === 'unsupported') views[`slack usage ${words.join(' ')}`] = { text: cmd.reason };
}

describe('the rota in the pseudo-locale', () => {
  it.each(Object.entries(views))('%s has no words outside the catalogue', (_name, view) => {
    expect(outside(view)).toEqual([]);
  });

  it('finds an inline English word among rota data (the test can fail)', () => {
    expect(outside({ text: `${TZ} shifts` })).toEqual(['shifts']);
  });

  it('covers the dashboard tab and the calendar feed', () => {
    const community = { ...({} as CommunityRecord), name: 'Harbour', settings: { ...defaultSettings(), timeZone: TZ } };
    const f: PageFrame = { community, now: new Date('2026-12-08T12:00:00Z'), sessionEnds: new Date('2026-12-08T13:00:00Z'), time: (at) => at.toISOString(), locale: 'en', l: pseudo };
    const days = Array.from({ length: 7 }, (_, i) => `2026-12-${String(7 + i).padStart(2, '0')}`);
    const p = {
      access: {} as RotaGridPage['access'],
      now: f.now,
      week: 2,
      days,
      slots: [{ number: 1, describe: slotText(weekly) }],
      shifts: days.slice(0, 5).map((date, i) => ({ number: 1, ...occurrence(weekly, date, TZ), wanted: 2, signedUp: i % 3, needed: i })),
    } as unknown as RotaGridPage;
    const whole = String(rotaPage(f, p, {}, pseudo));
    // The tab's own part: the dashboard's frame around it (header, tabs, "as of") is the web pages' words.
    const page = whole.slice(whole.indexOf('</p>', whole.indexOf('class="asof"')) + 4, whole.lastIndexOf('</main>')).replace(/<\/?code>/g, '');
    expect(page).toContain('rota-grid');
    // Text between tags, and the words in attributes a reader hears (labels).
    const texts = [...page.matchAll(/>([^<]+)</g), ...page.matchAll(/(?:aria-label|data-label)="([^"]+)"/g)].map((m) => m[1] ?? '');
    const commands = ['/peer rota add', '/peer rota', '/rota add-weekly', '/rota'];
    expect(untranslated(texts, [...commands, TZ, '#1']).filter((w) => !/^[\d:–-]+$/.test(w))).toEqual([]);
    const feed = renderShiftFeed({ name: t('rota.feed.name', { community: 'Harbour' }), locale: 'de', timeZone: TZ, shifts: [{ uid: 'x@peerline', start: new Date('2026-12-07T18:00:00Z'), end: new Date('2026-12-07T22:00:00Z'), summary: t('rota.feed.summary'), description: t('rota.feed.description', { slot: '1' }) }] }, new Date('2026-12-01T00:00:00Z'));
    expect(feed).toContain('SUMMARY;LANGUAGE=de:Peerline-Zuhörschicht');
    expect(feed).toContain('X-WR-CALNAME:Peerline-Schichten · Harbour');
  });
});

describe('the rota in the reader\'s language', () => {
  const say = (text: Text, locale: 'es' | 'de' | 'en') => localise(text, locale);

  it('keeps English as it was', () => {
    expect(say(shift, 'en')).toBe('Mon 7 Dec, 18:00–22:00');
    expect(say(slotText(scattered), 'en')).toBe('Mon, Wed, Sat 09:00–10:00, 1 listener');
    expect(words(reminderView({ when: 'evening', shift })).text).toBe('A reminder: you are on the rota for Mon 7 Dec, 18:00–22:00. If you cannot make it, withdraw or offer it for a swap with the rota command.');
  });

  it('names weekdays and months in German and Spanish, in the community\'s time zone', () => {
    expect(say(shift, 'de')).toBe('Mo., 7. Dez., 18:00–22:00');
    expect(words(reminderView({ when: 'evening', shift }), 'de').text).toBe(
      'Zur Erinnerung: Du stehst im Dienstplan für Mo., 7. Dez., 18:00–22:00. Wenn du nicht kannst, trag dich aus oder biete die Schicht mit dem Befehl rota zum Tausch an.',
    );
    expect(say(slotText(weekly), 'de')).toBe('Mo.–Fr. 18:00–22:00, 2 Personen');
    expect(say(slotText(scattered), 'es')).toBe('lun, mié, sáb 09:00–10:00, 1 voluntario');
    // 23:30 UTC on Sunday 25 October is already Monday in Berlin.
    const late = describeOccurrence(occurrence({ ...weekly, startMinute: 30 }, '2026-10-26', 'Europe/Berlin'), 'Europe/Berlin');
    expect(say(late, 'es')).toBe('lun 26 oct, 00:30–04:30');
    expect(say(nextListenerText(new Date('2026-10-25T23:30:00Z'), 'Europe/Berlin'), 'es')).toBe('Según el calendario de turnos, el próximo voluntario llega el lun, 26 oct 2026, 00:30 (Europe/Berlin).');
  });
});
