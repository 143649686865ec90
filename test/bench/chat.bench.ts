/**
 * Crisis detection end to end on mixed-language chat, on one core: what core does with every message
 * it reads (handle-message.ts) — `signalsOf` (the cheap English check, language identification, the
 * language's rule pack and English where it may be in the line), `ConversationContext.observe` with
 * the person's recent messages in that place, and the message's language for the unscanned count —
 * and `detectMessage` alone (a request's note). Corpus: committed development lines only
 * (chat-corpus.ts): English alone, and English with 20% Spanish/Portuguese/French/German and 2% other
 * languages, from 2,000 people in 20 places.
 *
 * Rates are messages per second of CPU time, median of 5 rounds after a warm-up; per-message p50/p99
 * are wall time, each message timed alone over a whole pass (a busy machine's waits show there). A
 * bare loop over the same messages (read the text, look up the person × place in a Map, write a
 * result) runs in the same process as the yardstick. Memory and start-up are measured in fresh
 * processes (chat-memory.ts, with --expose-gc). The load average is printed: the machine is shared.
 *
 * `npm run bench -- chat` (or `npx tsx test/bench/chat.bench.ts`).
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { ConversationContext, detectMessage, isPackLanguage, signalsOf, UNDETERMINED } from '../../src/crisis/index.js';
import { chatCorpus, chatSources, type ChatMessage } from './chat-corpus.js';
import { fmt, median, percentile, runIfMain, type BenchResult } from './support.js';

type Reader = (m: ChatMessage, nowMs: number) => number;

/** What core does with a message it reads, less the database: signals, the window, the language for the count. */
function endToEnd(): Reader {
  const context = new ConversationContext();
  const unscanned = new Map<string, number>();
  return (m, nowMs) => {
    const signals = signalsOf(m.text);
    const detection = context.observe(m.author, m.place, signals, nowMs);
    const lang = signals.lang;
    if (detection.tier === 'none' && !isPackLanguage(lang) && lang !== UNDETERMINED) unscanned.set(lang, (unscanned.get(lang) ?? 0) + 1);
    return detection.tier === 'none' ? 0 : 1;
  };
}

const alone: Reader = (m) => (detectMessage(m.text).tier === 'none' ? 0 : 1);

/** The yardstick: read each message, look up its person × place, write a result. */
function bareLoop(): Reader {
  const seen = new Map<string, number>();
  return (m, nowMs) => {
    const key = `${m.author}\u0000${m.place}`;
    seen.set(key, (seen.get(key) ?? 0) + m.text.length + (nowMs & 1));
    return m.text.charCodeAt(0) & 1;
  };
}

/** CPU seconds per pass over `messages`, median of `rounds` after one warm-up pass; a fresh reader each pass. */
function cpuPerPass(messages: readonly ChatMessage[], make: () => Reader, rounds = 5): number {
  const pass = () => {
    const read = make();
    let flagged = 0;
    for (let i = 0; i < messages.length; i += 1) flagged += read(messages[i]!, i * 50);
    return flagged;
  };
  pass();
  const seconds: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const c0 = process.cpuUsage();
    pass();
    const used = process.cpuUsage(c0);
    seconds.push((used.user + used.system) / 1e6);
  }
  return median(seconds);
}

