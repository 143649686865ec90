/**
 * eld's language identification (the Efficient Language Detector, Apache-2.0, © Nito T.M.), read from
 * a packed copy of its "small" model (eld-model.ts) with the same steps and the same arithmetic, so
 * it gives the same language, scores and reliability as `eld.detect` for every text (eld-model.test.ts
 * compares the two on every committed line and on text built to reach each edge case).
 *
 * Why not eld itself: eld keeps its model as one JavaScript object with 81,206 string keys (~46 MB of
 * heap, ~150 MB resident, ~1 s to parse) and builds every n-gram as a string for an object look-up.
 * Here an n-gram of up to six one-byte characters is packed into two integers and looked up in an
 * open-addressing table of typed arrays: a few MB, tens of milliseconds to unpack, and several times
 * faster per line (BENCHMARKS.md, "Language identification").
 *
 * eld's steps, kept: text cut to 1,000 characters; every run of non-letters (eld's Unicode letter
 * class) replaced by one space unless the run ends after an apostrophe; trimmed; lower case; encoded
 * as UTF-8 bytes, one character per byte (eld's dictionary), split into words at spaces and cut after
 * ~350 bytes; n-grams of four bytes at a stride of three, the first with a leading space and the
 * last with a trailing one; each distinct n-gram adds its per-language scores; the top language wins,
 * the first of equal ones.
 */
import { AVERAGE_SCORES, HIGH_BYTES, LANGUAGES, NGRAMS, SEPARATORS } from './eld-model.js';

const APOSTROPHE = 0x27;
const BACKTICK = 0x60;
const RIGHT_QUOTE = 0x2019;
const SPACE = 32;
/** eld adds this to every stored score (it stored them less the minimum to save space). */
const BASE_SCORE = 53;
/** eld's scale for its 0–1 scores. */
const SCALE = 25;
const TABLE_BITS = 18;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const SEEN_BITS = 10;
const SEEN_MASK = (1 << SEEN_BITS) - 1;
/** eld cuts the text at the first space after this many bytes, and anywhere after `ENFORCED_CUT`. */
const CUT = 350;
const ENFORCED_CUT = 380;
/** Words are read up to this many bytes. */
const WORD_CAP = 70;

const isApostrophe = (c: number) => c === APOSTROPHE || c === BACKTICK || c === RIGHT_QUOTE;

/** The end of the run of non-letters (to eld) that starts at `i`. */
function separatorEnd(text: string, i: number, letters: Uint8Array): number {
  while (i < text.length && letters[text.charCodeAt(i)] !== 1) i += 1;
  return i;
}

/** The offset of the last character of text[start, end) that is not an apostrophe, or -1 when all are. */
function lastNonApostrophe(text: string, start: number, end: number): number {
  let k = end - 1;
  while (k >= start && isApostrophe(text.charCodeAt(k))) k -= 1;
  return k >= start ? k : -1;
}

/** Whether each BMP character is a letter to eld, from its separator pattern itself (one pass at start-up). */
function letterTable(separators: RegExp): Uint8Array {
  const letters = new Uint8Array(0x10000).fill(1);
  // Each character alone between two letters: where the pattern replaces it, it is not a letter.
  let probe = 'a';
  for (let c = 0; c < 0x10000; c += 1) probe += (c >= 0xd800 && c < 0xe000 ? ' ' : String.fromCharCode(c)) + 'a';
  probe.replace(separators, (run: string, offset: number) => {
    for (let k = 0; k < run.length; k += 1) if ((offset + k) % 2 === 1) letters[(offset + k - 1) / 2] = 0;
    return ' ';
  });
  // Surrogates, apostrophes and the space are not letters (the pattern keeps apostrophes only because a run may not end after one).
  letters.fill(0, 0xd800, 0xe000);
  letters[APOSTROPHE] = 0;
  letters[BACKTICK] = 0;
  letters[RIGHT_QUOTE] = 0;
  letters[SPACE] = 0;
  return letters;
}

/** The result of one identification, read as eld's `LanguageResult`. */
export interface LanguageGuess {
  /** ISO 639-1 code, or '' when no n-gram of the text is known. */
  readonly language: string;
  /** eld's 0–1 score of `lang` (`getScores()[lang]`), 0 when it scored nothing. */
  score(lang: string): number;
  /** eld's `isReliable()`. */
  reliable(): boolean;
}

