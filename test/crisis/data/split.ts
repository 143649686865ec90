/**
 * Builds the real-data evaluation sets in this folder (see README.md): converts a source file to
 * `label<TAB>text` lines, applies the filters decided before anyone looked at the lines, and splits
 * each set into a development part (~40 %) and a test part (~60 %).
 *
 * The split is by a seeded hash of each line's normalised text, not by position, so it does not
 * depend on the order of the source and can be re-derived from the committed files alone:
 * `npx tsx test/crisis/data/split.ts verify test/crisis/data` re-splits the union of every committed
 * `<name>-dev.tsv` and `<name>-test.tsv` and checks that each line lands where it is. That mode reads
 * only the folder it is given.
 *
 *   prepare-goemotions <dir with train.tsv dev.tsv test.tsv> <out dir>
 *   prepare-csv <name> <file.csv> <text column> <label column> <risk value> <out dir>
 *   prepare-xed <dir with de/es/fr/pt-projections.tsv> <out dir>
 *   prepare-heldout <name> <file> <text column> <label column> <mapping> <out dir> [options]
 *   verify <dir>
 *
 * `prepare-heldout` builds a set that is **not split**: every line is kept for one measurement at the end
 * (`<name>-heldout.tsv`, and `<name>-hardneg-heldout.tsv` with its `none` lines that carry a kill/die/
 * suicide word of the set's language). The mapping from the source's labels to ours is written on the
 * command line, decided from the dataset's documentation: `Ideation=elevated,Supportive=none,*=drop`
 * (`*` is any other value, `(empty)` an empty cell; `drop` leaves the row out). Options:
 *   --lang en|de|es|fr|pt   language of the hard-negative words (default en)
 *   --tsv                   the file is tab-separated with no header; columns are 0-based numbers
 *   --posts-list            the text column holds a Python list of strings (one row per string)
 *   --also FILE             another file of the same form (repeatable)
 *   --max N                 keep a seeded sample of N lines (and of N hard-negative lines)
 *   --hardneg-only          write only the hard-negative file
 *   --exclude DIR           drop lines whose text is in a `-dev.tsv` / `-test.tsv` file of DIR (repeatable)
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';

export const SEED = 'peerline-crisis-eval-2026-12-06';
export const DEV_FRACTION = 0.4;
export const MAX_CHARS = 300;
/** Share of GoEmotions' ordinary (no keyword) comments kept, to keep the committed set small. */
export const ORDINARY_SAMPLE = 0.25;
/**
 * Kill/die/suicide words (issue 12's "hard negatives"), decided before the split. A GoEmotions comment
 * with one of them goes to the hard-negative set, the others to the ordinary set.
 */
export const HARD_WORDS = /\b(?:kill\w*|die|dies|died|dying|dead|death\w*|suicid\w*|murder\w*|unalive\w*|kms|kys)\b/i;

/**
 * Death/kill/suicide words per language for the XED subtitle sets' hard-negative subsets, decided before
 * the split (the verb forms a subtitle line most often carries; not a rule pack).
 */
export const HARD_WORDS_BY_LANG: Readonly<Record<string, RegExp>> = {
  de: /(?:^|[^\p{L}])(?:töte\p{L}*|getötet|umbr\p{L}*|bring\p{L}* \p{L}+ um|tot|tote[nrs]?|sterb\p{L}*|stirbt|starb\p{L}*|gestorben|selbstmord\p{L}*|suizid\p{L}*|mord\p{L}*|ermord\p{L}*)(?![\p{L}])/iu,
  es: /(?:^|[^\p{L}])(?:mat[aoeé]\p{L}*|muert[oae]s?|muer[eo]s?|mueren|morir\p{L}*|murió|suicid\p{L}*|asesin\p{L}*)(?![\p{L}])/iu,
  fr: /(?:^|[^\p{L}])(?:tu[eé]\p{L}*|mort[es]?|mourir|meur[st]|meurent|suicid\p{L}*|assassin\p{L}*)(?![\p{L}])/iu,
  pt: /(?:^|[^\p{L}])(?:mat[aoeá]\p{L}*|mort[oa]s?|morr\p{L}*|suicid\p{L}*|suicíd\p{L}*|assassin\p{L}*)(?![\p{L}])/iu,
};

