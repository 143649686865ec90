/** `peerline scan` names the language each line was read as: a real child process over stdin and stdout. */
import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';

function scan(input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'scan'], { stdio: ['pipe', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.on('error', reject);
    child.on('close', () => resolve(stdout));
    child.stdin.end(input);
  });
}

it('prints "lang" on every line, reads each pack language with its own rules, and other languages with none of theirs', async () => {
  const input = ['i want to die', 'no quiero vivir más', 'eu vou me matar hoje', 'je meurs de faim', 'ich will nicht mehr leben', 'voglio morire, non ce la faccio più', ''].join('\n');
  const out = (await scan(input)).trimEnd().split('\n').map((l) => JSON.parse(l) as { tier: string; rules: string[]; lang: string });
  expect(out).toEqual([
    { tier: 'high', rules: ['intent.want-die'], lang: 'en' },
    { tier: 'elevated', rules: ['es.passive.wish-gone'], lang: 'es' },
    { tier: 'imminent', rules: ['pt.intent.kill-self', 'pt.time.soon'], lang: 'pt' },
    { tier: 'none', rules: [], lang: 'fr' },
    { tier: 'elevated', rules: ['de.distress.done', 'de.passive.wish-gone'], lang: 'de' },
    { tier: 'none', rules: [], lang: 'it' },
  ]);
}, 60_000);

it('with --context, combines an author\'s Spanish lines like English ones', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'scan', '--context'], { stdio: ['pipe', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  const closed = new Promise((resolve) => child.on('close', resolve));
  child.stdin.end(['ana\tya lo tengo todo planeado', 'ana\tme voy a suicidar'].join('\n'));
  await closed;
  const out = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { tier: string; rules: string[]; lang: string });
  expect(out.map((d) => [d.tier, d.lang])).toEqual([
    ['none', 'es'],
    ['imminent', 'es'],
  ]);
  expect(out[1]!.rules).toEqual(['es.intent.kill-self', 'es.plan.decided']);
}, 60_000);
