import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { configureCommunity } from '../../src/core/use-cases/configure-community.js';
import { duty } from '../../src/core/use-cases/duty.js';
import { enrolVolunteer, listVolunteers, removeVolunteer, setCoordinators } from '../../src/core/use-cases/manage-volunteers.js';
import { requestListener } from '../../src/core/use-cases/request-listener.js';
import { errorText } from '../../src/core/views/errors.js';
import { auditLog, communities, volunteers } from '../../src/db/schema.js';
import { actor, errorCode, must } from '../support/core.js';
import { useCoreFixture } from '../support/fixture.js';
import { alice, bob, coordinator, member, setUpCommunity } from '../support/fixtures.js';
import { words } from '../support/words.js';
import { inlineWords } from '../support/pseudo.js';

const fx = useCoreFixture({ community: false });

describe('community setup', () => {
  it('lets a platform admin set a community up and makes them its first coordinator', async () => {
    const view = words(must(await configureCommunity(fx.core.deps, coordinator, { name: 'Guild', settings: { country: 'ie' } })));
    expect(view.title).toContain('set up');
    const [row] = await fx.database.db.select().from(communities);
    expect(row?.settings.country).toBe('IE');
    expect(row?.settings.retentionDays).toBe(30);
    const staff = await fx.database.db.select().from(volunteers);
    expect(staff.map((v) => [v.userRef, v.role])).toEqual([[coordinator.user, 'coordinator']]);
  });

  it('refuses setup by someone who is neither admin nor coordinator, and changes nothing', async () => {
    expect(errorCode(await configureCommunity(fx.core.deps, member, { settings: { country: 'GB' } }))).toBe('not-allowed');
    expect(await fx.database.db.select().from(communities)).toHaveLength(0);
  });

  it('keeps earlier settings when a coordinator changes one, and refuses bad values whole', async () => {
    await setUpCommunity(fx.core);
    must(await configureCommunity(fx.core.deps, { ...coordinator, platformAdmin: false }, { settings: { retentionDays: 7 } }));
    const bad = await configureCommunity(fx.core.deps, coordinator, { settings: { timeZone: 'Mars/Olympus', retentionDays: 9 } });
    expect(bad.ok ? null : bad.error).toMatchObject({ code: 'bad-input', reason: { id: 'invalid' } });
    expect(bad.ok ? '' : errorText(bad.error)).toContain('time zone');
    const unknown = await configureCommunity(fx.core.deps, coordinator, { settings: { colour: 'blue' } });
    expect(errorCode(unknown)).toBe('bad-input');
    const [row] = await fx.database.db.select().from(communities);
    expect(row?.settings).toMatchObject({ retentionDays: 7, country: 'GB', timeZone: 'Europe/London' });
  });

  it('refuses a first setup without a country, or with one that has no checked lines, and saves nothing', async () => {
    const missing = await configureCommunity(fx.core.deps, coordinator, { name: 'Guild', settings: { volunteerChannel: 'test:chan:v' } });
    expect(missing.ok ? null : missing.error).toMatchObject({ code: 'bad-input', reason: { id: 'country-needed', given: null } });
    expect(missing.ok ? '' : errorText(missing.error)).toContain('Setup needs the country for crisis lines');
    expect(missing.ok ? '' : errorText(missing.error)).toContain('"other"');
    const unknown = await configureCommunity(fx.core.deps, coordinator, { settings: { country: 'ES' } });
    expect(unknown.ok ? null : unknown.error).toMatchObject({ code: 'bad-input', reason: { id: 'country-needed', given: 'ES' } });
    expect(unknown.ok ? '' : errorText(unknown.error)).toContain('no checked crisis lines for ES');
    expect(errorCode(await configureCommunity(fx.core.deps, coordinator, { settings: { country: 'Narnia' } }))).toBe('bad-input');
    expect(await fx.database.db.select().from(communities)).toHaveLength(0);
    expect(await fx.database.db.select().from(volunteers)).toHaveLength(0);
  });

  it('takes "other" as the international directory, said plainly, and "uk" as GB', async () => {
    const view = words(must(await configureCommunity(fx.core.deps, coordinator, { settings: { country: 'other' } })));
    expect(view.fields?.find((f) => f.label === 'Country for crisis lines')?.value).toContain('international directory');
    expect((await fx.database.db.select().from(communities))[0]?.settings.country).toBe('INTL');
    const uk = words(must(await configureCommunity(fx.core.deps, coordinator, { settings: { country: 'uk' } })));
    expect(uk.fields?.find((f) => f.label === 'Country for crisis lines')?.value).toMatch(/^GB \(Samaritans/);
    expect(errorCode(await configureCommunity(fx.core.deps, coordinator, { settings: { country: null } }))).toBe('bad-input');
    expect((await fx.database.db.select().from(communities))[0]?.settings.country).toBe('GB');
  });

  it('keeps a community set up before a country was required working, and asks for one at its next change', async () => {
    await setUpCommunity(fx.core);
    // As stored by an older version, whose setup let the country be empty.
    await fx.database.db.update(communities).set({ settings: { ...(await fx.database.db.select().from(communities))[0]!.settings, country: null } });
    fx.core.clock.advanceMinutes(2); // past the community copy's lifetime, so the stored row is read
    const stale = await configureCommunity(fx.core.deps, coordinator, { settings: { retentionDays: 9 } });
    expect(stale.ok ? null : errorText(stale.error)).toContain('Setup needs the country');
    const queued = must(await requestListener(fx.core.deps, member, {}));
    // The international directory is somewhere to look, never introduced as a line to call.
    expect(words(queued.view).fields?.[0]).toMatchObject({ label: 'Find a helpline where you are', value: expect.stringContaining('findahelpline') });
    must(await configureCommunity(fx.core.deps, coordinator, { settings: { retentionDays: 9, country: 'IE' } }));
  });

  it('refuses a volunteer who is not a coordinator, whatever else they are', async () => {
    await setUpCommunity(fx.core);
    expect(errorCode(await configureCommunity(fx.core.deps, alice, { settings: { retentionDays: 1 } }))).toBe('not-allowed');
  });

  it('treats holders of the coordinator role as coordinators', async () => {
    await setUpCommunity(fx.core);
    must(await configureCommunity(fx.core.deps, coordinator, { settings: { coordinatorRole: 'test:role:leads' } }));
    const lead = actor('lead', { roles: ['test:role:leads'] });
    must(await enrolVolunteer(fx.core.deps, lead, { user: actor('carol').user, trainedUntil: '2027-01-01' }));
    expect(errorCode(await enrolVolunteer(fx.core.deps, actor('nobody', { roles: ['test:role:other'] }), { user: 'x' }))).toBe('not-allowed');
  });

  it('answers unknown-community before setup', async () => {
    expect(errorCode(await duty(fx.core.deps, alice, 'on'))).toBe('unknown-community');
  });
});

describe('volunteers', () => {
  it('enrols with tags, training date and capacity, audited without content', async () => {
    await setUpCommunity(fx.core);
    const [row] = await fx.database.db.select().from(volunteers).where(eq(volunteers.userRef, alice.user));
    expect(row).toMatchObject({ tags: ['grief'], trainingValidUntil: '2027-06-30', capacity: 2, role: 'volunteer' });
    const entries = await fx.database.db.select().from(auditLog).where(eq(auditLog.action, 'volunteer.enrolled'));
    expect(entries.map((e) => e.subjectRef).sort()).toEqual([alice.user, bob.user].sort());
  });

  it('refuses enrolment by a non-coordinator and bad dates', async () => {
    await setUpCommunity(fx.core);
    expect(errorCode(await enrolVolunteer(fx.core.deps, alice, { user: member.user }))).toBe('not-allowed');
    expect(errorCode(await enrolVolunteer(fx.core.deps, coordinator, { user: member.user, trainedUntil: '2027-02-30' }))).toBe('bad-input');
    expect(errorCode(await enrolVolunteer(fx.core.deps, coordinator, { user: member.user, capacity: 50 }))).toBe('bad-input');
    expect(await fx.database.db.select().from(volunteers).where(eq(volunteers.userRef, member.user))).toHaveLength(0);
  });

  it('lists volunteers for coordinators only, with expired training flagged', async () => {
    await setUpCommunity(fx.core);
    must(await enrolVolunteer(fx.core.deps, coordinator, { user: actor('dave').user, trainedUntil: '2026-01-01' }));
    const view = words(must(await listVolunteers(fx.core.deps, coordinator)));
    expect(view.title).toBe('Volunteers (4)');
    expect(view.fields?.find((f) => f.label.includes('dave'))?.value).toContain('EXPIRED');
    expect(errorCode(await listVolunteers(fx.core.deps, alice))).toBe('not-allowed');
  });

  it('removes a volunteer', async () => {
    await setUpCommunity(fx.core);
    must(await removeVolunteer(fx.core.deps, coordinator, { user: bob.user }));
    expect(errorCode(await duty(fx.core.deps, bob, 'on'))).toBe('not-enrolled');
    expect(errorCode(await removeVolunteer(fx.core.deps, coordinator, { user: bob.user }))).toBe('not-found');
  });
});

describe('duty', () => {
  it('goes on and off duty and reports status', async () => {
    await setUpCommunity(fx.core, { onDuty: false });
    expect(words(must(await duty(fx.core.deps, alice, 'on'))).title).toBe('You are on duty');
    const [row] = await fx.database.db.select().from(volunteers).where(eq(volunteers.userRef, alice.user));
    expect(row?.dutySince?.toISOString()).toBe(fx.core.clock.now.toISOString());
    const status = words(must(await duty(fx.core.deps, alice, 'status')));
    expect(status.fields?.find((f) => f.label === 'Open sessions')?.value).toBe('0 of 2');
    must(await duty(fx.core.deps, alice, 'off'));
    const [after] = await fx.database.db.select().from(volunteers).where(eq(volunteers.userRef, alice.user));
    expect(after?.dutySince).toBeNull();
  });

  it("speaks the volunteer's language: every duty reply from the catalogue, English as before", async () => {
    await setUpCommunity(fx.core, { onDuty: false });
    must(await requestListener(fx.core.deps, member, {}));
    const on = must(await duty(fx.core.deps, alice, 'on'));
    expect(words(on).text).toBe('1 request is waiting in the volunteer channel. You will be taken off duty after 4 h unless you confirm.');
    expect(words(on, 'es').text).toBe('Hay 1 solicitud esperando en el canal de voluntariado. Dejarás de estar de guardia después de 4 h salvo que lo confirmes.');
    fx.core.clock.advanceMinutes(90);
    const status = must(await duty(fx.core.deps, alice, 'status'));
    expect(words(status, 'de').fields?.map((f) => `${f.label}: ${f.value}`)).toEqual(['Dienst: seit 1 Std. 30 Min.', 'Offene Gespräche: 0 von 2', expect.stringMatching(/^Schulung gültig bis: /), 'Wartende Anfragen: 1']);
    for (const view of [on, status, must(await duty(fx.core.deps, alice, 'off'))]) expect(inlineWords(view)).toEqual([]);
    expect(words(must(await duty(fx.core.deps, alice, 'off')), 'fr').title).toBe('Tu n’es plus de permanence');
  });

  it('refuses duty with expired or missing training, with the reason', async () => {
    await setUpCommunity(fx.core, { onDuty: false });
    must(await enrolVolunteer(fx.core.deps, coordinator, { user: alice.user, trainedUntil: '2026-11-21' }));
    expect(errorCode(await duty(fx.core.deps, alice, 'on'))).toBe('training-expired');
    must(await enrolVolunteer(fx.core.deps, coordinator, { user: alice.user, trainedUntil: null }));
    expect(errorCode(await duty(fx.core.deps, alice, 'on'))).toBe('training-expired');
    expect(errorCode(await duty(fx.core.deps, member, 'on'))).toBe('not-enrolled');
  });

  it('counts training as valid through its last day in the community time zone', async () => {
    await setUpCommunity(fx.core, { onDuty: false });
    must(await enrolVolunteer(fx.core.deps, coordinator, { user: alice.user, trainedUntil: '2026-11-22' }));
    fx.core.clock.now = new Date('2026-11-22T23:30:00Z'); // still the 22nd in London
    must(await duty(fx.core.deps, alice, 'on'));
    fx.core.clock.now = new Date('2026-11-23T00:30:00Z');
    must(await duty(fx.core.deps, alice, 'off'));
    expect(errorCode(await duty(fx.core.deps, alice, 'on'))).toBe('training-expired');
  });
});

describe('coordinators', () => {
  it('sets exactly the listed coordinators, keeping the actor and the volunteers’ training', async () => {
    await setUpCommunity(fx.core);
    must(await setCoordinators(fx.core.deps, coordinator, { users: [alice.user, actor('newcomer').user] }));
    const rows = await fx.database.db.select().from(volunteers);
    const role = (u: string) => rows.find((r) => r.userRef === u)?.role;
    expect([role(coordinator.user), role(alice.user), role(actor('newcomer').user), role(bob.user)]).toEqual(['coordinator', 'coordinator', 'coordinator', 'volunteer']);
    expect(rows.find((r) => r.userRef === alice.user)?.trainingValidUntil).toBe('2027-06-30');
    must(await setCoordinators(fx.core.deps, coordinator, { users: [] }));
    expect((await fx.database.db.select().from(volunteers).where(eq(volunteers.userRef, alice.user)))[0]?.role).toBe('volunteer');
    expect(errorCode(await setCoordinators(fx.core.deps, bob, { users: [bob.user] }))).toBe('not-allowed');
  });
});