export type Label = 'imminent' | 'high' | 'elevated' | 'none';
export const LABELS: readonly Label[] = ['imminent', 'high', 'elevated', 'none'];
export interface Row {
  readonly label: Label;
  readonly text: string;
}

/** One line of text: tabs and line breaks become spaces, runs of spaces one, trimmed. */
export function clean(text: string): string {
  return text.replace(/[\t\r\n\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** The key lines are de-duplicated and split on: lower case, spaces collapsed. */
export function normalise(text: string): string {
  return clean(text).toLowerCase();
}

/** A number in [0, 1) from a seeded SHA-256 of the normalised text. */
export function fraction(salt: string, text: string): number {
  const digest = createHash('sha256').update(`${SEED}\0${salt}\0${normalise(text)}`).digest();
  return digest.readUInt32BE(0) / 2 ** 32;
}

export function part(text: string): 'dev' | 'test' {
  return fraction('split', text) < DEV_FRACTION ? 'dev' : 'test';
}

/**
 * The filters, in order: cleaned to one line; empty lines dropped; longer than MAX_CHARS dropped (chat
 * length); duplicates (same normalised text) kept once, and dropped entirely when their labels differ.
 */
export function filter(rows: readonly Row[]): { rows: Row[]; dropped: Record<string, number> } {
  const dropped = { empty: 0, long: 0, duplicate: 0, conflicting: 0 };
  const byKey = new Map<string, { row: Row; conflict: boolean }>();
  for (const raw of rows) {
    const text = clean(raw.text);
    if (text === '') {
      dropped.empty++;
      continue;
    }
    if ([...text].length > MAX_CHARS) {
      dropped.long++;
      continue;
    }
    const key = normalise(text);
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, { row: { label: raw.label, text }, conflict: false });
    else {
      dropped.duplicate++;
      if (seen.row.label !== raw.label) seen.conflict = true;
    }
  }
  const kept: Row[] = [];
  for (const { row, conflict } of byKey.values()) {
    if (conflict) dropped.conflicting++;
    else kept.push(row);
  }
  return { rows: kept, dropped };
}

function tsv(rows: readonly Row[]): string {
  return rows.map((r) => `${r.label}\t${r.text}\n`).join('');
}

function counts(rows: readonly Row[]): string {
  const by = new Map<string, number>();
  for (const r of rows) by.set(r.label, (by.get(r.label) ?? 0) + 1);
  return `${rows.length} lines (${[...by.entries()].sort().map(([l, n]) => `${l} ${n}`).join(', ')})`;
}

/** Writes `<name>-dev.tsv` and `<name>-test.tsv`; prints counts only, never a line. */
export function writeSplit(name: string, rows: readonly Row[], outDir: string): void {
  const dev = rows.filter((r) => part(r.text) === 'dev');
  const test = rows.filter((r) => part(r.text) === 'test');
  writeFileSync(join(outDir, `${name}-dev.tsv`), tsv(dev));
  writeFileSync(join(outDir, `${name}-test.tsv`), tsv(test));
  process.stdout.write(`${name}: dev ${counts(dev)}; test ${counts(test)}\n`);
}

/** A small RFC 4180 reader: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(source: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records.filter((r) => !(r.length === 1 && r[0] === ''));
}

function prepareGoEmotions(dir: string, outDir: string): void {
  const ordinary: Row[] = [];
  const hard: Row[] = [];
  for (const file of ['train.tsv', 'dev.tsv', 'test.tsv']) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (line === '') continue;
      const text = line.split('\t')[0]!;
      (HARD_WORDS.test(text) ? hard : ordinary).push({ label: 'none', text });
    }
  }
  const o = filter(ordinary);
  const h = filter(hard);
  process.stderr.write(`goemotions filters: ordinary dropped ${JSON.stringify(o.dropped)}, hard dropped ${JSON.stringify(h.dropped)}\n`);
  writeSplit('goemotions-ordinary', o.rows.filter((r) => fraction('sample', r.text) < ORDINARY_SAMPLE), outDir);
  writeSplit('goemotions-hardneg', h.rows, outDir);
}

/** A binary-labelled CSV: the risk value maps to `elevated` (tier unknown), any other value to `none`. */
function prepareCsv(name: string, file: string, textColumn: string, labelColumn: string, riskValue: string, outDir: string): void {
  const [header, ...records] = parseCsv(readFileSync(file, 'utf8'));
  if (header === undefined) throw new Error(`${file}: empty`);
  const t = header.indexOf(textColumn);
  const l = header.indexOf(labelColumn);
  if (t < 0 || l < 0) throw new Error(`${file}: columns ${textColumn}/${labelColumn} not in ${JSON.stringify(header)}`);
  let malformed = 0;
  const rows: Row[] = [];
  for (const r of records) {
    const text = r[t];
    const label = r[l]?.trim();
    if (text === undefined || label === undefined || r.length !== header.length) {
      malformed++;
      continue;
    }
    rows.push({ label: label === riskValue ? 'elevated' : 'none', text });
  }
  const f = filter(rows);
  process.stderr.write(`${name} filters: malformed ${malformed}, dropped ${JSON.stringify(f.dropped)}\n`);
  writeSplit(name, f.rows, outDir);
  // The hard negatives of a risk-labelled set: its `none` lines with a kill/die/suicide word.
  writeSplit(`${name}-hardneg`, f.rows.filter((r) => r.label === 'none' && HARD_WORDS.test(r.text)), outDir);
}

/**
 * XED subtitle lines (`text<TAB>emotion ids`, CRLF): every line `none` (not risk-labelled); rows that are
 * not exactly text and a list of ids are skipped as malformed.
 */
function prepareXed(dir: string, outDir: string): void {
  for (const lang of ['de', 'es', 'fr', 'pt']) {
    let malformed = 0;
    const rows: Row[] = [];
    for (const line of readFileSync(join(dir, `${lang}-projections.tsv`), 'utf8').split(/\r?\n/)) {
      if (line === '') continue;
      const fields = line.split('\t');
      if (fields.length !== 2 || !/^[0-9, ]+$/.test(fields[1]!.trim())) {
        malformed++;
        continue;
      }
      rows.push({ label: 'none', text: fields[0]! });
    }
    const f = filter(rows);
    process.stderr.write(`xed-${lang} filters: malformed ${malformed}, dropped ${JSON.stringify(f.dropped)}\n`);
    writeSplit(`xed-${lang}`, f.rows, outDir);
    writeSplit(`xed-${lang}-hardneg`, f.rows.filter((r) => HARD_WORDS_BY_LANG[lang]!.test(r.text)), outDir);
  }
}

/** A source label mapped to ours, or left out. */
export type Mapped = Label | 'drop';

/**
 * Reads a mapping written as `value=label,value=label,*=label` (`*` for every other value, `(empty)` for an
 * empty cell; labels are ours or `drop`). Values are compared after trimming, case-sensitively.
 */
export function parseMapping(spec: string): Map<string, Mapped> {
  const mapping = new Map<string, Mapped>();
  for (const entry of spec.split(',')) {
    const eq = entry.lastIndexOf('=');
    const written = entry.slice(0, eq).trim();
    const value = written === '(empty)' ? '' : written;
    const label = entry.slice(eq + 1).trim();
    if (eq <= 0 || written === '' || !(label === 'drop' || (LABELS as readonly string[]).includes(label))) {
      throw new Error(`mapping entry ${JSON.stringify(entry)} is not value=imminent|high|elevated|none|drop`);
    }
    if (mapping.has(value)) throw new Error(`mapping gives ${JSON.stringify(value)} twice`);
    mapping.set(value, label as Mapped);
  }
  return mapping;
}

/** The label a source value maps to; undefined when neither it nor `*` is in the mapping. */
export function mapLabel(mapping: ReadonlyMap<string, Mapped>, value: string): Mapped | undefined {
  return mapping.get(value.trim()) ?? mapping.get('*');
}

const PY_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '\n': '' };

/**
 * A Python list literal of strings, as written by `str(list)` (the C-SSRS set's `Post` column): single or
 * double quotes, backslash escapes (\n \t \r \\ \' \" \xNN \uNNNN \UNNNNNNNN). Undefined if it is not one.
 */
export function parsePyStringList(source: string): string[] | undefined {
  const out: string[] = [];
  let i = 0;
  const ws = (): void => {
    while (i < source.length && /\s/.test(source[i]!)) i++;
  };
  ws();
  if (source[i] !== '[') return undefined;
  i++;
  ws();
  if (source[i] === ']') {
    i++;
    ws();
    return i === source.length ? out : undefined;
  }
  for (;;) {
    ws();
    if (source[i] === 'u' || source[i] === 'U') i++;
    const quote = source[i];
    if (quote !== "'" && quote !== '"') return undefined;
    i++;
    let text = '';
    for (;;) {
      if (i >= source.length) return undefined;
      const c = source[i]!;
      if (c === quote) {
        i++;
        break;
      }
      if (c !== '\\') {
        text += c;
        i++;
        continue;
      }
      const e = source[i + 1];
      if (e === undefined) return undefined;
      const width = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
      if (width > 0) {
        const hex = source.slice(i + 2, i + 2 + width);
        if (!new RegExp(`^[0-9a-fA-F]{${width}}$`).test(hex)) return undefined;
        text += String.fromCodePoint(parseInt(hex, 16));
        i += 2 + width;
      } else {
        text += PY_ESCAPES[e] ?? `\\${e}`;
        i += 2;
      }
    }
    out.push(text);
    ws();
    if (source[i] === ',') {
      i++;
      ws();
      if (source[i] === ']') break; // a trailing comma
      continue;
    }
    if (source[i] === ']') break;
    return undefined;
  }
  i++;
  ws();
  return i === source.length ? out : undefined;
}

/** The kill/die/suicide words for a language's hard-negative subset. */
export function hardWordsFor(lang: string): RegExp {
  if (lang === 'en') return HARD_WORDS;
  const words = HARD_WORDS_BY_LANG[lang];
  if (words === undefined) throw new Error(`no hard-negative words for language ${JSON.stringify(lang)}`);
  return words;
}

/** A seeded sample of at most `max` rows (those with the smallest hash), in their original order. */
export function sample(name: string, rows: readonly Row[], max: number | undefined): Row[] {
  if (max === undefined || rows.length <= max) return [...rows];
  const keyed = rows.map((row, index) => ({ row, index, key: fraction(`heldout-sample:${name}`, row.text) }));
  keyed.sort((a, b) => a.key - b.key || a.index - b.index);
  return keyed
    .slice(0, max)
    .sort((a, b) => a.index - b.index)
    .map((k) => k.row);
}

/** The normalised texts of every `-dev.tsv` and `-test.tsv` file in a folder. */
function splitTexts(dir: string): Set<string> {
  const keys = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('-dev.tsv') || f.endsWith('-test.tsv'))) {
    for (const row of readTsv(join(dir, file))) keys.add(normalise(row.text));
  }
  return keys;
}

