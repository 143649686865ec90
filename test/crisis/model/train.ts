/**
 * Trains and tunes the learned risk score (logistic regression over hashed word and character n-grams,
 * src/crisis/risk-features.ts) on DEVELOPMENT parts only, and reports what it would add to the rules.
 *
 *   npx tsx test/crisis/model/train.ts cv   [--bits B] [--epochs E] [--l2 L] [--pos W] [--rate R] [--eval FILE]... FILES...
 *   npx tsx test/crisis/model/train.ts fit  [same options] --out WEIGHTS.json FILES...
 *   npx tsx test/crisis/model/train.ts measure --weights WEIGHTS.json --threshold T FILES...
 *   npx tsx test/crisis/model/train.ts speed --weights WEIGHTS.json FILES...
 *
 * FILES for `cv` and `fit` are `label<TAB>text` development files (`*-dev.tsv`, or the project's own
 * written sets; `#` lines are skipped); a `-test.tsv` or `-heldout.tsv` file is refused. `--eval FILE`
 * scores a file with a model trained on all of FILES, without training on it. `cv` scores every line out of fold (5 folds by a hash of the text, so a line never scores
 * itself) and prints, per file and per threshold, the rules alone, the model alone, and the two
 * together (a line counts as flagged when the rules give it a tier OR the model's probability reaches
 * the threshold; the model only ever raises `none`). `fit` trains on every line given and writes the
 * weights (never a line of text) to the named file. `measure` and `speed`: see below. Prints counts
 * only, never a message.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import process from 'node:process';
import { detectMessage } from '../../../src/crisis/index.js';
import { evaluate, type Report } from '../../../src/cli/eval.js';
import { RiskFeatures, RiskModel, type RiskWeights } from './features.js';
import { hardWordsFor } from '../data/split.js';

interface Options {
  bits: number;
  epochs: number;
  l2: number;
  pos: number;
  rate: number;
  out: string | undefined;
  files: string[];
  /** Files only scored, never trained on (by a model trained on every line of `files`). */
  evalFiles: string[];
}

interface Example {
  readonly file: string;
  readonly y: 0 | 1;
  readonly x: Uint32Array;
  readonly fold: number;
  readonly rule: boolean;
  /** A `none` line with a kill/die/suicide word of its language: a hard negative. */
  readonly hard: boolean;
  readonly train: boolean;
}

function parse(args: readonly string[]): Options {
  const o: Options = { bits: 18, epochs: 8, l2: 1e-6, pos: 1, rate: 0.1, out: undefined, files: [], evalFiles: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const num = () => Number(args[++i]);
    if (a === '--bits') o.bits = num();
    else if (a === '--epochs') o.epochs = num();
    else if (a === '--l2') o.l2 = num();
    else if (a === '--pos') o.pos = num();
    else if (a === '--rate') o.rate = num();
    else if (a === '--out') o.out = args[++i];
    else if (a === '--eval') o.evalFiles.push(args[++i]!);
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else o.files.push(a);
  }
  for (const f of [...o.files, ...o.evalFiles]) {
    if (f.endsWith('-test.tsv') || f.endsWith('-heldout.tsv')) throw new Error(`${f}: only development parts and the project's own sets may be used for training and tuning`);
  }
  return o;
}

function load(o: Options): Example[] {
  const features = new RiskFeatures(o.bits);
  const out: Example[] = [];
  const seen = new Set<number>();
  for (const file of [...o.files, ...o.evalFiles]) {
    const train = o.files.includes(file);
    const name = file.includes('/crisis/data/') || file.includes('/splits/') ? basename(file, '-dev.tsv') : file.replace(/^.*test\/crisis\//, '');
    const lang = /(?:^|-|\/)(de|es|fr|pt)(?:-|$|\.tsv)/.exec(name)?.[1] ?? 'en';
    const hardWords = hardWordsFor(lang);
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      const tab = line.indexOf('\t');
      const label = line.slice(0, tab);
      const text = line.slice(tab + 1);
      seen.clear();
      features.each(text, (b) => seen.add(b));
      const fold = createHash('sha256').update(`peerline-risk-model-folds\u0000${text.toLowerCase()}`).digest().readUInt32BE(0) % 5;
      out.push({ train, file: name, y: label === 'none' ? 0 : 1, x: Uint32Array.from(seen), fold, rule: detectMessage(text).tier !== 'none', hard: label === 'none' && hardWords.test(text) });
    }
  }
  return out;
}

