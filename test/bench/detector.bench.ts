/**
 * Detector throughput on one core. The corpus is generated from templates so that lines vary the way
 * chat does (work, code, food, news, mentions, links, emoji, accents, other scripts); 10% are idioms and
 * work, game and medicine talk that use the words risk phrases use ("killing me", "kill -9", "to die
 * for", "ibuprofen"), and 2% are risky, some obfuscated. Every round scans
 * the whole corpus; figures are medians over rounds. Rates are given against wall time and against the
 * process's CPU time, because a shared machine's wall time includes time spent waiting for a core.
 *
 * End to end with context: each line from one of 2,000 authors in 20 channels, read with `signals` and
 * `ConversationContext.observe` at a clock that moves 50 ms a line, as the bot reads a busy server;
 * per-message latency is timed one message at a time (p50/p99 over a whole pass). Memory per context
 * key is measured when the process runs with --expose-gc (`node --expose-gc --import tsx …`).
 *
 * `npx tsx test/bench/detector.bench.ts` prints the figures; `npm run bench -- detector` includes them.
 */
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { ConversationContext, detect, english } from '../../src/crisis/index.js';
import { fmt, median, percentile, runIfMain } from './support.js';

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

const WHO = ['i', 'we', 'the team', 'my manager', 'sam', 'alex', '@jordan', 'everyone', 'the new intern', 'my cat'];
const DID = ['pushed a fix for', 'finally finished', 'broke', 'reviewed', 'rewrote', 'deployed', 'forgot about', 'is still waiting on', 'just merged', 'rolled back'];
const THING = ['the login page', 'the billing service', 'PR #4821', 'the flaky test', 'the migration', 'the onboarding doc', 'the staging cluster', 'the release notes', 'the dashboard', 'the cron job'];
const WHEN = ['this morning', 'yesterday', 'before lunch', 'at 3pm', 'last night', 'on friday', 'just now', 'after standup', '', ''];
const TAIL = ['', '', '', ' 🎉', ' 😅', ' lol', ' 👍', '!!', ' :)', ' 🙏', ' 😂😂', ' ✅'];

type Template = (next: () => number) => string;

/** Ordinary chat: most lines. */
const PLAIN: readonly Template[] = [
  (n) => `${pick(n, WHO)} ${pick(n, DID)} ${pick(n, THING)} ${pick(n, WHEN)}${pick(n, TAIL)}`.replace(/ +/g, ' '),
  (n) => `anyone up for ${pick(n, ['lunch', 'coffee', 'a walk', 'ramen', 'pizza', 'tacos'])} at ${1 + Math.floor(n() * 12)}${pick(n, [':00', ':30', 'pm', ''])}?`,
  (n) => `can someone review ${pick(n, THING)} when you get a chance${pick(n, TAIL)}`,
  (n) => `${pick(n, ['cut', 'dice', 'slice'])} the ${pick(n, ['onions', 'butter', 'carrots', 'garlic'])} and ${pick(n, ['fry', 'simmer', 'roast'])} for ${5 + Math.floor(n() * 40)} minutes`,
  (n) => `${pick(n, ['news:', 'report:', 'breaking:'])} ${pick(n, ['council approves budget', 'storm closes bridge', 'study on sleep published', 'rates unchanged'])}`,
  (n) => `see https://example.com/${pick(n, ['docs', 'issues', 'wiki'])}/${Math.floor(n() * 99999)} for details`,
  (n) => `<@${100000000 + Math.floor(n() * 899999999)}> ${pick(n, ['ping', 'can you look', 'thanks!', 'are you around?'])}`,
  (n) => `${pick(n, ['ok', 'sounds good', 'sure', 'yep', 'nope', 'lol', 'haha', 'thanks', 'ty', 'np'])}${pick(n, TAIL)}`,
  (n) => `${pick(n, ['le café', 'the crêpes', 'la pâtisserie', 'the jalapeño dip'])} on the corner is great ${pick(n, ['☕', '🥐', '', ''])}`,
  (n) => pick(n, ['ｔｈａｎｋｓ ｆｏｒ ｔｈｅ ｈｅｌｐ', 'спасибо за помощь', 'ありがとうございます', 'danke schön, bis morgen', 'merci beaucoup 🙏', '¿vamos mañana?']),
  (n) => `${pick(n, WHO)} said the ${pick(n, THING)} ${pick(n, ['is fine now', 'needs another look', 'is blocked on review', 'shipped'])}. ${pick(n, ['nice', 'cool', 'great', 'finally'])}${pick(n, TAIL)}`,
];

