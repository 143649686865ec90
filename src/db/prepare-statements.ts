import type { Sql, TransactionSql } from 'postgres';

/**
 * Distinct statement texts one process prepares on its connections, at most. Peerline sends about a
 * hundred distinct statements (BENCHMARKS.md, 2026-12-06 "Every statement prepared"); the bound only
 * matters if a text varies without limit (an `IN` list, a built filter), whose newcomers then go
 * unprepared instead of growing every connection's statement cache and every server session's memory.
 */
export const PREPARED_TEXT_LIMIT = 400;

/**
 * Decides which statement texts are prepared: the first `limit` distinct texts that carry parameters,
 * for the life of the process. A text without parameters goes out as a simple query and is not counted.
 */
export class PreparedTexts {
  readonly #admitted = new Set<string>();

  constructor(readonly limit: number = PREPARED_TEXT_LIMIT) {}

  /** Texts admitted so far (≤ `limit`). */
  get size(): number {
    return this.#admitted.size;
  }

  admit(text: string): boolean {
    if (this.#admitted.has(text)) return true;
    if (this.#admitted.size >= this.limit) return false;
    this.#admitted.add(text);
    return true;
  }
}

type Parameters_ = Parameters<Sql['unsafe']>[1];
type Options = Parameters<Sql['unsafe']>[2];
type InTransaction = (sql: TransactionSql) => unknown;

const isCallback = (value: unknown): value is InTransaction => typeof value === 'function';

/**
 * The postgres.js client with every statement that carries parameters prepared (within `texts`'s bound),
 * in transactions and savepoints too. Drizzle asks for `prepare: false` on every query it did not name
 * (drizzle-orm/postgres-js/session.js), and postgres.js then sends each one as Parse + Describe, waits for
 * the parameter types, and only then Bind + Execute: two round trips and a fresh parse on the server per
 * statement. Prepared, a statement the connection has seen goes out as Bind + Execute alone. postgres.js
 * keeps one statement cache per connection (keyed by text and inferred parameter types) and empties it
 * when the connection is replaced, so a statement after a reconnect is prepared afresh; it does not bound
 * the cache, hence `texts`.
 *
 * Outside a transaction no statement is queued behind another on a busy connection (pipelined). A
 * prepared statement would otherwise be pipelinable, and postgres.js can pipeline one onto a connection
 * between its reset ('error') and its 'close' and then never settle it (porsager/postgres#1130;
 * test/db/prepare-statements.test.ts). Unprepared statements were never pipelined (postgres.js waits for
 * their Describe), so the pool works as it did for them. Inside a transaction statements may still go out
 * together: a transaction is failed as a whole when its connection closes.
 */
export function preparingEveryStatement(sql: Sql, texts: PreparedTexts = new PreparedTexts()): Sql {
  return override(sql, {
    unsafe: unsafeOf(sql, texts, NOT_PIPELINED),
    begin: scoped((name, fn) => (name === undefined ? sql.begin(fn) : sql.begin(name, fn)), texts),
  });
}

/**
 * postgres.js's (untyped) hook that `begin` uses to learn a statement's connection; its answer decides
 * whether the pool may queue more statements onto that connection at once, and false says no.
 */
const NOT_PIPELINED = { onexecute: () => false };

function inTransaction(tx: TransactionSql, texts: PreparedTexts): TransactionSql {
  return override(tx, {
    unsafe: unsafeOf(tx, texts, {}),
    savepoint: scoped((name, fn) => (name === undefined ? tx.savepoint(fn) : tx.savepoint(name, fn)), texts),
  });
}

function unsafeOf(sql: Pick<Sql, 'unsafe'>, texts: PreparedTexts, pipelining: object) {
  return (query: string, parameters?: Parameters_, options?: Options) =>
    sql.unsafe(query, parameters, {
      ...options,
      ...pipelining,
      ...(parameters === undefined || parameters.length === 0 ? {} : { prepare: texts.admit(query) }),
    });
}
/** `begin` and `savepoint` take an optional name and a callback, which gets the wrapped transaction. */
function scoped(open: (name: string | undefined, fn: InTransaction) => Promise<unknown>, texts: PreparedTexts) {
  return (first: unknown, second?: unknown): Promise<unknown> => {
    if (isCallback(first)) return open(undefined, (tx) => first(inTransaction(tx, texts)));
    if (typeof first === 'string' && isCallback(second)) return open(first, (tx) => second(inTransaction(tx, texts)));
    return Promise.reject(new TypeError('expected an optional name and a callback'));
  };
}

function override<S extends object>(target: S, members: Record<string, unknown>): S {
  return new Proxy(target, {
    get: (object, key, receiver) => (typeof key === 'string' && Object.hasOwn(members, key) ? members[key] : Reflect.get(object, key, receiver)),
  });
}
