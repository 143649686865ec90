/** Reading the rows of `db.execute`, which the two drivers hand back in different shapes. */
import type { z } from 'zod';

/** The rows of what `db.execute` returned, checked against `rows`: postgres.js gives an array, PGlite `{ rows }`. */
export function executedRows<T>(rows: z.ZodType<T[]>, result: unknown): T[] {
  const list = Array.isArray(result) ? result : (result as { rows?: unknown } | null)?.rows;
  return rows.parse(list);
}