/** The identifier's tables, as `compileIdentifierTables` unpacks them and the build-time snapshot keeps them. */
export interface IdentifierTables {
  /** Whether each BMP character is a letter to eld (1) or not (0). */
  readonly letters: Uint8Array;
  /** Packed keys: characters 0–3 in `keyA`, 4–5 and the length in `keyB`; `slot` is n-gram + 1, 0 when empty. */
  readonly keyA: Int32Array;
  readonly keyB: Int32Array;
  readonly slot: Int32Array;
  /** Per n-gram, its (language, score + BASE_SCORE) pairs in `langs` / `scores` from `start[i]` to `start[i + 1]`. */
  readonly start: Int32Array;
  readonly langs: Uint8Array;
  readonly scores: Uint16Array;
}

/** Unpacks eld's model (its separator pattern and packed n-grams, eld-model.ts) into the identifier's tables. */
export function compileIdentifierTables(separators: string, ngrams: string): IdentifierTables {
  const letters = letterTable(new RegExp(separators, 'gu'));
  const packed = atob(ngrams.replace(/\s+/g, ''));
  // First pass: count n-grams and pairs.
  let count = 0;
  let pairs = 0;
  for (let p = 0; p < packed.length; ) {
    const length = packed.charCodeAt(p);
    const n = packed.charCodeAt(p + 1 + length);
    p += 2 + length + 2 * n;
    count += 1;
    pairs += n;
  }
  if (count > (1 << TABLE_BITS) / 2) throw new Error('language model: too many n-grams for its table');
  const t = {
    letters,
    keyA: new Int32Array(1 << TABLE_BITS),
    keyB: new Int32Array(1 << TABLE_BITS),
    slot: new Int32Array(1 << TABLE_BITS),
    start: new Int32Array(count + 1),
    langs: new Uint8Array(pairs),
    scores: new Uint16Array(pairs),
  };
  const key = new Uint8Array(6);
  let q = 0;
  let i = 0;
  for (let p = 0; p < packed.length; i += 1) {
    const length = packed.charCodeAt(p);
    key.fill(0);
    for (let k = 0; k < length; k += 1) key[k] = packed.charCodeAt(p + 1 + k);
    const n = packed.charCodeAt(p + 1 + length);
    p += 2 + length;
    t.start[i] = q;
    for (let k = 0; k < n; k += 1, p += 2, q += 1) {
      t.langs[q] = packed.charCodeAt(p);
      t.scores[q] = packed.charCodeAt(p + 1) + BASE_SCORE;
    }
    const a = packA(key);
    const b = packB(key, length);
    let slot = hashOf(a, b) & TABLE_MASK;
    while (t.slot[slot] !== 0) {
      if (t.keyA[slot] === a && t.keyB[slot] === b) throw new Error('language model: an n-gram twice');
      slot = (slot + 1) & TABLE_MASK;
    }
    t.keyA[slot] = a;
    t.keyB[slot] = b;
    t.slot[slot] = i + 1;
  }
  t.start[count] = q;
  return t;
}

/** eld's identifier over a packed model. One instance reuses its buffers: not re-entrant, synchronous. */
export class NgramIdentifier {
  readonly #languages: readonly string[];
  readonly #index = new Map<string, number>();
  readonly #averages: readonly number[];
  readonly #high: Uint8Array;
  readonly #letters: Uint8Array;
  readonly #keyA: Int32Array;
  readonly #keyB: Int32Array;
  readonly #slot: Int32Array;
  readonly #start: Int32Array;
  readonly #langs: Uint8Array;
  readonly #scores: Uint16Array;

  // Per call.
  readonly #sums: Int32Array;
  #bytes = new Uint8Array(512);
  readonly #seenA = new Int32Array(1 << SEEN_BITS);
  readonly #seenB = new Int32Array(1 << SEEN_BITS);
  readonly #seenStamp = new Int32Array(1 << SEEN_BITS);
  #stamp = 0;
  #distinct = 0;
  /** N-grams too long to be in the model (a word of 70+ bytes), compared as strings. */
  readonly #long = new Set<string>();

