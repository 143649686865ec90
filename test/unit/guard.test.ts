/**
 * The one guard tells a database fault from a bug by the drivers' own signals: only a real database
 * fault is answered "I cannot reach my database"; a TypeError, or SQL the server refuses as malformed,
 * is a bug, logged as `<platform>.bug` and answered with its own calm copy. Real drivers, real errors.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGuard } from '../../src/adapters/guard.js';
import { ok, type Result } from '../../src/core/result.js';
import { errorView } from '../../src/core/views/errors.js';
import { words } from '../support/words.js';
import { openDatabase } from '../../src/db/client.js';
import { recordingLogger } from '../support/core.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.dispose();
});

async function guarded(work: () => Promise<Result<string>>) {
  const log = recordingLogger();
  const result = await createGuard(log, 'slack').run('test', work);
  const error = result.ok ? null : result.error;
  return { result, error, view: error === null ? null : words(errorView(error)), codes: log.entries.map((e) => e.code) };
}

describe('the guard', () => {
  it('passes results through untouched', async () => {
    const { result, codes } = await guarded(async () => ok('fine'));
    expect(result).toEqual({ ok: true, value: 'fine' });
    expect(codes).toEqual([]);
  });

  it('answers a bug (a TypeError) with its own calm copy, never the database message, and logs it as a bug', async () => {
    const { error, view, codes } = await guarded(async () => {
      const missing = null as unknown as { value: string };
      return ok(missing.value);
    });
    expect(error).toEqual({ code: 'internal' });
    expect(codes).toEqual(['slack.bug']);
    expect(view?.title).toBe('Something went wrong');
    expect(view?.text).toContain('/resources');
    expect(view?.text).not.toContain('database');
  });

  it('treats SQL the server refuses as malformed (an unknown table) as a bug, not an outage', async () => {
    const { error, codes } = await guarded(async () => {
      await database.db.execute(sql`select * from no_such_table_here`);
      return ok('unreachable');
    });
    expect(error).toEqual({ code: 'internal' });
    expect(codes).toEqual(['slack.bug']);
  });

  it('answers a closed database with "I cannot reach my database"', async () => {
    const closed = await openDatabase({ kind: 'pglite', dataDir: null });
    await closed.close();
    const { error, view, codes } = await guarded(async () => {
      await closed.db.execute(sql`select 1`);
      return ok('unreachable');
    });
    expect(error).toEqual({ code: 'unavailable' });
    expect(codes).toEqual(['slack.database_fault']);
    expect(view?.text).toContain('I cannot reach my database');
  });

  it('answers a PostgreSQL server that refuses connections with "I cannot reach my database"', async () => {
    // Port 1 on this machine: the kernel refuses the connection, as for a server that is down.
    const { error, codes } = await guarded(async () => {
      const down = await openDatabase({ kind: 'postgres', url: 'postgres://peerline@127.0.0.1:1/peerline', connectTimeoutMs: 2000 });
      await down.close();
      return ok('unreachable');
    });
    expect(error).toEqual({ code: 'unavailable' });
    expect(codes).toEqual(['slack.database_fault']);
  });

  it('names a refusal by the chat platform as one, when the adapter recognises it', async () => {
    const log = recordingLogger();
    const refused = Object.assign(new Error('not_in_channel'), { code: 'slack_webapi_platform_error' });
    const guard = createGuard(log, 'slack', (e) => e === refused);
    const result = await guard.run('test', async () => {
      throw refused;
    });
    expect(result.ok ? null : result.error).toEqual({ code: 'platform' });
    expect(log.entries.map((e) => e.code)).toEqual(['slack.platform_failed']);
  });
});
