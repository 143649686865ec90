/**
 * The database schema. Times are `timestamptz` in UTC; people are stored only as the opaque refs the
 * adapters build (`discord:<guild>:<user>`), and message text is never stored — the one exception is a
 * request's optional note, kept in its own `request_notes` row that is deleted when the request ends.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { communities } from './schema-communities.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const urgency = pgEnum('urgency', ['routine', 'urgent', 'crisis']);
export const requestStatus = pgEnum('request_status', ['queued', 'accepted', 'active', 'closed', 'cancelled', 'expired']);
export const staffRole = pgEnum('staff_role', ['volunteer', 'coordinator']);
export const jobState = pgEnum('job_state', ['pending', 'running', 'done', 'dead', 'cancelled']);
export const crisisTier = pgEnum('crisis_tier', ['elevated', 'high', 'imminent']);
export const crisisSource = pgEnum('crisis_source', ['note', 'dm', 'session', 'channel']);
/** What a web sign-in opens: the coordinator dashboard, or the TRiM page (each checks its own role). */
export const dashboardScope = pgEnum('dashboard_scope', ['coordinator', 'trim']);

export const volunteers = pgTable(
  'volunteers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    userRef: text('user_ref').notNull(),
    /** The name coordinators see on the dashboard; null = shown as "Volunteer N". */
    displayName: text('display_name'),
    role: staffRole('role').notNull().default('volunteer'),
    /** Topics the volunteer has lived experience of; matching on them is the point of peer support. */
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    /** Last day (inclusive, community time zone ignored: a calendar date) the training is valid. */
    trainingValidUntil: date('training_valid_until', { mode: 'string' }),
    /** Concurrent sessions this volunteer may hold. */
    capacity: integer('capacity').notNull().default(1),
    /** When the current duty shift began; null when off duty. */
    dutySince: ts('duty_since'),
    enrolledBy: text('enrolled_by').notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('volunteers_community_user').on(t.communityId, t.userRef),
    check('volunteers_capacity_positive', sql`${t.capacity} between 1 and 10`),
  ],
);

export const supportRequests = pgTable(
  'support_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    /** Null once personal identifiers are purged (retention or /forget-me). */
    memberRef: text('member_ref'),
    topic: text('topic').notNull(),
    /**
     * Deprecated and no longer written: notes live in `request_notes` (a row deleted, not blanked, when the
     * request ends). Kept only so this change stays additive; still cleared by retention and /forget-me.
     */
    note: text('note'),
    shareNote: boolean('share_note').notNull().default(true),
    urgency: urgency('urgency').notNull().default('routine'),
    anonymous: boolean('anonymous').notNull().default(false),
    status: requestStatus('status').notNull().default('queued'),
    /** Volunteer to prefer when re-queued from a check-in ("talk again"). */
    preferredVolunteerId: uuid('preferred_volunteer_id').references(() => volunteers.id, { onDelete: 'set null' }),
    /** Hours after the session the member would like a check-in; null = ask at the end. */
    checkInHours: integer('check_in_hours'),
    offerRef: text('offer_ref'),
    createdAt: ts('created_at').notNull(),
    acceptedAt: ts('accepted_at'),
    acceptedBy: uuid('accepted_by').references(() => volunteers.id, { onDelete: 'set null' }),
    endedAt: ts('ended_at'),
    endReason: text('end_reason'),
  },
  (t) => [
    // One open request per member per community, enforced by the database.
    uniqueIndex('support_requests_one_open')
      .on(t.communityId, t.memberRef)
      .where(sql`${t.status} in ('queued', 'accepted', 'active')`),
    index('support_requests_queue').on(t.communityId, t.status, t.createdAt),
    check('support_requests_note_length', sql`char_length(${t.note}) <= 500`),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    requestId: uuid('request_id')
      .notNull()
      .unique()
      .references(() => supportRequests.id, { onDelete: 'cascade' }),
    volunteerId: uuid('volunteer_id').references(() => volunteers.id, { onDelete: 'set null' }),
    memberRef: text('member_ref'),
    /** The adapter's ref for the private space (thread, group DM, or the listener's relay space). */
    spaceRef: text('space_ref'),
    relay: boolean('relay').notNull().default(false),
    hadCrisis: boolean('had_crisis').notNull().default(false),
    startedAt: ts('started_at').notNull(),
    endedAt: ts('ended_at'),
    endedBy: text('ended_by'),
  },
  (t) => [
    index('sessions_open_by_volunteer').on(t.volunteerId).where(sql`${t.endedAt} is null`),
    uniqueIndex('sessions_space').on(t.spaceRef).where(sql`${t.endedAt} is null`),
  ],
);

