/**
 * One normalisation for rules and messages alike, so both meet in the same form: lower-case a–z words
 * separated by single spaces, `|` between sentences, padded with a space at each end so that every
 * phrase match falls on word boundaries. On the way: Unicode compatibility forms (math-bold,
 * full-width), zero-width and format characters, diacritics, look-alike letters from other scripts,
 * emoji that carry meaning, leetspeak next to letters, spaced-out letters, repeated letters
 * ("kiiill" and "kill" both become "kil"), numbers (10 or more read as "many"), chat spellings
 * ("wanna" → "want to") and filler words ("i really just want to …").
 *
 * Every message in a watched channel passes through here, so the common case — ASCII, Latin-1
 * accents, typographic punctuation and emoji — is one loop over char codes with lookup tables into a
 * reused byte buffer. Other scripts, format characters and spaced-out letters take a slower,
 * regex-based preparation first and then the same loop.
 */

import {
  APOSTROPHE,
  BANG,
  BREAK,
  CLASS,
  DIGIT,
  DOT,
  EMOJI_WORDS,
  FILLER,
  LATIN1,
  LEAD,
  LEET,
  LETTER,
  LOOKALIKES,
  PIPE,
  REPLACEMENTS,
  SEP,
  foreignLetter,
  invisible,
  isDigit,
  isLetter,
  symbol,
} from './characters.js';
import { WORD_HASH_SEED, wordHash, WordTable, type WordTableData } from './word-table.js';

/**
 * "s u i c i d e", "k.i.l.l myself": three or more single letters in a row, one separator apart, are
 * one word. A wider gap ("k i l l   m y s e l f") is a gap between words.
 */
const SPACED = /(?<![a-z0-9])[a-z](?:[^a-z0-9\n!?;|][a-z](?![a-z0-9])){2,}/g;

/** The slow path: compatibility forms (math-bold, ligatures, superscripts) split by NFKD, and spaced-out letters joined. */
function prepare(text: string): string {
  let s = text.toLowerCase();
  if (!/^[\x00-\x7f]*$/.test(s)) s = s.normalize('NFKD').toLowerCase();
  // Letters NFKD leaves whole: German ß ("weiß" reads as "weiss"), French œ and æ ("cœur", "sœur").
  if (/[ßœæ]/.test(s)) s = s.replace(/ß/g, 'ss').replace(/œ/g, 'oe').replace(/æ/g, 'ae');
  return s.replace(SPACED, (m) => m.replace(/[^a-z]/g, ''));
}


const SPACE = 32;
const BAR = 124;
const MANY = [109, 97, 110, 121]; // "many": a count of ten or more ("took 30 paracetamol")
const TO = [116, 111];

/** Filler words dropped and chat spellings replaced, both written in normalised form (a–z, no doubled letters). */
export interface NormaliserWords {
  readonly filler?: readonly string[] | undefined;
  readonly spellings?: Readonly<Record<string, string>> | undefined;
  /** Rare words (five letters or more) whose one-letter typos are mended: a letter missing, added, changed, or two swapped ("suicdal", "mysefl"). */
  readonly typos?: readonly string[] | undefined;
  /** Real words one typo away from a `typos` word, never mended ("overdoes" is not "overdose"). */
  readonly notTypos?: readonly string[] | undefined;
}

/**
 * Finds the rare word a one-letter typo stands for. One edit changes a word's set of letters by at most
 * one letter gained and one lost, so a word is compared letter by letter only with the targets of about
 * its length whose letter set (a 26-bit mask) is that close to its own: for nearly every word, no target.
 */
class Typos {
  readonly min: number;
  readonly max: number;
  /** The words mended into (five letters or more, normalised). */
  readonly targets: readonly string[];
  readonly #masks: Int32Array;

  constructor(targets: readonly string[]) {
    for (const t of targets) if (!/^[a-z]{5,}$/.test(t)) throw new Error(`a typo target must be a normalised word of five letters or more: ${t}`);
    this.targets = [...targets];
    this.#masks = Int32Array.from(targets, (t) => [...t].reduce((m, ch) => m | (1 << (ch.charCodeAt(0) - 97)), 0));
    const lengths = targets.map((t) => t.length);
    this.min = Math.min(...lengths) - 1;
    this.max = Math.max(...lengths) + 1;
  }

