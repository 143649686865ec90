/**
 * Language routing throughput on one core: `detectMessage` (cheap English check, identification,
 * the language's pack, English where it may be in the line) against `detect` (English only), on the
 * detector benchmark's chat corpus alone and with a fifth of its lines replaced by Spanish, Portuguese,
 * French and German chat lines. Also the identifier alone on non-English lines, and how many English
 * lines the cheap check lets skip it. Figures are medians over rounds, by CPU time.
 *
 * `npx tsx test/bench/lang.bench.ts` prints the figures; `npm run bench -- lang` includes them.
 */
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { detect, detectMessage, identify, surelyEnglish } from '../../src/crisis/index.js';
import { corpus } from './detector.bench.js';
import { fmt, median, percentile, runIfMain } from './support.js';

const OTHER = readFileSync(new URL('../crisis/lang/lang-id-lines.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => /^(es|pt|fr|de)\t/.test(l))
  .map((l) => l.slice(3));

/** Messages per second by CPU time, median of `rounds`, after a warm-up. */
function rate(lines: readonly string[], read: (t: string) => unknown, rounds = 5): number {
  for (const l of lines) read(l);
  const seconds: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const c0 = process.cpuUsage();
    for (const l of lines) read(l);
    const used = process.cpuUsage(c0);
    seconds.push((used.user + used.system) / 1e6);
  }
  return lines.length / median(seconds);
}

/** p99 of one call, in microseconds, over every line (timed one by one). */
function p99(lines: readonly string[], read: (t: string) => unknown): number {
  const times: number[] = [];
  for (const l of lines) {
    const t0 = process.hrtime.bigint();
    read(l);
    times.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  return percentile(times.sort((a, b) => a - b), 99);
}

export async function run(): Promise<{ name: string; lines: string[] }> {
  const english = corpus(4 * 1024 * 1024);
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
  const mixed = english.map((l) => (next() < 0.2 ? OTHER[Math.floor(next() * OTHER.length)]! : l));
  const foreign = Array.from({ length: 50_000 }, (_, i) => OTHER[i % OTHER.length]!);
  const skipped = english.filter((l) => surelyEnglish(l)).length / english.length;
  const m = (n: number) => `${fmt(n, 0)} messages/s`;
  return {
    name: 'Language routing (one core, CPU time)',
    lines: [
      `${english.length.toLocaleString('en-GB')} lines of the detector corpus; the cheap English check is sure of ${fmt(skipped * 100)}% of them (the rest go to the identifier)`,
      `English corpus: detect ${m(rate(english, detect))}; detectMessage ${m(rate(english, detectMessage))}; p99 per message ${fmt(p99(english, detectMessage), 1)} µs`,
      `20% es/pt/fr/de lines: detect ${m(rate(mixed, detect))}; detectMessage ${m(rate(mixed, detectMessage))}; p99 per message ${fmt(p99(mixed, detectMessage), 1)} µs`,
      `es/pt/fr/de lines only (${OTHER.length} distinct): identify ${m(rate(foreign, identify))}; detectMessage ${m(rate(foreign, detectMessage))}`,
    ],
  };
}

runIfMain(import.meta.url, run);