/** Idioms, work, game, sport, food and medicine talk with the words risk phrases use ("killing me", "kill -9", "to die for"). */
const IDIOMS: readonly Template[] = [
  (n) => `this ${pick(n, ['deadline', 'meeting', 'traffic', 'heat', 'bug', 'commute', 'sprint'])} is killing me${pick(n, TAIL)}`,
  (n) => `${pick(n, ['kill', 'restart', 'scale down', 'drain'])} the ${pick(n, ['pod', 'container', 'worker', 'process', 'node'])} and ${pick(n, ['try again', 'check the logs', 'see if it comes back'])}`,
  (n) => `kill -9 ${1000 + Math.floor(n() * 90000)}`,
  (n) => `${pick(n, ['dead code', 'dead links', 'a dead letter queue', 'zombie processes'])} in ${pick(n, ['utils.ts', 'the api', 'the old repo', 'src/legacy'])}`,
  (n) => `i'm dying to ${pick(n, ['see', 'try', 'hear about', 'watch'])} ${pick(n, ['the new season', 'that place', 'your demo', 'the final'])}${pick(n, TAIL)}`,
  (n) => `${pick(n, ['headshot!', 'gg', 'clutch', 'ace'])} ${pick(n, ['gg', 'ez', 'nice one', 'wp', ''])}`,
  (n) => `i died ${1 + Math.floor(n() * 30)} times to the ${pick(n, ['final boss', 'dragon', 'tutorial', 'last level'])}${pick(n, TAIL)}`,
  (n) => `${pick(n, ['we', 'they', 'the home team'])} ${pick(n, ['got killed', 'won', 'lost', 'drew'])} ${pick(n, ['in the semifinal', '3-1', 'on penalties', 'last night'])}`,
  (n) => `${pick(n, ['this cake', 'the ramen', 'her tiramisu', 'that brisket'])} is to die for${pick(n, TAIL)}`,
  (n) => `goodbye team, ${pick(n, ['see you monday', 'it was great working with you', 'have a nice weekend'])}`,
  (n) => `i'm ${pick(n, ['so done with this week', 'exhausted but proud', 'dead 💀', 'dead tired', 'jumping on a call'])}${pick(n, TAIL)}`,
  (n) => `${pick(n, ['took', 'taking'])} ${pick(n, ['2', 'two', 'an'])} ${pick(n, ['ibuprofen', 'advil', 'paracetamol'])} for my ${pick(n, ['headache', 'back', 'knee'])}`,
];

const RISKY = [
  'i want to kill myself',
  'i wanna d1e',
  "they'd all be better off if i was gone",
  'i took a handful of pills',
  'k!ll myself',
  'i feel so trapped',
  "i don't want to be here anymore",
  'this is my goodbye. i\'m jumping tonight',
  'how much paracetamol is a lethal dose',
  'i relapsed and cut myself today',
  'i want to die… jk i\'m fine',
  's u i c i d a l',
  '𝐢 𝐰𝐚𝐧𝐭 𝐭𝐨 𝐝𝐢𝐞',
];