/** Logistic regression by AdaGrad with L2, positives weighted by `pos`; a deterministic shuffle per epoch. */
function train(examples: readonly Example[], o: Options): { w: Float64Array; b: number } {
  const size = 1 << o.bits;
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  let b = 0;
  let gb = 1e-8;
  const order = examples.map((_, i) => i);
  let seed = 12345;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5 >>> 0;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const e = examples[k]!;
      let z = b;
      for (const f of e.x) z += w[f]!;
      const p = 1 / (1 + Math.exp(-z));
      const weight = e.y === 1 ? o.pos : 1;
      const g = (p - e.y) * weight;
      for (const f of e.x) {
        const gi = g + o.l2 * w[f]!;
        const sum = g2[f]! + gi * gi;
        g2[f] = sum;
        w[f] = w[f]! - (o.rate * gi) / Math.sqrt(sum);
      }
      gb += g * g;
      b -= (o.rate * g) / Math.sqrt(gb);
    }
  }
  return { w, b };
}

function score(m: { w: Float64Array; b: number }, x: Uint32Array): number {
  let z = m.b;
  for (const f of x) z += m.w[f]!;
  return 1 / (1 + Math.exp(-z));
}

const pct = (a: number, n: number) => (n === 0 ? '—' : `${((100 * a) / n).toFixed(1)}% (${a}/${n})`);

function crossValidate(examples: readonly Example[], o: Options): void {
  const oof = new Float64Array(examples.length);
  for (let fold = 0; fold < 5; fold++) {
    const m = train(examples.filter((e) => e.train && e.fold !== fold), o);
    examples.forEach((e, i) => {
      if (e.train && e.fold === fold) oof[i] = score(m, e.x);
    });
  }
  if (examples.some((e) => !e.train)) {
    const m = train(examples.filter((e) => e.train), o);
    examples.forEach((e, i) => {
      if (!e.train) oof[i] = score(m, e.x);
    });
  }
  const files = [...new Set(examples.map((e) => e.file))];
  const thresholds = (process.env.THRESHOLDS ?? '0.5,0.7,0.8,0.9,0.95').split(',').map(Number);
  process.stdout.write(`options ${JSON.stringify({ ...o, files: undefined })}\n`);
  process.stdout.write(`file | class | rules | ${thresholds.map((t) => `model≥${t} / rules+model`).join(' | ')}\n`);
  for (const file of files) {
    for (const [y, cls] of [[1, 'recall'], [0, 'false alarms'], [2, 'hard negatives']] as const) {
      const idx = examples.map((e, i) => (e.file === file && (y === 2 ? e.hard : e.y === y) ? i : -1)).filter((i) => i >= 0);
      if (idx.length === 0) continue;
      const rules = idx.filter((i) => examples[i]!.rule).length;
      const cells = thresholds.map((t) => {
        const model = idx.filter((i) => oof[i]! >= t).length;
        const both = idx.filter((i) => oof[i]! >= t || examples[i]!.rule).length;
        return `${pct(model, idx.length)} / ${pct(both, idx.length)}`;
      });
      process.stdout.write(`${file} | ${cls} | ${pct(rules, idx.length)} | ${cells.join(' | ')}\n`);
    }
  }
}