export const feedback = pgTable('feedback', {
  id: uuid('id').primaryKey().defaultRandom(),
  sessionId: uuid('session_id')
    .notNull()
    .unique()
    .references(() => sessions.id, { onDelete: 'cascade' }),
  communityId: uuid('community_id')
    .notNull()
    .references(() => communities.id, { onDelete: 'cascade' }),
  memberRef: text('member_ref'),
  helped: text('helped', { enum: ['yes', 'somewhat', 'no'] }),
  /** Null = not asked yet or declined; otherwise hours after the session end. */
  checkInHours: integer('check_in_hours'),
  checkInDeclined: boolean('check_in_declined').notNull().default(false),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const jobs = pgTable(
  'jobs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    communityId: uuid('community_id').references(() => communities.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    dueAt: ts('due_at').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    /** Scheduling the same thing twice makes one job. */
    idempotencyKey: text('idempotency_key').notNull().unique(),
    state: jobState('state').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    lockedBy: text('locked_by'),
    lockedUntil: ts('locked_until'),
    /** An error code or class name, never message content. */
    lastError: text('last_error'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    finishedAt: ts('finished_at'),
  },
  (t) => [index('jobs_due').on(t.dueAt).where(sql`${t.state} = 'pending'`), index('jobs_kind_state').on(t.kind, t.state)],
);

export const effectState = pgEnum('effect_state', ['sending', 'sent']);

/**
 * Effects a job has performed (or begun), keyed so a re-run after a crash does not repeat them.
 * `sending` = the message may have left (the instance died or the call failed before it was confirmed):
 * a re-run asks the platform first where it can; `sent` = confirmed, never sent again.
 */
export const jobEffects = pgTable('job_effects', {
  key: text('key').primaryKey(),
  /** When the effect was first begun. */
  at: ts('at').notNull(),
  state: effectState('state').notNull().default('sent'),
  /** The platform's ref for the delivered message, when it gave one. */
  ref: text('ref'),
});

/**
 * A request's optional note — the only message text Peerline stores — in a row of its own, so ending the
 * request DELETES it rather than overwriting a column of a row that lives on for statistics. (PostgreSQL
 * keeps a deleted row's dead version until vacuum reclaims it; see README "Privacy".)
 */
export const requestNotes = pgTable(
  'request_notes',
  {
    requestId: uuid('request_id')
      .primaryKey()
      .references(() => supportRequests.id, { onDelete: 'cascade' }),
    note: text('note').notNull(),
  },
  (t) => [check('request_notes_length', sql`char_length(${t.note}) between 1 and 500`)],
);

export const crisisEvents = pgTable(
  'crisis_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    source: crisisSource('source').notNull(),
    tier: crisisTier('tier').notNull(),
    /** Detector rule ids only — never the text. */
    ruleIds: text('rule_ids').array().notNull(),
    subjectRef: text('subject_ref'),
    requestId: uuid('request_id').references(() => supportRequests.id, { onDelete: 'set null' }),
    sessionId: uuid('session_id').references(() => sessions.id, { onDelete: 'set null' }),
    /** The coordinators' alert for this event, so it can be updated once someone takes it. */
    alertRef: text('alert_ref'),
    /** The coordinator who took the alert ("Reach them"); set once, by a single conditional update. */
    reachedBy: text('reached_by'),
    reachedAt: ts('reached_at'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('crisis_events_community_time').on(t.communityId, t.createdAt)],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    communityId: uuid('community_id').references(() => communities.id, { onDelete: 'cascade' }),
    actorRef: text('actor_ref'),
    action: text('action').notNull(),
    subjectRef: text('subject_ref'),
    /** Structured facts about the action (ids, counts, settings keys) — never message content. */
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    at: ts('at').notNull(),
  },
  (t) => [index('audit_log_community_time').on(t.communityId, t.at)],
);

/** Inbound deliveries already handled (Slack event ids, Discord interaction ids), for exactly-once effects. */
export const inboundDeliveries = pgTable(
  'inbound_deliveries',
  {
    source: text('source').notNull(),
    deliveryId: text('delivery_id').notNull(),
    at: ts('at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.source, t.deliveryId] })],
);

/**
 * Single-use sign-in links to the coordinator dashboard or the TRiM page (`scope`). Only the SHA-256 of
 * the token is stored, so a copy of the database cannot sign anyone in.
 */
export const dashboardTokens = pgTable(
  'dashboard_tokens',
  {
    /** Hex SHA-256 of the token carried by the link. */
    tokenHash: text('token_hash').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    /** Who the link is for: a coordinator, or (scope `trim`) a TRiM practitioner or manager. */
    coordinatorRef: text('coordinator_ref').notNull(),
    /** A link of one scope never signs in to the other. */
    scope: dashboardScope('scope').notNull().default('coordinator'),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    /** Set when the link is redeemed; a used link never works again. */
    usedAt: ts('used_at'),
  },
  (t) => [index('dashboard_tokens_expiry').on(t.expiresAt)],
);

/**
 * Sign-in sessions behind an HttpOnly cookie, for the coordinator dashboard or the TRiM page (`scope`);
 * only the SHA-256 of the cookie value is stored.
 */
export const dashboardSessions = pgTable(
  'dashboard_sessions',
  {
    sessionHash: text('session_hash').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    /** Whose session: a coordinator, or (scope `trim`) a TRiM practitioner or manager. */
    coordinatorRef: text('coordinator_ref').notNull(),
    /** A session opens only the pages of its scope. */
    scope: dashboardScope('scope').notNull().default('coordinator'),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    /**
     * Set (by the database's clock) while a browser holds this session's live page open, and renewed;
     * the live-dashboard trigger (migrations/*_sync_notify.sql) notifies only for communities someone
     * is watching.
     */
    liveUntil: ts('live_until'),
  },
  // By community: the live-dashboard trigger (migrations/*_sync_notify.sql) asks whether anyone watches one.
  (t) => [index('dashboard_sessions_expiry').on(t.expiresAt), index('dashboard_sessions_community').on(t.communityId)],
);

/**
 * Messages the crisis detector could not read, per community, UTC day and language (ISO 639-1): a
 * count only, never the text or the author, so a community knows which languages it would need rules for.
 */
export const unscannedMessages = pgTable(
  'unscanned_messages',
  {
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    lang: text('lang').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.communityId, t.day, t.lang] })],
);

