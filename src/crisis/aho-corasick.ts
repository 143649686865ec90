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

export class AhoCorasick {
  readonly #delta: Int32Array;
  /** Per state, the head of its output chain (an index into the two arrays below), or -1. */
  readonly #out: Int32Array;
  /** Output chain entries: the phrase, and the next entry (-1 ends the chain). */
  readonly #outPhrase: Int32Array;
  readonly #outLink: Int32Array;

  constructor(phrases: readonly string[]) {
    const goto: number[][] = [new Array<number>(ALPHABET).fill(-1)];
    const ends: number[][] = [[]];
    phrases.forEach((phrase, index) => {
      let state = 0;
      for (let i = 0; i < phrase.length; i += 1) {
        const sym = SYMBOL[phrase.charCodeAt(i)] ?? -1;
        if (sym < 0) throw new Error(`phrase has a character outside the alphabet: ${JSON.stringify(phrase)}`);
        let next = goto[state]![sym]!;
        if (next === -1) {
          next = goto.length;
          goto.push(new Array<number>(ALPHABET).fill(-1));
          ends.push([]);
          goto[state]![sym] = next;
        }
        state = next;
      }
      ends[state]!.push(index);
    });
    const n = goto.length;
    const delta = new Int32Array(n * ALPHABET);
    const fail = new Int32Array(n);
    // Breadth-first: each state's failure link and full transitions come from shallower states.
    const queue: number[] = [];
    for (let s = 0; s < ALPHABET; s += 1) {
      const next = goto[0]![s]!;
      delta[s] = next === -1 ? 0 : next;
      if (next !== -1) queue.push(next);
    }
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head]!;
      for (let s = 0; s < ALPHABET; s += 1) {
        const next = goto[state]![s]!;
        if (next === -1) {
          delta[state * ALPHABET + s] = delta[fail[state]! * ALPHABET + s]!;
        } else {
          fail[next] = delta[fail[state]! * ALPHABET + s]!;
          delta[state * ALPHABET + s] = next;
          queue.push(next);
        }
      }
    }
    // Output chains: a state's own phrases, then those of the nearest failure state that has any.
    const outPhrases: number[] = [];
    const outLink: number[] = [];
    const firstOut = new Int32Array(n).fill(-1);
    for (const state of [0, ...queue]) {
      const inherited = state === 0 ? -1 : firstOut[fail[state]!]!;
      let head = inherited;
      for (const p of [...ends[state]!].reverse()) {
        outPhrases.push(p);
        outLink.push(head);
        head = outPhrases.length - 1;
      }
      firstOut[state] = head;
    }
    this.#delta = delta;
    this.#out = firstOut;
    this.#outPhrase = Int32Array.from(outPhrases);
    this.#outLink = Int32Array.from(outLink);
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
