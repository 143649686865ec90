/** The real-data split: its filters, its CSV reader, and that the committed files are where the seeded hash puts them. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { HARD_WORDS, filter, parseCsv, part } from './split.js';

describe('real-data split', () => {
  it('cleans, drops empty and over-long lines, keeps one of each duplicate and drops conflicting ones', () => {
    const { rows, dropped } = filter([
      { label: 'none', text: 'hello\tthere\r\nfriend' },
      { label: 'none', text: '   ' },
      { label: 'none', text: 'x'.repeat(301) },
      { label: 'none', text: 'y'.repeat(300) },
      { label: 'none', text: 'Hello there  friend' },
      { label: 'elevated', text: 'same words' },
      { label: 'none', text: 'SAME words' },
    ]);
    expect(rows).toEqual([
      { label: 'none', text: 'hello there friend' },
      { label: 'none', text: 'y'.repeat(300) },
    ]);
    expect(dropped).toEqual({ empty: 1, long: 1, duplicate: 2, conflicting: 1 });
  });

  it('reads quoted CSV fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('tweet,intention\n"a, ""b""\nc",1\r\nplain,0\n')).toEqual([
      ['tweet', 'intention'],
      ['a, "b"\nc', '1'],
      ['plain', '0'],
    ]);
  });

  it('splits by text alone, about 40 % to dev, and finds the hard-negative words as words', () => {
    const texts = Array.from({ length: 4000 }, (_, i) => `message number ${i}`);
    const dev = texts.filter((t) => part(t) === 'dev').length;
    expect(dev / texts.length).toBeGreaterThan(0.37);
    expect(dev / texts.length).toBeLessThan(0.43);
    expect(part('Message  NUMBER 7')).toBe(part('message number 7'));
    expect(HARD_WORDS.test('this traffic is killing me')).toBe(true);
    expect(HARD_WORDS.test('a skilled diet')).toBe(false);
  });

  it('the committed dev and test files re-split to themselves, with no line in both', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'test/crisis/data/split.ts', 'verify', 'test/crisis/data'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^goemotions-hardneg: dev \d+, test \d+, misplaced 0, duplicates 0$/m);
    expect(run.stdout).toMatch(/^goemotions-ordinary: dev \d+, test \d+, misplaced 0, duplicates 0$/m);
  }, 60_000);
});
