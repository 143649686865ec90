/**
 * Mentoring's views and StRaW's shipped tool in the pseudo-locale (every catalogue message wrapped in ⟦…⟧):
 * a word outside the brackets was written inline instead of coming from the catalogue (dates and numbers
 * are parameters, so they stand inside). And one mentoring reminder in Spanish, as a mentee reads it.
 */
import { describe, expect, it } from 'vitest';
import { inlineWords, pseudo } from '../support/pseudo.js';
import { words } from '../support/words.js';
import * as mentoring from '../../src/core/mentoring/views.js';
import { consentButtons } from '../../src/core/programmes/consent.js';
import { DEFAULT_STRAW_TOOL, DEFAULT_STRAW_TOOL_WORDS, STRAW } from '../../src/core/straw/definition.js';
import { toolWords } from '../../src/core/programmes/tool.js';
import { LOCALES, localise, t } from '../../src/i18n/index.js';
import { MENTOR_HELP as SLACK_MENTOR_HELP } from '../../src/adapters/slack/mentor-commands.js';
import { STRAW_HELP as SLACK_STRAW_HELP } from '../../src/adapters/slack/straw-commands.js';
import { MENTOR_HELP as DISCORD_MENTOR_HELP } from '../../src/adapters/discord/mentor-commands.js';
import { STRAW_HELP_TEXT } from '../../src/adapters/discord/straw-commands.js';
import { TRIM_HELP_TEXT as DISCORD_TRIM_HELP } from '../../src/adapters/discord/trim-commands.js';
import { HELP as DISCORD_HELP } from '../../src/adapters/discord/commands.js';
import type { TextView } from '../../src/core/views/types.js';

const PAIR = '6c1f3b9e-3d2a-4a7b-9c1e-2f4a5b6c7d8e';
const MENTEE = 'slack:T1:U1';
const MENTOR = 'slack:T1:U2';

const views: Record<string, TextView> = {
  capacity: mentoring.capacitySavedView({ mentor: MENTOR, capacity: 3 }),
  'mentors none': mentoring.mentorsListView([]),
  mentors: mentoring.mentorsListView([
    { userRef: MENTOR, capacity: 2, open: 2 },
    { userRef: MENTEE, capacity: 3, open: 1 },
  ]),
  'pairs none': mentoring.pairsListView([]),
  pairs: mentoring.pairsListView([
    { number: 3, status: 'requested', mentee: MENTEE, mentor: null, rhythmDays: 7, endsOn: null, prompts: 0, differentMentor: true },
    { number: 4, status: 'paused', mentee: MENTEE, mentor: MENTOR, rhythmDays: 10, endsOn: '2027-03-01', prompts: 1, differentMentor: false },
    { number: 5, status: 'active', mentee: MENTEE, mentor: MENTOR, rhythmDays: 28, endsOn: null, prompts: 4, differentMentor: false },
  ]),
  paired: mentoring.pairedView({ number: 3, mentee: MENTEE, mentor: MENTOR, rhythmDays: 14, endsOn: '2027-03-01', firstPrompt: 'Mon, 7 Dec 2026, 10:00' }),
  'paired never': mentoring.pairedView({ number: 3, mentee: MENTEE, mentor: MENTOR, rhythmDays: 14, endsOn: '2027-03-01', firstPrompt: t('mentor.paired.never') }),
  'notice mentee': mentoring.pairedNoticeView({ role: 'mentee', other: MENTOR, pairId: PAIR, rhythmDays: 7, endsOn: '2027-03-01' }),
  'notice mentor': mentoring.pairedNoticeView({ role: 'mentor', other: MENTEE, pairId: PAIR, rhythmDays: 7, endsOn: '2027-03-01' }),
  'prompt mentee': mentoring.promptView({ role: 'mentee', other: MENTOR, pairId: PAIR, rhythmDays: 7, count: 1 }),
  'prompt mentor': mentoring.promptView({ role: 'mentor', other: MENTEE, pairId: PAIR, rhythmDays: 28, count: 3 }),
  requested: mentoring.requestedView(),
  'request notice': mentoring.requestNoticeView(3, true),
  changed: mentoring.changedView(),
  'paused you': mentoring.pausedView('you'),
  'paused other': mentoring.pausedView('other'),
  resumed: mentoring.resumedView('Mon, 7 Dec 2026, 10:00'),
  'resumed none': mentoring.resumedView(t('mentor.resumed.none')),
  'ended mentee': mentoring.endedView('mentee'),
  'ended coordinator': mentoring.endedView('coordinator'),
  withdrawn: mentoring.withdrawnView(),
  'feedback question': mentoring.feedbackQuestionView({ periodOver: true, buttons: consentButtons(PAIR, { yes: t('mentor.feedback.consent.yes'), no: t('mentor.feedback.consent.no') }) }),
  'feedback choice': mentoring.feedbackChoiceView(PAIR),
  'ended for mentor': mentoring.endedForMentorView(MENTEE),
  'feedback shared': mentoring.feedbackSharedView('somewhat'),
  'thanks shared': mentoring.feedbackThanksView(true),
  'thanks nothing': mentoring.feedbackThanksView(false),
  'my mentees': mentoring.myMentoringView({ role: 'mentor', mentees: [{ mentee: MENTEE, status: 'paused' }], capacity: 2 }),
  'my waiting': mentoring.myMentoringView({ role: 'mentee', status: 'requested', mentor: null, rhythmDays: 7, endsOn: null }),
  'my paused': mentoring.myMentoringView({ role: 'mentee', status: 'paused', mentor: MENTOR, rhythmDays: 14, endsOn: '2027-03-01' }),
  'not mentoring': mentoring.notMentoringView(),
  talk: mentoring.talkOpenedView(),
  'slack mentoring help': { text: SLACK_MENTOR_HELP },
  'slack straw help': { text: SLACK_STRAW_HELP },
  'discord mentoring help': { text: DISCORD_MENTOR_HELP },
  'discord straw help': { text: STRAW_HELP_TEXT },
};

