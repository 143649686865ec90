/**
 * Words with flags, looked up straight from char codes in a byte buffer (no string is made per word):
 * open addressing on a 32-bit hash, the word checked letter by letter on a hit. The normaliser and the
 * English check each keep one.
 */

/** The hash a word starts from; each char code `c` then makes it `(Math.imul(h, 31) + c) | 0` (callers hash as they read). */
export const WORD_HASH_SEED = 7;

export function wordHash(word: string): number {
  let h = WORD_HASH_SEED;
  for (let k = 0; k < word.length; k += 1) h = (Math.imul(h, 31) + word.charCodeAt(k)) | 0;
  return h;
}

/** A table's contents, as `WordTable.data` gives them and the build-time snapshot keeps them (see crisis-tables.ts). */
export interface WordTableData {
  /** Per slot: the word's hash, its flags (0: empty) and the word ('' when empty). */
  readonly hashes: Int32Array;
  readonly flags: Uint8Array;
  readonly words: string[];
  /** Words held. */
  readonly size: number;
}

export class WordTable {
  readonly #mask: number;
  readonly #hashes: Int32Array;
  readonly #flags: Uint8Array;
  readonly #words: string[];
  readonly #name: string;
  #size: number;

  /**
   * `bits`: the table has 2^bits slots and holds up to half as many words; or a table's `data`, taken
   * as it is (not copied). `name` says whose table, in its error.
   */
  constructor(bits: number | WordTableData, name: string) {
    const slots = typeof bits === 'number' ? 1 << bits : bits.flags.length;
    if ((slots & (slots - 1)) !== 0) throw new Error(`${name}: a table's slots must be a power of two`);
    this.#mask = slots - 1;
    this.#hashes = typeof bits === 'number' ? new Int32Array(slots) : bits.hashes;
    this.#flags = typeof bits === 'number' ? new Uint8Array(slots) : bits.flags;
    this.#words = typeof bits === 'number' ? new Array<string>(slots).fill('') : bits.words;
    this.#size = typeof bits === 'number' ? 0 : bits.size;
    this.#name = name;
  }

  /** The table's contents, shared with it (for the snapshot; do not change them). */
  get data(): WordTableData {
    return { hashes: this.#hashes, flags: this.#flags, words: this.#words, size: this.#size };
  }

  /** Adds `flag` to `word`'s flags (adding the word if new). */
  add(word: string, flag: number): void {
    const hash = wordHash(word);
    let slot = hash & this.#mask;
    while (this.#flags[slot] !== 0 && this.#words[slot] !== word) slot = (slot + 1) & this.#mask;
    if (this.#flags[slot] === 0) {
      if ((this.#size += 1) > (this.#mask + 1) / 2) throw new Error(`${this.#name}: too many words for its table`);
      this.#hashes[slot] = hash;
      this.#words[slot] = word;
    }
    this.#flags[slot] = this.#flags[slot]! | flag;
  }

  /** The slot of the word in buffer[start, end) with this hash, or -1. */
  slot(buffer: Uint8Array, start: number, end: number, hash: number): number {
    const length = end - start;
    for (let slot = hash & this.#mask; this.#flags[slot] !== 0; slot = (slot + 1) & this.#mask) {
      if (this.#hashes[slot] !== hash) continue;
      const word = this.#words[slot]!;
      if (word.length !== length) continue;
      let k = 0;
      while (k < length && word.charCodeAt(k) === buffer[start + k]) k += 1;
      if (k === length) return slot;
    }
    return -1;
  }

  /** The flags of the word in buffer[start, end) with this hash, or 0. */
  flags(buffer: Uint8Array, start: number, end: number, hash: number): number {
    const slot = this.slot(buffer, start, end, hash);
    return slot === -1 ? 0 : this.#flags[slot]!;
  }

  /** The flags in `slot` (from `slot`). */
  flagsAt(slot: number): number {
    return this.#flags[slot]!;
  }

  /** The word in `slot` (from `slot`). */
  wordAt(slot: number): string {
    return this.#words[slot]!;
  }
}