/** Wall time of each message alone, in microseconds, sorted. */
function latencies(messages: readonly ChatMessage[], make: () => Reader): number[] {
  const read = make();
  const times = new Array<number>(messages.length);
  for (let i = 0; i < messages.length; i += 1) {
    const t0 = process.hrtime.bigint();
    read(messages[i]!, i * 50);
    times[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  return times.sort((a, b) => a - b);
}

/** Runs chat-memory.ts in a fresh process with --expose-gc and returns its JSON. */
function measureIn(mode: string, ...args: string[]): Record<string, number | string> {
  const script = fileURLToPath(new URL('chat-memory.ts', import.meta.url));
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, mode, ...args], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as Record<string, number | string>;
}

const MB = (bytes: number | string) => fmt(Number(bytes) / 1e6);
const load = () => os.loadavg().map((l) => fmt(l, 2)).join(' ');

export async function run(): Promise<BenchResult> {
  const loadBefore = load();
  const sources = chatSources();
  const count = 60_000;
  const sets: [string, ChatMessage[]][] = [
    ['English only', chatCorpus(sources, count, { packed: 0, other: 0 })],
    ['mixed: 20% es/pt/fr/de, 2% other languages', chatCorpus(sources, count, { packed: 0.2, other: 0.02 })],
  ];
  const lines: string[] = [
    `corpus: ${count.toLocaleString('en-GB')} messages a set drawn from committed development lines (${sources.english.length} English, ${Object.values(sources.packed).reduce((n, l) => n + l.length, 0)} es/pt/fr/de, ${sources.other.length} other), 2,000 people × 20 places, a clock moving 50 ms a message`,
  ];
  for (const [name, messages] of sets) {
    const base = cpuPerPass(messages, bareLoop);
    const e2e = cpuPerPass(messages, endToEnd);
    const single = cpuPerPass(messages, () => alone);
    const lat = latencies(messages, endToEnd);
    const latAlone = latencies(messages, () => alone);
    const rate = (s: number) => `${fmt(messages.length / s, 0)} messages/s`;
    const us = (sorted: number[]) => `p50 ${fmt(percentile(sorted, 50), 1)} µs, p99 ${fmt(percentile(sorted, 99), 1)} µs, p99.9 ${fmt(percentile(sorted, 99.9), 1)} µs, max ${fmt(sorted[sorted.length - 1]!, 0)} µs`;
    lines.push(
      `${name}: end to end (signalsOf + window + language) ${rate(e2e)} (${fmt(e2e / base)}× the bare loop's time; bare loop ${rate(base)}); ${us(lat)}`,
      `${name}: detectMessage alone ${rate(single)}; ${us(latAlone)}`,
    );
  }
  const id = measureIn('identifier');
  const eldSmall = measureIn('identifier', 'small');
  const crisis = measureIn('crisis');
  const context = measureIn('context');
  const worst = measureIn('context-worst');
  lines.push(
    `identifier (eld's small model, packed: ngram-identifier.ts) in a fresh process: ${fmt(Number(id['loadMs']), 0)} ms to load, heap +${MB(id['heapBytes']!)} MB, resident +${MB(id['rssBytes']!)} MB`,
    `eld itself (eld/small, for comparison) in a fresh process: ${fmt(Number(eldSmall['loadMs']), 0)} ms to load, heap +${MB(eldSmall['heapBytes']!)} MB, resident +${MB(eldSmall['rssBytes']!)} MB`,
    `whole crisis module (packs + identifier) in a fresh process: ${fmt(Number(crisis['loadMs']), 0)} ms to load and read one message, heap +${MB(crisis['heapBytes']!)} MB, resident +${MB(crisis['rssBytes']!)} MB`,
    `conversation window at its bound: ${Number(context['keys']).toLocaleString('en-GB')} keys × 5 messages, heap +${MB(context['heapBytes']!)} MB (${fmt(Number(context['perKey']), 0)} bytes a key; stated bound ${context['statedPerKey']} bytes)`,
    `conversation window at its worst (64-character ids, every message a different list of the most signals kept): ${Number(worst['keys']).toLocaleString('en-GB')} keys, ${Number(worst['entries']).toLocaleString('en-GB')} messages, ${Number(worst['signals']).toLocaleString('en-GB')} signals held, heap +${MB(worst['heapBytes']!)} MB (${fmt(Number(worst['perKey']), 0)} bytes a key; stated bound ${worst['statedPerKey']} bytes)`,
    `load average before / after: ${loadBefore} / ${load()} (${os.cpus().length} cores, shared)`,
  );
  return { name: 'Crisis detection end to end on mixed-language chat (one core)', lines };
}

runIfMain(import.meta.url, run);
