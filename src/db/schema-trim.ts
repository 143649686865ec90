/**
 * TRiM (Trauma Risk Management) records. Only a community's TRiM practitioners and managers may read or
 * change them (checked in core), and every read and change is audited. People are opaque refs; an
 * assessment stores the practitioner's yes/no answers and the tool version they answered, never chat
 * text. Free-text notes exist only as AES-256-GCM ciphertext.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { RiskTool } from '../model/risk-tool.js';
import { communities } from './schema-communities.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const trimRole = pgEnum('trim_role', ['practitioner', 'manager']);
export const trimStage = pgEnum('trim_stage', ['initial', 'follow-up']);

/** Who holds a TRiM role in a community. Managers coordinate and may do everything a practitioner can. */
export const trimStaff = pgTable(
  'trim_staff',
  {
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    userRef: text('user_ref').notNull(),
    role: trimRole('role').notNull(),
    assignedBy: text('assigned_by').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.communityId, t.userRef] })],
);

/** Each saved version of a community's risk-assessment tool; assessments point at the version they used. */
export const trimTools = pgTable(
  'trim_tools',
  {
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    definition: jsonb('definition').$type<RiskTool>().notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.communityId, t.version] }), check('trim_tools_version_positive', sql`${t.version} >= 1`)],
);

export const trimIncidents = pgTable(
  'trim_incidents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    /** Per-community number people type (`/peer trim case 3`). */
    number: integer('number').notNull(),
    /** A short label chosen by the practitioner; the form asks for no account of the event. */
    title: text('title').notNull(),
    occurredAt: ts('occurred_at').notNull(),
    loggedBy: text('logged_by').notNull(),
    loggedAt: ts('logged_at').notNull(),
    planningDueAt: ts('planning_due_at').notNull(),
    planningHeldAt: ts('planning_held_at'),
    closedAt: ts('closed_at'),
    /**
     * The logging step's own key (a token in the Slack form, the Discord interaction id): a retried
     * submission of the same step finds the incident it already logged instead of logging it again.
     */
    idempotencyKey: text('idempotency_key'),
  },
  (t) => [
    uniqueIndex('trim_incidents_number').on(t.communityId, t.number),
    uniqueIndex('trim_incidents_idempotency_key').on(t.communityId, t.idempotencyKey),
    check('trim_incidents_title_length', sql`char_length(${t.title}) <= 80`),
  ],
);

/** One person involved in an incident, with their assigned practitioner and due dates. */
export const trimCases = pgTable(
  'trim_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => trimIncidents.id, { onDelete: 'cascade' }),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    personRef: text('person_ref').notNull(),
    practitionerRef: text('practitioner_ref').notNull(),
    initialDueAt: ts('initial_due_at').notNull(),
    followUpDueAt: ts('follow_up_due_at').notNull(),
    closedAt: ts('closed_at'),
    closedBy: text('closed_by'),
    closeReason: text('close_reason', { enum: ['follow-up-done', 'closed-by-manager'] }),
  },
  (t) => [
    uniqueIndex('trim_cases_person').on(t.incidentId, t.personRef),
    index('trim_cases_open').on(t.communityId, t.practitionerRef).where(sql`${t.closedAt} is null`),
  ],
);

export const trimAssessments = pgTable(
  'trim_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => trimCases.id, { onDelete: 'cascade' }),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    stage: trimStage('stage').notNull(),
    /** Participation is voluntary: false records a decline, with no answers and no score. */
    consented: boolean('consented').notNull(),
    toolVersion: integer('tool_version'),
    /** Item id → yes (true) / no (false), as answered on `toolVersion`. */
    answers: jsonb('answers').$type<Record<string, boolean>>().notNull().default({}),
    score: integer('score'),
    /** The recommendation id the tool gave for the score, and the outcome the practitioner confirmed. */
    recommendation: text('recommendation'),
    outcome: text('outcome').notNull(),
    /** `v1.<key id>.<iv>.<tag>.<ciphertext>` (base64url), or null: notes are never stored in clear. */
    notesCiphertext: text('notes_ciphertext'),
    assessedBy: text('assessed_by').notNull(),
    assessedAt: ts('assessed_at').notNull(),
  },
  (t) => [uniqueIndex('trim_assessments_stage').on(t.caseId, t.stage)],
);
