/**
 * The hashed features and the scorer of the learned risk score (train.ts). Lines written for this test,
 * not taken from any data set.
 */
import { describe, expect, it } from 'vitest';
import { RiskFeatures, RiskModel } from './features.js';

function buckets(text: string, bits = 18): number[] {
  const out: number[] = [];
  new RiskFeatures(bits).each(text, (b) => out.push(b));
  return out;
}

const sameFeatures = (a: string, b: string) => expect(buckets(a)).toEqual(buckets(b));

describe('RiskFeatures', () => {
  it('reads case, accents, apostrophes and stretched letters as the same word', () => {
    sameFeatures('I CAN’T sleep', "i cant sleep");
    sameFeatures('não aguento mais', 'nao aguento mais');
    sameFeatures('soooo tired', 'soo tired');
    sameFeatures('tired, so tired!', 'tired so tired');
  });

  it('skips links, mentions, tags and a retweet marker', () => {
    sameFeatures('@someone rt so tired https://example.com/a?b=c #mood', 'so tired');
    sameFeatures('so tired www.example.org', 'so tired');
  });

  it('gives a word, its bigrams and its character 3- and 4-grams', () => {
    // "abc": one word, bigram with the start, padded " abc " has three 3-grams and two 4-grams, end bigram.
    expect(buckets('abc')).toHaveLength(1 + 1 + 3 + 2 + 1);
    expect(buckets('')).toHaveLength(0);
    expect(buckets('!!! ...')).toHaveLength(0);
  });

  it('keeps every bucket inside the hash size', () => {
    const small = buckets('a long enough line of ordinary words to fill a small table', 8);
    expect(small.every((b) => b >= 0 && b < 256)).toBe(true);
  });

  it('rejects a hash size it cannot use', () => {
    expect(() => new RiskFeatures(4)).toThrow(/bits/);
  });
});

describe('RiskModel', () => {
  const bits = 8;
  const features = new RiskFeatures(bits);
  const weightsFor = (text: string, value: number): number[] => {
    const w = new Array<number>(1 << bits).fill(0);
    features.each(text, (b) => {
      w[b] = value;
    });
    return w;
  };

  it('is the logistic of the bias and the sum of the weights of the distinct features', () => {
    const weights = new Array<number>(1 << bits).fill(0);
    const seen = new Set<number>();
    features.each('so tired so tired', (b) => seen.add(b));
    for (const b of seen) weights[b] = 0.25;
    const model = new RiskModel({ bits, bias: -1, weights });
    expect(model.score('so tired so tired')).toBeCloseTo(1 / (1 + Math.exp(-(-1 + 0.25 * seen.size))), 10);
  });

  it('scores the same line the same way every time (no state carried over)', () => {
    const model = new RiskModel({ bits, bias: -2, weights: weightsFor('cannot go on', 0.5) });
    const first = model.score('i cannot go on');
    model.score('a different line about lunch');
    expect(model.score('i cannot go on')).toBe(first);
    expect(first).toBeGreaterThan(model.score('lunch was fine'));
  });

  it('rejects weights of the wrong size', () => {
    expect(() => new RiskModel({ bits, bias: 0, weights: [1, 2, 3] })).toThrow(/weights/);
  });
});
