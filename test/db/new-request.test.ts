/**
 * A new request saved in one statement (`insertNewRequest`, src/db/queries/new-request.ts): what it
 * returns is what the database holds, read back by the ordinary queries; everything it writes is there
 * (the note too, whose foreign key names the request inserted beside it); and a member's second open
 * request fails it as a whole, leaving nothing of it behind.
 */
import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { LEASE_MS, type NewJob } from '../../src/db/queries/jobs.js';
import { insertNewRequest, type NewRequestBatch } from '../../src/db/queries/new-request.js';
import { isUniqueViolation, queuePosition, readNote } from '../../src/db/queries/requests.js';
import { findCommunityByRef } from '../../src/db/queries/communities.js';
import { onDutyVolunteers } from '../../src/db/queries/volunteers.js';
import { auditLog, jobEffects, jobs, supportRequests } from '../../src/db/schema.js';
import type { Db } from '../../src/db/client.js';
import { useCoreFixture } from '../support/fixture.js';
import { alice, member, other } from '../support/fixtures.js';

const fx = useCoreFixture({ community: true });

const now = new Date('2026-12-07T12:00:00.000Z');
const today = '2026-12-07';

async function communityId(): Promise<string> {
  const community = await findCommunityByRef(fx.database.db, alice.community);
  return community!.id;
}

function batch(community: string, memberRef: string, options: { note?: string | null; answered?: boolean; urgency?: 'routine' | 'crisis'; at?: Date; savedAt?: Date; steps?: number } = {}): NewRequestBatch & { readonly id: string } {
  const id = randomUUID();
  const at = options.at ?? now;
  const job = (kind: string, key: string, dueAt: Date, payload: Record<string, unknown>): NewJob => ({ kind, key: `${kind}:${key}`, dueAt, payload, communityId: community });
  const card = job('post-offer', id, at, { requestId: id });
  return {
    id,
    request: {
      id,
      communityId: community,
      memberRef,
      topic: 'grief',
      shareNote: true,
      urgency: options.urgency ?? 'routine',
      anonymous: false,
      checkInHours: 24,
      preferredVolunteerId: null,
      createdAt: at,
    },
    note: options.note ?? null,
    card: { job: card, holder: `inline-test-${id}`, lockedUntil: new Date(at.getTime() + LEASE_MS) },
    cardEffect: `${card.key}:card`,
    answeredEffect: options.answered === false ? null : `${card.key}:reply`,
    ladder: Array.from({ length: options.steps ?? 3 }, (_, step) => job('escalate', `${id}:${step}`, new Date(at.getTime() + (step + 1) * 60_000), { requestId: id, step })),
    audit: { communityId: community, actorRef: memberRef, action: 'request.created', detail: { request: id, hasNote: options.note != null }, at },
    today,
    now: options.savedAt ?? at,
  };
}

const jobsWithKeys = (db: Db, keys: readonly string[]) => db.select().from(jobs).where(inArray(jobs.idempotencyKey, [...keys]));
const effectsWithKeys = (db: Db, keys: readonly string[]) => db.select().from(jobEffects).where(inArray(jobEffects.key, [...keys]));

