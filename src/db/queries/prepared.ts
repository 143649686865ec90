import { sql, type Placeholder } from 'drizzle-orm';
import type { Db } from '../client.js';

/**
 * A statement built once and run on any handle: the database's, or a transaction's inside it. Drizzle
 * rebuilds a query's SQL text from its builder each time it runs (30–85 µs of CPU per statement,
 * measured on the 2-core machine), which under a burst of interactions is a tenth of the bot's CPU; a
 * prepared query keeps the text and only fills in the values.
 *
 * A drizzle prepared query runs on the driver client of the handle it was built on (its `client`), and
 * a transaction's handle has a client of its own (drizzle's postgres-js and PGlite sessions: the
 * transaction's `client`). So the query is built once per driver and, for each handle, a copy whose
 * `client` is that handle's is returned: one object, no SQL built. Neither `client` is part of drizzle's
 * typed API; when a handle or a query has none (another driver, or a drizzle that renamed it), the
 * statement is built for that handle instead, as drizzle would: slower, never wrong.
 * `test/db/prepared-on-handles.test.ts` checks that a statement runs inside its transaction (rolled back
 * with it, waiting on its locks) and that the built text is reused.
 */
export function perDb<T extends object>(build: (db: Db) => T): (db: Db) => T {
  // One built query per driver (PGlite's and postgres.js's prepared queries are different classes).
  const templates = new Map<unknown, T>();
  const perHandle = new WeakMap<Db, T>();
  return (db) => {
    const session = sessionOf(db);
    if (session !== null) {
      let template = templates.get(session.kind);
      if (template === undefined) {
        template = build(db);
        templates.set(session.kind, template);
      }
      if (hasClient(template)) return template.client === session.client ? template : onClient(template, session.client);
    }
    let statement = perHandle.get(db);
    if (statement === undefined) {
      statement = build(db);
      perHandle.set(db, statement);
    }
    return statement;
  };
}

/** The driver client of a handle's drizzle session, and the session's class (one per driver). */
function sessionOf(db: Db): { kind: unknown; client: object } | null {
  const session: unknown = (db as { session?: unknown }).session;
  if (typeof session !== 'object' || session === null || !('client' in session)) return null;
  const { client } = session;
  // postgres.js's clients are functions (tagged templates), PGlite's are objects.
  return (typeof client === 'object' || typeof client === 'function') && client !== null ? { kind: session.constructor, client } : null;
}

function hasClient<T extends object>(query: T): query is T & { client: object } {
  return Object.hasOwn(query, 'client');
}

/** `query` with its client replaced: everything else (text, parameters, result mapping) is shared. */
function onClient<T extends object>(query: T, client: object): T {
  const bound = Object.create(query) as T & { client: object };
  bound.client = client;
  return bound;
}

/** `{ key: sql.placeholder('key') }` for each key: the values of a statement built once, each named as its field. */
export function placeholders<K extends string>(...keys: K[]): Record<K, Placeholder<K>> {
  return Object.fromEntries(keys.map((key) => [key, sql.placeholder(key)])) as Record<K, Placeholder<K>>;
}
