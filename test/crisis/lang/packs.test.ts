/**
 * The Spanish, Portuguese, French and German rule packs, read through the language-routing entry point
 * (`detectMessage`): every tier, every rule id at least once, and each language's hard negatives
 * (hyperbole, idioms, games, news, third person, supporters). The tables are written for the packs, not
 * taken from any evaluation set.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DETECTORS, detectMessage, TIERS } from '../../../src/crisis/index.js';
import { readTable } from '../tables.js';

for (const lang of ['es', 'pt', 'fr', 'de'] as const) {
  describe(`the ${lang} pack`, () => {
    const rows = readTable(fileURLToPath(new URL(`./${lang}.tsv`, import.meta.url)));

    it('gives each line of its table the tier written beside it', () => {
      const wrong = rows.filter(([tier, text]) => detectMessage(text).tier !== tier);
      expect(wrong).toEqual([]);
    });

    it('covers every tier and hits every one of its rules', () => {
      expect(new Set(rows.map(([tier]) => tier))).toEqual(new Set(TIERS));
      const hit = new Set(rows.flatMap(([, text]) => detectMessage(text).rules));
      const missing = DETECTORS[lang].rules.map((r) => r.id).filter((id) => !hit.has(id));
      expect(missing).toEqual([]);
      for (const rule of DETECTORS[lang].rules) expect(rule.id.startsWith(`${lang}.`)).toBe(true);
    });

    it('reads nearly every line as its language (short lines may go to a neighbour, whose pack reads them too)', () => {
      const placed = rows.filter(([, text]) => detectMessage(text).lang === lang).length;
      expect(placed / rows.length).toBeGreaterThanOrEqual(0.95);
    });
  });
}

describe('languages meet in one tier', () => {
  it('a line mixing Spanish and English is read in both', () => {
    expect(detectMessage('estoy tan cansada de todo, i want to die').tier).toBe('high');
    expect(detectMessage('ya no aguanto más, i want to kill myself tonight').tier).toBe('imminent');
  });

  it('diacritics, ß and œ, and German typed without umlauts, read the same as the plain forms', () => {
    expect(detectMessage('ich möchte sterben').rules).toEqual(['de.intent.want-die']);
    expect(detectMessage('ich moechte sterben').rules).toEqual(['de.intent.want-die']);
    expect(detectMessage('NO QUIERO VIVIR MÁS').tier).toBe('elevated');
    expect(detectMessage('ma sœur veut mourir').tier).toBe('none');
  });
});
