/**
 * Every member-facing crisis view — all tiers, all languages, every follow-up, for every country in the
 * catalogue and the unknown-country fallback — held to its word limit and to the SAFETY.md checklist:
 * a named line with a number (or a directory that is never "called"), a direct question about safety,
 * a human route, honest that this is a bot and that listeners are peers, and no method words.
 */
import { describe, expect, it } from 'vitest';
import type { SafetyAnswer } from '../../src/core/crisis-answers.js';
import type { HumanRoute } from '../../src/core/crisis-conversation.js';
import { CRISIS_COPY, CRISIS_LANGS, crisisLang, type CrisisLang } from '../../src/core/views/crisis-copy.js';
import { crisisQueuedView, crisisReplyView, noAnswerView, safetyAnswerView, stillHereView, WORD_LIMITS } from '../../src/core/views/crisis.js';
import { dialable } from '../../src/core/views/resources.js';
import type { View } from '../../src/core/views/types.js';
import { createCatalogue, type CountryResources } from '../../src/crisis/index.js';

const catalogue = createCatalogue();
const COUNTRIES: (string | null)[] = [...catalogue.countries(), null];
const ROUTES: HumanRoute[] = ['asking', 'session', 'offer', 'none'];

/** The named line as the copy in `lang` names it: the service's own name in that language, where it has one. */
const nameIn = (r: CountryResources['primary'], lang: CrisisLang): string => (lang === 'en' ? undefined : r.local?.[lang]?.name) ?? r.name;

/** Words a person reads before the buttons: title, text and fields; the line's name counts as one (it is read as a name). */
function words(view: View, name: string): number {
  const all = [view.title ?? '', view.text, ...(view.fields ?? []).flatMap((f) => [f.label, f.value])].join(' ').split(name).join('LINE');
  return all.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Means and methods (SAFETY.md: never discuss methods), in the five copy languages. */
const METHOD_WORDS = [
  'pill', 'pills', 'overdose', 'rope', 'hang', 'hanging', 'jump', 'bridge', 'gun', 'knife', 'blade', 'razor', 'cut', 'cutting', 'poison', 'tablets', 'ligature',
  'pastillas', 'cuerda', 'ahorcar', 'saltar', 'puente', 'pistola', 'cuchillo', 'veneno',
  'comprimidos', 'corda', 'enforcar', 'pular', 'ponte', 'arma', 'faca', 'veneno',
  'médicaments', 'corde', 'pendre', 'sauter', 'pont', 'couteau', 'poison',
  'tabletten', 'seil', 'erhängen', 'springen', 'brücke', 'waffe', 'messer', 'gift',
];

function checklist(view: View, lang: CrisisLang, resources: CountryResources, o: { question: boolean; human: boolean }): string[] {
  const copy = CRISIS_COPY[lang];
  const text = `${view.title ?? ''}\n${view.text}`;
  const problems: string[] = [];
  const primary = resources.primary;
  const numbers = [primary.phone, primary.sms].filter((n): n is string => n !== undefined).map(dialable);
  if (numbers.length > 0) {
    if (!text.includes(nameIn(primary, lang)) || !numbers.some((n) => text.includes(n))) problems.push('names the line with its number');
  } else {
    // A directory is somewhere to look, never something to call.
    if (!text.includes('findahelpline.com')) problems.push('points to the directory');
    if (new RegExp(`${copy.call('').trim()}\\s*findahelpline`, 'i').test(text)) problems.push('calls a directory');
  }
  if (o.question && !text.includes('?')) problems.push('asks a direct question');
  if (o.human && !(/listener|coordinat|coordenad|voluntar|voluntár|écoutant|Zuhör|Begleitung|Koordin|person|pessoa|Mensch/i.test(text) || (view.buttons ?? []).some((b) => b.action === 'pl:crisis-listener'))) problems.push('offers a human route');
  if (!text.includes(copy.bot)) problems.push('says it is a bot and listeners are peers');
  const lower = text.toLowerCase();
  for (const w of METHOD_WORDS) if (new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'u').test(lower)) problems.push(`method word "${w}"`);
  if (/seed notes|not verified|secondary source/i.test(text)) problems.push('internal notes');
  if ((view.buttons ?? []).length > 3) problems.push('at most three options');
  return problems;
}

interface Case {
  readonly name: string;
  readonly view: View;
  readonly limit: number;
  readonly question: boolean;
}

