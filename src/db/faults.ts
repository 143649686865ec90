/**
 * Whether an exception is the database failing (unreachable, gone, overloaded, shut down, timed out)
 * rather than a bug of ours. Only then may a reply say "I cannot reach my database": a TypeError, or a
 * query PostgreSQL refuses as malformed, is a bug and is told apart here by the drivers' own signals.
 */

/** SQLSTATE classes that mean the server or the connection failed, not the statement we sent. */
const FAULT_CLASSES = new Set([
  '08', // connection exception
  '40', // transaction rollback (serialization failure, deadlock): try again
  '53', // insufficient resources (too many connections, disk full)
  '57', // operator intervention (statement_timeout's query_canceled, admin shutdown, cannot connect now)
  '58', // system error (I/O)
  'XX', // internal error
]);

/** postgres.js's own connection codes, and Node's socket errors underneath them. */
const CONNECTION_CODES = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/** PGlite has no code for a closed or dead instance, only this message. */
const PGLITE_GONE = /^PGlite is closed/;

/** True when `error` (or what it wraps: drizzle's `cause`, Bolt's `original`) is a database fault. */
export function isDatabaseFault(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let e: unknown = error; typeof e === 'object' && e !== null && !seen.has(e); e = next(e)) {
    seen.add(e);
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (CONNECTION_CODES.has(code) || (/^[0-9A-Z]{5}$/.test(code) && FAULT_CLASSES.has(code.slice(0, 2))))) return true;
    if (e instanceof Error && PGLITE_GONE.test(e.message)) return true;
  }
  return false;
}

function next(e: object): unknown {
  const { cause, original } = e as { cause?: unknown; original?: unknown };
  return cause ?? original;
}
