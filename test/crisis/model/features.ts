/**
 * Hashed text features for the learned risk score (train.ts beside this file): word unigrams and
 * bigrams and the character 3- and 4-grams of each word (padded with a space at each end), hashed into
 * `2^bits` buckets. One pass over the message's char codes, no strings built, no allocation beyond a
 * reused buffer. Never keeps the text.
 *
 * Normalisation, deliberately simpler than the rules' (normalise.ts), so the model sees the same form
 * in training and at run time: lower case; Latin-1 and Latin Extended-A accents dropped (á → a, ç → c,
 * ñ → n); an apostrophe inside a word is dropped ("don't" → "dont"); a run of one letter longer than two
 * is cut to two ("soooo" → "soo"); every other character separates words; words that start with
 * "http", "www" or follow an "@" or "#" are skipped (links, mentions and tags say who and where,
 * not how a person is), as is "rt" as a whole word.
 */

/** A–Z and a–z lower-cased, accented Latin letters to their base letter; 0 for anything else. */
const BASE = new Uint8Array(0x180);
{
  for (let c = 0x41; c <= 0x5a; c += 1) BASE[c] = c + 32;
  for (let c = 0x61; c <= 0x7a; c += 1) BASE[c] = c;
  for (let c = 0x30; c <= 0x39; c += 1) BASE[c] = c;
  const accents: Record<string, string> = {
    a: 'àáâãäåÀÁÂÃÄÅāĀăĂąĄ',
    c: 'çÇćĆčČ',
    e: 'èéêëÈÉÊËēĒėĖęĘěĚ',
    i: 'ìíîïÌÍÎÏīĪįĮ',
    n: 'ñÑńŃňŇ',
    o: 'òóôõöøÒÓÔÕÖØōŌőŐ',
    u: 'ùúûüÙÚÛÜūŪůŮűŰ',
    y: 'ýÿÝ',
    s: 'śŚšŠ',
    z: 'źŹżŻžŽ',
    l: 'łŁ',
    r: 'řŘ',
    d: 'ďĎ',
    t: 'ťŤ',
  };
  for (const [base, chars] of Object.entries(accents)) for (const ch of chars) BASE[ch.charCodeAt(0)] = base.charCodeAt(0);
  BASE[0xdf] = 0x73; // ß → s (one letter here; the model only needs it consistent)
}

const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc, 0x60]);
const [MAX_WORD, SPACE] = [32, 32];

/** FNV-1a, 32 bits, with one seed per feature kind. */
const FNV_PRIME = 0x01000193;
const [SEED_WORD, SEED_BIGRAM, SEED_CHAR] = [0x811c9dc5, 0x050c5d1f, 0x2f1a3b7d];

function mix(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME) >>> 0;
}

/** Calls `emit(bucket)` for every feature of `text`; returns how many were emitted. */
export class RiskFeatures {
  readonly mask: number;
  private readonly word = new Uint8Array(MAX_WORD + 2);

  constructor(readonly bits: number) {
    if (!Number.isInteger(bits) || bits < 8 || bits > 24) throw new Error(`bits must be a whole number from 8 to 24, not ${bits}`);
    this.mask = (1 << bits) - 1;
  }

  each(text: string, emit: (bucket: number) => void): number {
    const buf = this.word;
    let length = 0; // letters in the current word, after buf[0] = space
    let skip = false; // the current word is a link, mention or tag
    let prevWordHash = 0; // hash of the previous word, 0 at the start
    let prevSep = SPACE; // the character before the current word began
    let emitted = 0;
    const flush = () => {
      if (length > 0 && !skip && !(length === 2 && buf[1] === 0x72 && buf[2] === 0x74)) {
        let h = SEED_WORD;
        for (let i = 1; i <= length; i += 1) h = mix(h, buf[i]!);
        emit(h & this.mask);
        emitted += 1;
        emit((mix(mix(SEED_BIGRAM, prevWordHash), h) >>> 0) & this.mask);
        emitted += 1;
        prevWordHash = h;
        // Character 3- and 4-grams of " word ".
        buf[length + 1] = SPACE;
        const end = length + 2;
        for (let i = 0; i + 3 <= end; i += 1) {
          let g = mix(mix(mix(SEED_CHAR, buf[i]!), buf[i + 1]!), buf[i + 2]!);
          emit(g & this.mask);
          emitted += 1;
          if (i + 4 <= end) {
            g = mix(g, buf[i + 3]!);
            emit(g & this.mask);
            emitted += 1;
          }
        }
      }
      length = 0;
      skip = false;
    };
    buf[0] = SPACE;
    for (let k = 0; k < text.length; k += 1) {
      const code = text.charCodeAt(k);
      const c = code < 0x180 ? BASE[code]! : 0;
      if (c !== 0) {
        if (length === 0) skip = prevSep === 0x40 || prevSep === 0x23;
        // "www" is a link, checked before its third w is cut as a stretched letter.
        if (length === 2 && c === 0x77 && buf[1] === 0x77 && buf[2] === 0x77) skip = true;
        if (length >= 2 && buf[length] === c && buf[length - 1] === c) continue;
        if (length < MAX_WORD) {
          length += 1;
          buf[length] = c;
          if (length === 4 && buf[1] === 0x68 && buf[2] === 0x74 && buf[3] === 0x74 && buf[4] === 0x70) skip = true;
        }
        continue;
      }
      if (length > 0 && APOSTROPHES.has(code)) continue;
      if (length > 0) {
        // A link runs to the next space, whatever it holds.
        if (skip && code !== SPACE && code !== 0x0a && code !== 0x09) continue;
        flush();
      }
      prevSep = code;
    }
    flush();
    // End of message, as a bigram with the last word.
    if (prevWordHash !== 0) {
      emit((mix(mix(SEED_BIGRAM, prevWordHash), 0x0a) >>> 0) & this.mask);
      emitted += 1;
    }
    return emitted;
  }
}

/** Weights as `train.ts fit` writes them: the hash size, a bias and one weight per bucket. */
export interface RiskWeights {
  readonly bits: number;
  readonly bias: number;
  readonly weights: readonly number[];
}

/** The learned score of a message: the probability, by logistic regression over its hashed features, that it is labelled risk. */
export class RiskModel {
  private readonly features: RiskFeatures;
  private readonly weights: Float32Array;
  private readonly seen: Uint8Array;
  private readonly touched: Uint32Array;
  private count = 0;
  private z = 0;
  private readonly add = (bucket: number): void => {
    // Each feature counts once per message, as in training.
    if (this.seen[bucket] === 1) return;
    this.seen[bucket] = 1;
    if (this.count < this.touched.length) this.touched[this.count++] = bucket;
    this.z += this.weights[bucket]!;
  };

  private readonly bias: number;

  constructor(w: RiskWeights) {
    if (w.weights.length !== 1 << w.bits) throw new Error(`weights: ${w.weights.length} values for ${w.bits} bits`);
    this.features = new RiskFeatures(w.bits);
    this.weights = Float32Array.from(w.weights);
    this.seen = new Uint8Array(1 << w.bits);
    this.touched = new Uint32Array(1 << 16);
    this.bias = w.bias;
  }

  score(text: string): number {
    this.count = 0;
    this.z = this.bias;
    this.features.each(text, this.add);
    if (this.count === this.touched.length) this.seen.fill(0);
    else for (let i = 0; i < this.count; i += 1) this.seen[this.touched[i]!] = 0;
    return 1 / (1 + Math.exp(-this.z));
  }
}
