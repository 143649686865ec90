/** The real-data split: its filters, its CSV reader, and that the committed files are where the seeded hash puts them. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HARD_WORDS, filter, mapLabel, parseCsv, parseMapping, parsePyStringList, part, sample } from './split.js';

function splitTs(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ['--import', 'tsx', 'test/crisis/data/split.ts', ...args], { encoding: 'utf8' });
}

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
    const run = splitTs(['verify', 'test/crisis/data']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^goemotions-hardneg: dev \d+, test \d+, misplaced 0, duplicates 0$/m);
    expect(run.stdout).toMatch(/^goemotions-ordinary: dev \d+, test \d+, misplaced 0, duplicates 0$/m);
    // The held-out sets: checked for duplicates, labels, length, and that no line is in a dev or test file.
    expect(run.stdout).toMatch(/^germeval-de-heldout: lines \d+, duplicates 0, invalid 0, in a dev\/test set 0$/m);
    expect(run.stdout).toMatch(/^davidson-hardneg-heldout: lines \d+, duplicates 0, invalid 0, in a dev\/test set 0$/m);
  }, 60_000);
});

describe('held-out sets', () => {
  it('reads a label mapping with a default and drops, and refuses labels that are not ours', () => {
    const mapping = parseMapping('Ideation=elevated, Attempt=elevated,Supportive=none,Indicator=drop');
    expect(mapLabel(mapping, ' Ideation ')).toBe('elevated');
    expect(mapLabel(mapping, 'Supportive')).toBe('none');
    expect(mapLabel(mapping, 'Indicator')).toBe('drop');
    expect(mapLabel(mapping, 'ideation')).toBeUndefined();
    expect(mapLabel(parseMapping('1=high,*=none'), '0')).toBe('none');
    expect(mapLabel(parseMapping('(empty)=drop,x=none'), ' ')).toBe('drop');
    expect(mapLabel(parseMapping('x=none'), '')).toBeUndefined();
    expect(() => parseMapping('Ideation=suicidal')).toThrow(/not value=/);
    expect(() => parseMapping('=none')).toThrow(/not value=/);
    expect(() => parseMapping('a=none,a=high')).toThrow(/twice/);
  });

  it('reads a Python list of strings with both quotes and escapes, and refuses a cut one', () => {
    expect(parsePyStringList(`['it\\'s here', "say \\"hi\\"", 'a\\nb \\x41\\u00e9',]`)).toEqual([`it's here`, 'say "hi"', 'a\nb Aé']);
    expect(parsePyStringList('[]')).toEqual([]);
    expect(parsePyStringList(`['one', 'tw`)).toBeUndefined();
    expect(parsePyStringList(`['one' 'two']`)).toBeUndefined();
    expect(parsePyStringList('not a list')).toBeUndefined();
  });

  it('samples by a seeded hash of the text: the same lines whatever the order, kept in their order', () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({ label: 'none' as const, text: `line ${i}` }));
    const a = sample('set', rows, 10);
    const b = sample('set', [...rows].reverse(), 10);
    expect(a).toHaveLength(10);
    expect(new Set(a.map((r) => r.text))).toEqual(new Set(b.map((r) => r.text)));
    expect(a.map((r) => Number(r.text.split(' ')[1]))).toEqual([...a.map((r) => Number(r.text.split(' ')[1]))].sort((x, y) => x - y));
    expect(sample('other', rows, 10).map((r) => r.text)).not.toEqual(a.map((r) => r.text));
    expect(sample('set', rows, undefined)).toEqual(rows);
  });

  it('builds an unsplit set from a CSV, leaves out what a dev/test file holds, and verify catches a leak', () => {
    const dir = mkdtempSync(join(tmpdir(), 'heldout-'));
    try {
      writeFileSync(
        join(dir, 'src.csv'),
        'User,Post,Label\n' +
          `u1,"['I want to end it tonight', 'long ${'x'.repeat(300)}']",Ideation\n` +
          `u2,"['hang in there', 'this game is killing me']",Supportive\n` +
          `u3,"['not read']",Indicator\n` +
          `u4,"['seen before']",Supportive\n`,
      );
      writeFileSync(join(dir, 'old-dev.tsv'), 'none\tSeen  before\n');
      writeFileSync(join(dir, 'old-test.tsv'), '');
      const run = splitTs(['prepare-heldout', 'toy', join(dir, 'src.csv'), 'Post', 'Label', 'Ideation=elevated,Supportive=none,Indicator=drop', dir, '--posts-list', '--exclude', dir]);
      expect(run.status).toBe(0);
      expect(run.stderr).toMatch(/mapped to drop 1, .*"long":1.*already in a dev\/test set 1/);
      expect(readFileSync(join(dir, 'toy-heldout.tsv'), 'utf8')).toBe('elevated\tI want to end it tonight\nnone\thang in there\nnone\tthis game is killing me\n');
      expect(readFileSync(join(dir, 'toy-hardneg-heldout.tsv'), 'utf8')).toBe('none\tthis game is killing me\n');
      expect(splitTs(['verify', dir]).status).toBe(0);

      writeFileSync(join(dir, 'toy-heldout.tsv'), 'none\tseen before\n');
      const leak = splitTs(['verify', dir]);
      expect(leak.status).toBe(1);
      expect(leak.stdout).toMatch(/^toy-heldout: lines 1, duplicates 0, invalid 0, in a dev\/test set 1$/m);

      const unmapped = splitTs(['prepare-heldout', 'toy', join(dir, 'src.csv'), 'Post', 'Label', 'Ideation=elevated', dir, '--posts-list']);
      expect(unmapped.status).not.toBe(0);
      expect(unmapped.stderr).toMatch(/label value the mapping does not name/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
