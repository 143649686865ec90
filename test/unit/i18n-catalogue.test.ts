/**
 * The message catalogue (src/i18n): every key of the English source in every language, with the same
 * placeholders (and the same kind of each: a plural stays a plural); plurals and dates by each
 * language's own rules; crisis copy marked for review; and whose language a reader gets.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, en, LOCALE_META, LOCALES, localise, Localiser, type MessageId, resolveLocale, t, toLocale } from '../../src/i18n/index.js';
import { ReaderLocales } from '../../src/core/locales.js';
import { defaultSettings } from '../../src/core/settings.js';
import type { CommunityRecord } from '../../src/core/communities.js';

type Ast = ReturnType<IntlMessageFormat['getAst']>;
/** The ICU parser's element kinds that are not arguments: plain text, and `#` inside a plural. */
const LITERAL = 0;
const POUND = 7;

/** Each argument a message uses, with its kind (argument, select, plural …), nested branches included. */
function placeholders(ast: Ast, into = new Set<string>()): Set<string> {
  for (const el of ast) {
    if ('value' in el && typeof el.value === 'string' && ![LITERAL, POUND].includes(Number(el.type))) into.add(`${el.value}:${el.type}`);
    if ('options' in el) for (const option of Object.values(el.options)) placeholders(option.value, into);
  }
  return into;
}

const parse = (text: string, locale: string) => new IntlMessageFormat(text, locale, undefined, { ignoreTag: true }).getAst();
const IDS = Object.keys(en) as MessageId[];

