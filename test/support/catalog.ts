/**
 * What the database itself says its tables and columns are, read from pg_catalog (the same on PGlite
 * and PostgreSQL), and what drizzle's schema.ts says they should be, in the same shape.
 */
import { sql } from 'drizzle-orm';
import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../src/db/client.js';
import * as schema from '../../src/db/schema.js';

/** `table.column` → `type, null|not null`. */
export type ColumnMap = Record<string, string>;

async function rowsOf<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}

/** The ordinary tables in the public schema (drizzle's own bookkeeping lives in the `drizzle` schema). */
export async function tablesIn(db: Db): Promise<string[]> {
  const rows = await rowsOf<{ name: string }>(db, sql`select c.relname as name from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`);
  return rows.map((r) => r.name);
}

export async function columnsIn(db: Db): Promise<ColumnMap> {
  const rows = await rowsOf<{ t: string; c: string; type: string; not_null: boolean }>(
    db,
    sql`select c.relname as t, a.attname as c, pg_catalog.format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as not_null
        from pg_catalog.pg_attribute a join pg_catalog.pg_class c on c.oid = a.attrelid join pg_catalog.pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped order by 1, 2`,
  );
  return Object.fromEntries(rows.map((r) => [`${r.t}.${r.c}`, `${r.type}, ${r.not_null ? 'not null' : 'null'}`]));
}

/** Drizzle's column types as PostgreSQL names them once created (serials are integers with a default). */
const AS_CREATED: Record<string, string> = { serial: 'integer', bigserial: 'bigint', smallserial: 'smallint' };

export function tablesInSchema(): PgTable[] {
  const values: unknown[] = Object.values(schema);
  return values.filter((v): v is PgTable => is(v, PgTable));
}

export function columnsInSchema(): ColumnMap {
  const out: ColumnMap = {};
  for (const table of tablesInSchema()) {
    const config = getTableConfig(table);
    for (const column of config.columns) {
      const type = column.getSQLType();
      out[`${config.name}.${column.name}`] = `${AS_CREATED[type] ?? type}, ${column.notNull || column.primary ? 'not null' : 'null'}`;
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}
