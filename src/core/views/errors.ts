/**
 * The one table of reply texts for expected failures, and the view adapters build from it at the edge:
 * the title and first sentence come from the error's kind (`code`), the second from its precise reason.
 * Both are exhaustive (the reason table, and the catalogue's `error.<code>.*` keys, checked by the
 * compiler), so a new code or reason without its copy does not compile. The words are
 * catalogue messages (src/i18n/messages/replies), rendered in the reader's language by the adapter.
 */
import { en, lines, localise, type Locale, type MessageId, type ParamsOf, sentences, t, type Text } from '../../i18n/index.js';
import type { CoreError, ErrorCode, Reason, ReasonId, Reasons } from '../result.js';
import { formatLocal } from '../time.js';
import type { TextView } from './types.js';

/** Each kind's title and first sentence: `error.<code>.title` and `.text`, which the catalogue must hold for every code. */
const titleOf = (code: ErrorCode): Text => t(`error.${code}.title`);
const textOf = (code: ErrorCode): Text => t(`error.${code}.text`);

const isMessageId = (s: string): s is MessageId => Object.hasOwn(en, s);

/** Schema messages whose one parameter (`max`, or `min` for a lower bound) is the bound the schema refused the input against. */
type BoundId<P> = { [K in MessageId]: [ParamsOf<K>] extends [P] ? ([P] extends [ParamsOf<K>] ? K : never) : never }[MessageId];
const SCHEMA_MAX: ReadonlySet<string> = new Set<BoundId<{ max: number }>>([
  'error.schema.note-too-long',
  'checks.rota.wanted.max',
  'checks.rota.cap.max',
  'checks.weeks.max',
  'checks.mentoring.capacity.max',
  'checks.profile.name.max',
  'checks.profile.tags.max',
  'checks.schema.text.max',
  'checks.schema.list.max',
  'checks.schema.number.max',
]);
const SCHEMA_MIN: ReadonlySet<string> = new Set<BoundId<{ min: number }>>(['checks.schema.text.min', 'checks.schema.list.min', 'checks.schema.number.min']);
const isMaxId = (id: MessageId): id is BoundId<{ max: number }> => SCHEMA_MAX.has(id);
const isMinId = (id: MessageId): id is BoundId<{ min: number }> => SCHEMA_MIN.has(id);

/**
 * A schema's words for a problem: a catalogue id our schemas give as their message (src/model, core's
 * inputs), catalogue text, or the schema library's own words, which are passed on as they are.
 */
export function schemaText(message: Text, limit?: number): Text {
  if (typeof message !== 'string' || !isMessageId(message)) return message;
  if (isMaxId(message)) return t(message, { max: limit ?? 0 });
  return isMinId(message) ? t(message, { min: limit ?? 0 }) : { msg: message };
}

type ReasonCopy = { readonly [K in ReasonId]: (r: Reasons[K]) => Text };

