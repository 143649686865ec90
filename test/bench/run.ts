/**
 * `npm run bench`: every benchmark in turn, figures to stdout. Benchmarks report; tests judge.
 * Needs a PostgreSQL server (BENCH_DATABASE_URL, else TEST_DATABASE_URL, else 127.0.0.1:5432/test).
 */
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import type { BenchResult } from './support.js';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = (await readdir(dir)).filter((f) => f.endsWith('.bench.ts') && (only.length === 0 || only.some((o) => f.includes(o)))).sort();
console.log(`# Peerline benchmarks — ${new Date().toISOString()} — Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`);
for (const file of files) {
  const mod = (await import(new URL(file, import.meta.url).href)) as { run: () => Promise<BenchResult> };
  const result = await mod.run();
  console.log(['', `## ${result.name}`, ...result.lines.map((l) => `- ${l}`)].join('\n'));
}
