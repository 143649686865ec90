/**
 * A small Aho–Corasick automaton over the normalised alphabet (a–z, space, `|`), compiled to a full
 * transition table so matching is one array read per character, whatever the number of phrases.
 */
const ALPHABET = 28;
const SYMBOL = new Int8Array(128).fill(-1);
for (let c = 97; c <= 122; c += 1) SYMBOL[c] = c - 97;
SYMBOL[32] = 26;
SYMBOL[124] = 27;

export interface Match {
  /** Index of the phrase in the list the automaton was built from. */
  readonly phrase: number;
  /** Index in the text just past the match. */
  readonly end: number;
}

/** An automaton's tables, as `compileAutomaton` builds them and the build-time snapshot keeps them. */
export interface AutomatonTables {
  /**
   * Per state and symbol, the next state. 16-bit when the states fit (the packs compile to 15,000–53,000):
   * five automata are kept for the life of the process, and half the bytes is half the resident memory
   * (13.7 → 6.8 MB for the five packs) with the same one read per character.
   */
  readonly delta: Uint16Array | Int32Array;
  /** Per state, the head of its output chain (an index into the two arrays below), or -1. */
  readonly out: Int32Array;
  /** Output chain entries: the phrase, and the next entry (-1 ends the chain). */
  readonly outPhrase: Int32Array;
  readonly outLink: Int32Array;
}

/** Compiles `phrases` (normalised: a–z, space, `|`) into an automaton's tables. Throws on another character. */
export function compileAutomaton(phrases: readonly string[]): AutomatonTables {
  // The trie's transitions in one flat table (-1: none), grown by doubling: an array per state made
  // ~12 MB of short-lived garbage for the English pack alone, at start-up.
  let trie = new Int32Array(1024 * ALPHABET).fill(-1);
  let n = 1;
  /** The phrases that end at each state that has any, in the order given. */
  const ends = new Map<number, number[]>();
  phrases.forEach((phrase, index) => {
    let state = 0;
    for (let i = 0; i < phrase.length; i += 1) {
      const sym = SYMBOL[phrase.charCodeAt(i)] ?? -1;
      if (sym < 0) throw new Error(`phrase has a character outside the alphabet: ${JSON.stringify(phrase)}`);
      let next = trie[state * ALPHABET + sym]!;
      if (next === -1) {
        if ((n + 1) * ALPHABET > trie.length) {
          const bigger = new Int32Array(trie.length * 2).fill(-1);
          bigger.set(trie);
          trie = bigger;
        }
        next = n;
        n += 1;
        trie[state * ALPHABET + sym] = next;
      }
      state = next;
    }
    const here = ends.get(state);
    if (here === undefined) ends.set(state, [index]);
    else here.push(index);
  });
  const delta = n <= 0x10000 ? new Uint16Array(n * ALPHABET) : new Int32Array(n * ALPHABET);
  const fail = new Int32Array(n);
  // Breadth-first: each state's failure link and full transitions come from shallower states.
  const queue = new Int32Array(n);
  let tail = 0;
  for (let s = 0; s < ALPHABET; s += 1) {
    const next = trie[s]!;
    delta[s] = next === -1 ? 0 : next;
    if (next !== -1) queue[tail++] = next;
  }
  for (let head = 0; head < tail; head += 1) {
    const state = queue[head]!;
    for (let s = 0; s < ALPHABET; s += 1) {
      const next = trie[state * ALPHABET + s]!;
      if (next === -1) {
        delta[state * ALPHABET + s] = delta[fail[state]! * ALPHABET + s]!;
      } else {
        fail[next] = delta[fail[state]! * ALPHABET + s]!;
        delta[state * ALPHABET + s] = next;
        queue[tail++] = next;
      }
    }
  }
  // Output chains: a state's own phrases, then those of the nearest failure state that has any.
  const outPhrases: number[] = [];
  const outLink: number[] = [];
  const firstOut = new Int32Array(n).fill(-1);
  for (let k = -1; k < tail; k += 1) {
    const state = k < 0 ? 0 : queue[k]!;
    const inherited = state === 0 ? -1 : firstOut[fail[state]!]!;
    let head = inherited;
    const own = ends.get(state) ?? [];
    for (let e = own.length - 1; e >= 0; e -= 1) {
      outPhrases.push(own[e]!);
      outLink.push(head);
      head = outPhrases.length - 1;
    }
    firstOut[state] = head;
  }
  return { delta, out: firstOut, outPhrase: Int32Array.from(outPhrases), outLink: Int32Array.from(outLink) };
}

export class AhoCorasick {
  readonly #delta: Uint16Array | Int32Array;
  readonly #out: Int32Array;
  readonly #outPhrase: Int32Array;
  readonly #outLink: Int32Array;

  /** An automaton over compiled (or snapshot) tables, taken as they are. */
  constructor(tables: AutomatonTables) {
    this.#delta = tables.delta;
    this.#out = tables.out;
    this.#outPhrase = tables.outPhrase;
    this.#outLink = tables.outLink;
  }

  /** Every phrase occurrence in the first `length` bytes of `bytes` (ASCII), in order of where it ends. */
  matchBytes(bytes: Uint8Array, length: number): Match[] | null {
    let found: Match[] | null = null;
    const delta = this.#delta;
    const out = this.#out;
    let state = 0;
    for (let i = 0; i < length; i += 1) {
      const sym = SYMBOL[bytes[i]!]!;
      state = sym < 0 ? 0 : delta[state * ALPHABET + sym]!;
      for (let o = out[state]!; o !== -1; o = this.#outLink[o]!) (found ??= []).push({ phrase: this.#outPhrase[o]!, end: i + 1 });
    }
    return found;
  }

  /** Every phrase occurrence in `text`, in order of where it ends. */
  matches(text: string): Match[] {
    const found: Match[] = [];
    const delta = this.#delta;
    const out = this.#out;
    let state = 0;
    for (let i = 0; i < text.length; i += 1) {
      const sym = SYMBOL[text.charCodeAt(i)] ?? -1;
      state = sym < 0 ? 0 : delta[state * ALPHABET + sym]!;
      for (let o = out[state]!; o !== -1; o = this.#outLink[o]!) found.push({ phrase: this.#outPhrase[o]!, end: i + 1 });
    }
    return found;
  }
}