describe('a new request saved in one statement', () => {
  it('returns the rows the database holds, the volunteers on duty and the place in the queue, as the ordinary queries read them', async () => {
    const db = fx.database.db;
    const community = await communityId();
    const input = batch(community, member.user, { note: 'a note kept until the request ends' });
    const saved = await insertNewRequest(db, input);

    const [request] = await db.select().from(supportRequests).where(eq(supportRequests.id, input.id));
    expect(saved.request).toEqual(request);
    expect(saved.request).toMatchObject({ status: 'queued', memberRef: member.user, topic: 'grief', createdAt: now, checkInHours: 24, offerRef: null });

    const [held] = await db.select().from(jobs).where(eq(jobs.idempotencyKey, input.card.job.key));
    expect(saved.held).toEqual(held);
    expect(saved.held).toMatchObject({ state: 'running', attempts: 1, lockedBy: input.card.holder, lockedUntil: input.card.lockedUntil, payload: { requestId: input.id } });
    expect(typeof saved.held!.id).toBe('number');

    const onDuty = await onDutyVolunteers(db, community, today);
    expect(onDuty).toHaveLength(2);
    expect(saved.onDuty).toEqual(onDuty);
    expect(saved.position).toBe(await queuePosition(db, saved.request));
    expect(saved.position).toBe(1);

    expect(await readNote(db, input.id)).toBe('a note kept until the request ends');
    const ladder = await jobsWithKeys(db, input.ladder.map((j) => j.key));
    expect(ladder.map((j) => [j.kind, j.state, j.dueAt, j.attempts, j.maxAttempts]).sort()).toEqual(input.ladder.map((j) => ['escalate', 'pending', j.dueAt, 0, 5]).sort());
    const effects = await effectsWithKeys(db, [input.cardEffect, input.answeredEffect!]);
    expect(Object.fromEntries(effects.map((e) => [e.key, e.state]))).toEqual({ [input.cardEffect]: 'sending', [input.answeredEffect!]: 'sent' });
    const audits = await db.select().from(auditLog).where(eq(auditLog.action, 'request.created'));
    expect(audits.map((a) => [a.actorRef, a.detail, a.at])).toEqual([[member.user, input.audit.detail, now]]);
  });

  it('counts the requests ahead as the queue does: more urgent first, then older', async () => {
    const db = fx.database.db;
    const community = await communityId();
    // Each place as the queue reads it just after the request was saved (the crisis one moves ahead of the first).
    const saveAndRead = async (input: NewRequestBatch) => {
      const saved = await insertNewRequest(db, input);
      return { saved, read: await queuePosition(db, saved.request) };
    };
    const routine = await saveAndRead(batch(community, 'test:guild:early', { at: new Date(now.getTime() - 60_000) }));
    const crisis = await saveAndRead(batch(community, 'test:guild:crisis', { urgency: 'crisis', at: now, answered: false, steps: 1 }));
    const late = await saveAndRead(batch(community, member.user, { at: new Date(now.getTime() + 1_000), steps: 0 }));
    // Created before the first routine one, saved after it: its place goes by when it was created.
    const older = await saveAndRead(batch(community, 'test:guild:older', { at: new Date(now.getTime() - 120_000), savedAt: new Date(now.getTime() + 2_000) }));
    expect([routine, crisis, late, older].map((r) => [r.saved.position, r.read])).toEqual([
      [1, 1],
      [1, 1],
      [3, 3],
      [2, 2],
    ]);
    // No answer recorded for the one answered after its card; no ladder for the one without steps.
    expect(await effectsWithKeys(db, [`post-offer:${crisis.saved.request.id}:reply`])).toEqual([]);
    expect(await db.select().from(jobs).where(eq(jobs.kind, 'escalate'))).toHaveLength(3 + 1 + 3);
  });

  it("fails as a whole on the member's second open request, leaving nothing of it", async () => {
    const db = fx.database.db;
    const community = await communityId();
    await insertNewRequest(db, batch(community, other.user));
    const second = batch(community, other.user, { note: 'never saved' });
    const error = await insertNewRequest(db, second).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isUniqueViolation(error)).toBe(true);
    expect(await db.select().from(supportRequests).where(eq(supportRequests.id, second.id))).toEqual([]);
    expect(await readNote(db, second.id)).toBeNull();
    expect(await jobsWithKeys(db, [second.card.job.key, ...second.ladder.map((j) => j.key)])).toEqual([]);
    expect(await effectsWithKeys(db, [second.cardEffect, second.answeredEffect!])).toEqual([]);
    expect(await db.select().from(auditLog).where(eq(auditLog.action, 'request.created'))).toHaveLength(1);
  });
});
