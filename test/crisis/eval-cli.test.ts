/** `peerline eval` as a user runs it: a real child process over a labelled file the test writes. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const peerline = (args: string[], stdin = '') => runCli(args, { stdin });

const dir = mkdtempSync(join(tmpdir(), 'peerline-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

// Written for this test. Two labels are deliberately "wrong" (a greeting labelled high, a plain
// statement of intent labelled none) so that a miss and a false alarm are counted.
const LINES: readonly (readonly [string, string])[] = [
  ['high', 'i want to kill myself'],
  ['elevated', 'i wish i was dead'],
  ['imminent', 'i took all my pills and im saying goodbye'],
  ['imminent', 'i wish i was dead'],
  ['high', 'hello there, how was your day'],
  ['none', 'this deadline is killing me'],
  ['none', 'i want to kill myself'],
  ['none', 'kill the process on port 3000'],
  ['none', 'my grandfather died last year'],
];
const TSV = `\uFEFF${LINES.slice(0, 8).map(([l, t]) => `${l}\t${t}`).join('\r\n')}\r\n\r\n${LINES[8]!.join('\t')}`;

describe('peerline eval', () => {
  it('counts recall, false alarms, imminent as imminent, exact tiers, the confusion matrix and rule hits', async () => {
    const { code, stdout, stderr } = await peerline(['eval', '--json', file('small.tsv', TSV)]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const r = JSON.parse(stdout) as Record<string, unknown>;
    expect(r.lines).toBe(9);
    expect(r.blank).toBe(1);
    expect(r.labels).toEqual({ none: 4, elevated: 1, high: 2, imminent: 2 });
    expect(r.recall).toMatchObject({ hit: 4, total: 5, rate: 0.8 });
    expect(r.falseAlarms).toMatchObject({ hit: 1, total: 4, rate: 0.25 });
    expect(r.imminentAsImminent).toMatchObject({ hit: 1, total: 2, rate: 0.5 });
    expect(r.exactTierOnRisk).toMatchObject({ hit: 3, total: 5, rate: 0.6 });
    const [lo, hi] = (r.recall as { ci95: [number, number] }).ci95;
    expect(lo).toBeCloseTo(0.3755, 3); // Wilson 95% interval for 4/5
    expect(hi).toBeCloseTo(0.9638, 3);
    expect(r.confusion).toEqual({
      none: { none: 3, elevated: 0, high: 1, imminent: 0 },
      elevated: { none: 0, elevated: 1, high: 0, imminent: 0 },
      high: { none: 1, elevated: 0, high: 1, imminent: 0 },
      imminent: { none: 0, elevated: 1, high: 0, imminent: 1 },
    });
    const rules = r.rules as Record<string, { risk: number; none: number }>;
    expect(rules['intent.kill-self']).toEqual({ risk: 1, none: 1 });
    expect(rules['passive.wish-gone']).toEqual({ risk: 2, none: 0 });
  }, 30_000);

  it('prints the figures as text, reads stdin for "-", and never prints a message', async () => {
    const { code, stdout } = await peerline(['eval', '-'], TSV);
    expect(code).toBe(0);
    expect(stdout).toContain('9 lines (imminent 2, high 2, elevated 1, none 4), 1 blank skipped');
    expect(stdout).toMatch(/recall on risk lines \(detected above none\)\s+0\.800\s+4\/5\s+\(95% CI 0\.376–0\.964\)/);
    expect(stdout).toMatch(/false alarms on none lines\s+0\.250\s+1\/4/);
    expect(stdout).toMatch(/imminent recognised as imminent\s+0\.500\s+1\/2/);
    expect(stdout).toMatch(/^imminent\s+0\s+1\s+0\s+1$/m);
    expect(stdout).toMatch(/^none\s+3\s+0\s+1\s+0$/m);
    expect(stdout).toMatch(/^ {2}intent\.kill-self\s+1\s+1$/m);
    for (const [, text] of LINES) expect(stdout).not.toContain(text);
  }, 30_000);

  it('reports every malformed line by number, without its text, prints no figures and exits 1', async () => {
    const bad = file('bad.tsv', 'high\ti want to kill myself\nno tab on this secret line\nmaybe\tsecret words here\nnone\tfine\n');
    const { code, stdout, stderr } = await peerline(['eval', bad]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${bad} line 2: expected label<TAB>text`);
    expect(stderr).toContain(`${bad} line 3: the label is not one of imminent, high, elevated, none`);
    expect(stderr).toContain('2 bad lines; no figures printed');
    expect(stderr).not.toContain('secret');
  }, 30_000);

  it('--context reads each author\'s lines through the conversation window, so a plan over two messages is imminent', async () => {
    // Written for this test: author a's means, then a time; author b's lines between them change nothing.
    const conversation = [
      ['a', 'high', 'i have the pills'],
      ['b', 'none', 'hello there'],
      ['b', 'none', 'see you tonight at the game'],
      ['a', 'imminent', 'tonight'],
    ];
    const withContext = await peerline(['eval', '--context', '--json', file('conversation.tsv', conversation.map((l) => l.join('\t')).join('\n'))]);
    expect(withContext.stderr).toBe('');
    expect(withContext.code).toBe(0);
    const inContext = JSON.parse(withContext.stdout) as Record<string, unknown>;
    expect(inContext.imminentAsImminent).toMatchObject({ hit: 1, total: 1 });
    expect(inContext.recall).toMatchObject({ hit: 2, total: 2 });
    expect(inContext.falseAlarms).toMatchObject({ hit: 0, total: 2 });

    // The same lines read one by one: the time alone is nothing.
    const alone = await peerline(['eval', '--json', file('alone.tsv', conversation.map(([, l, t]) => `${l}\t${t}`).join('\n'))]);
    const eachAlone = JSON.parse(alone.stdout) as Record<string, unknown>;
    expect(eachAlone.imminentAsImminent).toMatchObject({ hit: 0, total: 1 });
    expect(eachAlone.recall).toMatchObject({ hit: 1, total: 2 });

    // Without an author column, --context reports the line.
    const bad = await peerline(['eval', '--context', file('no-author.tsv', 'high\ti have the pills\n')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('line 1: expected author<TAB>label<TAB>text');
  }, 30_000);

  it('refuses a missing file, a second file and an unknown option', async () => {
    const [missing, two, option, help] = await Promise.all([
      peerline(['eval', join(dir, 'nope.tsv')]),
      peerline(['eval', 'a.tsv', 'b.tsv']),
      peerline(['eval', '--frobnicate', 'a.tsv']),
      peerline(['eval', '--help']),
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read');
    expect(missing.stderr).toContain('ENOENT');
    expect(two.code).toBe(2);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('unknown option');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('usage: peerline eval');
  }, 30_000);
});