export interface HeldoutOptions {
  readonly lang: string;
  readonly tsv: boolean;
  readonly postsList: boolean;
  readonly also: readonly string[];
  readonly max: number | undefined;
  readonly hardnegOnly: boolean;
  readonly exclude: readonly string[];
}

function column(header: readonly string[] | undefined, spec: string, file: string): number {
  if (header === undefined) {
    if (!/^\d+$/.test(spec)) throw new Error(`${file}: with --tsv, columns are 0-based numbers, not ${JSON.stringify(spec)}`);
    return Number(spec);
  }
  const i = header.indexOf(spec);
  if (i < 0) throw new Error(`${file}: column ${spec} not in ${JSON.stringify(header)}`);
  return i;
}

/** The source rows of a held-out set, mapped; prints counts only, never a line. */
export function readHeldoutSource(
  files: readonly string[],
  textColumn: string,
  labelColumn: string,
  mapping: ReadonlyMap<string, Mapped>,
  options: Pick<HeldoutOptions, 'tsv' | 'postsList'>,
): { rows: Row[]; malformed: number; unmapped: number; dropped: number } {
  const rows: Row[] = [];
  let malformed = 0;
  let unmapped = 0;
  let dropped = 0;
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    let header: string[] | undefined;
    let records: string[][];
    if (options.tsv) records = source.split(/\r?\n/).filter((l) => l !== '').map((l) => l.split('\t'));
    else [header, ...records] = parseCsv(source);
    if (!options.tsv && header === undefined) throw new Error(`${file}: empty`);
    const t = column(header, textColumn, file);
    const l = column(header, labelColumn, file);
    const width = header?.length ?? records[0]?.length ?? 0;
    for (const r of records) {
      const text = r[t];
      const value = r[l];
      if (text === undefined || value === undefined || r.length !== width) {
        malformed++;
        continue;
      }
      const label = mapLabel(mapping, value);
      if (label === undefined) {
        unmapped++;
        continue;
      }
      if (label === 'drop') {
        dropped++;
        continue;
      }
      if (!options.postsList) {
        rows.push({ label, text });
        continue;
      }
      const posts = parsePyStringList(text);
      if (posts === undefined) {
        malformed++;
        continue;
      }
      for (const post of posts) rows.push({ label, text: post });
    }
  }
  return { rows, malformed, unmapped, dropped };
}