  /** `tables`: compiled from the same model, or read from the build-time snapshot; taken as they are. */
  constructor(languages: readonly string[], averages: readonly number[], highBytes: string, tables: IdentifierTables) {
    this.#languages = languages;
    languages.forEach((l, i) => this.#index.set(l, i));
    this.#averages = averages;
    this.#sums = new Int32Array(languages.length);
    this.#high = Uint8Array.from(highBytes, (ch) => ch.charCodeAt(0));
    this.#letters = tables.letters;
    this.#keyA = tables.keyA;
    this.#keyB = tables.keyB;
    this.#slot = tables.slot;
    this.#start = tables.start;
    this.#langs = tables.langs;
    this.#scores = tables.scores;
  }

  /** The language of `text` as eld would identify it. */
  detect(text: string): LanguageGuess {
    const words = this.#encode(text);
    this.#sums.fill(0);
    this.#stamp += 1;
    this.#distinct = 0;
    if (this.#long.size > 0) this.#long.clear();
    this.#ngrams(words);
    const sums = this.#sums;
    let top = -1;
    let max = 0;
    for (let l = 0; l < sums.length; l += 1) {
      if (sums[l]! > 0 && sums[l]! > max) {
        max = sums[l]!;
        top = l;
      }
    }
    if (top === -1) return NO_GUESS;
    const distinct = this.#distinct;
    const raw = sums.slice();
    const language = this.#languages[top]!;
    const index = this.#index;
    const average = this.#averages[top]!;
    return {
      language,
      score: (lang) => {
        const l = index.get(lang);
        return l === undefined ? 0 : scaled(raw[l]!, distinct);
      },
      reliable: () => reliable(raw, distinct, average),
    };
  }

  /**
   * eld's text processing into `#bytes`: separators, trim, lower case, UTF-8 bytes written as eld's
   * characters (a byte may be written as a space inside a word, so words are kept as end offsets in
   * `#ends`, not split at spaces). Returns the number of words; eld keeps a word cut by its byte limit.
   */
  #encode(raw: string): number {
    const cut = raw.length > 1000 ? raw.substring(0, 1000) : raw;
    const words = this.#encodeChars(cut, false);
    return words >= 0 ? words : this.#encodeChars(this.#clean(cut), true);
  }

  /**
   * Writes `text` into `#bytes` and `#ends` and returns the number of words. `cleaned`: the text is
   * `#clean`'s (separators already single spaces, trimmed, lower case), so every character is written
   * as it is. Otherwise the separators, trim and lower case are done here in the same pass, without
   * making a string, for text whose letters are all Latin-1 (lower-cased as `toLowerCase` does: A–Z
   * and À–Þ but ×); then -1 for any other letter, and the caller takes the string path.
   */
  #encodeChars(text: string, cleaned: boolean): number {
    if (this.#bytes.length < text.length * 4 + 8) this.#bytes = new Uint8Array(text.length * 4 + 8);
    if (this.#ends.length < text.length + 1) this.#ends = new Int32Array(text.length + 1);
    const letters = this.#letters;
    const out = this.#bytes;
    const ends = this.#ends;
    const high = this.#high;
    let n = 0;
    let words = 0;
    let wordStart = 0;
    let count = 0;
    /** A separator run was replaced by a space, not yet written (one at the start or end is trimmed). */
    let space = false;
    let started = false;
    const length = text.length;
    let i = 0;
    while (i < length) {
      let c = text.charCodeAt(i);
      if (cleaned) {
        i += 1;
        if (c === SPACE) {
          space = true;
          continue;
        }
        if (c >= 0xd800 && c < 0xe000) {
          c = 0x10000 + (((c & 0x3ff) << 10) | (text.charCodeAt(i) & 0x3ff));
          i += 1;
        }
      } else if (letters[c] === 1) {
        if (c >= 0x100) return -1;
        i += 1;
      } else {
        // A run of non-letters: a space if it has anything but apostrophes, then the apostrophes that end it.
        const start = i;
        i = separatorEnd(text, i, letters);
        const lastOther = lastNonApostrophe(text, start, i);
        if (lastOther !== -1 && started) space = true;
        const from = lastOther === -1 ? start : lastOther + 1;
        if (from === i) continue;
        // Apostrophes kept: written like letters.
        c = text.charCodeAt(from);
        i = from + 1;
      }
      if (space) {
        space = false;
        if (n > wordStart) {
          ends[words++] = n;
          wordStart = n;
        }
        if (count > CUT) return words;
        count += 1;
        if (count > ENFORCED_CUT) return words;
      }
      started = true;
      if (c < 0x80) {
        out[n++] = !cleaned && c >= 65 && c <= 90 ? c | 32 : c;
        count += 1;
      } else {
        // Latin-1 (lower-cased unless cleaned); past it, U+2019 alone when not cleaned (an apostrophe kept).
        if (!cleaned && c >= 0xc0 && c <= 0xde && c !== 0xd7) c += 32;
        const end = writeUtf8(out, high, n, c);
        count += end - n;
        n = end;
      }
      if (count > ENFORCED_CUT) break;
    }
    if (n > wordStart) ends[words++] = n;
    return words;
  }

  #ends = new Int32Array(256);

  /**
   * eld's separator replacement, trim and lower case: each run of non-letters becomes one space and
   * keeps the apostrophes that end it (the pattern cannot end a match after one); a run of apostrophes
   * alone stays as it is.
   */
  #clean(text: string): string {
    const letters = this.#letters;
    let out = '';
    let from = 0; // start of the text not yet copied
    let i = 0;
    const length = text.length;
    while (i < length) {
      if (letters[text.charCodeAt(i)] === 1) {
        i += 1;
        continue;
      }
      const start = i;
      i = separatorEnd(text, i, letters);
      const lastOther = lastNonApostrophe(text, start, i);
      if (lastOther !== -1) {
        out += text.slice(from, start) + ' ';
        from = lastOther + 1;
      }
    }
    out = from === 0 ? text : out + text.slice(from);
    return trimSpaces(out).toLowerCase();
  }

  /** eld's n-grams of each of the `words` words in `#bytes`: adds each distinct one's scores. */
  #ngrams(words: number): void {
    let start = 0;
    for (let w = 0; w < words; w += 1) {
      const end = this.#ends[w]!;
      this.#word(start, end);
      start = end;
    }
  }

