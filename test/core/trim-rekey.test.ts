/**
 * Rotating the TRiM notes key: notes written under the old key stay readable with
 * PEERLINE_TRIM_KEY_PREVIOUS, and `peerline trim:rekey` (a real child process against the same
 * database) re-encrypts them under the new key and reports counts; a note neither key opens is counted
 * and left alone.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreDeps } from '../../src/core/deps.js';
import { assessmentForm, confirmForm, recordAssessment } from '../../src/core/trim/assess.js';
import { showIncident } from '../../src/core/trim/cases.js';
import { logIncident } from '../../src/core/trim/incident.js';
import { NotesCipher } from '../../src/core/trim/notes-cipher.js';
import { rekeyTrimNotes } from '../../src/core/trim/rekey.js';
import { assignTrimRole } from '../../src/core/trim/roles.js';
import type { View } from '../../src/core/views/types.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { auditLog, trimAssessments, trimCases } from '../../src/db/schema.js';
import { actor, createTestCore, must, TestClock } from '../support/core.js';
import { createTestDatabase, onPostgres } from '../support/db.js';
import { coordinator, setUpCommunity } from '../support/fixtures.js';
import { runCli } from '../support/cli.js';
import { words } from '../support/words.js';

const OLD = randomBytes(32);
const NEW = randomBytes(32);
const FOREIGN = randomBytes(32);
const pat = actor('pat');
const mia = actor('mia');
const people = ['person-1', 'person-2', 'person-3'].map((p) => actor(p).user);
const noteOf = (person: string) => `Sleeping badly since; ${person} has family close by`;

/** Where the child process finds the database: a PGlite data directory on disk, or the per-file PostgreSQL database. */
let target: { env: Record<string, string>; open: () => Promise<Database>; dispose: () => Promise<void> };
let database: Database;

beforeAll(async () => {
  if (onPostgres) {
    const db = await createTestDatabase();
    target = { env: { DATABASE_URL: db.url! }, open: async () => db, dispose: () => db.dispose() };
  } else {
    const dir = await mkdtemp(join(tmpdir(), 'peerline-rekey-'));
    const open = async () => openDatabase({ kind: 'pglite', dataDir: dir });
    target = { env: { PEERLINE_DATA_DIR: dir }, open, dispose: () => rm(dir, { recursive: true, force: true }) };
  }
  database = await target.open();
  await migrateDatabase(database);
}, 60_000);
afterAll(async () => {
  if (!onPostgres) await database.close();
  await target.dispose();
});

const rekeyCli = (env: Record<string, string>) => runCli(['trim:rekey'], { env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'error', ...target.env, ...env } });

/** PGlite is one process per data directory: the test's handle is closed while the command runs. */
async function runRekey(env: Record<string, string>) {
  if (!onPostgres) await database.close();
  try {
    return await rekeyCli(env);
  } finally {
    if (!onPostgres) database = await target.open();
  }
}

async function assessWithNotes(deps: CoreDeps, caseId: string, notes: string): Promise<void> {
  const form = must(await assessmentForm(deps, pat, caseId));
  const toolVersion = (JSON.parse(form.metadata ?? '{}') as { toolVersion: number }).toolVersion;
  const items = form.fields.filter((f) => f.id.startsWith('item_')).map((f) => f.id.slice(5));
  const input = { caseId, stage: 'initial', toolVersion, consented: true, answers: Object.fromEntries(items.map((i) => [i, false])) };
  must(await confirmForm(deps, pat, input));
  must(await recordAssessment(deps, pat, { ...input, outcome: 'no-further-action', notes }));
}

const clock = new TestClock();
const coreWith = (cipher: NotesCipher | null): CoreDeps => {
  const { deps } = createTestCore(database, clock);
  return cipher === null ? deps : { ...deps, trimNotes: cipher };
};
const notesShown = async (cipher: NotesCipher): Promise<string> => {
  const v: View = words(must(await showIncident(coreWith(cipher), mia, { number: 1 })));
  return (v.fields ?? []).map((f) => f.value).join('\n');
};