function writeHeldout(file: string, rows: readonly Row[]): void {
  writeFileSync(file, tsv(rows));
  process.stdout.write(`${file.split('/').pop()}: ${counts(rows)}\n`);
}

/** Builds `<name>-heldout.tsv` (unless hard negatives only) and `<name>-hardneg-heldout.tsv`. */
function prepareHeldout(name: string, file: string, textColumn: string, labelColumn: string, spec: string, outDir: string, options: HeldoutOptions): void {
  const mapping = parseMapping(spec);
  const hard = hardWordsFor(options.lang);
  const source = readHeldoutSource([file, ...options.also], textColumn, labelColumn, mapping, options);
  if (source.unmapped > 0) throw new Error(`${name}: ${source.unmapped} rows have a label value the mapping does not name (add one, or *=...)`);
  const f = filter(source.rows);
  const seen = new Set<string>();
  for (const dir of options.exclude) for (const key of splitTexts(dir)) seen.add(key);
  const kept = f.rows.filter((r) => !seen.has(normalise(r.text)));
  process.stderr.write(
    `${name} filters: malformed ${source.malformed}, mapped to drop ${source.dropped}, dropped ${JSON.stringify(f.dropped)}, already in a dev/test set ${f.rows.length - kept.length}\n`,
  );
  if (!options.hardnegOnly) writeHeldout(join(outDir, `${name}-heldout.tsv`), sample(name, kept, options.max));
  // A set with no `none` line (a risk-only subset) has no hard negatives: no file is written for it.
  if (kept.some((r) => r.label === 'none')) {
    writeHeldout(join(outDir, `${name}-hardneg-heldout.tsv`), sample(`${name}-hardneg`, kept.filter((r) => r.label === 'none' && hard.test(r.text)), options.max));
  }
}