describe('the pseudo-locale over mentoring and StRaW', () => {
  it.each(Object.entries(views))('%s has no words outside the catalogue', (_name, view) => {
    expect(inlineWords(view)).toEqual([]);
  });

  it('finds an inline English word (the test can fail)', () => {
    expect(inlineWords({ ...views.requested!, text: 'Inline words' })).toEqual(['Inline', 'words']);
  });

  it("shows StRaW's shipped tool from the catalogue, and a community's own words as they are", () => {
    const shipped = toolWords(STRAW, DEFAULT_STRAW_TOOL);
    const texts = [shipped.name, shipped.source, ...DEFAULT_STRAW_TOOL.items.map((i) => shipped.item(i)), ...DEFAULT_STRAW_TOOL.outcomes.map((o) => shipped.outcome(o.id))];
    expect(texts.every((x) => /^⟦[^⟦⟧]*⟧$/.test(pseudo.text(x)))).toBe(true);
    expect(Object.keys(DEFAULT_STRAW_TOOL_WORDS.items)).toEqual(DEFAULT_STRAW_TOOL.items.map((i) => i.id));
    const own = toolWords(STRAW, { ...DEFAULT_STRAW_TOOL, items: [{ id: 'sleep', text: 'Sleeping badly?', weight: 1 }] });
    expect(own.item({ id: 'sleep', text: 'Sleeping badly?' })).toBe('Sleeping badly?');
  });
});

describe('a mentoring reminder in Spanish', () => {
  it('reaches a Spanish-speaking mentee in Spanish, with the rhythm and the count in words', () => {
    const view = words(mentoring.promptView({ role: 'mentee', other: MENTOR, pairId: PAIR, rhythmDays: 14, count: 2 }), 'es');
    expect(view.title).toBe('Hora de reunirte con tu mentor/a');
    expect(view.text).toBe('Peerline (un bot) os recuerda, cada dos semanas, que os reunáis (n.º 2). Acordad un momento que os vaya bien a ambos.');
    expect(view.buttons?.map((b) => b.label)).toEqual(['Hablar con mi mentor/a']);
  });

  it('reads the same in English as before the catalogue', () => {
    const view = words(mentoring.promptView({ role: 'mentor', other: MENTEE, pairId: PAIR, rhythmDays: 10, count: 2 }));
    expect(view.text).toBe('This is your every 10 days reminder from Peerline (a bot) to meet (number 2). Arrange a time that suits you both.');
    expect(words(mentoring.pairsListView([{ number: 4, status: 'active', mentee: MENTEE, mentor: MENTOR, rhythmDays: 7, endsOn: '2027-03-01', prompts: 1, differentMentor: false }])).fields?.[0]?.value).toBe('#4 active, weekly until 2027-03-01, 1 prompt so far');
  });
});