  /** The target that buf[start, end) is one typo from, or null. */
  mend(buf: Uint8Array, start: number, end: number): string | null {
    let mask = 0;
    for (let k = start; k < end; k += 1) mask |= 1 << (buf[k]! - 97);
    const size = end - start;
    const targets = this.targets;
    for (let i = 0; i < targets.length; i += 1) {
      const t = targets[i]!;
      if (t.length > size + 1 || t.length < size - 1) continue;
      let diff = mask ^ this.#masks[i]!;
      diff &= diff - 1; // at most two bits may differ: clear one, then another, and none may remain
      diff &= diff - 1;
      if (diff !== 0) continue;
      if (oneEdit(buf, start, end, t)) return t;
    }
    return null;
  }
}

/** Whether buf[start, end) and `t` differ by exactly one letter missing, added or changed, or two neighbours swapped. */
function oneEdit(buf: Uint8Array, start: number, end: number, t: string): boolean {
  const m = end - start;
  const n = t.length;
  let i = 0;
  while (i < m && i < n && buf[start + i] === t.charCodeAt(i)) i += 1;
  const same = (wi: number, ti: number) => {
    if (m - wi !== n - ti) return false;
    for (; wi < m; wi += 1, ti += 1) if (buf[start + wi] !== t.charCodeAt(ti)) return false;
    return true;
  };
  if (m === n) {
    if (i === m) return false;
    return same(i + 1, i + 1) || (i + 1 < m && buf[start + i] === t.charCodeAt(i + 1) && buf[start + i + 1] === t.charCodeAt(i) && same(i + 2, i + 2));
  }
  if (m === n + 1) return same(i + 1, i);
  if (m + 1 === n) return same(i, i + 1);
  return false;
}

/** English chat: the default. */
export const ENGLISH_WORDS: NormaliserWords = { filler: FILLER.split(' '), spellings: REPLACEMENTS };

const FILLER_FLAG = 1;
const KEY_FLAG = 2;
const REPLACE_FLAG = 4;
/** A word known to be spelled as meant: never mended as a typo. */
const KNOWN_FLAG = 8;

/** Builds a normaliser's tables from its key words and words (see `Normaliser`). */
function normaliserTables(keyWords: Iterable<string>, words: NormaliserWords): NormaliserTables {
  const table = new WordTable(14, 'normaliser');
  const filler = words.filler ?? [];
  for (const w of words.notTypos ?? []) table.add(w, KNOWN_FLAG);
  for (const w of words.typos ?? []) table.add(w, KNOWN_FLAG);
  const spellings = words.spellings ?? {};
  for (const w of filler) table.add(w, FILLER_FLAG);
  // Table words are matched against normalised words, so a doubled letter could never match.
  for (const w of [...filler, ...Object.keys(spellings)]) if (!/^[a-z]+$/.test(w) || /(.)\1/.test(w)) throw new Error(`not a normalised word: ${w}`);
  const replacements = new Map<string, readonly number[]>();
  for (const [from, to] of Object.entries(spellings)) {
    table.add(from, REPLACE_FLAG);
    replacements.set(from, [...to].map((ch) => ch.charCodeAt(0)));
  }
  const keys = [...keyWords];
  for (const w of keys) table.add(w, KEY_FLAG);
  // Words written for numbers bypass the word table: note here whether they are keys.
  const numberKeys = keys.includes('many') || keys.includes('to');
  return { table: table.data, replacements, typos: words.typos ?? [], hasKeys: keys.length > 0, numberKeys };
}

/** A normaliser's tables, as it builds them and the build-time snapshot keeps them (see `Normaliser.tables`). */
export interface NormaliserTables {
  /** Filler, chat spellings, key words and words known to be spelled as meant, with their flags. */
  readonly table: WordTableData;
  /** Each chat spelling's replacement, as char codes. */
  readonly replacements: ReadonlyMap<string, readonly number[]>;
  /** Typo targets (`NormaliserWords.typos`). */
  readonly typos: readonly string[];
  readonly hasKeys: boolean;
  /** Whether "many" or "to", written for numbers, are key words. */
  readonly numberKeys: boolean;
}

/** Tables, not key words: an iterable has `Symbol.iterator`, tables do not. */
const isTables = (x: Iterable<string> | NormaliserTables): x is NormaliserTables => !(Symbol.iterator in x);

/**
 * Normalises text into a byte buffer it owns and reuses (valid until the next call). Built with the
 * key words of the rules it serves, it also notes whether a message contains any of them, so a caller
 * can skip matching for the great majority of messages that contain none.
 */
export class Normaliser {
  #buffer = new Uint8Array(4096);
  #keySeen = false;
  readonly #hasKeys: boolean;
  readonly #typos: Typos | null;
  readonly #table: WordTable;
  readonly #replacements: ReadonlyMap<string, readonly number[]>;
  readonly #decoder = new TextDecoder('latin1');
  readonly #numberKeys: boolean;

