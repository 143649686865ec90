/**
 * The classes of misses and hard negatives the second-generation rules address (issue 12), each a
 * section of classes.tsv: preparations, indirect goodbyes, phrase variants, clause scope, negation
 * and pronoun scope, misspellings and slang, hyperbole with a time, history, third person and news;
 * then each step of the C-SSRS ladder, hopelessness, burden and entrapment, and hard negatives.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detect, TIERS, type Tier } from '../../src/crisis/index.js';

const sections = new Map<string, [Tier, string][]>();
let current = '';
for (const line of readFileSync(fileURLToPath(new URL('./classes.tsv', import.meta.url)), 'utf8').split('\n')) {
  if (line.startsWith('# ') && !line.includes('issue 12') && !line.includes('classes.test')) current = line.slice(2);
  if (line.trim() === '' || line.startsWith('#')) continue;
  const [tier, text] = line.split('\t') as [Tier, string];
  if (!TIERS.includes(tier)) throw new Error(`bad line: ${line}`);
  sections.set(current, [...(sections.get(current) ?? []), [tier, text]]);
}

describe('second-generation rules, by class', () => {
  it('has every class', () => {
    expect([...sections.keys()]).toEqual([
      'preparations', 'indirect goodbyes', 'variants', 'clause scope', 'negation and pronoun scope', 'misspellings and slang', 'hyperbole + time', 'historical', 'third person / news / supporters / code',
      // The C-SSRS ladder, then hopelessness, burden and entrapment, then hard negatives.
      'wish to be dead', 'non-specific thoughts', 'method', 'intent', 'plan', 'preparatory', 'attempt', 'hopelessness / burden / entrapment', 'hard negatives', 'hyperbole', 'preparations, word order', 'accidents and history, more', 'wish to be dead, more',
      // Second round (issue 12, classes read from the development parts of the real-data sets).
      'round 2: wish to be dead', 'round 2: why go on', 'round 2: cannot hold on', 'round 2: thoughts of death', 'round 2: considering suicide', 'round 2: method with intent', 'round 2: ways to die', 'round 2: a note written', 'round 2: worthlessness beside risk', 'round 2: something stupid',
    ]);
  });
  for (const [name, rows] of sections) {
    describe(name, () => {
      it.each(rows)('%s: %s', (tier, text) => {
        expect(detect(text).tier).toBe(tier);
      });
    });
  }
});
