/**
 * Expected failures are values, not exceptions: a use case returns `Result<T>` and the adapter turns
 * the error into a private reply (see `errorView`). Exceptions are left for bugs and outages.
 * Core carries no English here: `code` is the kind of failure (it picks the reply's title), `reason`
 * says precisely what went wrong with typed parameters, and the sentence for each reason lives in the
 * one table of reply texts (`views/errors.ts`), looked up at the edge.
 */
import type { Text } from '../i18n/index.js';
import type { TrimStage } from './trim/tool.js';

export type ErrorCode =
  | 'bad-input'
  | 'unknown-community'
  | 'not-allowed'
  | 'trim-only'
  /** A programme's records (StRaW, mentoring, …): only its own staff. */
  | 'programme-only'
  | 'not-enrolled'
  | 'training-expired'
  | 'not-on-duty'
  | 'at-capacity'
  | 'already-open'
  | 'already-taken'
  | 'own-request'
  | 'not-found'
  | 'stale'
  | 'conflict'
  | 'platform'
  /** The database could not be reached or gave up (a fault outside our code). */
  | 'unavailable'
  /** A bug of ours (an exception that is not a database fault): logged with a code, answered calmly. */
  | 'internal';

/** Each precise reason and the parameters its sentence needs (never message content). */
export interface Reasons {
  /**
   * A schema refused the input: `path` is where (dotted), `message` the schema's own words for it (a
   * catalogue id, or catalogue text, where the schema is ours), `limit` the bound it was held to, where it
   * has one (a message's `{max}`).
   */
  invalid: { readonly path: string; readonly message: Text; readonly limit?: number };
  'not-yet-due': { readonly stage: TrimStage; readonly dueAt: Date; readonly timeZone: string };
  'no-trim-case': object;
  'case-of-another': object;
  'case-closed': object;
  'assessment-recorded': object;
  'no-case-for-person': { readonly incident: number };
  'tool-version-gone': object;
  /** The case or its tool changed while an assessment form was open. */
  'assessment-changed': object;
  'consent-first': object;
  'outcomes-changed': object;
  'unanswered-item': object;
  'unknown-outcome': object;
  'notes-key-missing': object;
  'tool-too-long': { readonly length: number; readonly max: number };
  'not-json': object;
  'own-trim-role': object;
  'practitioner-has-cases': { readonly open: number };
  /** `suggestGrant`: add how the person can get a role. */
  'no-trim-role': { readonly suggestGrant: boolean };
  'last-manager': object;
  'incident-in-future': object;
  /** `pickAnother`: the form is still open, so ask for another choice. */
  'own-practitioner': { readonly pickAnother: boolean };
  'no-incident': { readonly number: number };
  'incident-gone': object;
  'no-own-cases': object;
  'planning-recorded': object;
  /** `incident` null: every case of the incident was asked for. */
  'no-open-case': { readonly incident: number | null };
  'needs-trim-manager': object;
  'trim-managers-too': object;
  /** Programmes on the engine: `programme` is its name as people read it ("StRaW"). */
  'programme-off': { readonly programme: string };
  'programme-staff': { readonly programme: string };
  'needs-programme-manager': { readonly programme: string };
  'programme-managers-too': { readonly programme: string };
  'own-programme-role': { readonly programme: string };
  'no-programme-role': { readonly programme: string };
  'no-programme-case': { readonly programme: string; readonly number: number };
  'unknown-item': { readonly item: string };
  'consent-answered': object;
  /** A referral for someone who already has an open case, or whose consent is already being asked. */
  'already-referred': object;
  'own-referral': object;
  /** The step is not the one the case is at (`step` as people read it). */
  'not-this-step': { readonly step: Text };
  'no-practitioner-yet': object;
  'programme-case-closed': { readonly programme: string };
  'last-programme-manager': { readonly programme: string };
  'programme-practitioner-has-cases': { readonly programme: string; readonly open: number };
  'already-accepted': object;
  'no-request-waiting': object;
  'alert-taken': { readonly byYou: boolean };
  /** `fix` is the platform adapter's own remedy (`ChatPlatform.explainFailure`). */
  'conversation-failed': { readonly fix: Text };
  'space-failed': object;
  'anonymous-busy': object;
  'anonymous-unreachable': object;
  'no-volunteer-channel': object;
  'unknown-topic': { readonly topics: readonly string[] };
  'member-only': { readonly what: 'check-in' | 'feedback' };
  'dashboard-coordinators': object;
  'dashboard-url': object;
  'dashboard-scheme': object;
  /** Dashboard sign-in refusals: no usable session, the role has gone, or the link is spent. */
  'dashboard-session': object;
  'dashboard-role': object;
  'dashboard-link': object;
  /** The TRiM page's session or link belongs to someone who no longer holds a TRiM role. */
  'trim-page-role': object;
  'not-enrolled-here': object;
  'remove-self': object;
  'volunteer-in-session': object;
  'mentor-has-pairs': { readonly open: number };
  'setup-needs-admin': object;
  /** `given` null: no country chosen; otherwise the code that has no checked line. */
  'country-needed': { readonly given: string | null; readonly countries: readonly string[] };
  'country-code': object;
  'form-button': object;
  'no-open-session': object;
  'session-members-only': object;
  'session-ended': object;
  'already-off-duty': object;
  /** `/listen` while the member's earlier request still waits for a listener. */
  'request-waiting': object;
  /** `/listen` while the member's earlier request has a listener (its session is open). */
  'in-session': object;
  /** Typed settings that could not be read: each with its label, what is wrong and how to write it. */
  'settings-invalid': { readonly problems: readonly { readonly label: Text; readonly message: Text; readonly hint: Text }[] };
  'watched-full': { readonly max: number };
  /** The rota has no slot with this number (or it was removed). */
  'rota-no-slot': { readonly number: number };
  /** The slot has no shift on this local date. */
  'rota-not-on-day': { readonly number: number; readonly date: string };
  'rota-started': object;
  'rota-full': { readonly wanted: number };
  /** The volunteer's own cap on shifts in the week from `monday`. */
  'rota-cap': { readonly cap: number; readonly monday: string };
  'rota-signed-up': object;
  'rota-not-signed-up': object;
  /** Training does not run to the shift's local date. */
  'rota-training': { readonly date: string; readonly validUntil: string | null };
  /** A swap someone else took first, or that was withdrawn. */
  'rota-swap-gone': object;
  'rota-own-shift': object;
  /** Mentoring (core/programmes/mentoring). */
  'mentor-not-mentor': object;
  'mentor-not-volunteer': object;
  'mentor-capacity': { readonly capacity: number };
  'mentor-training': { readonly validUntil: string | null };
  'mentor-own': object;
  'mentor-avoided': object;
  'mentor-has-pair': { readonly requested: boolean };
  'mentor-no-pair': object;
  'mentor-no-pair-number': { readonly number: number };
  'mentor-not-request': { readonly number: number };
  'mentor-which-mentee': { readonly count: number };
  'mentor-not-yours': object;
  'mentor-requested': object;
  'mentor-state': { readonly state: 'active' | 'paused' | 'ended' };
  'mentee-only': { readonly what: 'talk' | 'change' | 'feedback' };
  'mentor-feedback-answered': object;
}

export type ReasonId = keyof Reasons;
export type Reason = { [K in ReasonId]: { readonly id: K } & Reasons[K] }[ReasonId];

export interface CoreError {
  readonly code: ErrorCode;
  /** What precisely went wrong; the reply's second sentence is looked up from it at the edge. */
  readonly reason?: Reason;
  /** The form field the problem is in, when it came from a form (adapters show it beside that field). */
  readonly field?: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: CoreError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = <T = never>(code: ErrorCode, reason?: Reason, field?: string): Result<T> => ({
  ok: false,
  error: { code, ...(reason === undefined ? {} : { reason }), ...(field === undefined ? {} : { field }) },
});
