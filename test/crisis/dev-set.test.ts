/**
 * The shared development set, copied into the repository as crisis-dev.tsv (its first line names the source). It guided the rules, so it shows that the
 * detector does what it was shown; own-set.test.ts is the better guide to lines it has never seen.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/crisis/index.js';
import { formatScore, readTable, score } from './tables.js';

const rows = readTable(fileURLToPath(new URL('./crisis-dev.tsv', import.meta.url)));

describe('development set (crisis-dev.tsv)', () => {
  it.each(rows)('%s: %s', (tier, text) => {
    expect(detect(text).tier).toBe(tier);
  });

  it('covers every tier, and reports precision and recall per tier', () => {
    const s = score(rows);
    console.log(formatScore('development set', s));
    for (const t of s.tiers) expect(t.support, t.tier).toBeGreaterThan(0);
    expect(s.correct).toBe(s.total);
  });
});
