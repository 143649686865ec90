/** `peerline scan` as a user runs it: a real child process over stdin and stdout. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const scan = (input: string | Buffer, args: string[] = []) => runCli(['scan', ...args], { stdin: input });

const parse = (stdout: string) => stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { tier: string; rules: string[]; lang: string });

describe('peerline scan', () => {
  it('prints one JSON detection per input line, in order', async () => {
    const { code, stdout } = await scan('i want to kill myself\nthis deadline is killing me\n');
    expect(code).toBe(0);
    const lines = parse(stdout);
    expect(lines).toHaveLength(2);
    expect(['high', 'imminent']).toContain(lines[0]!.tier);
    expect(lines[0]!.rules.length).toBeGreaterThan(0);
    expect(lines[1]).toEqual({ tier: 'none', rules: [], lang: 'en' });
    expect(stdout.split('\n')[0]).toBe('{"tier":"high","rules":["intent.kill-self"],"lang":"en"}');
  }, 30_000);

  it('handles CRLF, empty lines and a last line without a newline', async () => {
    const { stdout } = await scan('hello\r\n\r\n\ni wish i was dead');
    expect(parse(stdout)).toEqual([
      { tier: 'none', rules: [], lang: 'en' },
      { tier: 'none', rules: [], lang: 'und' },
      { tier: 'none', rules: [], lang: 'und' },
      { tier: 'elevated', rules: ['passive.wish-gone'], lang: 'en' },
    ]);
  }, 30_000);

  it('keeps order over a large input and a very long line', async () => {
    const lines = Array.from({ length: 60_000 }, (_, i) => (i % 3 === 0 ? `i want to die ${i}` : i % 3 === 1 ? `deploy ${i} is green ✅` : ''));
    const long = `${'the build is fine. '.repeat(150_000)}i want to end my life`;
    const { code, stdout } = await scan(Buffer.from(`${lines.join('\n')}\n${long}`, 'utf8'));
    expect(code).toBe(0);
    const tiers = parse(stdout).map((d) => d.tier);
    expect(tiers).toHaveLength(60_001);
    expect(tiers.slice(0, 60_000)).toEqual(lines.map((_, i) => (i % 3 === 0 ? 'high' : 'none')));
    expect(tiers[60_000]).toBe('high');
  }, 60_000);

  it('with --context, reads author<TAB>text and combines each author\'s recent lines, in order', async () => {
    const input = ['ann\ti have the pills', 'bob\thello', 'ann\ttonight', 'bob\ttonight', 'ann\tjk', 'no tab here, i want to die', '', 'carol\ti want to kill myself lol', 'carol\ttoday'].join('\n');
    const { code, stdout } = await scan(input, ['--context']);
    expect(code).toBe(0);
    expect(parse(stdout)[0]?.lang).toBe('en');
    expect(parse(stdout).map(({ lang: _lang, ...d }) => d)).toEqual([
      { tier: 'high', rules: ['means.have', 'means.named'] },
      { tier: 'none', rules: [] },
      { tier: 'imminent', rules: ['means.have', 'means.named', 'time.soon'] },
      { tier: 'none', rules: [] },
      { tier: 'none', rules: [] },
      { tier: 'high', rules: ['intent.want-die'] },
      { tier: 'none', rules: [] },
      { tier: 'high', rules: ['intent.kill-self', 'retraction.laugh'] },
      { tier: 'none', rules: [] },
    ]);
    // Without --context the same lines are read alone.
    const alone = await scan(input.split('\n').map((l) => l.slice(l.indexOf('\t') + 1)).join('\n'));
    expect(parse(alone.stdout)[2]).toEqual({ tier: 'none', rules: [], lang: 'en' });
  }, 30_000);

  it('prints help, and refuses an unknown option', async () => {
    const help = await scan('', ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('usage: peerline scan');
    expect(help.stdout).toContain('--context');
    const bad = await scan('', ['--frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('unknown option');
  }, 30_000);
});
