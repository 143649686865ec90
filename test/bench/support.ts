/** Shared helpers for `npm run bench`: a scratch PostgreSQL database and simple statistics. */
import { createPostgresDatabase } from '../support/db.js';

export const BENCH_DATABASE_URL = process.env['BENCH_DATABASE_URL'] ?? process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface BenchResult {
  readonly name: string;
  readonly lines: readonly string[];
}

export async function scratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  return createPostgresDatabase(BENCH_DATABASE_URL);
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

export const fmt = (n: number, digits = 1) => n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Runs `main` when the file is executed directly (`npx tsx test/bench/x.bench.ts`). */
export function runIfMain(url: string, main: () => Promise<BenchResult>): void {
  if (process.argv[1] !== undefined && url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
    main().then(
      (r) => console.log([`## ${r.name}`, ...r.lines].join('\n')),
      (e: unknown) => {
        console.error(e);
        process.exitCode = 1;
      },
    );
  }
}

/**
 * Starts `total` operations at a steady `rate` per second without waiting for each to finish, and
 * resolves when all have: the open-loop load a busy community puts on the bot. Returns the seconds
 * it took to send them (more than total/rate means the sender itself fell behind).
 */
export async function paced(total: number, rate: number, start: (i: number) => Promise<void>): Promise<number> {
  const started = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < total; i += 1) {
    const wait = started + (i * 1000) / rate - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    inflight.push(start(i));
  }
  const sent = (performance.now() - started) / 1000;
  await Promise.all(inflight);
  return sent;
}

/** "name: N things, label p50 x ms, p99 y ms". */
export function latencyLine(name: string, unit: string, label: string, samples: readonly number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  return `${name}: ${samples.length} ${unit}, ${label} p50 ${fmt(percentile(s, 50), 2)} ms, p99 ${fmt(percentile(s, 99), 2)} ms`;
}
