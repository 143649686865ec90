import { and, count, eq, inArray, isNull, ne, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../client.js';
import { executedRows } from '../executed.js';
import { jobEffects, jobs, requestNotes, requestStatus, supportRequests } from '../schema.js';
import { perDb, placeholders } from './prepared.js';

export type RequestRow = typeof supportRequests.$inferSelect;

/** 1-based place in the queue: urgency first (crisis > urgent > routine), then age. */
export async function queuePosition(db: Db, request: Pick<RequestRow, 'id' | 'communityId' | 'urgency' | 'createdAt'>): Promise<number> {
  const [row] = await queuePositionStatement(db).execute({
    communityId: request.communityId,
    urgency: request.urgency,
    createdAt: request.createdAt.toISOString(),
    id: request.id,
  });
  return (row?.n ?? 0) + 1;
}

// Read for a card's takeover and a reply built again (a new request counts the same rows, `queuedAhead`,
// in its own statement: new-request.ts), and the statements after: built once (prepared.ts), with
// placeholders for the values.
const queuePositionStatement = perDb((db) =>
  db
    .select({ n: count() })
    .from(supportRequests)
    .where(queuedAhead(placeholders('communityId', 'urgency', 'createdAt', 'id')))
    .prepare('queue_position'),
);

/** The queued requests ahead of a request with these values: more urgent, or as urgent and older (ties by id). */
export function queuedAhead(of: { readonly communityId: SQLWrapper; readonly urgency: SQLWrapper; readonly createdAt: SQLWrapper; readonly id: SQLWrapper }): SQL | undefined {
  const r = supportRequests;
  return and(
    eq(r.communityId, of.communityId),
    eq(r.status, 'queued'),
    sql`(${r.urgency} > ${of.urgency}::urgency
      or (${r.urgency} = ${of.urgency}::urgency and (${r.createdAt}, ${r.id}) < (${of.createdAt}::timestamptz, ${of.id}::uuid)))`,
  );
}
const readNoteStatement = perDb((db) => db.select({ note: requestNotes.note }).from(requestNotes).where(eq(requestNotes.requestId, sql.placeholder('requestId'))).prepare('read_note'));
const requestByIdStatement = perDb((db) => db.select().from(supportRequests).where(eq(supportRequests.id, sql.placeholder('id'))).prepare('request_by_id'));
/** How long a request waited before it was accepted, in milliseconds (null until it is). */
const waitedMsColumn = sql<number | null>`(extract(epoch from (${supportRequests.acceptedAt} - ${supportRequests.createdAt})) * 1000)::float8`.mapWith((v: unknown) => (v === null ? null : Number(v)));
const saveOfferRefStatement = perDb((db) =>
  db
    .update(supportRequests)
    .set({ offerRef: sql`${sql.placeholder('ref')}` })
    .where(and(eq(supportRequests.id, sql.placeholder('requestId')), isNull(supportRequests.offerRef)))
    .returning({ status: supportRequests.status, waitedMs: waitedMsColumn })
    .prepare('save_offer_ref'),
);

// The two writes of the hot path inside transactions (`/listen`'s insert, Accept's claim): built once.
const claimQueuedRequestStatement = perDb((db) =>
  db
    .update(supportRequests)
    .set({ status: 'accepted', acceptedBy: sql`${sql.placeholder('volunteerId')}`, acceptedAt: sql`${sql.placeholder('now')}::timestamptz` })
    .where(
      and(
        eq(supportRequests.id, sql.placeholder('requestId')),
        eq(supportRequests.communityId, sql.placeholder('communityId')),
        eq(supportRequests.status, 'queued'),
        or(isNull(supportRequests.memberRef), ne(supportRequests.memberRef, sql.placeholder('actorRef'))),
      ),
    )
    .returning()
    .prepare('claim_queued_request'),
);

export async function findRequest(db: Db, communityId: string, id: string): Promise<RequestRow | null> {
  const [row] = await db
    .select()
    .from(supportRequests)
    .where(and(eq(supportRequests.communityId, communityId), eq(supportRequests.id, id)));
  return row ?? null;
}

/** The request's note, while the request is open; null when it had none or it was deleted. */
export async function readNote(db: Db, requestId: string): Promise<string | null> {
  const [row] = await readNoteStatement(db).execute({ requestId });
  return row?.note ?? null;
}

/** Deletes the notes of requests that ended — the rows go, rather than a column being blanked. */
export async function deleteNotes(db: Db, requestIds: readonly string[]): Promise<number> {
  if (requestIds.length === 0) return 0;
  const rows = await db.delete(requestNotes).where(inArray(requestNotes.requestId, [...requestIds])).returning({ id: requestNotes.requestId });
  return rows.length;
}

/** PostgreSQL's unique_violation, as both drivers report it (possibly wrapped by drizzle). */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; typeof e === 'object' && e !== null; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

/** Saves a new request and returns its row; a second open request for the member violates a unique index (`isUniqueViolation`). */
export async function insertRequest(db: Db, values: typeof supportRequests.$inferInsert): Promise<RequestRow> {
  const [row] = await db.insert(supportRequests).values(values).returning();
  if (row === undefined) throw new Error('insert returned no row');
  return row;
}

/** What `/listen` saves: a queued request with every one of these fields given, the rest at their defaults. */
export type NewQueuedRequest = Required<
  Pick<
    typeof supportRequests.$inferInsert,
    'id' | 'communityId' | 'memberRef' | 'topic' | 'shareNote' | 'urgency' | 'anonymous' | 'checkInHours' | 'preferredVolunteerId' | 'createdAt'
  >
>;

/** The member's requests in a community, or one of them when `requestId` is given. */
export interface MemberRequest {
  readonly communityId: string;
  readonly memberRef: string;
  readonly requestId?: string;
}

function memberRequest(target: MemberRequest): SQL | undefined {
  const mine = and(eq(supportRequests.communityId, target.communityId), eq(supportRequests.memberRef, target.memberRef));
  return target.requestId === undefined ? mine : and(mine, eq(supportRequests.id, target.requestId));
}

/** Cancels the member's request if it is still queued; returns it, or null when none was. */
export async function cancelQueuedRequest(db: Db, target: MemberRequest, now: Date): Promise<RequestRow | null> {
  const [row] = await db
    .update(supportRequests)
    .set({ status: 'cancelled', endedAt: now, endReason: 'cancelled-by-member' })
    .where(and(memberRequest(target), eq(supportRequests.status, 'queued')))
    .returning();
  return row ?? null;
}

/** Whether the member's request has been accepted (or its session is active). */
export async function memberRequestTaken(db: Db, target: MemberRequest): Promise<boolean> {
  const [open] = await db
    .select({ status: supportRequests.status })
    .from(supportRequests)
    .where(and(memberRequest(target), inArray(supportRequests.status, ['accepted', 'active'])));
  return open !== undefined;
}

export async function requestById(db: Db, id: string): Promise<RequestRow | null> {
  const [row] = await requestByIdStatement(db).execute({ id });
  return row ?? null;
}

/**
 * The accept's decision: takes the request for `volunteerId` if it is still queued in the community and
 * is not `actorRef`'s own — a single conditional UPDATE, so of simultaneous clicks exactly one wins.
 * Returns the request, or null when this click lost (or the request is gone, or is the actor's own).
 */
export async function claimQueuedRequest(tx: Db, o: { requestId: string; communityId: string; volunteerId: string; actorRef: string; now: Date }): Promise<RequestRow | null> {
  const [won] = await claimQueuedRequestStatement(tx).execute({
    requestId: o.requestId,
    communityId: o.communityId,
    volunteerId: o.volunteerId,
    actorRef: o.actorRef,
    now: o.now.toISOString(),
  });
  return won ?? null;
}

/** Puts an accepted (or active) request back in the queue, its listener cleared — an accept undone. */
export async function requeueRequest(tx: Db, requestId: string): Promise<void> {
  await tx
    .update(supportRequests)
    .set({ status: 'queued', acceptedBy: null, acceptedAt: null })
    .where(and(eq(supportRequests.id, requestId), inArray(supportRequests.status, ['accepted', 'active'])));
}

/** Raises the member's queued request to crisis urgency, unless it is there already; returns it, or null when none was raised. */
export async function raiseQueuedToCrisis(tx: Db, communityId: string, memberRef: string): Promise<RequestRow | null> {
  const r = supportRequests;
  const [row] = await tx
    .update(r)
    .set({ urgency: 'crisis' })
    .where(and(eq(r.communityId, communityId), eq(r.memberRef, memberRef), eq(r.status, 'queued'), ne(r.urgency, 'crisis')))
    .returning();
  return row ?? null;
}

/** The member's open request (queued, accepted or active) in a community, or null when they have none. */
export async function openRequestOf(db: Db, communityId: string, memberRef: string): Promise<Pick<RequestRow, 'id' | 'status'> | null> {
  const r = supportRequests;
  const [open] = await db
    .select({ id: r.id, status: r.status })
    .from(r)
    .where(and(eq(r.communityId, communityId), eq(r.memberRef, memberRef), inArray(r.status, ['queued', 'accepted', 'active'])));
  return open ?? null;
}

/** Whether the member asked for the request to be anonymous; false when there is no such request. */
export async function requestIsAnonymous(db: Db, requestId: string): Promise<boolean> {
  const [row] = await db.select({ anonymous: supportRequests.anonymous }).from(supportRequests).where(eq(supportRequests.id, requestId));
  return row?.anonymous === true;
}

/** Closes a request (its session ended); returns the check-in the member chose when asking, or null when there is no such request. */
export async function closeRequest(tx: Db, requestId: string, endReason: string, now: Date): Promise<Pick<RequestRow, 'checkInHours'> | null> {
  const [request] = await tx
    .update(supportRequests)
    .set({ status: 'closed', endedAt: now, endReason })
    .where(eq(supportRequests.id, requestId))
    .returning({ checkInHours: supportRequests.checkInHours });
  return request ?? null;
}

/** How many requests wait in the community's queue. */
export async function queuedRequestCount(db: Db, communityId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(supportRequests)
    .where(and(eq(supportRequests.communityId, communityId), inArray(supportRequests.status, ['queued'])));
  return row?.n ?? 0;
}

/** How many crisis requests wait in the community's queue, not counting `memberRef`'s own. */
export async function crisisRequestsWaitingExcept(tx: Db, communityId: string, memberRef: string): Promise<number> {
  const waiting = await tx
    .select({ id: supportRequests.id })
    .from(supportRequests)
    .where(
      and(
        eq(supportRequests.communityId, communityId),
        eq(supportRequests.status, 'queued'),
        eq(supportRequests.urgency, 'crisis'),
        ne(supportRequests.memberRef, memberRef),
      ),
    );
  return waiting.length;
}

/** Requests waiting in a community: all, and how many of them are crisis requests. */
export async function waitingCounts(db: Db, communityId: string): Promise<{ waiting: number; crisis: number }> {
  const [row] = await db
    .select({
      waiting: sql<number>`count(*)::int`,
      crisis: sql<number>`count(*) filter (where ${supportRequests.urgency} = 'crisis')::int`,
    })
    .from(supportRequests)
    .where(and(eq(supportRequests.communityId, communityId), eq(supportRequests.status, 'queued')));
  return { waiting: Number(row?.waiting ?? 0), crisis: Number(row?.crisis ?? 0) };
}

/**
 * What saving a card's ref on its request found there, read in the same statement: the request's status
 * and, once it was accepted, how long it had waited. A card is on the platform a moment before its ref
 * is saved; a request accepted, cancelled or expired in that moment had no card to close then, so the
 * process that saves the ref closes it (core/offers.ts). Claim and save are updates of the same row, so
 * whichever comes second sees the other.
 */
export interface OfferSaved {
  readonly status: RequestRow['status'];
  readonly waitedMs: number | null;
}

const offerSavedRows = z.array(z.object({ status: z.enum(requestStatus.enumValues), waited_ms: z.coerce.number().nullable() }));
const offerSaved = (result: unknown): OfferSaved | null => {
  const [row] = executedRows(offerSavedRows, result);
  return row === undefined ? null : { status: row.status, waitedMs: row.waited_ms };
};
/** `OfferSaved`'s columns, for the statements written in SQL below. */
const savedReturning = sql`returning ${supportRequests.status}::text as "status", ${waitedMsColumn} as "waited_ms"`;

/** Records where the request's offer card was posted, unless a card was recorded already (then null). */
export async function saveOfferRef(db: Db, requestId: string, ref: string): Promise<OfferSaved | null> {
  const [row] = await saveOfferRefStatement(db).execute({ requestId, ref });
  return row ?? null;
}

/**
 * The card's effect confirmed (`confirmEffect`) and its ref saved on the request (`saveOfferRef`), in one
 * statement: one round trip where there were two, for every new request. A single statement is atomic.
 * Returns what it found on the request (`OfferSaved`), or null when a ref was saved before.
 */
export async function confirmOfferPosted(db: Db, effectKey: string, requestId: string, ref: string | null): Promise<OfferSaved | null> {
  return offerSaved(
    await db.execute(sql`with sent as (
      update ${jobEffects} set "state" = 'sent', "ref" = ${ref}::text where "key" = ${effectKey}
    )
    update ${supportRequests} set "offer_ref" = ${ref}::text where "id" = ${requestId} and "offer_ref" is null ${savedReturning}`),
  );
}

/** A new request's card job, finished by the process that holds it (`finishOfferJob`). */
export interface PostedOffer {
  readonly jobId: number;
  readonly holder: string;
  readonly requestId: string;
  /** The card's effect key, recorded `sending` with the request, and the card's ref. */
  readonly cardKey: string;
  readonly ref: string;
  /** The effect key that says the member was answered, when that is recorded with the card (else null). */
  readonly answeredKey: string | null;
}

/**
 * A new request's card job finished inline, in one statement (a single statement is atomic): the card's
 * effect confirmed with its ref, the ref saved on the request, the member's answer recorded when it is
 * recorded with the card (a request answered before its card recorded it with the request), and the job
 * done if this process still holds it: for every `/listen`, one statement where the card's confirmation
 * (`confirmOfferPosted`) and the job's end (`finishJobWithEffects`) were two. Returns what it found on the
 * request (`OfferSaved`), or null when a ref was saved before.
 */
export async function finishOfferJob(db: Db, o: PostedOffer, now: Date): Promise<OfferSaved | null> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const answered =
    o.answeredKey === null
      ? sql``
      : sql`, answered as (
      insert into ${jobEffects} ("key", "at", "state", "ref") values (${o.answeredKey}, ${at}, 'sent', null)
      on conflict ("key") do update set "state" = 'sent', "ref" = null
    )`;
  return offerSaved(
    await db.execute(sql`with card as (
      update ${jobEffects} set "state" = 'sent', "ref" = ${o.ref}::text where "key" = ${o.cardKey}
    ), offer as (
      update ${supportRequests} set "offer_ref" = ${o.ref}::text where "id" = ${o.requestId} and "offer_ref" is null ${savedReturning}
    )${answered}, done as (
      update ${jobs} set "state" = 'done', "locked_by" = null, "locked_until" = null, "updated_at" = ${at}, "finished_at" = ${at}
      where "id" = ${o.jobId} and "locked_by" = ${o.holder} and "state" = 'running'
    )
    select "status", "waited_ms" from offer`),
  );
}

/** Makes an accepted request active (its space was opened by a takeover); no change in any other status. */
export async function activateAcceptedRequest(tx: Db, requestId: string): Promise<void> {
  await tx.update(supportRequests).set({ status: 'active' }).where(and(eq(supportRequests.id, requestId), inArray(supportRequests.status, ['accepted'])));
}
