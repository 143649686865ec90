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
 *   verify <dir>
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
  return bad === 0 ? 0 : 1;
}

function main(argv: string[]): number {
  const [mode, ...args] = argv;
  if (mode === 'prepare-goemotions' && args.length === 2) prepareGoEmotions(args[0]!, args[1]!);
  else if (mode === 'prepare-csv' && args.length === 6) prepareCsv(args[0]!, args[1]!, args[2]!, args[3]!, args[4]!, args[5]!);
  else if (mode === 'prepare-xed' && args.length === 2) prepareXed(args[0]!, args[1]!);
  else if (mode === 'verify' && args.length === 1) return verify(args[0]!);
  else {
    process.stderr.write('usage: split.ts prepare-goemotions DIR OUT | prepare-csv NAME FILE TEXTCOL LABELCOL RISKVALUE OUT | prepare-xed DIR OUT | verify DIR\n');
    return 2;
  }
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