function casesFor(lang: CrisisLang, resources: CountryResources): Case[] {
  const cases: Case[] = [];
  for (const route of ROUTES) {
    const input = { lang, resources, route };
    cases.push({ name: `imminent/${route}`, view: crisisReplyView('imminent', input), limit: WORD_LIMITS.imminent, question: true });
    cases.push({ name: `high/${route}`, view: crisisReplyView('high', input), limit: WORD_LIMITS.high, question: true });
    cases.push({ name: `elevated/${route}`, view: crisisReplyView('elevated', input), limit: WORD_LIMITS.elevated, question: true });
    for (const tier of ['imminent', 'elevated'] as const) cases.push({ name: `still-here/${tier}/${route}`, view: stillHereView(tier, input), limit: WORD_LIMITS.followUp, question: true });
    for (const answer of ['safe', 'unsafe', 'plan', 'unsure', 'other'] as SafetyAnswer[]) {
      // "I'm safe" is thanked, not questioned again.
      cases.push({ name: `answer-${answer}/${route}`, view: safetyAnswerView(answer, 'imminent', input), limit: WORD_LIMITS.followUp, question: answer !== 'safe' });
    }
    cases.push({ name: `answer-unsafe-again/${route}`, view: safetyAnswerView('unsafe', 'high', { ...input, raisedBefore: true }), limit: WORD_LIMITS.followUp, question: true });
    cases.push({ name: `no-answer/${route}`, view: noAnswerView(input), limit: WORD_LIMITS.followUp, question: true });
  }
  for (const onDuty of [0, 1, 3]) {
    for (const coordinatorsTold of [true, false]) {
      const view = crisisQueuedView({ lang, resources, requestId: '00000000-0000-4000-8000-000000000000', onDuty, coordinatorsTold, raised: onDuty === 3 });
      cases.push({ name: `queued/${onDuty}/${String(coordinatorsTold)}`, view, limit: WORD_LIMITS.queued, question: false });
    }
  }
  return cases;
}

describe('crisis copy', () => {
  it('keeps every crisis view, in every language and for every country, within its word limit and the SAFETY.md checklist', () => {
    const failures: string[] = [];
    let checked = 0;
    for (const lang of CRISIS_LANGS) {
      for (const country of COUNTRIES) {
        const resources = catalogue.forCountry(country);
        for (const c of casesFor(lang, resources)) {
          checked += 1;
          const n = words(c.view, nameIn(resources.primary, lang));
          if (n > c.limit) failures.push(`${lang}/${country ?? 'none'}/${c.name}: ${n} words > ${c.limit}`);
          for (const p of checklist(c.view, lang, resources, { question: c.question, human: true })) failures.push(`${lang}/${country ?? 'none'}/${c.name}: ${p}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it('puts the emergency number first and one question in the imminent reply, with at most three buttons', () => {
    const resources = catalogue.forCountry('GB');
    const view = crisisReplyView('imminent', { lang: 'en', resources, route: 'asking' });
    const lines = view.text.split('\n');
    expect(lines[0]).toBe('If you are in danger now, call 999.');
    expect(lines[1]).toBe('Samaritans, 24/7: call 116 123.');
    expect(view.text.match(/\?/g)).toHaveLength(1);
    expect(view.buttons?.map((b) => b.label)).toEqual(["I'm safe", "I'm not safe", 'Not sure']);
    expect(words(view, 'Samaritans')).toBeLessThanOrEqual(60);
  });

  it('never presents the directory as a line to call when the country is unknown', () => {
    for (const lang of CRISIS_LANGS) {
      const view = crisisReplyView('imminent', { lang, resources: catalogue.forCountry(null), route: 'none' });
      expect(view.text).toContain('findahelpline.com');
      expect(view.text).not.toMatch(/(call|llama|ligue|appelez|Anruf)[^.\n]*findahelpline/i);
      expect(view.text).not.toContain('seed notes');
    }
  });

  it('chooses the copy language from the detected language, English otherwise, and keeps the country line', () => {
    expect(crisisLang('es')).toBe('es');
    expect(crisisLang('it')).toBe('en');
    expect(crisisLang(undefined)).toBe('en');
    const view = crisisReplyView('imminent', { lang: 'es', resources: catalogue.forCountry('GB'), route: 'asking' });
    expect(view.text).toContain('¿Estás a salvo ahora mismo?');
    expect(view.text).toContain('116 123');
  });

  it('claims nothing about coordinators or listeners when the community is not known', () => {
    const view = crisisReplyView('imminent', { lang: 'en', resources: catalogue.forCountry('GB'), route: 'none' });
    expect(view.text).not.toMatch(/coordinator|asking a listener/i);
  });
});
