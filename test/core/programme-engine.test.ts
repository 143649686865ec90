/**
 * The programmes engine under StRaW, in core against a real database: switching a programme on and off
 * per community (TRiM on by default, StRaW off), a step reminder that falls at night held to working
 * hours, and StRaW notes moved to a new key by the same rotation as TRiM's.
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { CoreDeps } from '../../src/core/deps.js';
import { programmeStepReminders } from '../../src/core/programmes/registry.js';
import { setProgrammeEnabled, assignProgrammeRole } from '../../src/core/programmes/roles.js';
import { STRAW } from '../../src/core/straw/definition.js';
import { assignStraw, strawCase } from '../../src/core/straw/cases.js';
import { recordStraw } from '../../src/core/straw/record.js';
import { selfRefer } from '../../src/core/straw/referral.js';
import { NotesCipher } from '../../src/core/trim/notes-cipher.js';
import { rekeyTrimNotes } from '../../src/core/trim/rekey.js';
import { listDue } from '../../src/core/trim/due.js';
import { TRIM } from '../../src/core/trim/programme.js';
import { assignTrimRole } from '../../src/core/trim/roles.js';
import { programmeSteps } from '../../src/db/schema.js';
import { actor, errorCode, must } from '../support/core.js';
import { useCoreFixture } from '../support/fixture.js';
import { words } from '../support/words.js';
import { coordinator } from '../support/fixtures.js';

const fx = useCoreFixture({ community: true });
const manager = actor('mgr');
const practitioner = actor('prac');
const person = actor('chris');
const NOTE = 'Too many late shifts';

async function strawCaseWithPractitioner(deps: CoreDeps): Promise<void> {
  must(await setProgrammeEnabled(deps, coordinator, STRAW, true));
  must(await assignProgrammeRole(deps, coordinator, STRAW, { user: manager.user, role: 'manager' }));
  must(await assignProgrammeRole(deps, manager, STRAW, { user: practitioner.user, role: 'practitioner' }));
  must(await selfRefer(deps, person));
  must(await assignStraw(deps, manager, { number: 1, practitioner: practitioner.user }));
}

describe('programmes engine', () => {
  it('switches a programme per community: StRaW off until switched on, TRiM on until switched off', async () => {
    const { deps } = fx.core;
    expect(errorCode(await selfRefer(deps, person))).toBe('not-allowed');
    expect(errorCode(await setProgrammeEnabled(deps, person, STRAW, true))).toBe('not-allowed');
    must(await setProgrammeEnabled(deps, coordinator, STRAW, true));
    must(await selfRefer(deps, person));
    must(await assignTrimRole(deps, coordinator, { user: manager.user, role: 'manager' }));
    must(await listDue(deps, manager));
    must(await setProgrammeEnabled(deps, coordinator, TRIM, false));
    const off = await listDue(deps, manager);
    expect(off.ok ? null : off.error.reason).toEqual({ id: 'programme-off', programme: 'TRiM' });
    must(await setProgrammeEnabled(deps, coordinator, TRIM, true));
    must(await listDue(deps, manager));
  });

  it('holds a step reminder that falls outside working hours to the next start of them', async () => {
    const { deps } = fx.core;
    await strawCaseWithPractitioner(deps);
    const [conversation] = await deps.db.select().from(programmeSteps).where(eq(programmeSteps.step, 'conversation'));
    const payload = { programme: 'straw', caseId: conversation!.caseId, stepId: conversation!.id, reminder: 'due' as const };
    // 23:00 in London (UTC in winter); working hours are every day 09:00–17:30 by default.
    const held = await programmeStepReminders(deps, payload, new Date('2026-11-30T23:00:00Z'));
    expect(held).toEqual({ holdUntil: new Date('2026-12-01T09:00:00Z') });
    const sent = await programmeStepReminders(deps, payload, new Date('2026-12-01T09:00:00Z'));
    expect('send' in sent ? sent.send.map((r) => r.to) : []).toEqual([practitioner.user]);
  });

  it('moves StRaW notes to a new key with the same rotation as TRiM notes', async () => {
    const OLD = randomBytes(32);
    const NEW = randomBytes(32);
    const before: CoreDeps = { ...fx.core.deps, trimNotes: new NotesCipher(OLD) };
    await strawCaseWithPractitioner(before);
    must(await recordStraw(before, practitioner, { number: 1, yes: ['sleep'], outcome: 'peer-support', notes: NOTE }));
    const after: CoreDeps = { ...fx.core.deps, trimNotes: new NotesCipher(NEW) };
    const unreadable = JSON.stringify(words(must(await strawCase(after, practitioner, { number: 1 }))));
    expect(unreadable).not.toContain(NOTE);
    expect(unreadable).toContain('cannot be read with the current key');
    expect(await rekeyTrimNotes(fx.core.deps, new NotesCipher(NEW, OLD))).toEqual({ reEncrypted: 1, alreadyCurrent: 0, unreadable: 0 });
    expect(JSON.stringify(words(must(await strawCase(after, practitioner, { number: 1 }))))).toContain(NOTE);
  });

  it('tells the managers already there, privately, when someone is made a manager (not the new one, not for a practitioner)', async () => {
    const { deps, platform } = fx.core;
    must(await setProgrammeEnabled(deps, coordinator, STRAW, true));
    must(await assignProgrammeRole(deps, coordinator, STRAW, { user: manager.user, role: 'manager' }));
    expect(platform.privateTo(manager.user)).toHaveLength(0);
    must(await assignProgrammeRole(deps, manager, STRAW, { user: practitioner.user, role: 'practitioner' }));
    expect(platform.privateTo(manager.user)).toHaveLength(0);
    must(await assignProgrammeRole(deps, coordinator, STRAW, { user: person.user, role: 'manager' }));
    const told = platform.privateTo(manager.user);
    expect(told).toHaveLength(1);
    expect(told[0]!.title).toBe('A new StRaW manager');
    expect(told[0]!.fields?.map((f) => f.about)).toEqual([person.user, coordinator.user]);
    expect(platform.privateTo(person.user)).toHaveLength(0);
  });
});