describe('the catalogue', () => {
  it('has every English key in every language, and nothing else', () => {
    for (const locale of LOCALES) expect(Object.keys(CATALOGUE[locale]).sort(), locale).toEqual([...IDS].sort());
  });

  it('uses the same placeholders, of the same kind, in every language', () => {
    const problems: string[] = [];
    for (const id of IDS) {
      const source = [...placeholders(parse(CATALOGUE.en[id], 'en'))].sort();
      for (const locale of LOCALES) {
        const theirs = [...placeholders(parse(CATALOGUE[locale][id], locale))].sort();
        if (JSON.stringify(theirs) !== JSON.stringify(source)) problems.push(`${locale} ${id}: ${theirs.join(',')} ≠ ${source.join(',')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('leaves no translation identical to the English where words are expected', () => {
    // Short abbreviations and names may be the same ("Note", "{h} h {m} min"); whole sentences may not.
    const words = (text: string) => {
      let bare = text;
      while (/\{[^{}]*\}/.test(bare)) bare = bare.replace(/\{[^{}]*\}/g, ' ');
      return bare.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    };
    const same = LOCALES.filter((l) => l !== 'en').flatMap((l) => IDS.filter((id) => CATALOGUE[l][id] === CATALOGUE.en[id] && words(CATALOGUE.en[id]) > 2).map((id) => `${l} ${id}`));
    expect(same).toEqual([]);
  });

  it('marks every non-English crisis text as needing review by a native-speaking clinician', () => {
    for (const locale of LOCALES) expect(LOCALE_META[locale].crisisReview.status, locale).toBe('needed');
    expect(IDS.filter((id) => id.startsWith('crisis.')).length).toBeGreaterThan(40);
  });
});

describe('plurals, numbers and dates', () => {
  it('says one and many by each language\'s rules', () => {
    expect(localise(t('onDuty.now', { count: 1 }), 'en')).toBe('1 listener is on duty right now.');
    expect(localise(t('onDuty.now', { count: 3 }), 'en')).toBe('3 listeners are on duty right now.');
    expect(localise(t('onDuty.now', { count: 1 }), 'es')).toBe('Hay 1 voluntario de guardia ahora.');
    expect(localise(t('onDuty.now', { count: 4 }), 'es')).toBe('Hay 4 voluntarios de guardia ahora.');
    expect(localise(t('onDuty.now', { count: 2 }), 'fr')).toBe('2 écoutants sont de permanence en ce moment.');
    expect(localise(t('onDuty.now', { count: 1 }), 'de')).toBe('1 Person aus dem Zuhör-Team ist gerade im Dienst.');
    expect(localise(t('onDuty.now', { count: 5 }), 'pt')).toBe('5 voluntários estão de plantão agora.');
    expect(localise(t('listen.form.after', { hours: 1 }), 'en')).toBe('Yes, after 1 hour');
    expect(localise(t('listen.form.after', { hours: 24 }), 'fr')).toBe('Oui, après 24 heures');
    expect(localise(t('listen.form.after', { hours: 1 }), 'de')).toBe('Ja, nach 1 Stunde');
  });

  it('nests texts: a duration inside a sentence, in the reader\'s words', () => {
    const waited = t('longer.waited', { waited: t('duration.hoursMinutes', { h: 1, m: 5 }), again: 'no' });
    expect(localise(waited, 'en')).toBe('You have been waiting 1 h 5 min. I am sorry it is taking this long: our listeners are volunteers, and none has been free yet. The coordinators know.');
    expect(localise(waited, 'de')).toContain('Du wartest seit 1 Std. 5 Min.');
  });

  it('formats dates and numbers by the locale\'s CLDR rules', () => {
    // The catalogue's render step is the one ICU formatter: a message with a date and a number argument.
    const at = new Date(Date.UTC(2026, 11, 24, 12));
    const msgs = { 'offer.note': '{at, date, long} · {n, number}' } as unknown as ConstructorParameters<typeof Localiser>[1];
    const say = (tag: string) => new Localiser(tag, msgs).format('offer.note', { at, n: 1234.5 });
    expect(say('en')).toBe('December 24, 2026 · 1,234.5');
    expect(say('es')).toBe('24 de diciembre de 2026 · 1234,5');
    expect(say('pt')).toBe('24 de dezembro de 2026 · 1.234,5');
    expect(say('fr')).toBe('24 décembre 2026 · 1\u202f234,5');
    expect(say('de')).toBe('24. Dezember 2026 · 1.234,5');
  });
});

describe('whose language', () => {
  const community = (language: 'en' | 'es' | 'fr'): CommunityRecord => ({ ...({} as CommunityRecord), ref: 'slack:T1', settings: { ...defaultSettings(), language } });

  it('maps platform tags to a language Peerline speaks, or none', () => {
    expect(['es-ES', 'es-LA', 'pt-BR', 'en-US', 'fr', 'de-DE', 'DE', 'ja', 'zh-CN', '', null, undefined].map(toLocale)).toEqual(['es', 'es', 'pt', 'en', 'fr', 'de', 'de', null, null, null, null, null]);
  });

  it('takes the person\'s own, else the community\'s default, else English', () => {
    expect(resolveLocale('pt-BR', 'fr')).toBe('pt');
    expect(resolveLocale('ja', 'fr')).toBe('fr');
    expect(resolveLocale(null, 'es')).toBe('es');
    expect(resolveLocale('ja', null)).toBe('en');
    expect(resolveLocale(undefined, 'xx')).toBe('en');
  });

  it('remembers what the platform said about each person, and reads the community default from memory', () => {
    let record: CommunityRecord | null = community('es');
    const locales = new ReaderLocales({ peek: () => record });
    expect(locales.knows('slack:T1:U1')).toBe(false);
    expect(locales.person('slack:T1:U1', 'slack:T1')).toBe('es');
    locales.remember('slack:T1:U1', 'de-DE');
    expect(locales.person('slack:T1:U1', 'slack:T1')).toBe('de');
    locales.remember('slack:T1:U2', 'ja-JP');
    expect(locales.knows('slack:T1:U2')).toBe(true);
    expect(locales.person('slack:T1:U2', 'slack:T1')).toBe('es');
    record = community('fr');
    expect(locales.community('slack:T1')).toBe('fr');
    record = null;
    expect(locales.person('slack:T1:U2', 'slack:T1')).toBe('en');
  });
});