describe('the mentoring and StRaW help in the reader\'s language', () => {
  it('reads the same in English as before the catalogue (Slack\'s shown without its markup, as it was)', () => {
    const slack = localise(SLACK_MENTOR_HELP, 'en').split('\n');
    expect(slack[0]).toBe('Mentoring — a mentee and a trained mentor (a volunteer, not a clinician) meet regularly for a chosen period. Peerline is a bot: it reminds you both privately and keeps no messages.');
    expect(slack[1]).toBe('/peer mentor — your mentoring: your mentor, or your mentees');
    expect(slack.at(-3)).toBe('/peer mentor pair @mentee @mentor [weekly|fortnightly|four-weekly] [12 weeks] — start a pair (also answers a sign-up)');
    expect(localise(DISCORD_MENTOR_HELP, 'en').split('\n')[1]).toBe('/mentor status — your mentoring: your mentor, or your mentees');
    expect(localise(SLACK_STRAW_HELP, 'en').split('\n')).toContain('/peer straw assign 3 @practitioner · /peer straw close 3 · /peer straw tool save {json}');
    expect(localise(STRAW_HELP_TEXT, 'en').split('\n')).toHaveLength(4);
    expect(localise(STRAW_HELP_TEXT, 'en').split('\n')[0]).toBe('StRaW (Sustaining Resilience at Work), when a coordinator has switched it on: peer support for work stress from trained StRaW practitioners (peers, not counsellors).');
  });

  it('says a line both platforms share in the same words, with each platform\'s command', () => {
    const slack = localise(SLACK_MENTOR_HELP, 'es').split('\n');
    const discord = localise(DISCORD_MENTOR_HELP, 'es').split('\n');
    expect(slack[0]).toBe(discord[0]);
    expect(slack[0]).toMatch(/^Mentoría: una persona mentorizada/);
    expect(slack[3]).toBe('/peer mentor talk — abre una conversación privada con tu mentor');
    expect(discord[3]).toBe('/mentor talk — abre una conversación privada con tu mentor');
  });

  it('keeps the command words the parsers read, and `{json}` as typed, in every language', () => {
    for (const locale of LOCALES) {
      const straw = localise(SLACK_STRAW_HELP, locale);
      expect(straw).toContain('/peer straw tool save {json}');
      expect(straw).toContain('outcome peer-support|signpost|close');
      expect(localise(SLACK_MENTOR_HELP, locale)).toContain('[weekly|fortnightly|four-weekly] [12 weeks]');
      expect(localise(STRAW_HELP_TEXT, locale)).toContain('/straw role add | role remove | roles');
    }
    expect(localise(STRAW_HELP_TEXT, 'de').split('\n')[0]).toBe('StRaW (Sustaining Resilience at Work), wenn Koordinierende es eingeschaltet haben: kollegiale Unterstützung bei Arbeitsstress durch geschulte StRaW-Fachkräfte (Kolleg:innen, keine Therapeut:innen).');
  });

  it("/peer-help on Discord carries TRiM's and StRaW's help in the reader's language, not an English copy", () => {
    const spanish = localise(DISCORD_HELP, 'es');
    expect(spanish).toContain(localise(DISCORD_TRIM_HELP, 'es'));
    expect(spanish).toContain(localise(STRAW_HELP_TEXT, 'es'));
    expect(spanish).not.toContain(localise(STRAW_HELP_TEXT, 'en').split('\n')[0]);
    expect(localise(DISCORD_HELP, 'en')).toContain(localise(STRAW_HELP_TEXT, 'en'));
  });
});
