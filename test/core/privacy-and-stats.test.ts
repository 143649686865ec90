import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { acceptRequest } from '../../src/core/use-cases/accept-request.js';
import { endSession } from '../../src/core/use-cases/end-session.js';
import { forgetMe } from '../../src/core/use-cases/forget-me.js';
import { handleMessage } from '../../src/core/use-cases/handle-message.js';
import { showStats } from '../../src/core/use-cases/stats.js';
import { chooseCheckIn } from '../../src/core/use-cases/feedback.js';
import { saveLocale } from '../../src/db/queries/locales.js';
import { jobs, personLocales, supportRequests } from '../../src/db/schema.js';
import { actor, errorCode, listen, must } from '../support/core.js';
import { tablesIn } from '../support/catalog.js';
import { useCoreFixture } from '../support/fixture.js';
import { words } from '../support/words.js';
import { alice, bob, coordinator, member, other } from '../support/fixtures.js';

const fx = useCoreFixture({ community: true });

/**
 * What each table may hold about people, as README "Privacy" says. A table the database has and this
 * list lacks fails the test below: classify it before it ships.
 */
const PRIVACY: Record<string, string> = {
  communities: 'settings: channel and role refs, no people',
  volunteers: 'volunteer refs, tags, training dates',
  support_requests: 'member ref, removed after the retention period',
  request_notes: 'the one text kept: a request note, deleted when the request ends',
  sessions: 'member, listener and space refs, removed after the retention period',
  feedback: 'member ref and answers, removed after the retention period',
  jobs: 'payloads with refs, no text',
  job_effects: 'delivery keys and message refs',
  crisis_events: 'where, tier and rule ids, never the words',
  audit_log: 'who did what to whom, never content',
  inbound_deliveries: 'platform event ids',
  dashboard_tokens: 'SHA-256 of sign-in links',
  dashboard_sessions: 'SHA-256 of session cookies',
  unscanned_messages: 'counts per community, day and language',
  trim_staff: 'TRiM role holders',
  trim_tools: 'risk tool versions',
  trim_incidents: 'TRiM incident titles and times',
  trim_cases: 'TRiM people and practitioners',
  trim_assessments: 'TRiM answers; notes only encrypted',
  programme_settings: 'which programme is on in a community, and the coordinator who switched it',
  programme_staff: 'programme (StRaW, mentoring) role holders',
  programme_tools: 'programme tool versions',
  programme_consents: 'who was asked to consent to a referral, by whom, and their answer',
  programme_cases: 'programme people, practitioners and who referred them',
  programme_steps: 'programme step dates and answers; notes only encrypted',
  rota_slots: 'planned shift times and the coordinator who added them',
  rota_signups: 'which volunteer holds which shift (removed with the volunteer)',
  rota_caps: "a volunteer's own cap on shifts a week",
  rota_feeds: "SHA-256 of each volunteer's calendar feed token",
  mentor_capacities: "each mentor's capacity of mentees",
  mentor_pairs: 'mentee and mentor refs, rhythm and dates; feedback only a choice, kept only with consent; deleted by /forget-me',
  discord_shards: 'which replica runs which Discord shard, no people',
  discord_shard_replicas: 'replica names and when each was last seen, no people',
  person_locales: "each person's language code as their platform said it; deleted by /forget-me and after the retention period",
};

/** Every row of every table the database has (read from its catalogue) as text, to prove something is not stored anywhere. */
async function wholeDatabase(): Promise<string> {
  const parts: string[] = [];
  for (const table of await tablesIn(fx.database.db)) {
    const result = await fx.database.db.execute(sql.raw(`select coalesce(json_agg(t)::text, '') as j from "${table}" t`));
    parts.push(JSON.stringify(result));
  }
  return parts.join('\n');
}

describe('privacy classification', () => {
  it('covers every table the database has', async () => {
    expect(Object.keys(PRIVACY).sort()).toEqual(await tablesIn(fx.database.db));
  });
});

describe('anonymous sessions', () => {
  it('relays both ways through the bot, never shows the member to the listener, and stores no text', async () => {
    const { requestId } = must(await listen(fx.core, member, { anonymous: true }));
    const { spaceRef } = must(await acceptRequest(fx.core.deps, alice, requestId));
    const [open] = fx.core.platform.of('openSpace');
    expect(open?.input.participants).toEqual([alice.user]);
    expect(JSON.stringify(fx.core.platform.of('postToSpace'))).not.toContain(member.user);

    const fromMember = await handleMessage(fx.core.deps, { community: member.community, author: member.user, place: { kind: 'dm' }, text: 'hello, it has been a hard week' });
    expect(fromMember.relayed).toBe(true);
    expect(fx.core.platform.of('postToSpace').at(-1)).toMatchObject({ space: spaceRef, view: { title: 'Member', text: 'hello, it has been a hard week' } });

    const fromListener = await handleMessage(fx.core.deps, { community: member.community, author: alice.user, place: { kind: 'space', space: spaceRef }, text: 'I hear you, tell me more' });
    expect(fromListener.relayed).toBe(true);
    expect(fx.core.platform.of('sendPrivate').at(-1)).toMatchObject({ user: member.user, view: { title: 'Your listener', text: 'I hear you, tell me more' } });

    const stored = await wholeDatabase();
    expect(stored).not.toContain('hard week');
    expect(stored).not.toContain('tell me more');
  });

  it("relays from the listener's DM with the bot when that DM is the relay space (Slack)", async () => {
    const { requestId } = must(await listen(fx.core, member, { anonymous: true }));
    const { spaceRef } = must(await acceptRequest(fx.core.deps, alice, requestId));
    const outcome = await handleMessage(fx.core.deps, { community: member.community, author: alice.user, place: { kind: 'dm', channel: spaceRef }, text: 'still here with you' });
    expect(outcome).toMatchObject({ relayed: true, crisis: { tier: 'none' } });
    expect(fx.core.platform.of('sendPrivate').at(-1)).toMatchObject({ user: member.user, view: { text: 'still here with you' } });
  });

  it('does not relay a DM from someone with no anonymous session', async () => {
    const outcome = await handleMessage(fx.core.deps, { community: member.community, author: other.user, place: { kind: 'dm' }, text: 'hi' });
    expect(outcome.relayed).toBe(false);
    expect(fx.core.platform.calls).toHaveLength(0);
  });
});

