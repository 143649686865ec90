/**
 * One normalisation for rules and messages alike, so both meet in the same form:
 * Unicode compatibility forms (math-bold, full-width), case, zero-width and format characters,
 * diacritics, look-alike letters from other scripts, emoji that carry meaning, leetspeak next to
 * letters, spaced-out letters, repeated letters, numbers (only "many" or not), and filler words. The
 * result is lower-case a–z words separated by single spaces, with `|` between sentences, padded with
 * spaces for word boundaries.
 *
 * Speed matters (every message in a watched channel passes through here), so the common case — plain
 * ASCII with nothing to decode — is one pass over the characters into a reused byte buffer; anything
 * unusual takes a slower, regex-based preparation first and then the same pass.
 */

const FORMAT_CHARS = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/g;
const MARKS = /\p{M}+/gu;

/** Letters from other scripts that look like Latin ones. One target letter each (never `m` → `rn`). */
const LOOKALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ɡ: 'g', ɑ: 'a', ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y', ω: 'w', ς: 's', σ: 'o',
};
const LOOKALIKE_RE = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'gu');

/** Emoji that change what a message means: means of harm, death, and the laughter that marks a joke. */

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'l' };
const LEET_TOKEN = /[a-z0-9@$!|]*[a-z][a-z0-9@$!|]*/g;
const HAS_LEET = /[a-z][0-9@$!|]|[0-9@$!|][a-z]/;
const isLetter = (x: string | undefined) => x !== undefined && x >= 'a' && x <= 'z';
const isDigit = (x: string | undefined) => x !== undefined && x >= '0' && x <= '9';

/** Decodes leetspeak only next to letters, so "k1ll" and "d1e" decode but "800mg" and "kill -9" do not. */
function decodeLeet(token: string): string {
  if (!HAS_LEET.test(token)) return token;
  let out = '';
  for (let i = 0; i < token.length; i += 1) {
    const c = token[i]!;
    const sub = LEET[c];
    const prev = token[i - 1];
    const next = token[i + 1];
    // Inside a word always; at a word's edge only a digit leading or ending 3+ letters ("5uicide", not "3pm").
    const edge = isDigit(c) && !isDigit(prev) && !isDigit(next) && ((isLetter(next) && /^[a-z]{3}/.test(token.slice(i + 1))) || (isLetter(prev) && /[a-z]{3}$/.test(token.slice(0, i))));
    const decode = sub !== undefined && ((isLetter(prev) && isLetter(next)) || edge);
    out += decode ? sub : c;
  }
  return out;
}

/** The slow path: Unicode folding, leetspeak and spaced-out letters, before the common pass. */
const ASCII = /^[\x00-\x7f]*$/;

