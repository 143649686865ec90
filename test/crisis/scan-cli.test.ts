import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function scan(input: string): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'scan'], { stdio: ['pipe', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
    child.stdin.end(input);
  });
}

describe('peerline scan', () => {
  it('prints one JSON detection per input line, in order', async () => {
    const { code, stdout } = await scan('i want to kill myself\nthis deadline is killing me\n');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { tier: string; rules: string[] });
    expect(lines).toHaveLength(2);
    expect(['high', 'imminent']).toContain(lines[0]!.tier);
    expect(lines[0]!.rules.length).toBeGreaterThan(0);
    expect(lines[1]).toEqual({ tier: 'none', rules: [] });
  }, 30_000);

  it('handles CRLF, empty lines and a last line without a newline', async () => {
    const { stdout } = await scan('hello\r\n\r\ni wish i was dead');
    expect(stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { tier: string }).tier)).toEqual(['none', 'none', 'elevated']);
  }, 30_000);
});
