/**
 * Memory and start-up figures for chat.bench.ts, each measured in a fresh process started with
 * --expose-gc so that heap figures are measured after a collection, not guessed:
 *
 * - `identifier [size]`: loading the language identifier alone (eld, "small" unless a size is given).
 * - `crisis`: loading the whole crisis module (rule packs compiled, identifier loaded) and the first
 *   message through it.
 * - `context`: a conversation window filled to its bound (10,000 person × place keys, five risky
 *   messages each).
 *
 * Prints one JSON object. Run by chat.bench.ts; by hand: `node --expose-gc --import tsx test/bench/chat-memory.ts crisis`.
 */
import process from 'node:process';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc');

function settle(): { heap: number; rss: number } {
  gc!();
  gc!();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, rss: m.rss };
}

const mode = process.argv[2];
const before = settle();
const t0 = performance.now();
let extra: Record<string, unknown> = {};
if (mode === 'identifier') {
  const size = process.argv[3] ?? 'small';
  const spec = size === 'small' ? 'eld/small' : size === 'medium' ? 'eld/medium' : size === 'large' ? 'eld/large' : 'eld/extrasmall';
  const eld = (await import(spec)) as { default: { detect: (t: string) => { language: string } } };
  eld.default.detect('bonjour tout le monde');
  extra = { size };
} else if (mode === 'crisis') {
  const crisis = await import('../../src/crisis/index.js');
  crisis.signalsOf('hola, ¿cómo estás? hoy no puedo más');
} else if (mode === 'context') {
  const { ConversationContext, signalsOf } = await import('../../src/crisis/index.js');
  const risky = signalsOf('i have the pills and i want to die tonight');
  const base = settle();
  const context = new ConversationContext();
  const keys = 10_000;
  for (let m = 0; m < 5; m += 1) for (let k = 0; k < keys; k += 1) context.observe(`discord:1:1${String(k).padStart(17, '0')}`, `channel:9${String(k % 50).padStart(17, '0')}`, risky, m);
  const after = settle();
  console.log(JSON.stringify({ mode, keys: context.size, heapBytes: after.heap - base.heap, perKey: (after.heap - base.heap) / context.size, statedPerKey: ConversationContext.BYTES_PER_KEY }));
  process.exit(0);
} else {
  throw new Error(`unknown mode ${String(mode)}`);
}
const loadMs = performance.now() - t0;
const after = settle();
console.log(JSON.stringify({ mode, ...extra, loadMs, heapBytes: after.heap - before.heap, rssBytes: after.rss - before.rss }));
