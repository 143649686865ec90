/**
 * Character and word tables for the normaliser (normalise.ts): what each character becomes, which
 * chat spellings stand for which words, which words are filler, and which emoji carry meaning.
 */

/** Letters from other scripts that look like Latin ones, and small capitals. One Latin letter each (never `m` → `rn`). */
export const LOOKALIKES: ReadonlyMap<number, number> = new Map(
  Object.entries({
    а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ɡ: 'g', ɑ: 'a', ı: 'i', ł: 'l', ø: 'o', đ: 'd',
    α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y', ω: 'w', ς: 's', σ: 'o',
    ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm', ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
  }).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]),
);

/** Zero-width and format characters, and combining marks: dropped, so "k\u200bill" and "e\u0301" read as letters. */
export function invisible(c: number): boolean {
  return (
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x206f) ||
    (c >= 0xfe00 && c <= 0xfe0f) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f) ||
    c === 0xad ||
    c === 0x34f ||
    c === 0x61c ||
    c === 0xfeff
  );
}

/** Letters of scripts with nothing to fold (Greek and Cyrillic beyond the look-alikes, CJK, Arabic, …): word separators here. */
export function foreignLetter(c: number): boolean {
  return (c >= 0x370 && c <= 0x52f) || (c >= 0x590 && c <= 0xeff) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3000 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);
}

/** Chat spellings read as what they stand for (keys after repeated letters collapse: "wanna" → "wana"). */
export const REPLACEMENTS: Readonly<Record<string, string>> = {
  wana: 'want to', gona: 'going to', gota: 'got to', tryna: 'trying to', ima: 'im going to', fina: 'going to', hafta: 'have to', ona: 'going to',
  rn: 'right now', tonite: 'tonight', tmr: 'tomorow', tmrw: 'tomorow', ded: 'dead',
  myslef: 'myself', mysef: 'myself', myselfe: 'myself', mysel: 'myself', suicde: 'suicide', sucide: 'suicide', suiside: 'suicide', suicdal: 'suicidal', sucidal: 'suicidal', suisidal: 'suicidal',
  // One-letter typos of short words, which the typo check (rare words of five letters or more) leaves alone.
  wnat: 'want', wnt: 'want', watn: 'want', whant: 'want', wamt: 'want', kl: 'kil', klil: 'kil',
};

/** Words that carry no risk signal and only get between the words that do. Rules lose them too. */
export const FILLER = 'just realy rly honestly literaly actualy so kinda truly seriously simply even totaly fucking fuckin fking fkn freaking frickin damn very stil sometimes often prety basicaly legit lowkey highkey tbh ngl fr genuinely maybe probably definitely ever deadas';

/** Emoji that stand for words; every other emoji is only a separator. */
export const EMOJI_WORDS: ReadonlyMap<number, string> = new Map([
  [0x1f48a, 'pil'],
  [0x1f52a, 'knife'],
  [0x1f5e1, 'knife'],
  [0x1faa6, 'grave'],
  [0x26b0, 'grave'],
  [0x26b1, 'grave'],
  [0x1f52b, 'gun'],
  [0x1fa78, 'blod'],
  // Laughter marks a joke: "i'm dead 💀", and after a disclosure a retraction.
  [0x1f602, 'lol'],
  [0x1f923, 'lol'],
  [0x1f606, 'lol'],
  [0x1f639, 'lol'],
  [0x1f480, 'lol'],
  [0x2620, 'lol'],
]);

/** ASCII classes. */
export const SEP = 0;
export const LETTER = 1;
export const APOSTROPHE = 2;
export const DIGIT = 3;
export const BREAK = 4;
export const DOT = 5;
export const BANG = 6; // "!": a break, or "i" inside a word ("k!ll")
export const PIPE = 7; // "|": a break, or "l" inside a word
export const LEAD = 8; // "@", "$": "a", "s" inside or leading a word ("$elf")
export const CLASS = new Uint8Array(128);
for (let c = 65; c <= 90; c += 1) CLASS[c] = LETTER;
for (let c = 97; c <= 122; c += 1) CLASS[c] = LETTER;
for (let c = 48; c <= 57; c += 1) CLASS[c] = DIGIT;
for (const c of "'`") CLASS[c.charCodeAt(0)] = APOSTROPHE;
for (const c of '?;\n\r') CLASS[c.charCodeAt(0)] = BREAK;
CLASS[46] = DOT;
CLASS[33] = BANG;
CLASS[124] = PIPE;
CLASS[64] = LEAD;
CLASS[36] = LEAD;

/** Leetspeak: the letter a digit or symbol stands for, by char code (0 = none). */
export const LEET = new Uint8Array(128);
for (const [from, to] of Object.entries({ '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'l' })) LEET[from.charCodeAt(0)] = to.charCodeAt(0);

/** Latin-1 letters with diacritics folded as NFKC + stripping marks would (0 = not a letter we fold here). */
export const LATIN1 = new Uint8Array(256);
for (const [to, from] of Object.entries({ a: 'àáâãäå', c: 'ç', e: 'èéêë', i: 'ìíîï', n: 'ñ', o: 'òóôõö', u: 'ùúûü', y: 'ýÿ' })) {
  for (const ch of from) {
    LATIN1[ch.charCodeAt(0)] = to.charCodeAt(0);
    LATIN1[ch.toUpperCase().charCodeAt(0)] = to.charCodeAt(0);
  }
}
// German ß: "ss", which the doubled-letter rule makes "s".
LATIN1[0xdf] = 115;

export const isLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
export const isDigit = (c: number) => c >= 48 && c <= 57;

/** Whether the code point is punctuation, a symbol or an emoji: a separator, unless EMOJI_WORDS names it. */
export function symbol(code: number): boolean {
  return (
    (code >= 0x2010 && code <= 0x2027) || // dashes, quotes, bullets, ellipsis
    (code >= 0x2030 && code <= 0x205e) ||
    (code >= 0x2190 && code <= 0x2bff) || // arrows, maths, technical, shapes, dingbats
    (code >= 0x1f000 && code <= 0x1faff) || // emoji, skin tones
    (code >= 0xa0 && code <= 0xbf) || // Latin-1 punctuation: ¡ ¿ « » °
    code === 0xd7 ||
    code === 0xf7 ||
    code === 0x3000
  );
}