function parseHeldoutOptions(args: readonly string[]): HeldoutOptions {
  let lang = 'en';
  let tsv = false;
  let postsList = false;
  let max: number | undefined;
  let hardnegOnly = false;
  const also: string[] = [];
  const exclude: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (): string => {
      const v = args[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--lang') lang = value();
    else if (a === '--tsv') tsv = true;
    else if (a === '--posts-list') postsList = true;
    else if (a === '--hardneg-only') hardnegOnly = true;
    else if (a === '--also') also.push(value());
    else if (a === '--exclude') exclude.push(value());
    else if (a === '--max') {
      const v = value();
      if (!/^[1-9]\d*$/.test(v)) throw new Error(`--max needs a positive whole number, not ${JSON.stringify(v)}`);
      max = Number(v);
    } else throw new Error(`unknown option ${a}`);
  }
  hardWordsFor(lang);
  return { lang, tsv, postsList, also, max, hardnegOnly, exclude };
}

function readTsv(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const tab = l.indexOf('\t');
      return { label: l.slice(0, tab) as Label, text: l.slice(tab + 1) };
    });
}

/** Re-splits the union of each committed pair and checks that every line is where the hash puts it. */
function verify(dir: string): number {
  let bad = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('-dev.tsv')).sort()) {
    const name = file.slice(0, -'-dev.tsv'.length);
    const dev = readTsv(join(dir, `${name}-dev.tsv`));
    const test = readTsv(join(dir, `${name}-test.tsv`));
    const misplaced = dev.filter((r) => part(r.text) !== 'dev').length + test.filter((r) => part(r.text) !== 'test').length;
    const keys = new Set([...dev, ...test].map((r) => normalise(r.text)));
    const duplicates = dev.length + test.length - keys.size;
    process.stdout.write(`${name}: dev ${dev.length}, test ${test.length}, misplaced ${misplaced}, duplicates ${duplicates}\n`);
    bad += misplaced + duplicates;
  }
  // Held-out sets are not split: each must hold no duplicate, only our labels, chat-length lines, and no
  // line of a committed dev or test file (so nobody has read them while writing rules).
  const split = splitTexts(dir);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('-heldout.tsv')).sort()) {
    const rows = readTsv(join(dir, file));
    const keys = new Set(rows.map((r) => normalise(r.text)));
    const duplicates = rows.length - keys.size;
    const invalid = rows.filter((r) => !LABELS.includes(r.label) || r.text === '' || r.text !== clean(r.text) || [...r.text].length > MAX_CHARS).length;
    const inSplit = [...keys].filter((k) => split.has(k)).length;
    process.stdout.write(`${file.slice(0, -'.tsv'.length)}: lines ${rows.length}, duplicates ${duplicates}, invalid ${invalid}, in a dev/test set ${inSplit}\n`);
    bad += duplicates + invalid + inSplit;
  }
  return bad === 0 ? 0 : 1;
}

