/**
 * Statements sent together in one transaction. postgres.js writes the statements a transaction queues in
 * the same tick to its connection at once — one round trip instead of one each — and the server runs
 * them in the order they were called (on PGlite they simply run one after another). Waits for every one,
 * then throws the first failure in call order, not the first to settle: when one statement fails, the
 * ones after it fail too ("current transaction is aborted"), and the caller must see the first (a
 * unique violation, say), whatever order the rejections reach it in.
 */
export async function together<P extends readonly Promise<unknown>[]>(statements: readonly [...P]): Promise<{ -readonly [K in keyof P]: Awaited<P[K]> }> {
  const settled = await Promise.allSettled(statements);
  const values: unknown[] = [];
  for (const outcome of settled) {
    if (outcome.status === 'rejected') throw outcome.reason;
    values.push(outcome.value);
  }
  return values as { -readonly [K in keyof P]: Awaited<P[K]> };
}
