/**
 * Memory and start-up figures for chat.bench.ts, each measured in a fresh process started with
 * --expose-gc so that heap figures are measured after a collection, not guessed:
 *
 * - `identifier [size]`: loading the language identifier alone: the packed copy of eld's small model
 *   that identify.ts reads (src/crisis/lang/ngram-identifier.ts) by default, or eld itself with one of
 *   its databases (`small`, `medium`, `large`, `extrasmall`).
 * - `crisis`: loading the whole crisis module (rule packs compiled, identifier loaded) and the first
 *   message through it.
 * - `context`: a conversation window filled to its bound (10,000 person × place keys, five risky
 *   messages each).
 * - `context-worst`: the same at its worst: ids of 64 characters, and every message a different list
 *   of `MAX_SIGNALS` signals (rules of every pack), so no list is shared.
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
  const size = process.argv[3] ?? 'packed';
  if (size === 'packed') {
    const identifier = (await import('../../src/crisis/lang/ngram-identifier.js')).compileIdentifier();
    identifier.detect('bonjour tout le monde');
  } else {
    const spec = size === 'small' ? 'eld/small' : size === 'medium' ? 'eld/medium' : size === 'large' ? 'eld/large' : 'eld/extrasmall';
    const eld = (await import(spec)) as { default: { detect: (t: string) => { language: string } } };
    eld.default.detect('bonjour tout le monde');
  }
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
} else if (mode === 'context-worst') {
  const { ConversationContext, DETECTORS, kindBit } = await import('../../src/crisis/index.js');
  const rules = Object.values(DETECTORS).flatMap((d) => d.rules);
  const base = settle();
  const context = new ConversationContext();
  const keys = 10_000;
  const id = (prefix: string, k: number) => `${prefix}${String(k).padStart(64 - prefix.length, '0')}`;
  let seed = 1;
  const next = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
  for (let m = 0; m < 5; m += 1) {
    for (let k = 0; k < keys; k += 1) {
      // Rules drawn at random for each message (kept kinds only), so that no two lists are the same.
      const hits = Array.from({ length: ConversationContext.MAX_SIGNALS * 2 }, () => {
        const rule = rules[Math.floor(next() * rules.length)]!;
        return { rule: rule.id, kind: rule.kind, afterRisk: next() < 0.5 };
      }).filter((h) => h.kind !== 'retraction' && h.kind !== 'harassment');
      const mask = hits.reduce((a, h) => a | kindBit(h.kind), 0);
      context.observe(id('discord:1:', k), id('channel:', k % 50), { mask, hits }, m);
    }
  }
  const after = settle();
  console.log(JSON.stringify({ mode, ...context.held, heapBytes: after.heap - base.heap, perKey: (after.heap - base.heap) / context.size, statedPerKey: ConversationContext.BYTES_PER_KEY }));
  process.exit(0);
} else {
  throw new Error(`unknown mode ${String(mode)}`);
}
const loadMs = performance.now() - t0;
const after = settle();
console.log(JSON.stringify({ mode, ...extra, loadMs, heapBytes: after.heap - before.heap, rssBytes: after.rss - before.rss }));