  #word(start: number, end: number): void {
    const b = this.#bytes;
    const size = end - start;
    const len = size > WORD_CAP ? WORD_CAP : size;
    let j = 0;
    for (; j + 4 < len; j += 3) {
      if (j === 0) this.#add5(SPACE, b[start]!, b[start + 1]!, b[start + 2]!, b[start + 3]!);
      else this.#add4(b[start + j]!, b[start + j + 1]!, b[start + j + 2]!, b[start + j + 3]!);
    }
    // The last: from `len - 4` (the start when the word has three bytes or fewer) to the word's end, then a space.
    const from = len !== 3 && len - 4 > 0 ? len - 4 : 0;
    const tail = size - from + 1 + (j === 0 ? 1 : 0);
    if (tail > 6) {
      let s = j === 0 ? ' ' : '';
      for (let k = start + from; k < end; k += 1) s += String.fromCharCode(b[k]!);
      s += ' ';
      if (!this.#long.has(s)) {
        this.#long.add(s);
        this.#distinct += 1;
      }
      return;
    }
    const key = this.#key;
    let k = 0;
    if (j === 0) key[k++] = SPACE;
    for (let m = start + from; m < end; m += 1) key[k++] = b[m]!;
    key[k++] = SPACE;
    for (let m = k; m < 6; m += 1) key[m] = 0;
    this.#look(packA(key), packB(key, k));
  }

  readonly #key = new Uint8Array(6);

  #add4(c0: number, c1: number, c2: number, c3: number): void {
    this.#look((c0 | (c1 << 8) | (c2 << 16) | (c3 << 24)) | 0, 4 << 16);
  }

  #add5(c0: number, c1: number, c2: number, c3: number, c4: number): void {
    this.#look((c0 | (c1 << 8) | (c2 << 16) | (c3 << 24)) | 0, c4 | (5 << 16));
  }

  /** Counts the n-gram once per text, and adds its scores if the model knows it. */
  #look(a: number, b: number): void {
    const h = hashOf(a, b);
    let s = h & SEEN_MASK;
    while (this.#seenStamp[s] === this.#stamp) {
      if (this.#seenA[s] === a && this.#seenB[s] === b) return;
      s = (s + 1) & SEEN_MASK;
    }
    this.#seenStamp[s] = this.#stamp;
    this.#seenA[s] = a;
    this.#seenB[s] = b;
    this.#distinct += 1;
    let slot = h & TABLE_MASK;
    for (;;) {
      const ngram = this.#slot[slot]!;
      if (ngram === 0) return;
      if (this.#keyA[slot] === a && this.#keyB[slot] === b) {
        const sums = this.#sums;
        const langs = this.#langs;
        const scores = this.#scores;
        for (let q = this.#start[ngram - 1]!, to = this.#start[ngram]!; q < to; q += 1) {
          const l = langs[q]!;
          sums[l] = sums[l]! + scores[q]!;
        }
        return;
      }
      slot = (slot + 1) & TABLE_MASK;
    }
  }
}