/**
 * The shift rota. A slot is local time in the community's time zone: weekly on some weekdays, or once on
 * a date; an occurrence is a slot on one local date, so a daylight-saving change moves its UTC instant,
 * never its wall-clock time. Coordinators number slots per community so people can name them.
 */
export const rotaSlots = pgTable(
  'rota_slots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    /** Shown to people (1, 2, …), unique in the community. */
    number: integer('number').notNull(),
    /** ISO weekdays (1 = Monday … 7 = Sunday) of a weekly slot; empty for a one-off. */
    weekdays: integer('weekdays').array().notNull().default(sql`'{}'::integer[]`),
    /** The local date of a one-off slot; null for a weekly one. */
    onDate: date('on_date', { mode: 'string' }),
    /** Local start, in minutes after midnight. */
    startMinute: integer('start_minute').notNull(),
    /** Wall-clock length in minutes (a shift may run past midnight). */
    durationMinutes: integer('duration_minutes').notNull(),
    /** Listeners wanted on each occurrence. */
    wanted: integer('wanted').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: ts('created_at').notNull(),
    /** Set when a coordinator removes the slot; its sign-ups and jobs then do nothing. */
    removedAt: ts('removed_at'),
  },
  (t) => [
    uniqueIndex('rota_slots_number').on(t.communityId, t.number),
    check('rota_slots_when', sql`(${t.onDate} is null) <> (cardinality(${t.weekdays}) = 0)`),
    check('rota_slots_times', sql`${t.startMinute} between 0 and 1439 and ${t.durationMinutes} between 15 and 1440 and ${t.wanted} between 1 and 50`),
  ],
);

/**
 * A volunteer signed up for one occurrence of a slot. A swap offer marks the row (`offeredAt`); the first
 * volunteer to take it becomes its volunteer, in one conditional update. The rota's jobs carry the
 * volunteer they were booked for, so after a swap or a withdrawal the old ones do nothing.
 */