describe('rotating the TRiM notes key', () => {
  it('keeps notes written under the old key readable with the previous key, and only then', async () => {
    const core = createTestCore(database, clock);
    await setUpCommunity(core);
    must(await assignTrimRole(core.deps, coordinator, { user: pat.user, role: 'practitioner' }));
    must(await assignTrimRole(core.deps, coordinator, { user: mia.user, role: 'manager' }));
    must(await logIncident(core.deps, pat, { title: 'Depot 3 collision', occurredAt: '2026-11-22T06:00:00Z', people: people.map((person) => ({ person, practitioner: pat.user })) }));
    clock.now = new Date('2026-11-25T08:00:00Z');
    const cases = await database.db.select().from(trimCases);
    const caseOf = (person: string) => cases.find((c) => c.personRef === person)!.id;
    // Two notes under the old key; one under a key this deployment never held.
    await assessWithNotes(coreWith(new NotesCipher(OLD)), caseOf(people[0]!), noteOf(people[0]!));
    await assessWithNotes(coreWith(new NotesCipher(OLD)), caseOf(people[1]!), noteOf(people[1]!));
    await assessWithNotes(coreWith(new NotesCipher(FOREIGN)), caseOf(people[2]!), noteOf(people[2]!));

    const rotating = await notesShown(new NotesCipher(NEW, OLD));
    expect(rotating).toContain(noteOf(people[0]!));
    expect(rotating).toContain(noteOf(people[1]!));
    expect(rotating).not.toContain(noteOf(people[2]!));
    expect(await notesShown(new NotesCipher(NEW))).not.toContain('Sleeping badly');
    // The previous key only reads: what is written while rotating is under the new key.
    const written = new NotesCipher(NEW, OLD).encrypt('x', 'row');
    expect(new NotesCipher(NEW).decrypt(written, 'row')).toBe('x');
    expect(new NotesCipher(OLD).decrypt(written, 'row')).toBeNull();
  });

  it('peerline trim:rekey re-encrypts every readable note under the new key and reports counts; a second run finds them current', async () => {
    const before = await database.db.select().from(trimAssessments);
    const hex = (k: Buffer) => k.toString('hex');
    const first = await runRekey({ PEERLINE_TRIM_KEY: hex(NEW), PEERLINE_TRIM_KEY_PREVIOUS: OLD.toString('base64') });
    expect(first.stdout).toBe('TRiM notes: 2 re-encrypted, 0 already current, 1 unreadable\n');
    // Some notes are still locked under another key: the command says so and exits 1.
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('1 note(s) open with neither key');
    expect(first.stderr).not.toContain('Sleeping');

    const after = await database.db.select().from(trimAssessments);
    const byId = new Map(before.map((a) => [a.id, a.notesCiphertext]));
    expect(after.filter((a) => a.notesCiphertext !== byId.get(a.id))).toHaveLength(2);
    // With only the new key now, the two are readable and the foreign one is exactly as it was.
    const shown = await notesShown(new NotesCipher(NEW));
    expect(shown).toContain(noteOf(people[0]!));
    expect(shown).toContain(noteOf(people[1]!));
    expect(shown).toContain('cannot be read with the current key');
    expect(await notesShown(new NotesCipher(FOREIGN))).toContain(noteOf(people[2]!));
    const audited = await database.db.select().from(auditLog).where(eq(auditLog.action, 'trim.notes.rekeyed'));
    expect(audited.map((a) => a.detail)).toEqual([{ reEncrypted: 2, alreadyCurrent: 0, unreadable: 1, keyId: new NotesCipher(NEW).keyId }]);

    const second = await runRekey({ PEERLINE_TRIM_KEY: hex(NEW) });
    expect(second.stdout).toBe('TRiM notes: 0 re-encrypted, 2 already current, 1 unreadable\n');
    // The same run in-process, with the foreign key as the previous one, moves the last note too.
    expect(await rekeyTrimNotes({ db: database.db, clock: clock.read }, new NotesCipher(NEW, FOREIGN))).toEqual({ reEncrypted: 1, alreadyCurrent: 2, unreadable: 0 });
    expect(await notesShown(new NotesCipher(NEW))).toContain(noteOf(people[2]!));
  }, 60_000);

  it('refuses to run without a current key, and a previous key on its own', async () => {
    // Both are refused before any database is opened.
    const none = await rekeyCli({});
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('PEERLINE_TRIM_KEY is not set');
    const onlyPrevious = await rekeyCli({ PEERLINE_TRIM_KEY_PREVIOUS: OLD.toString('hex') });
    expect(onlyPrevious.code).toBe(2);
    expect(onlyPrevious.stderr).toContain('PEERLINE_TRIM_KEY_PREVIOUS: set PEERLINE_TRIM_KEY too');
  }, 60_000);
});