  /**
   * @param keyWords words whose presence `sawKey` reports; or a normaliser's `tables` (then `words` is not read).
   * @param words filler words to drop and chat spellings to replace (both in normalised form); English by default.
   */
  constructor(keyWords: Iterable<string> | NormaliserTables = [], words: NormaliserWords = ENGLISH_WORDS) {
    const tables = isTables(keyWords) ? keyWords : normaliserTables(keyWords, words);
    this.#table = new WordTable(tables.table, 'normaliser');
    this.#replacements = tables.replacements;
    this.#typos = tables.typos.length > 0 ? new Typos(tables.typos) : null;
    this.#hasKeys = tables.hasKeys;
    this.#numberKeys = tables.numberKeys;
  }

  /** The tables this normaliser reads, shared with it (for the snapshot). */
  get tables(): NormaliserTables {
    return { table: this.#table.data, replacements: this.#replacements, typos: this.#typos?.targets ?? [], hasKeys: this.#hasKeys, numberKeys: this.#numberKeys };
  }

  /** The table slot of the word in the buffer's [start, end) with this hash, or -1. */
  #find(start: number, end: number, hash: number): number {
    return this.#table.slot(this.#buffer, start, end, hash);
  }

  /** Normalises `text` into `bytes` and returns the length. */
  run(text: string): number {
    const length = this.#pass(text, false);
    return length >= 0 ? length : this.#pass(prepare(text), true);
  }

  /** The buffer the last `run` wrote. */
  get bytes(): Uint8Array {
    return this.#buffer;
  }

  /** Whether the last text contained a key word (always true when no key words were given). */
  get sawKey(): boolean {
    return this.#keySeen || !this.#hasKeys;
  }

  /** The normalised text as a string (rules, context checks and tests; not the hot path). */
  normalise(text: string): string {
    return this.#decoder.decode(this.#buffer.subarray(0, this.run(text)));
  }