function main(argv: string[]): number {
  const [mode, ...args] = argv;
  if (mode === 'prepare-goemotions' && args.length === 2) prepareGoEmotions(args[0]!, args[1]!);
  else if (mode === 'prepare-csv' && args.length === 6) prepareCsv(args[0]!, args[1]!, args[2]!, args[3]!, args[4]!, args[5]!);
  else if (mode === 'prepare-xed' && args.length === 2) prepareXed(args[0]!, args[1]!);
  else if (mode === 'prepare-heldout' && args.length >= 6) prepareHeldout(args[0]!, args[1]!, args[2]!, args[3]!, args[4]!, args[5]!, parseHeldoutOptions(args.slice(6)));
  else if (mode === 'verify' && args.length === 1) return verify(args[0]!);
  else {
    process.stderr.write('usage: split.ts prepare-goemotions DIR OUT | prepare-csv NAME FILE TEXTCOL LABELCOL RISKVALUE OUT | prepare-xed DIR OUT |\n' +
        '       prepare-heldout NAME FILE TEXTCOL LABELCOL MAPPING OUT [--lang L] [--tsv] [--posts-list] [--also FILE] [--max N] [--hardneg-only] [--exclude DIR] |\n' +
        '       verify DIR\n');
    return 2;
  }
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