const REASONS: ReasonCopy = {
  invalid: (r) => (r.path === '' ? schemaText(r.message, r.limit) : t('error.reason.invalid', { path: r.path, message: schemaText(r.message, r.limit) })),
  'not-yet-due': (r) => t('error.reason.not-yet-due', { stage: r.stage, due: formatLocal(r.dueAt, r.timeZone) }),
  'no-trim-case': () => t('error.reason.no-trim-case'),
  'case-of-another': () => t('error.reason.case-of-another'),
  'case-closed': () => t('error.reason.case-closed'),
  'assessment-recorded': () => t('error.reason.assessment-recorded'),
  'no-case-for-person': (r) => t('error.reason.no-case-for-person', { incident: String(r.incident) }),
  'tool-version-gone': () => t('error.reason.tool-version-gone'),
  'assessment-changed': () => t('error.reason.assessment-changed'),
  'consent-first': () => t('error.reason.consent-first'),
  'outcomes-changed': () => t('error.reason.outcomes-changed'),
  'unanswered-item': () => t('error.reason.unanswered-item'),
  'unknown-outcome': () => t('error.reason.unknown-outcome'),
  'notes-key-missing': () => t('error.reason.notes-key-missing'),
  'tool-too-long': (r) => t('error.reason.tool-too-long', { length: String(r.length), max: String(r.max) }),
  'not-json': () => t('error.reason.not-json'),
  'own-trim-role': () => t('error.reason.own-trim-role'),
  'practitioner-has-cases': (r) => t('error.reason.practitioner-has-cases', { open: r.open }),
  'no-trim-role': (r) => sentences(t('error.reason.no-trim-role'), r.suggestGrant ? t('error.reason.no-trim-role.grant') : null),
  'last-manager': () => t('error.reason.last-manager'),
  'incident-in-future': () => t('error.reason.incident-in-future'),
  'own-practitioner': (r) => sentences(t('error.reason.own-practitioner'), r.pickAnother ? t('error.reason.own-practitioner.pick') : null),
  'no-incident': (r) => t('error.reason.no-incident', { number: String(r.number) }),
  'incident-gone': () => t('error.reason.incident-gone'),
  'no-own-cases': () => t('error.reason.no-own-cases'),
  'planning-recorded': () => t('error.reason.planning-recorded'),
  'no-open-case': (r) => (r.incident === null ? t('error.reason.no-open-case.incident') : t('error.reason.no-open-case.person', { incident: String(r.incident) })),
  'needs-trim-manager': () => t('error.reason.needs-trim-manager'),
  'trim-managers-too': () => t('error.reason.trim-managers-too'),
  'programme-off': (r) => t('error.reason.programme-off', { programme: r.programme }),
  'programme-staff': (r) => t('error.reason.programme-staff', { programme: r.programme }),
  'needs-programme-manager': (r) => t('error.reason.needs-programme-manager', { programme: r.programme }),
  'programme-managers-too': (r) => t('error.reason.programme-managers-too', { programme: r.programme }),
  'own-programme-role': (r) => t('error.reason.own-programme-role', { programme: r.programme }),
  'no-programme-role': (r) => t('error.reason.no-programme-role', { programme: r.programme }),
  'no-programme-case': (r) => t('error.reason.no-programme-case', { programme: r.programme, number: String(r.number) }),
  'unknown-item': (r) => t('error.reason.unknown-item', { item: r.item }),
  'consent-answered': () => t('error.reason.consent-answered'),
  'already-referred': () => t('error.reason.already-referred'),
  'own-referral': () => t('error.reason.own-referral'),
  'not-this-step': (r) => t('error.reason.not-this-step', { step: r.step }),
  'programme-case-closed': (r) => t('error.reason.programme-case-closed', { programme: r.programme }),
  'no-practitioner-yet': () => t('error.reason.no-practitioner-yet'),
  'last-programme-manager': (r) => t('error.reason.last-programme-manager', { programme: r.programme }),
  'programme-practitioner-has-cases': (r) => t('error.reason.programme-practitioner-has-cases', { programme: r.programme, open: r.open }),
  'already-accepted': () => t('error.reason.already-accepted'),
  'no-request-waiting': () => t('error.reason.no-request-waiting'),
  'alert-taken': (r) => (r.byYou ? t('error.reason.alert-taken.you') : t('error.reason.alert-taken.other')),
  'conversation-failed': (r) => t('error.reason.conversation-failed', { fix: r.fix }),
  'space-failed': () => t('error.reason.space-failed'),
  'anonymous-busy': () => t('error.reason.anonymous-busy'),
  'anonymous-unreachable': () => t('error.reason.anonymous-unreachable'),
  'no-volunteer-channel': () => t('error.reason.no-volunteer-channel'),
  // The topics are the community's own words (data), listed as they are.
  'unknown-topic': (r) => t('error.reason.unknown-topic', { topics: r.topics.join(', ') }),
  'member-only': (r) => (r.what === 'check-in' ? t('error.reason.member-only.check-in') : t('error.reason.member-only.feedback')),
  'dashboard-coordinators': () => t('error.reason.dashboard-coordinators'),
  'dashboard-url': () => t('error.reason.dashboard-url'),
  'dashboard-scheme': () => t('error.reason.dashboard-scheme'),
  'dashboard-session': () => t('error.reason.dashboard-session'),
  'dashboard-role': () => t('error.reason.dashboard-role'),
  'dashboard-link': () => t('error.reason.dashboard-link'),
  'trim-page-role': () => t('error.reason.trim-page-role'),
  'not-enrolled-here': () => t('error.reason.not-enrolled-here'),
  'remove-self': () => t('error.reason.remove-self'),
  'volunteer-in-session': () => t('error.reason.volunteer-in-session'),
  'mentor-has-pairs': (r) => t('error.reason.mentor-has-pairs', { open: r.open }),
  'setup-needs-admin': () => t('error.reason.setup-needs-admin'),
  'country-needed': (r) => {
    // Country codes are data, listed as they are.
    const choices = t('error.reason.country-needed.choices', { countries: r.countries.join(', ') });
    return r.given === null ? t('error.reason.country-needed.none', { choices }) : t('error.reason.country-needed.unknown', { given: r.given, choices });
  },
  'country-code': () => t('error.reason.country-code'),
  'form-button': () => t('error.reason.form-button'),
  'no-open-session': () => t('error.reason.no-open-session'),
  'session-members-only': () => t('error.reason.session-members-only'),
  'session-ended': () => t('error.reason.session-ended'),
  'already-off-duty': () => t('error.reason.already-off-duty'),
  'request-waiting': () => t('error.reason.request-waiting'),
  'in-session': () => t('error.reason.in-session'),
  'settings-invalid': (r) =>
    lines(...r.problems.map((p) => t('error.reason.settings-invalid.problem', { label: p.label, message: p.message, hint: p.hint })), t('error.nothing-saved')),
  'watched-full': (r) => t('error.reason.watched-full', { max: r.max }),
  'rota-no-slot': (r) => t('error.reason.rota-no-slot', { number: String(r.number) }),
  'rota-not-on-day': (r) => t('error.reason.rota-not-on-day', { number: String(r.number), date: r.date }),
  'rota-started': () => t('error.reason.rota-started'),
  'rota-full': (r) => t('error.reason.rota-full', { wanted: r.wanted }),
  'rota-cap': (r) => t('error.reason.rota-cap', { cap: r.cap, monday: r.monday }),
  'rota-signed-up': () => t('error.reason.rota-signed-up'),
  'rota-not-signed-up': () => t('error.reason.rota-not-signed-up'),
  'rota-training': (r) =>
    r.validUntil === null ? t('error.reason.rota-training.none', { date: r.date }) : t('error.reason.rota-training.until', { date: r.date, validUntil: r.validUntil }),
  'rota-swap-gone': () => t('error.reason.rota-swap-gone'),
  'rota-own-shift': () => t('error.reason.rota-own-shift'),
  'mentor-not-mentor': () => t('error.reason.mentor-not-mentor'),
  'mentor-not-volunteer': () => t('error.reason.mentor-not-volunteer'),
  'mentor-capacity': (r) => t('error.reason.mentor-capacity', { capacity: r.capacity }),
  'mentor-training': (r) => (r.validUntil === null ? t('error.reason.mentor-training.none') : t('error.reason.mentor-training.until', { validUntil: r.validUntil })),
  'mentor-own': () => t('error.reason.mentor-own'),
  'mentor-avoided': () => t('error.reason.mentor-avoided'),
  'mentor-has-pair': (r) => (r.requested ? t('error.reason.mentor-has-pair.requested') : t('error.reason.mentor-has-pair.paired')),
  'mentor-no-pair': () => t('error.reason.mentor-no-pair'),
  'mentor-no-pair-number': (r) => t('error.reason.mentor-no-pair-number', { number: String(r.number) }),
  'mentor-not-request': (r) => t('error.reason.mentor-not-request', { number: String(r.number) }),
  'mentor-which-mentee': (r) => t('error.reason.mentor-which-mentee', { count: r.count }),
  'mentor-not-yours': () => t('error.reason.mentor-not-yours'),
  'mentor-requested': () => t('error.reason.mentor-requested'),
  'mentor-state': (r) => t('error.reason.mentor-state', { state: r.state }),
  'mentee-only': (r) =>
    r.what === 'talk' ? t('error.reason.mentee-only.talk') : r.what === 'change' ? t('error.reason.mentee-only.change') : t('error.reason.mentee-only.feedback'),
  'mentor-feedback-answered': () => t('error.reason.mentor-feedback-answered'),
};

