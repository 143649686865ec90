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
