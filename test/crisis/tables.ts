/** Table-driven detector sets: `tier<TAB>message` per line, `#` comments; and precision/recall per tier. */
import { readFileSync } from 'node:fs';
import { detect, TIERS, type Tier } from '../../src/crisis/index.js';

export type Row = readonly [Tier, string];

export function readTable(path: string): Row[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => {
      const [tier, text, extra] = l.split('\t');
      if (!TIERS.includes(tier as Tier) || text === undefined || extra !== undefined) throw new Error(`bad table line in ${path}: ${l}`);
      return [tier as Tier, text] as const;
    });
}

export interface TierScore {
  readonly tier: Tier;
  readonly precision: number;
  readonly recall: number;
  readonly support: number;
}

/** Precision and recall of each tier, treating the table's tier as the truth. */
export function score(rows: readonly Row[]): { correct: number; total: number; tiers: TierScore[] } {
  const got = rows.map(([, text]) => detect(text).tier);
  const tiers = TIERS.map((tier) => {
    const tp = rows.filter(([want], i) => want === tier && got[i] === tier).length;
    const predicted = got.filter((g) => g === tier).length;
    const support = rows.filter(([want]) => want === tier).length;
    return { tier, precision: predicted === 0 ? 1 : tp / predicted, recall: support === 0 ? 1 : tp / support, support };
  });
  return { correct: rows.filter(([want], i) => want === got[i]).length, total: rows.length, tiers };
}

export function formatScore(name: string, s: ReturnType<typeof score>): string {
  const lines = s.tiers.map((t) => `  ${t.tier.padEnd(9)} precision ${t.precision.toFixed(3)}  recall ${t.recall.toFixed(3)}  (n=${t.support})`);
  return [`${name}: ${s.correct}/${s.total} exact`, ...lines].join('\n');
}