/** Chat-like lines totalling at least `bytes` of UTF-8, from a fixed seed so runs compare. */
export function corpus(bytes: number, risky = 0.02, idioms = 0.1): string[] {
  let seed = 42;
  const next = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
  const lines: string[] = [];
  let size = 0;
  while (size < bytes) {
    const r = next();
    const line = r < risky ? pick(next, RISKY) : r < risky + idioms ? pick(next, IDIOMS)(next) : pick(next, PLAIN)(next);
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return lines;
}

/**
 * The machine's floor for any pass over the text: read each char code, look it up, write a byte.
 * Shared or slow machines differ several-fold; this puts the detector's figure in proportion.
 */
function floor(lines: readonly string[]): number {
  const table = new Uint8Array(65536).map((_, c) => (c >= 65 && c <= 90 ? c | 32 : c & 127));
  const out = new Uint8Array(1 << 16);
  let sum = 0;
  for (const l of lines) {
    let n = 0;
    for (let i = 0; i < l.length && n < out.length; i += 1) out[n++] = table[l.charCodeAt(i)]!;
    sum += out[n >> 1]!;
  }
  return sum;
}

export async function run(): Promise<{ name: string; lines: string[] }> {
  const lines = corpus(8 * 1024 * 1024);
  const bytes = lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
  const distinct = new Set(lines).size;
  const scan = () => {
    let flagged = 0;
    for (const l of lines) if (detect(l).tier !== 'none') flagged += 1;
    return flagged;
  };
  scan(); // warm-up: let the JIT settle before timing
  const wall: number[] = [];
  const cpu: number[] = [];
  let flagged = 0;
  for (let round = 0; round < 7; round += 1) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    flagged = scan();
    const seconds = (performance.now() - t0) / 1000;
    const used = process.cpuUsage(c0);
    wall.push(seconds);
    cpu.push((used.user + used.system) / 1e6);
  }
  const floorSeconds: number[] = [];
  for (let round = 0; round < 7; round += 1) {
    const c0 = process.cpuUsage();
    floor(lines);
    const used = process.cpuUsage(c0);
    floorSeconds.push((used.user + used.system) / 1e6);
  }
  // End to end with context.
  const authors = lines.map((_, i) => `user${(i * 7919) % 2000}`);
  const places = lines.map((_, i) => `channel${(i * 31) % 20}`);
  const withContext = () => {
    const context = new ConversationContext();
    let flagged = 0;
    for (let i = 0; i < lines.length; i += 1) if (context.observe(authors[i]!, places[i]!, english.signals(lines[i]!), i * 50).tier !== 'none') flagged += 1;
    return flagged;
  };
  withContext();
  const contextCpu: number[] = [];
  let contextFlagged = 0;
  for (let round = 0; round < 5; round += 1) {
    const c0 = process.cpuUsage();
    contextFlagged = withContext();
    const used = process.cpuUsage(c0);
    contextCpu.push((used.user + used.system) / 1e6);
  }
  const perMessage = new Float64Array(lines.length);
  {
    const context = new ConversationContext();
    for (let i = 0; i < lines.length; i += 1) {
      const t0 = performance.now();
      context.observe(authors[i]!, places[i]!, english.signals(lines[i]!), i * 50);
      perMessage[i] = performance.now() - t0;
    }
  }
  const sorted = [...perMessage].sort((a, b) => a - b);
  // Memory per context key, with a full window of five risky messages each.
  const gc = (globalThis as { gc?: () => void }).gc;
  let perKey = 'not measured (run with node --expose-gc --import tsx)';
  if (gc !== undefined) {
    const risky = english.signals('i have the pills and i want to die tonight');
    const keys = 10_000;
    gc();
    const before = process.memoryUsage().heapUsed;
    const context = new ConversationContext({ maxKeys: keys });
    for (let m = 0; m < 5; m += 1) for (let k = 0; k < keys; k += 1) context.observe(`9${String(k).padStart(17, '0')}`, `8${String(k % 50).padStart(17, '0')}`, english.signals('i have the pills and i want to die tonight'), m);
    gc();
    const after = process.memoryUsage().heapUsed;
    perKey = `${fmt((after - before) / keys, 0)} bytes per key with a full window (${keys.toLocaleString('en-GB')} keys of 18-digit ids, ${fmt((after - before) / 1e6)} MB; stated bound ${ConversationContext.BYTES_PER_KEY}; ${context.size} keys held, ${risky.hits.length} signals a message)`;
  }

  const mb = bytes / 1_000_000;
  const rate = (s: readonly number[]) => `${fmt(mb / median(s))} MB/s, ${fmt(lines.length / median(s), 0)} messages/s`;
  return {
    name: 'Crisis detector (one core)',
    lines: [
      `${lines.length.toLocaleString('en-GB')} chat lines (${distinct.toLocaleString('en-GB')} distinct; 10% idioms, 2% risky), ${fmt(mb)} MB (10^6 bytes) of UTF-8, ${fmt((flagged / lines.length) * 100)}% flagged; 7 rounds after a warm-up`,
      `median by wall time: ${rate(wall)} (range ${fmt(mb / Math.max(...wall))}–${fmt(mb / Math.min(...wall))} MB/s)`,
      `median by CPU time:  ${rate(cpu)}`,
      `for scale, a bare loop over the same text (read, look up, write each char) on this machine: ${fmt(mb / median(floorSeconds))} MB/s by CPU time`,
      `end to end with context (signals + ConversationContext.observe, 2,000 authors × 20 channels): ${fmt(lines.length / median(contextCpu), 0)} messages/s by CPU time (median of 5 rounds), ${fmt((contextFlagged / lines.length) * 100)}% flagged`,
      `per message with context, timed one at a time: p50 ${fmt(percentile(sorted, 50) * 1000, 2)} µs, p99 ${fmt(percentile(sorted, 99) * 1000, 2)} µs, p99.9 ${fmt(percentile(sorted, 99.9) * 1000, 2)} µs, max ${fmt(sorted[sorted.length - 1]! * 1000, 0)} µs (wall time, so a busy machine's waits show here)`,
      `context memory: ${perKey}`,
    ],
  };
}

runIfMain(import.meta.url, run);
