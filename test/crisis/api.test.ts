/** The detector API that rule packs plug into: compileDetector, signals, detectionOf, tierOf. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileDetector, detect, detectionOf, english, kindMask, kindsOf, tierOf, type RulePack } from '../../src/crisis/index.js';
import { readTable } from './tables.js';

const tiny: RulePack = {
  lang: 'xx',
  rules: [
    { id: 'intent.tiny', kind: 'intent', phrases: ['[quiero|voy a] morir'], firstPerson: true, negatable: true, vetoAfter: ['de risa'] },
    { id: 'time.tiny', kind: 'time', phrases: ['esta noche'] },
  ],
  self: ['yo', 'me'],
  others: ['el', 'ella'],
  negations: ['no', 'nunca'],
  reporting: ['pelicula'],
  common: ['de', 'la', 'que'],
};

describe('compileDetector', () => {
  const d = compileDetector(tiny);

  it('compiles a pack given as data, with its own word lists', () => {
    expect(d.lang).toBe('xx');
    expect(d.detect('quiero morir')).toEqual({ tier: 'high', rules: ['intent.tiny'] });
    expect(d.detect('QUIERO MORIIIR esta noche')).toEqual({ tier: 'imminent', rules: ['intent.tiny', 'time.tiny'] });
    expect(d.detect('no quiero morir').tier).toBe('none');
    expect(d.detect('ella quiero morir').tier).toBe('none');
    expect(d.detect('quiero morir de risa').tier).toBe('none');
    expect(d.detect('la pelicula: quiero morir').tier).toBe('none');
    expect(d.detect('esta noche').tier).toBe('none');
  });

  it('refuses a pack with a rule id twice', () => {
    expect(() => compileDetector({ ...tiny, rules: [...tiny.rules, tiny.rules[0]!] })).toThrow(/twice/);
  });

  it('returns signals that only count beside others, which detect skips', () => {
    expect(kindsOf(d.signals('esta noche').mask)).toEqual(['time']);
    expect(d.signals('hola').mask).toBe(0);
  });
});

describe('signals and tiers', () => {
  it('combines kinds into a tier', () => {
    expect(tierOf(['intent'])).toBe('high');
    expect(tierOf(['intent', 'time'])).toBe('imminent');
    expect(tierOf(['time', 'means', 'goodbye'])).toBe('none');
    expect(tierOf([])).toBe('none');
    expect(kindsOf(kindMask(['plan', 'attempt']))).toEqual(['attempt', 'plan']);
  });

  it('agrees with detect on every line of the project sets', () => {
    const files = ['held-out.tsv', 'fresh.tsv', 'own-set.tsv', 'own-set-2.tsv', 'own-set-3.tsv', 'regressions.tsv'];
    const texts = files.flatMap((f) => readTable(fileURLToPath(new URL(`./${f}`, import.meta.url))).map(([, t]) => t));
    expect(texts.length).toBeGreaterThan(500);
    for (const t of texts) expect(detectionOf(english.signals(t)), t).toEqual(detect(t));
  });

  it('keeps the weak kinds a message carries', () => {
    expect(kindsOf(english.signals('see you tonight').mask)).toEqual(['time']);
    expect(kindsOf(english.signals('i have the pills').mask)).toContain('means');
    expect(english.signals('the build is green').mask).toBe(0);
  });
});