describe('/forget-me', () => {
  it('removes the member from every row, cancels what was pending for them, and keeps anonymous counts', async () => {
    const first = must(await listen(fx.core, member, { note: 'first note' }));
    const { sessionId } = must(await acceptRequest(fx.core.deps, alice, first.requestId));
    await handleMessage(fx.core.deps, { community: member.community, author: member.user, place: { kind: 'dm' }, text: 'i want to die' });
    must(await endSession(fx.core.deps, member, { sessionId }));
    must(await chooseCheckIn(fx.core.deps, member, { sessionId, hours: 24 }));
    must(await listen(fx.core, member, { note: 'second note' }));
    // Their language, as the platform said it (the adapters keep it for DMs after a restart); a volunteer's stays.
    await saveLocale(fx.database.db, member.community, member.user, 'es', fx.core.clock.read());
    await saveLocale(fx.database.db, alice.community, alice.user, 'de', fx.core.clock.read());

    fx.core.platform.clear();
    must(await forgetMe(fx.core.deps, member));
    const stored = await wholeDatabase();
    expect(stored).not.toContain(member.user);
    expect(stored).not.toContain('second note');
    expect(await fx.database.db.select({ user: personLocales.userRef, locale: personLocales.locale }).from(personLocales)).toEqual([{ user: alice.user, locale: 'de' }]);
    const pendingCheckIns = await fx.database.db.select().from(jobs).where(and(eq(jobs.kind, 'check-in'), eq(jobs.state, 'pending')));
    expect(pendingCheckIns).toHaveLength(0);
    const requests = await fx.database.db.select().from(supportRequests);
    expect(requests.map((r) => r.status).sort()).toEqual(['cancelled', 'closed']);
    expect(fx.core.platform.of('updateMessage')[0]?.view.text).toContain('cancelled');

    const stats = words(must(await showStats(fx.core.deps, coordinator)));
    expect(stats.fields?.find((f) => f.label === 'Requests')?.value).toBe('2');
    expect(stats.fields?.find((f) => f.label === 'Crisis events')?.value).toBe('1');
    // They can come back at once.
    must(await listen(fx.core, member, {}));
  });

  it('ends an open session and closes its space', async () => {
    const { requestId } = must(await listen(fx.core, member, {}));
    const { spaceRef } = must(await acceptRequest(fx.core.deps, alice, requestId));
    fx.core.platform.clear();
    must(await forgetMe(fx.core.deps, member));
    expect(fx.core.platform.of('closeSpace')).toEqual([{ op: 'closeSpace', space: spaceRef }]);
    expect((await fx.database.db.select().from(supportRequests))[0]?.status).toBe('closed');
  });
});

describe('stats', () => {
  it('reports counts, wait percentiles and topics to coordinators only, with no personal data', async () => {
    const waits = [2, 4, 6, 8, 10];
    for (const [i, minutes] of waits.entries()) {
      const who = actor(`m${i}`);
      const { requestId } = must(await listen(fx.core, who, { topic: i < 3 ? 'grief' : 'stress' }));
      fx.core.clock.advanceMinutes(minutes);
      const { sessionId } = must(await acceptRequest(fx.core.deps, i % 2 === 0 ? alice : bob, requestId));
      must(await endSession(fx.core.deps, who, { sessionId }));
    }
    must(await listen(fx.core, other, {}));
    const view = words(must(await showStats(fx.core.deps, coordinator, { days: 7 })));
    const field = (label: string) => view.fields?.find((f) => f.label === label)?.value;
    expect(field('Requests')).toBe('6');
    expect(field('Accepted')).toBe('5');
    expect(field('Waiting now')).toBe('1');
    expect(field('Wait, median')).toBe('6 min');
    // Kaplan–Meier (the one request still waiting, seen for 0 min, is censored): a step, not interpolated.
    expect(field('Wait, 90th percentile')).toBe('10 min');
    expect(field('By topic')).toBe('grief: 3, stress: 2, something else: 1');
    expect(JSON.stringify(view)).not.toContain('test:guild-1:');
    expect(errorCode(await showStats(fx.core.deps, alice))).toBe('not-allowed');
    expect(errorCode(await showStats(fx.core.deps, coordinator, { days: 0 }))).toBe('bad-input');
  });
});