/** The sentence for a precise reason, as catalogue text. */
export function reasonMessage(reason: Reason): Text {
  // The mapped table pairs each id with its own parameters; TypeScript cannot follow that through a union.
  return (REASONS[reason.id] as (r: Reason) => Text)(reason);
}

/** The specific sentence of an error (its reason's), or the kind's general one when it has no reason, as catalogue text. */
export function errorMessage(error: CoreError): Text {
  return error.reason === undefined ? textOf(error.code) : reasonMessage(error.reason);
}

/** The sentence for a precise reason in `locale`'s words (English unless said): for an edge that needs a string. */
export function reasonText(reason: Reason, locale: Locale = 'en'): string {
  return localise(reasonMessage(reason), locale);
}

/** The specific sentence of an error in `locale`'s words (English unless said): for an edge that needs a string (a form field's error). */
export function errorText(error: CoreError, locale: Locale = 'en'): string {
  return localise(errorMessage(error), locale);
}

/**
 * The private reply for an expected failure, in catalogue text the adapter renders in the reader's
 * language. `edgeDetail` replaces the reason's sentence when the adapter knows better what to say (its
 * own command syntax, its own limits).
 */
export function errorView(error: CoreError, edgeDetail?: Text): TextView {
  const detail = edgeDetail ?? (error.reason === undefined ? undefined : reasonMessage(error.reason));
  return {
    title: titleOf(error.code),
    text: detail === undefined ? textOf(error.code) : lines(textOf(error.code), detail),
    tone: error.code === 'unavailable' || error.code === 'platform' ? 'danger' : 'warning',
  };
}
