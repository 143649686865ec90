/**
 * Programme records (StRaW, mentoring, …): the tables every programme on the engine shares. A
 * programme's records are private to its own staff (checked in core), and every read and change is
 * audited in `audit_log` under `<programme>.…`. People are opaque refs; a step stores the staff member's
 * answers to the programme's tool and the tool version they used, never chat text. Free-text notes exist
 * only as AES-256-GCM ciphertext. TRiM keeps its own tables (schema-trim.ts), which predate the engine.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ProgrammeTool } from '../model/programme-tool.js';
import { communities } from './schema-communities.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const community = () =>
  uuid('community_id')
    .notNull()
    .references(() => communities.id, { onDelete: 'cascade' });

/** Whether a programme is on in a community (a row overrides the programme's default), and who switched it. */
export const programmeSettings = pgTable(
  'programme_settings',
  {
    communityId: community(),
    programme: text('programme').notNull(),
    enabled: boolean('enabled').notNull(),
    changedBy: text('changed_by').notNull(),
    changedAt: ts('changed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.communityId, t.programme] })],
);

/** Who holds which of a programme's roles in a community (one role per person per programme). */
export const programmeStaff = pgTable(
  'programme_staff',
  {
    communityId: community(),
    programme: text('programme').notNull(),
    userRef: text('user_ref').notNull(),
    role: text('role').notNull(),
    assignedBy: text('assigned_by').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.communityId, t.programme, t.userRef] })],
);

/** Each saved version of a community's tool for a programme; steps point at the version they used. */
export const programmeTools = pgTable(
  'programme_tools',
  {
    communityId: community(),
    programme: text('programme').notNull(),
    version: integer('version').notNull(),
    definition: jsonb('definition').$type<ProgrammeTool>().notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.communityId, t.programme, t.version] }), check('programme_tools_version_positive', sql`${t.version} >= 1`)],
);

/**
 * A person's consent asked before anything is opened for them (a referral by someone else). `answer`
 * stays null until they answer; a case is opened only on `given`.
 */
export const programmeConsents = pgTable(
  'programme_consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communityId: community(),
    programme: text('programme').notNull(),
    personRef: text('person_ref').notNull(),
    askedBy: text('asked_by').notNull(),
    askedAt: ts('asked_at').notNull(),
    answer: text('answer', { enum: ['given', 'declined'] }),
    answeredAt: ts('answered_at'),
    caseId: uuid('case_id'),
  },
  (t) => [
    // One open question per person and programme: a second referral while one waits asks nothing twice.
    uniqueIndex('programme_consents_pending').on(t.communityId, t.programme, t.personRef).where(sql`${t.answer} is null`),
  ],
);

/** One person's case in a programme, with the staff member who holds it (null until one is assigned). */
export const programmeCases = pgTable(
  'programme_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communityId: community(),
    programme: text('programme').notNull(),
    /** Per community and programme, the number people type (`/peer straw case 3`). */
    number: integer('number').notNull(),
    personRef: text('person_ref').notNull(),
    practitionerRef: text('practitioner_ref'),
    /** How the case began, in the programme's own words (`self`, `manager`, …). */
    route: text('route').notNull(),
    openedBy: text('opened_by').notNull(),
    openedAt: ts('opened_at').notNull(),
    /** The outcome recorded at the main step (a programme's tool outcome id), once there is one. */
    outcome: text('outcome'),
    closedAt: ts('closed_at'),
    closedBy: text('closed_by'),
    closeReason: text('close_reason'),
    /** The opening step's own key: a retried step finds the case it opened instead of opening another. */
    idempotencyKey: text('idempotency_key'),
  },
  (t) => [
    uniqueIndex('programme_cases_number').on(t.communityId, t.programme, t.number),
    uniqueIndex('programme_cases_idempotency_key').on(t.communityId, t.programme, t.idempotencyKey),
    index('programme_cases_open').on(t.communityId, t.programme, t.practitionerRef).where(sql`${t.closedAt} is null`),
  ],
);

/** A step of a case's timeline: when it falls due, and, once done, what was recorded. */
export const programmeSteps = pgTable(
  'programme_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => programmeCases.id, { onDelete: 'cascade' }),
    communityId: community(),
    programme: text('programme').notNull(),
    /** The programme's step id (`assign`, `conversation`, `meeting-1`, `follow-up`, …). */
    step: text('step').notNull(),
    dueAt: ts('due_at').notNull(),
    doneAt: ts('done_at'),
    doneBy: text('done_by'),
    toolVersion: integer('tool_version'),
    /** Item id → yes (true) / no (false), as answered on `toolVersion`. */
    answers: jsonb('answers').$type<Record<string, boolean>>().notNull().default({}),
    score: integer('score'),
    recommendation: text('recommendation'),
    outcome: text('outcome'),
    /** `v1.<key id>.<iv>.<tag>.<ciphertext>` (base64url, bound to this step's id), or null: never in clear. */
    notesCiphertext: text('notes_ciphertext'),
  },
  (t) => [uniqueIndex('programme_steps_step').on(t.caseId, t.step), index('programme_steps_open').on(t.communityId, t.programme).where(sql`${t.doneAt} is null`)],
);