function prepare(text: string): string {
  let s = text.toLowerCase();
  if (!ASCII.test(s)) s = foldUnicode(s);
  s = s.replace(/['’`]/g, '');
  if (/[0-9@$!|]/.test(s)) s = s.replace(LEET_TOKEN, decodeLeet);
  // "s u i c i d e", "k.i.l.l myself": three or more single letters in a row are one word.
  // One separator between letters: a wider gap ("k i l l   m y s e l f") is a gap between words.
  return s.replace(/\b[a-z](?:[^a-z0-9\n!?;|][a-z]\b){2,}/g, (m) => m.replace(/[^a-z]/g, ''));
}

function foldUnicode(text: string): string {
  const s = text.normalize('NFKC').toLowerCase().replace(FORMAT_CHARS, '');
  return s.normalize('NFD').replace(MARKS, '').normalize('NFC').replace(LOOKALIKE_RE, (c) => LOOKALIKES[c] ?? c);
}

/** Words that carry no risk signal and only get between the words that do ("i really just want to die"). */
const FILLER = ['just', 'realy', 'honestly', 'literaly', 'actualy', 'so', 'kinda', 'truly', 'seriously', 'simply', 'even', 'totaly', 'fucking', 'fuckin', 'fking', 'freaking', 'frickin', 'damn', 'very', 'stil', 'sometimes', 'often', 'prety', 'basicaly', 'legit', 'lowkey'];
const FILLER_MAX = Math.max(...FILLER.map((f) => f.length));
const wordHash = (h: number, c: number) => (Math.imul(h, 31) + c) | 0;
const FILLER_BY_HASH = new Map(FILLER.map((f) => [[...f].reduce((h, ch) => wordHash(h, ch.charCodeAt(0)), 7), f] as const));

/** Emoji that stand for words; every other emoji is only a separator. */
const EMOJI_WORDS = new Map<number, number[]>(
  (
    [
      [[0x1f48a], 'pil'],
      [[0x1f52a, 0x1f5e1], 'knife'],
      [[0x1faa6, 0x26b0, 0x26b1], 'grave'],
      [[0x1f52b], 'gun'],
      [[0x1fa78], 'blod'],
      [[0x1f602, 0x1f923, 0x1f606, 0x1f639, 0x1f480, 0x2620], 'lol'],
    ] as const
  ).flatMap(([codes, word]) => codes.map((code) => [code, [...word].map((ch) => ch.charCodeAt(0))] as [number, number[]])),
);
const MEANINGFUL_EMOJI = new Set(EMOJI_WORDS.keys());

/** Non-ASCII the common pass can treat as a separator: punctuation, symbols and emoji with no letter in them. */
function plainSymbol(code: number): boolean {
  if (MEANINGFUL_EMOJI.has(code)) return false;
  return (
    (code >= 0x2010 && code <= 0x2027 && code !== 0x2019) || // dashes, quotes, ellipsis
    (code >= 0x2190 && code <= 0x21ff) || // arrows
    (code >= 0x2600 && code <= 0x27bf) || // symbols, dingbats
    (code >= 0x1f300 && code <= 0x1faff) || // emoji
    code === 0xfe0f || // emoji presentation selector
    code === 0x200d // zero-width joiner inside emoji sequences
  );
}

let buffer = new Uint8Array(4096);
const SPACE = 32;
const BAR = 124;
const MANY: readonly number[] = [109, 97, 110, 121]; // "many"

/** Latin-1 letters with diacritics, folded as NFKC + stripping marks would (0 = needs the slow path). */
const LATIN1 = new Uint8Array(256);
for (const [from, to] of Object.entries({ a: 'àáâãäå', c: 'ç', e: 'èéêë', i: 'ìíîï', n: 'ñ', o: 'òóôõö', u: 'ùúûü', y: 'ýÿ' })) {
  for (const ch of to) {
    LATIN1[ch.charCodeAt(0)] = from.charCodeAt(0);
    LATIN1[ch.toUpperCase().charCodeAt(0)] = from.charCodeAt(0);
  }
}

/**
 * Hashes of the words a rule cannot match without (set by the detector). The pass notes whether it saw
 * one, so the detector can skip matching for the great majority of messages that contain none.
 */
let keySeen = false;
let hasKeys = false;

/** Word hashes → flags (FILLER_FLAG, KEY_FLAG), open addressing: one probe per word in the common case. */
const TABLE_BITS = 14;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const tableHash = new Int32Array(1 << TABLE_BITS);
const tableFlags = new Uint8Array(1 << TABLE_BITS);
const FILLER_FLAG = 1;
const KEY_FLAG = 2;

function addWord(hash: number, flag: number): void {
  let slot = hash & TABLE_MASK;
  while (tableFlags[slot] !== 0 && tableHash[slot] !== hash) slot = (slot + 1) & TABLE_MASK;
  tableHash[slot] = hash;
  tableFlags[slot] = tableFlags[slot]! | flag;
}

function wordFlags(hash: number): number {
  let slot = hash & TABLE_MASK;
  for (;;) {
    const flags = tableFlags[slot]!;
    if (flags === 0 || tableHash[slot] === hash) return flags;
    slot = (slot + 1) & TABLE_MASK;
  }
}

for (const hash of FILLER_BY_HASH.keys()) addWord(hash, FILLER_FLAG);

export function setKeyWords(words: Iterable<string>): void {
  for (const word of words) addWord(hashWord(word), KEY_FLAG);
  hasKeys = true;
}

export function hashWord(word: string): number {
  let h = 7;
  for (let k = 0; k < word.length; k += 1) h = (Math.imul(h, 31) + word.charCodeAt(k)) | 0;
  return h;
}

/** Whether the last normalised text contained a key word (always true after the slow path). */
export function sawKeyWord(): boolean {
  return keySeen || !hasKeys;
}

/** Whether the word in buffer[start, end) with this hash is a filler word (checked letter by letter on a hash hit). */
function isFiller(start: number, end: number, wordHashValue: number): boolean {
  const length = end - start;
  if (length > FILLER_MAX) return false;
  const filler = FILLER_BY_HASH.get(wordHashValue);
  if (filler === undefined || filler.length !== length) return false;
  for (let k = 0; k < length; k += 1) if (buffer[start + k] !== filler.charCodeAt(k)) return false;
  return true;
}

/** ASCII classes for the common pass: 1 letter, 2 apostrophe, 3 digit, 4 sentence break, 5 possible leetspeak symbol, 0 other. */
const CLASS = new Uint8Array(128);
for (let c = 65; c <= 90; c += 1) CLASS[c] = 1;
for (let c = 97; c <= 122; c += 1) CLASS[c] = 1;
for (let c = 48; c <= 57; c += 1) CLASS[c] = 3;
CLASS[39] = 2;
CLASS[96] = 2;
for (const c of [46, 63, 59, 10, 13, 124]) CLASS[c] = 4;
for (const c of [64, 36, 33]) CLASS[c] = 5;

const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/** Whether a digit at `i` would be read as a letter: inside a word, or leading or ending a word of 3+ letters. */
function leetDigit(text: string, i: number): boolean {
  const prev = text.charCodeAt(i - 1);
  const next = text.charCodeAt(i + 1);
  if (isAsciiLetter(prev) && isAsciiLetter(next)) return true;
  const run = (from: number, step: number) => {
    let k = from;
    while (isAsciiLetter(text.charCodeAt(k))) k += step;
    return Math.abs(k - from);
  };
  return (isAsciiLetter(next) && !(prev >= 48 && prev <= 57) && run(i + 1, 1) >= 3) || (isAsciiLetter(prev) && !(next >= 48 && next <= 57) && run(i - 1, -1) >= 3);
}

/**
 * The common pass over `text` into the shared buffer. Returns the length, or -1 when the text needs
 * `prepare` first (other scripts, leetspeak, spaced-out letters) and `prepared` is false.
 * Written as one loop over locals: it is the detector's hot path.
 */
function pass(text: string, prepared: boolean): number {
  if (buffer.length < text.length * 4 + 16) buffer = new Uint8Array(text.length * 4 + 16);
  const buf = buffer;
  const length = text.length;
  let n = 0;
  buf[n++] = SPACE;
  let wordStart = -1;
  let hash = 7;
  let singleRun = 0;
  // Prepared text is rare and may hold words the key check would not see: always match it.
  let key = prepared;
  for (let i = 0; i < length; i += 1) {
    let c = text.charCodeAt(i);
    let cls = c < 128 ? CLASS[c]! : 0;
    if (c >= 128) {
      if (c >= 0xc0 && c <= 0xff && LATIN1[c] !== 0) {
        c = LATIN1[c]!;
        cls = 1;
      } else if (c >= 0xff21 && c <= 0xff5a && (c <= 0xff3a || c >= 0xff41)) {
        c = c <= 0xff3a ? c - 0xff21 + 97 : c - 0xff41 + 97; // full-width letters
        cls = 1;
      } else if (c === 0x2019) {
        continue; // apostrophe
      }
    }
    if (cls === 1) {
      c |= 32;
      if (wordStart === -1) {
        wordStart = n;
        hash = 7;
      } else if (buf[n - 1] === c) continue; // repeated letters: "sooo" is "so", and "kill" meets "kil"
      buf[n++] = c;
      hash = (Math.imul(hash, 31) + c) | 0;
      continue;
    }
    if (cls === 2) continue; // apostrophes join: "don't" is "dont"
    let word: readonly number[] | undefined;
    if (c >= 128) {
      const code = text.codePointAt(i) ?? c;
      word = EMOJI_WORDS.get(code);
      if (code > 0xffff) i += 1;
      if (word === undefined && !prepared && c !== 0x3000 && !plainSymbol(code)) return -1;
    } else if (cls === 3) {
      if (!prepared && leetDigit(text, i)) return -1;
      let value = 0;
      while (i < length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) {
        value = Math.min(value * 10 + text.charCodeAt(i) - 48, 1e6);
        i += 1;
      }
      i -= 1;
      if (value >= 10) word = MANY;
    } else if (cls === 5 && !prepared && isAsciiLetter(text.charCodeAt(i + 1)) && (c !== 33 || isAsciiLetter(text.charCodeAt(i - 1)))) {
      return -1; // @ $ ! against letters are leetspeak ("k!ll", "$elf"): the slow path decodes them
    }
    // The end of a word: drop filler, and notice spaced-out letters ("k i l l").
    if (wordStart !== -1) {
      const wordLength = n - wordStart;
      const flags = wordFlags(hash);
      if ((flags & KEY_FLAG) !== 0) key = true;
      if ((flags & FILLER_FLAG) !== 0 && isFiller(wordStart, n, hash)) n = wordStart;
      singleRun = wordLength === 1 ? singleRun + 1 : 0;
      if (singleRun >= 3 && !prepared) return -1;
      wordStart = -1;
    }
    if (buf[n - 1] !== SPACE) buf[n++] = SPACE;
    if (word !== undefined) {
      key = true;
      for (let k = 0; k < word.length; k += 1) buf[n++] = word[k]!;
      buf[n++] = SPACE;
    } else if ((cls === 4 || c === 33) && buf[n - 2] !== BAR) {
      buf[n++] = BAR;
      buf[n++] = SPACE;
    }
  }
  if (wordStart !== -1) {
    const wordLength = n - wordStart;
    const flags = wordFlags(hash);
    if ((flags & KEY_FLAG) !== 0) key = true;
    if ((flags & FILLER_FLAG) !== 0 && isFiller(wordStart, n, hash)) n = wordStart;
    singleRun = wordLength === 1 ? singleRun + 1 : 0;
    if (singleRun >= 3 && !prepared) return -1;
  }
  if (buf[n - 1] !== SPACE) buf[n++] = SPACE;
  keySeen = key;
  return n;
}

const latin1 = new TextDecoder('latin1');

/** Normalises into the shared buffer (see `normalisedBytes`) and returns the length. */
export function normaliseToBuffer(text: string): number {
  const length = pass(text, false);
  return length === -1 ? pass(prepare(text), true) : length;
}

/** The shared buffer the last `normaliseToBuffer` wrote; valid until the next call. */
export function normalisedBytes(): Uint8Array {
  return buffer;
}

export function normalise(text: string): string {
  const length = normaliseToBuffer(text);
  return latin1.decode(buffer.subarray(0, length));
}