const NO_GUESS: LanguageGuess = Object.freeze({ language: '', score: () => 0, reliable: () => false });

const packA = (k: Uint8Array) => (k[0]! | (k[1]! << 8) | (k[2]! << 16) | (k[3]! << 24)) | 0;
const packB = (k: Uint8Array, length: number) => k[4]! | (k[5]! << 8) | (length << 16);
const hashOf = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ (a >>> 15), 0x85ebca77)) >>> 7;

/**
 * Writes code point `c` (0x80 or over) at `out[n]` as its UTF-8 bytes, each as eld's character for it
 * (`high`, from byte 0x80 on); returns the offset after the last byte written.
 */
function writeUtf8(out: Uint8Array, high: Uint8Array, n: number, c: number): number {
  if (c < 0x800) {
    out[n] = high[(0xc0 | (c >> 6)) - 128]!;
    out[n + 1] = high[(0x80 | (c & 0x3f)) - 128]!;
    return n + 2;
  }
  if (c < 0x10000) {
    out[n] = high[(0xe0 | (c >> 12)) - 128]!;
    out[n + 1] = high[(0x80 | ((c >> 6) & 0x3f)) - 128]!;
    out[n + 2] = high[(0x80 | (c & 0x3f)) - 128]!;
    return n + 3;
  }
  out[n] = high[(0xf0 | (c >> 18)) - 128]!;
  out[n + 1] = high[(0x80 | ((c >> 12) & 0x3f)) - 128]!;
  out[n + 2] = high[(0x80 | ((c >> 6) & 0x3f)) - 128]!;
  out[n + 3] = high[(0x80 | (c & 0x3f)) - 128]!;
  return n + 4;
}

/** String.prototype.trim for a text whose only white space left is the space. */
function trimSpaces(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) === SPACE) a += 1;
  while (b > a && s.charCodeAt(b - 1) === SPACE) b -= 1;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** eld's 0–1 score from a raw sum over `distinct` n-grams (0 when the sum is not positive), with eld's arithmetic. */
function scaled(sum: number, distinct: number): number {
  if (sum <= 0) return 0;
  const ngramScore = sum / distinct;
  return ngramScore / (ngramScore + SCALE);
}

/**
 * eld's `isReliable()` with its default ratio, as eld computes it: the languages that scored, by score
 * (a stable sort: equal scores in index order); unreliable with fewer than three n-grams, when the top
 * score is under 75% of the language's average, or when it is within 0.01 of `nextScore` — which eld
 * takes from the second language's index, not its score (kept, to give eld's answers).
 */
function reliable(sums: Int32Array, distinct: number, average: number): boolean {
  const ranked: number[] = [];
  for (let l = 0; l < sums.length; l += 1) if (sums[l]! > 0) ranked.push(l);
  if (ranked.length === 0 || distinct < 3) return false;
  ranked.sort((x, y) => scaled(sums[y]!, distinct) - scaled(sums[x]!, distinct));
  const first = scaled(sums[ranked[0]!]!, distinct);
  const nextScore = ranked.length > 1 ? ranked[1]! : 0;
  return !(average * 0.75 > first || 0.01 > Math.abs(first - nextScore));
}

/** The identifier over eld's "small" model, from its tables (unpacked here by default). */
export function compileIdentifier(tables: IdentifierTables = compileIdentifierTables(SEPARATORS, NGRAMS)): NgramIdentifier {
  return new NgramIdentifier(LANGUAGES, AVERAGE_SCORES, HIGH_BYTES, tables);
}
