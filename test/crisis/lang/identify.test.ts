/**
 * Language identification on short chat lines (written for this test: 50 each in English, Spanish,
 * Portuguese, French and German, and a few in Italian, Dutch, Polish, Swedish, Turkish and Russian),
 * and the cheap English check that lets most English lines skip the identifier.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectMessage, identify, languageOf, surelyEnglish } from '../../../src/crisis/index.js';

const lines = readFileSync(new URL('./lang-id-lines.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => l.split('\t') as [string, string]);

describe('identify', () => {
  it('places at least 95% of short chat lines in each pack language, and 90% overall', () => {
    for (const lang of ['en', 'es', 'pt', 'fr', 'de']) {
      const mine = lines.filter(([l]) => l === lang);
      expect(mine.length).toBe(50);
      const right = mine.filter(([, text]) => identify(text).lang === lang).length;
      expect(right / mine.length, lang).toBeGreaterThanOrEqual(0.95);
    }
    const right = lines.filter(([lang, text]) => identify(text).lang === lang).length;
    expect(right / lines.length).toBeGreaterThanOrEqual(0.9);
  });

  it('names the packs it cannot rule out, its own first', () => {
    const { lang, packs } = identify('no dejo de pensar en quitarme la vida');
    expect(lang).toBe('es');
    expect(packs[0]).toBe('es');
  });

  it('counts a line in a language without a pack as unscanned, and a line it cannot place as und, not counted', () => {
    expect(languageOf('non ce la faccio più, voglio morire')).toEqual({ lang: 'it', unscanned: true });
    expect(languageOf('я хочу умереть')).toEqual({ lang: 'ru', unscanned: true });
    expect(languageOf('🙂🙂')).toEqual({ lang: 'und', unscanned: false });
    expect(languageOf('')).toEqual({ lang: 'und', unscanned: false });
  });

  it('still reads an unscanned line with the English rules', () => {
    expect(detectMessage('ciao ragazzi, i want to kill myself')).toMatchObject({ tier: 'high' });
    expect(detectMessage('non ce la faccio più, voglio morire')).toMatchObject({ tier: 'none', lang: 'it', unscanned: true });
  });
});

describe('surelyEnglish', () => {
  it('never claims a line of another language, and is sure of most English lines', () => {
    const claimed = lines.filter(([lang, text]) => lang !== 'en' && surelyEnglish(text)).map(([, t]) => t);
    expect(claimed).toEqual([]);
    const sure = lines.filter(([lang, text]) => lang === 'en' && surelyEnglish(text)).length;
    expect(sure).toBeGreaterThanOrEqual(40);
  });

  it('lets typographic apostrophes and emoji through, and stops at any accented letter or common word of the other packs', () => {
    expect(surelyEnglish('I’m so done with this 😭')).toBe(true);
    expect(surelyEnglish("i don't know")).toBe(true);
    expect(surelyEnglish('i want to die, café')).toBe(false);
    expect(surelyEnglish('quiero morir i just')).toBe(false);
    expect(surelyEnglish('ich will die pizza')).toBe(false);
    expect(surelyEnglish('12:30 ✅')).toBe(false);
    expect(surelyEnglish('voy a suicidarme ok')).toBe(false);
    expect(surelyEnglish('see https://example.com/como/esta for details')).toBe(true);
  });
});
