/**
 * The project's own sets, kept apart from the shared development set: held-out.tsv and fresh.tsv from
 * the first version of the detector; own-set.tsv, written for the second without running the detector
 * first; own-set-2.tsv and own-set-3.tsv, written the same way once the set before passed;
 * regressions.tsv, lines found by probing afterwards (not blind). Paraphrase, typos, coded forms,
 * obfuscation, and everyday look-alikes from chat, games, code, work, sport, cooking and news.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/crisis/index.js';
import { formatScore, readTable, score, type Row } from './tables.js';

const sets: Record<string, Row[]> = Object.fromEntries(
  ['held-out.tsv', 'fresh.tsv', 'own-set.tsv', 'own-set-2.tsv', 'own-set-3.tsv', 'regressions.tsv'].map((file) => [file, readTable(fileURLToPath(new URL(`./${file}`, import.meta.url)))]),
);
const all = Object.values(sets).flat();

for (const [name, rows] of Object.entries(sets)) {
  describe(name, () => {
    it.each(rows)('%s: %s', (tier, text) => {
      expect(detect(text).tier).toBe(tier);
    });
  });
}

describe('the project sets together', () => {
  it('hold no line twice and none from the development set', async () => {
    const dev = readTable(fileURLToPath(new URL('./crisis-dev.tsv', import.meta.url))).map(([, t]) => t);
    const texts = all.map(([, t]) => t);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.filter((t) => dev.includes(t))).toEqual([]);
  });

  it('reports precision and recall per tier', () => {
    for (const [name, rows] of Object.entries(sets)) console.log(formatScore(name, score(rows)));
    const s = score(all);
    console.log(formatScore('all project sets', s));
    for (const t of s.tiers) expect(t.support, t.tier).toBeGreaterThanOrEqual(30);
    expect(s.correct).toBe(s.total);
  });
});