/**
 * `measure --weights W --threshold T FILES...`: each file read by `peerline eval`'s own counting
 * (`evaluate` in src/cli/eval.ts) twice in one pass, once with the rules alone (`detectMessage`) and once
 * with the rules and the model (a line the rules leave at `none` becomes `elevated`, rule id
 * `model.risk`, when the model's probability reaches T). Prints one JSON line per file: counts only.
 */
async function measure(args: readonly string[]): Promise<void> {
  let weightsFile: string | undefined;
  let threshold = NaN;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--weights') weightsFile = args[++i];
    else if (args[i] === '--threshold') threshold = Number(args[++i]);
    else files.push(args[i]!);
  }
  if (weightsFile === undefined || !(threshold > 0 && threshold < 1)) throw new Error('measure needs --weights FILE and --threshold between 0 and 1');
  const model = new RiskModel(JSON.parse(readFileSync(weightsFile, 'utf8')) as RiskWeights);
  const brief = (r: Report) => ({ lines: r.lines, recall: r.recall, falseAlarms: r.falseAlarms, detected: r.confusion });
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    async function* each() {
      yield* lines;
    }
    const rules = await evaluate(each(), false, (text) => detectMessage(text));
    const both = await evaluate(each(), false, (text) => {
      const d = detectMessage(text);
      return d.tier === 'none' && model.score(text) >= threshold ? { tier: 'elevated', rules: ['model.risk'], lang: d.lang } : d;
    });
    if (!rules.ok || !both.ok) throw new Error(`${file}: malformed lines`);
    process.stdout.write(`${JSON.stringify({ file: basename(file), threshold, rules: brief(rules.report), rulesAndModel: brief(both.report) })}\n`);
  }
}

/** `speed --weights W FILES...`: the model's cost alone, messages per CPU second over the files' lines (median of 5 passes). */
function speed(args: readonly string[]): void {
  const weightsFile = args[args.indexOf('--weights') + 1]!;
  const files = args.filter((a, i) => a !== '--weights' && args[i - 1] !== '--weights');
  const model = new RiskModel(JSON.parse(readFileSync(weightsFile, 'utf8')) as RiskWeights);
  const texts = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l !== '').map((l) => l.slice(l.indexOf('\t') + 1)));
  const rates: number[] = [];
  const times: number[] = [];
  let sink = 0;
  for (let round = 0; round < 6; round++) {
    const start = process.cpuUsage();
    for (const t of texts) sink += model.score(t);
    const used = process.cpuUsage(start);
    if (round > 0) rates.push(texts.length / ((used.user + used.system) / 1e6));
  }
  for (const t of texts) {
    const s = process.hrtime.bigint();
    sink += model.score(t);
    times.push(Number(process.hrtime.bigint() - s) / 1e3);
  }
  rates.sort((a, b) => a - b);
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
  process.stdout.write(`${texts.length} messages: ${Math.round(rates[2]!)} msg/s (median of 5), p50 ${p(0.5)} µs, p99 ${p(0.99)} µs per message; load ${process.platform === 'linux' ? readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') : '?'} (${sink > 0 ? 'ok' : ''})\n`);
}

async function main(argv: string[]): Promise<void> {
  const [mode, ...rest] = argv;
  if (mode === 'measure') return measure(rest);
  if (mode === 'speed') return speed(rest);
  const o = parse(rest);
  const examples = load(o);
  process.stderr.write(`${examples.length} lines, ${examples.filter((e) => e.y === 1).length} risk\n`);
  if (mode === 'cv') crossValidate(examples, o);
  else if (mode === 'fit') {
    if (o.out === undefined) throw new Error('fit needs --out FILE');
    const m = train(examples.filter((e) => e.train), o);
    writeFileSync(o.out, JSON.stringify({ bits: o.bits, bias: m.b, weights: Array.from(m.w, (v) => Math.round(v * 1e4) / 1e4) }));
  } else throw new Error('usage: train.ts cv|fit [options] FILES...');
}

await main(process.argv.slice(2));
