/**
 * A new `/listen` request saved in one statement: the request, its note, its card's held job and effect
 * key, its escalation ladder, its audit entry and (answered first) the member's answer, with what the
 * card and the reply need to read: who is on duty, and how many requests are ahead. One statement is
 * atomic as a transaction is, and its sub-statements' foreign keys are checked at its end, so the note may
 * name the request inserted beside it.
 *
 * Why one statement and not a transaction of nine: each statement costs postgres.js and drizzle about
 * 60 µs of CPU to send, parse and settle, and BEGIN and COMMIT are round trips of their own. On the
 * 2-core machine the transaction of nine cost the client 580–670 µs against 130–170 µs for the same work
 * as one statement (BENCHMARKS.md, "The /listen batch as one statement"). `/listen` is half of a burst.
 *
 * The statement is built once per shape (ladder length, with or without a note, answered first or not)
 * and driver, with placeholders for every value.
 */
import { getTableColumns, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { auditLog, jobEffects, jobs, requestNotes, supportRequests, volunteers } from '../schema.js';
import type { AuditEntry } from './audit.js';
import { jobValues, type JobRow, type NewJob } from './jobs.js';
import { perDb, placeholders } from './prepared.js';
import { queuedAhead, type NewQueuedRequest, type RequestRow } from './requests.js';
import { onDutyOn, type OnDutyVolunteer } from './volunteers.js';

export interface NewRequestBatch {
  readonly request: NewQueuedRequest;
  /** Saved beside the request until it ends (request_notes); null when the member wrote none. */
  readonly note: string | null;
  /** The card's job, saved as claimed by `holder` until `lockedUntil` (core/held-job.ts). */
  readonly card: { readonly job: NewJob; readonly holder: string; readonly lockedUntil: Date };
  /** The card's effect key, recorded `sending`. */
  readonly cardEffect: string;
  /** The member's answer's effect key, recorded `sent` (answered first), or null. */
  readonly answeredEffect: string | null;
  readonly ladder: readonly NewJob[];
  readonly audit: AuditEntry;
  /** The community's date today (YYYY-MM-DD), for whose training is valid. */
  readonly today: string;
  readonly now: Date;
}

export interface NewRequestSaved {
  readonly request: RequestRow;
  /** Null only if a job with the card's key existed already. */
  readonly held: JobRow | null;
  readonly onDuty: OnDutyVolunteer[];
  /** 1-based place in the queue. */
  readonly position: number;
}

/**
 * Saves a new request as {@link NewRequestBatch} says, in one statement. A member's second open request
 * fails it with a unique violation (`isUniqueViolation`), and nothing of it is saved.
 */
export async function insertNewRequest(db: Db, batch: NewRequestBatch): Promise<NewRequestSaved> {
  const shape = { steps: batch.ladder.length, note: batch.note !== null, answered: batch.answeredEffect !== null };
  const values: Record<string, unknown> = {
    ...batch.request,
    'card.lockedBy': batch.card.holder,
    'card.lockedUntil': batch.card.lockedUntil,
    cardEffect: batch.cardEffect,
    answeredEffect: batch.answeredEffect,
    note: batch.note,
    auditCommunity: batch.audit.communityId,
    auditActor: batch.audit.actorRef,
    auditAction: batch.audit.action,
    auditSubject: batch.audit.subjectRef ?? null,
    auditDetail: batch.audit.detail ?? {},
    auditAt: batch.audit.at,
    now: batch.now,
    createdAtText: batch.request.createdAt.toISOString(),
    today: batch.today,
  };
  putJob(values, 'card', batch.card.job, batch.now);
  batch.ladder.forEach((step, index) => putJob(values, `step${index}`, step, batch.now));
  const [row] = await statementFor(shape)(db).execute(values);
  if (row === undefined) throw new Error('insert returned no row');
  const { held, onDuty, ahead, ...request } = row;
  return { request, held: held === null ? null : jobFromJson(held), onDuty: onDutyFromJson(onDuty), position: ahead + 1 };
}

interface Shape {
  readonly steps: number;
  readonly note: boolean;
  readonly answered: boolean;
}

const JOB_FIELDS = ['kind', 'dueAt', 'payload', 'idempotencyKey', 'communityId', 'maxAttempts', 'createdAt', 'updatedAt'] as const;

/** Placeholder names of a job's fields, by prefix ("card", "step0"…). */
const jobKeys = new Map<string, readonly (readonly [string, (typeof JOB_FIELDS)[number]])[]>();

/** Puts `job`'s values under its prefixed placeholder names. */
function putJob(values: Record<string, unknown>, prefix: string, job: NewJob, now: Date): void {
  let keys = jobKeys.get(prefix);
  if (keys === undefined) {
    keys = JOB_FIELDS.map((field) => [`${prefix}.${field}`, field] as const);
    jobKeys.set(prefix, keys);
  }
  const fields = jobValues(job, now);
  for (const [key, field] of keys) values[key] = fields[field];
}

const jobPlaceholders = (prefix: string) =>
  Object.fromEntries(JOB_FIELDS.map((field) => [field, sql.placeholder(`${prefix}.${field}`)])) as Record<(typeof JOB_FIELDS)[number], ReturnType<typeof sql.placeholder>>;

const statements = new Map<string, ReturnType<typeof build>>();

function statementFor(shape: Shape): ReturnType<typeof build> {
  const name = `new_request_${shape.steps}_${shape.note ? 'note' : 'bare'}_${shape.answered ? 'answered' : 'unanswered'}`;
  let statement = statements.get(name);
  if (statement === undefined) {
    statement = build(shape, name);
    statements.set(name, statement);
  }
  return statement;
}

function build(shape: Shape, name: string) {
  return perDb((db) => {
    const p = sql.placeholder;
    const ctes = [
      db.$with('held').as(
        db
          .insert(jobs)
          .values({ ...jobPlaceholders('card'), lockedBy: p('card.lockedBy'), lockedUntil: p('card.lockedUntil'), state: 'running', attempts: 1 })
          .onConflictDoNothing({ target: jobs.idempotencyKey })
          .returning(),
      ),
      db.$with('card_effect').as(db.insert(jobEffects).values({ key: p('cardEffect'), at: p('now'), state: 'sending' }).onConflictDoNothing()),
      db.$with('audit').as(
        db.insert(auditLog).values({ communityId: p('auditCommunity'), actorRef: p('auditActor'), action: p('auditAction'), subjectRef: p('auditSubject'), detail: p('auditDetail'), at: p('auditAt') }),
      ),
      ...(shape.steps === 0
        ? []
        : [
            db.$with('ladder').as(
              db
                .insert(jobs)
                .values(Array.from({ length: shape.steps }, (_, index) => jobPlaceholders(`step${index}`)))
                .onConflictDoNothing({ target: jobs.idempotencyKey }),
            ),
          ]),
      ...(shape.note ? [db.$with('note').as(db.insert(requestNotes).values({ requestId: p('id'), note: p('note') }))] : []),
      ...(shape.answered
        ? [
            db.$with('answered').as(
              db
                .insert(jobEffects)
                .values({ key: p('answeredEffect'), at: p('now'), state: 'sent' })
                .onConflictDoUpdate({ target: jobEffects.key, set: { state: 'sent', ref: null } }),
            ),
          ]
        : []),
    ];
    const onDuty = sql<unknown>`(select coalesce(json_agg(json_build_object('id', ${volunteers.id}, 'userRef', ${volunteers.userRef}, 'tags', ${volunteers.tags}) order by ${volunteers.dutySince}), '[]'::json)
      from ${volunteers} where ${onDutyOn(p('communityId'), p('today'))})`;
    // The request inserted by this statement is not among those it reads (one snapshot), nor ahead of itself.
    const aheadOf = queuedAhead({ communityId: p('communityId'), urgency: p('urgency'), createdAt: p('createdAtText'), id: p('id') });
    const ahead = sql<number>`(select count(*) from ${supportRequests} where ${aheadOf})::int`.mapWith(Number);
    return db
      .with(...ctes)
      .insert(supportRequests)
      .values(placeholders('id', 'communityId', 'memberRef', 'topic', 'shareNote', 'urgency', 'anonymous', 'checkInHours', 'preferredVolunteerId', 'createdAt'))
      .returning({
        ...getTableColumns(supportRequests),
        held: sql<Record<string, unknown> | null>`(select row_to_json(held) from held)`,
        onDuty,
        ahead,
      })
      .prepare(name);
  });
}

const JOB_COLUMNS = Object.entries(getTableColumns(jobs));

/** A job row as `row_to_json` gives it, read through the table's own column types (dates, numbers, JSON). */
function jobFromJson(json: unknown): JobRow {
  const object = parsed(json);
  if (typeof object !== 'object' || object === null) throw new Error('held job is not a row');
  const row: Record<string, unknown> = {};
  for (const [key, column] of JOB_COLUMNS) {
    const value = (object as Record<string, unknown>)[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as JobRow;
}

function onDutyFromJson(json: unknown): OnDutyVolunteer[] {
  const list = parsed(json);
  if (!Array.isArray(list)) throw new Error('volunteers on duty are not a list');
  return list as OnDutyVolunteer[];
}

/** A `json` value as the driver gives it: parsed already (postgres.js, PGlite), or as text. */
function parsed(json: unknown): unknown {
  return typeof json === 'string' ? (JSON.parse(json) as unknown) : json;
}
