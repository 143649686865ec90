/**
 * Detector throughput on one core: a generated corpus of chat-like lines (mostly everyday talk, ~2%
 * risky, some Unicode, emoji and obfuscation), scanned whole several times; median MB/s and messages/s.
 */
import { performance } from 'node:perf_hooks';
import { detect } from '../../src/crisis/index.js';
import { fmt, median, runIfMain, type BenchResult } from './support.js';

const EVERYDAY = [
  'anyone up for lunch at 12?',
  'the deploy is green, merging now',
  'this deadline is killing me 😅',
  'kill the container and restart it',
  'lol that meme is so good 😂😂',
  'can someone review my PR when you get a chance',
  "i'm dying to see the new season",
  'the meeting got moved to 3pm',
  'ugh monday again',
  'great job on the launch everyone 🎉',
  'my laptop died during the demo',
  'has anyone seen the charger',
  'I’ll be late, the train is delayed',
  'ｔｈａｎｋｓ ｆｏｒ ｔｈｅ ｈｅｌｐ',
  'we should kill this feature, nobody uses it',
  "she's skilled at chess",
  'ok sounds good 👍',
  'did you try turning it off and on again?',
  'the café on the corner has the best crêpes',
  'headshot! gg',
];
const RISKY = ['i want to kill myself', 'i wanna d1e', "they'd all be better off if i was gone", 'i took a handful of pills', 'k!ll myself', 'i feel so trapped'];

function corpus(bytes: number): string[] {
  const lines: string[] = [];
  let size = 0;
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  while (size < bytes) {
    const line = next() < 0.02 ? RISKY[Math.floor(next() * RISKY.length)]! : EVERYDAY[Math.floor(next() * EVERYDAY.length)]!;
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return lines;
}

export async function run(): Promise<BenchResult> {
  const lines = corpus(8 * 1024 * 1024);
  const bytes = lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
  let flagged = 0;
  for (const l of lines.slice(0, 20_000)) if (detect(l).tier !== 'none') flagged += 1; // warm-up
  const rates: number[] = [];
  const perMessage: number[] = [];
  for (let round = 0; round < 7; round += 1) {
    const t0 = performance.now();
    flagged = 0;
    for (const l of lines) if (detect(l).tier !== 'none') flagged += 1;
    const seconds = (performance.now() - t0) / 1000;
    rates.push(bytes / 1_048_576 / seconds);
    perMessage.push(lines.length / seconds);
  }
  return {
    name: 'Crisis detector (one core)',
    lines: [
      `${lines.length.toLocaleString('en-GB')} chat lines, ${fmt(bytes / 1_048_576)} MB, ${fmt((flagged / lines.length) * 100)}% flagged; 7 rounds`,
      `median ${fmt(median(rates))} MB/s, ${fmt(median(perMessage), 0)} messages/s (min ${fmt(Math.min(...rates))}, max ${fmt(Math.max(...rates))} MB/s)`,
    ],
  };
}

runIfMain(import.meta.url, run);