export const rotaSignups = pgTable(
  'rota_signups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slotId: uuid('slot_id')
      .notNull()
      .references(() => rotaSlots.id, { onDelete: 'cascade' }),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    /** The local date the occurrence starts on. */
    occursOn: date('occurs_on', { mode: 'string' }).notNull(),
    volunteerId: uuid('volunteer_id')
      .notNull()
      .references(() => volunteers.id, { onDelete: 'cascade' }),
    /** When the volunteer offered the shift to others; null = not offered. */
    offeredAt: ts('offered_at'),
    /** The duty shift the rota began at the start (so the end takes off only that one). */
    dutySince: ts('duty_since'),
    /** When the volunteer pressed "not now" at the start. */
    declinedAt: ts('declined_at'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [uniqueIndex('rota_signups_once').on(t.slotId, t.occursOn, t.volunteerId), index('rota_signups_community_day').on(t.communityId, t.occursOn)],
);

/** A volunteer's own cap on rota shifts per week (Monday to Sunday, local), for their wellbeing. */
export const rotaCaps = pgTable(
  'rota_caps',
  {
    volunteerId: uuid('volunteer_id')
      .primaryKey()
      .references(() => volunteers.id, { onDelete: 'cascade' }),
    perWeek: integer('per_week').notNull(),
  },
  (t) => [check('rota_caps_range', sql`${t.perWeek} between 1 and 14`)],
);

/**
 * A volunteer's private calendar feed of their shifts. Only the SHA-256 of the URL's token is stored, so
 * a copy of the database opens no feed; a new token (or revoking) makes the old URL stop working.
 */
export const rotaFeeds = pgTable('rota_feeds', {
  volunteerId: uuid('volunteer_id')
    .primaryKey()
    .references(() => volunteers.id, { onDelete: 'cascade' }),
  /** Hex SHA-256 of the token the feed URL carries. */
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: ts('created_at').notNull(),
});

/**
 * Mentoring pairs (issue 19), a programme on the engine (core/mentoring/definition.ts): who mentors is the
 * engine's `programme_staff` (role `mentor`); a mentor must also be an enrolled volunteer, so a talk with
 * them is an ordinary session. A pair joins a mentee to one mentor for a chosen period, with a rhythm of
 * private prompts to meet. People are opaque refs; nothing here holds message text. The mentee's feedback
 * at the end is one of three answers, kept only after they consented (an engine consent record).
 *
 * How many mentees a mentor may have at once (open pairs: active or paused); no row = the default.
 */
export const mentorCapacities = pgTable(
  'mentor_capacities',
  {
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    userRef: text('user_ref').notNull(),
    capacity: integer('capacity').notNull(),
    setBy: text('set_by').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.communityId, t.userRef] }), check('mentor_capacities_range', sql`${t.capacity} between 1 and 20`)],
);

/** requested: a mentee's sign-up (or a request for a different mentor) waiting for a coordinator. */
export const mentorPairStatus = pgEnum('mentor_pair_status', ['requested', 'active', 'paused', 'ended']);
export const mentorConsent = pgEnum('mentor_consent', ['shared', 'declined']);

export const mentorPairs = pgTable(
  'mentor_pairs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    /** Shown to coordinators (1, 2, …), unique in the community. */
    number: integer('number').notNull(),
    menteeRef: text('mentee_ref').notNull(),
    /** Null while requested; set null if the mentor's volunteer row is removed after the pair ended. */
    mentorId: uuid('mentor_id').references(() => volunteers.id, { onDelete: 'set null' }),
    /** A mentor the mentee asked not to be paired with again (a change of mentor); never a reason. */
    avoidMentorId: uuid('avoid_mentor_id').references(() => volunteers.id, { onDelete: 'set null' }),
    status: mentorPairStatus('status').notNull(),
    /** Days between prompts to meet (7 weekly, 14 fortnightly, 28 four-weekly). */
    rhythmDays: integer('rhythm_days').notNull().default(7),
    /** Local dates, in the community's time zone: the period chosen for the pair. */
    startsOn: date('starts_on', { mode: 'string' }),
    endsOn: date('ends_on', { mode: 'string' }),
    /** When the next prompt is due; null while paused, ended, or past the period's end. */
    nextPromptAt: ts('next_prompt_at'),
    /** Prompts sent so far (both people count as one prompt). */
    prompts: integer('prompts').notNull().default(0),
    createdBy: text('created_by').notNull(),
    createdAt: ts('created_at').notNull(),
    pairedAt: ts('paired_at'),
    pausedAt: ts('paused_at'),
    endedAt: ts('ended_at'),
    /** mentee, mentor, coordinator, or period (the chosen period ran out). */
    endedBy: text('ended_by'),
    /** The engine's consent question (programme_consents) asked when the pair ended. */
    consentId: uuid('consent_id'),
    /** The mentee's answer to it; null = not answered (or not asked). */
    consent: mentorConsent('consent'),
    /** The mentee's feedback, kept only when `consent` is shared. */
    helped: text('helped', { enum: ['yes', 'somewhat', 'no'] }),
  },
  (t) => [
    uniqueIndex('mentor_pairs_number').on(t.communityId, t.number),
    // One open pair (or request) per mentee in a community.
    uniqueIndex('mentor_pairs_one_open').on(t.communityId, t.menteeRef).where(sql`${t.status} <> 'ended'`),
    index('mentor_pairs_mentor').on(t.mentorId).where(sql`${t.status} in ('active', 'paused')`),
    check('mentor_pairs_rhythm', sql`${t.rhythmDays} in (7, 14, 28)`),
    check('mentor_pairs_feedback_consented', sql`${t.helped} is null or ${t.consent} = 'shared'`),
  ],
);

export * from './schema-communities.js';
export * from './schema-trim.js';
export * from './schema-programmes.js';
export * from './schema-shards.js';
export * from './schema-locales.js';