  /**
   * One pass over `text` into the buffer. Returns -1 when the text needs `prepare` first
   * (compatibility forms such as math-bold, characters it does not know, spaced-out letters) and
   * `prepared` is false.
   */
  #pass(text: string, prepared: boolean): number {
    const length = text.length;
    if (this.#buffer.length < length * 6 + 64) this.#buffer = new Uint8Array(length * 6 + 64);
    const buf = this.#buffer;
    let n = 0;
    buf[n++] = SPACE;
    let wordStart = -1; // buffer index of the current word, -1 between words
    let hash = WORD_HASH_SEED;
    let singles = 0; // single-letter words in a row, one character apart ("k i l l")
    let lastSingleEnd = -2;
    let key = false;
    let i = 0;
    let rawStart = 0; // text index where the current word began
    let joinable = false; // the current word follows a letter and one space in the text
    this.#marks.length = 0;
    this.#prevStart = -1;

    for (; i < length; i += 1) {
      const c = text.charCodeAt(i);
      // Lower-case ASCII letters within a word are most of any text: the shortest path.
      if (c >= 97 && c <= 122 && wordStart !== -1) {
        if (buf[n - 1] !== c) {
          buf[n++] = c;
          hash = (Math.imul(hash, 31) + c) | 0;
        }
        continue;
      }
      let letter = 0;
      let cls = SEP;
      if (c < 128) {
        cls = CLASS[c]!;
        if (cls === LETTER) letter = c | 32;
        else if (cls === APOSTROPHE) continue; // "don't" is "dont"
        else if (cls === DIGIT) {
          const prev = text.charCodeAt(i - 1);
          const next = text.charCodeAt(i + 1);
          const sub = LEET[c]!;
          // Leetspeak only next to letters: inside a word ("k1ll"), ending one ("t0", "di3"), or
          // leading three letters ("5uicide"); never "3pm", "800mg", "kill -9".
          if (sub !== 0 && isLetter(prev) ? isLetter(next) || !isDigit(next) : sub !== 0 && !isDigit(prev) && isLetter(next) && isLetter(text.charCodeAt(i + 2)) && isLetter(text.charCodeAt(i + 3))) {
            letter = sub;
          } else {
            let value = 0;
            const from = i;
            while (i < length && isDigit(text.charCodeAt(i))) {
              if (value < 1e6) value = value * 10 + text.charCodeAt(i) - 48;
              i += 1;
            }
            i -= 1;
            // "i want 2 die": a lone 2 between words is "to".
            const two = i === from && c === 50 && text.charCodeAt(i - 1) === SPACE && text.charCodeAt(i + 1) === SPACE && isLetter(text.charCodeAt(i - 2)) && isLetter(text.charCodeAt(i + 2));
            const word = value >= 10 ? MANY : two ? TO : null;
            if (wordStart !== -1) {
              n = this.#endWord(wordStart, n, hash, joinable);
              key ||= this.#lastKey;
              wordStart = -1;
            }
            if (buf[n - 1] !== SPACE) buf[n++] = SPACE;
            if (word !== null) {
              for (let k = 0; k < word.length; k += 1) buf[n++] = word[k]!;
              this.#prevStart = -1;
              buf[n++] = SPACE;
              key ||= this.#numberKeys;
            }
            continue;
          }
        } else if (cls !== SEP) {
          const prev = text.charCodeAt(i - 1);
          const next = text.charCodeAt(i + 1);
          if (cls === BANG || cls === PIPE) {
            if (isLetter(prev) && isLetter(next)) letter = LEET[c]!;
            else cls = BREAK;
          } else if (cls === LEAD) {
            if (isLetter(next) && (isLetter(prev) || (isLetter(text.charCodeAt(i + 2)) && isLetter(text.charCodeAt(i + 3))))) letter = LEET[c]!;
            else cls = SEP;
          } else if (cls === DOT) {
            // A full stop ends a sentence; an ellipsis, "k.i.l.l" or "example.com" does not.
            cls = next === 46 || prev === 46 || (isLetter(prev) && isLetter(next)) ? SEP : BREAK;
          }
        }
      } else if (c <= 0xff && LATIN1[c] !== 0) {
        letter = LATIN1[c]!;
      } else if (c >= 0xff21 && c <= 0xff5a && (c <= 0xff3a || c >= 0xff41)) {
        letter = (c - (c <= 0xff3a ? 0xff21 : 0xff41) + 97) | 0; // full-width letters
      } else if (c === 0x2019 || c === 0x2018 || invisible(c)) {
        continue; // typographic apostrophes, zero-width characters, combining marks
      } else if (LOOKALIKES.has(c)) {
        letter = LOOKALIKES.get(c)!;
      } else if (c === 0xd83c && text.charCodeAt(i + 1) >= 0xdd30 && text.charCodeAt(i + 1) <= 0xdd89 && ((text.charCodeAt(i + 1) - 0xdd30) & 31) < 26) {
        // Squared and negative circled letters (🅺🅸🅻🅻, U+1F130–1F189 in three runs of 26), which NFKD leaves alone.
        letter = 97 + ((text.charCodeAt(i + 1) - 0xdd30) & 31);
        i += 1;
      } else if (foreignLetter(c)) {
        cls = SEP;
      } else {
        const code = c >= 0xd800 && c <= 0xdbff ? (text.codePointAt(i) ?? c) : c;
        const word = EMOJI_WORDS.get(code);
        if (word === undefined && !prepared && !symbol(code)) {
          // Variation selectors and joiners are part of emoji, but between letters they hide a word.
          if ((c !== 0xfe0f && c !== 0x200d) || isLetter(text.charCodeAt(i - 1))) return -1;
        }
        if (code > 0xffff) i += 1;
        if (word !== undefined) {
          if (wordStart !== -1) {
            n = this.#endWord(wordStart, n, hash, joinable);
            key ||= this.#lastKey;
            wordStart = -1;
          }
          if (buf[n - 1] !== SPACE) buf[n++] = SPACE;
          for (let k = 0; k < word.length; k += 1) buf[n++] = word.charCodeAt(k);
          this.#prevStart = -1;
          buf[n++] = SPACE;
          key = true;
          continue;
        }
      }

      if (letter !== 0) {
        if (wordStart === -1) {
          wordStart = n;
          rawStart = i;
          hash = WORD_HASH_SEED;
          // "don t", "i m": an apostrophe typed or cleaned away as a space (see #endWord).
          joinable = i >= 2 && text.charCodeAt(i - 1) === SPACE && isLetter(text.charCodeAt(i - 2));
        } else if (buf[n - 1] === letter) continue; // "sooo" is "so"; "kill" meets "kil"
        buf[n++] = letter;
        hash = (Math.imul(hash, 31) + letter) | 0;
        continue;
      }

      // A separator or a break: end the word, if any.
      if (wordStart !== -1) {
        if (!prepared && i - rawStart === 1) {
          singles = rawStart - lastSingleEnd === 1 ? singles + 1 : 1;
          lastSingleEnd = i;
          if (singles >= 3) return -1;
        }
        n = this.#endWord(wordStart, n, hash, joinable);
        key ||= this.#lastKey;
        wordStart = -1;
      }
      if (cls !== BREAK && (c === 44 || c === 58 || c === 40 || c === 41 || c === 34 || c === 0x2026 || c === 0x2014 || c === 0x2013 || c === 0x201c || c === 0x201d || (c === 46 && !(isLetter(text.charCodeAt(i - 1)) && isLetter(text.charCodeAt(i + 1)))) || (c === 45 && (text.charCodeAt(i - 1) === SPACE || text.charCodeAt(i + 1) === SPACE)))) {
        // A clause break that is not a sentence break: comma, colon, brackets, quotes, dashes, ellipsis.
        if (buf[n - 1] !== SPACE) buf[n++] = SPACE;
        if (this.#marks[this.#marks.length - 1] !== n) this.#marks.push(n);
        continue;
      }
      if (cls === BREAK) {
        singles = 0;
        if (buf[n - 2] !== BAR) {
          if (buf[n - 1] !== SPACE) buf[n++] = SPACE;
          buf[n++] = BAR;
          buf[n++] = SPACE;
        }
      } else if (buf[n - 1] !== SPACE) {
        buf[n++] = SPACE;
      }
    }
    if (wordStart !== -1) {
      if (!prepared && i - rawStart === 1 && rawStart - lastSingleEnd === 1 && singles >= 2) return -1;
      n = this.#endWord(wordStart, n, hash, joinable);
      key ||= this.#lastKey;
    }
    if (buf[n - 1] !== SPACE) buf[n++] = SPACE;
    this.#keySeen = key;
    return n;
  }

  #lastKey = false;
  /** Where the last word kept as written starts in the buffer, or -1 (a break, number or emoji came between). */
  #prevStart = -1;
  /** Clause breaks that are not sentence breaks (comma, colon, dash, …): buffer positions where the next clause starts. */
  readonly #marks: number[] = [];

  /** Clause breaks of the last `run` that are not `|` sentence breaks: positions in `bytes` where a clause starts, ascending. */
  get marks(): readonly number[] {
    return this.#marks;
  }

  /**
   * Ends the word in buffer[start, end): joins an apostrophe's tail typed as a word ("don t" → "dont"),
   * mends a one-letter typo of a rare word, drops filler, applies replacements, notes key words.
   * Returns the new end.
   */
  #endWord(start: number, end: number, hash: number, joinable: boolean): number {
    const buf = this.#buffer;
    const size = end - start;
    if (joinable && this.#prevStart !== -1 && this.#prevStart < start - 1 && size <= 2 && buf[start - 1] === SPACE) {
      const a = buf[start]!;
      const b = size === 2 ? buf[start + 1]! : 0;
      // t m s d l (ll) ve re
      if (size === 1 ? a === 116 || a === 109 || a === 115 || a === 100 || a === 108 : (a === 118 || a === 114) && b === 101) {
        buf[start - 1] = a;
        if (size === 2) buf[start] = b;
        start = this.#prevStart;
        end -= 1;
        hash = WORD_HASH_SEED;
        for (let k = start; k < end; k += 1) hash = (Math.imul(hash, 31) + buf[k]!) | 0;
      }
    }
    let slot = this.#find(start, end, hash);
    if (slot === -1 && this.#typos !== null && end - start >= this.#typos.min && end - start <= this.#typos.max) {
      const target = this.#typos.mend(buf, start, end);
      if (target !== null) {
        for (let k = 0; k < target.length; k += 1) buf[start + k] = target.charCodeAt(k);
        end = start + target.length;
        slot = this.#find(start, end, wordHash(target));
      }
    }
    this.#lastKey = false;
    this.#prevStart = start;
    if (slot === -1) return end;
    const flags = this.#table.flagsAt(slot);
    if ((flags & FILLER_FLAG) !== 0) {
      this.#prevStart = -1;
      return start;
    }
    this.#lastKey = (flags & KEY_FLAG) !== 0;
    if ((flags & REPLACE_FLAG) === 0) return end;
    this.#prevStart = -1;
    const bytes = this.#replacements.get(this.#table.wordAt(slot))!;
    for (let k = 0; k < bytes.length; k += 1) buf[start + k] = bytes[k]!;
    // A replacement's own words may be keys ("ima" → "im going to"): the detector's keys are single
    // rare words, so check each.
    let s = start;
    for (let k = 0; k <= bytes.length; k += 1) {
      if (k === bytes.length || bytes[k] === SPACE) {
        const w = start + k;
        let h = WORD_HASH_SEED;
        for (let j = s; j < w; j += 1) h = (Math.imul(h, 31) + buf[j]!) | 0;
        const found = this.#find(s, w, h);
        if (found !== -1 && (this.#table.flagsAt(found) & KEY_FLAG) !== 0) this.#lastKey = true;
        s = w + 1;
      }
    }
    return start + bytes.length;
  }
}
