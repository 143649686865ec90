/**
 * The replies part in the pseudo-locale (every catalogue message wrapped in ⟦…⟧): every error kind and
 * every precise reason, the stale-button reasons, working hours and the outcome glossary have no word
 * outside the brackets but the data they were given. And a few renderings in Spanish, to show the reader's
 * language reaches them.
 */
import { describe, expect, it } from 'vitest';
import { inlineWords, pseudo, untranslated } from '../support/pseudo.js';
import { words } from '../support/words.js';
import { errorText, errorView, reasonMessage, schemaText } from '../../src/core/views/errors.js';
import { STALE_TEXT } from '../../src/core/views/stale.js';
import { formatWorkingHours, parseWorkingHours, readWorkingHours, workingHoursText } from '../../src/core/working-hours.js';
import { OUTCOME_TEXT, OUTCOMES, WAIT_METHOD_TEXT } from '../../src/core/outcomes.js';
import { formatLocal } from '../../src/core/time.js';
import { parseInput } from '../../src/core/guards.js';
import { requestInput } from '../../src/core/queue-request.js';
import { communitySettings } from '../../src/model/settings.js';
import type { ErrorCode, Reason, ReasonId, Reasons } from '../../src/core/result.js';
import { localise, t } from '../../src/i18n/index.js';

/** Every error kind; a record, so a new kind must be added here. */
const CODES: Record<ErrorCode, true> = {
  'bad-input': true,
  'unknown-community': true,
  'not-allowed': true,
  'programme-only': true,
  'trim-only': true,
  'not-enrolled': true,
  'training-expired': true,
  'not-on-duty': true,
  'at-capacity': true,
  'already-open': true,
  'already-taken': true,
  'own-request': true,
  'not-found': true,
  stale: true,
  conflict: true,
  platform: true,
  unavailable: true,
  internal: true,
};
const ERROR_CODES = Object.keys(CODES) as ErrorCode[];

const DUE = new Date('2026-03-05T14:30:00Z');
/** One reason of every kind, with the parameters a use case gives it; exhaustive, so a new reason must be added here. */
const SAMPLES: { readonly [K in ReasonId]: readonly Reasons[K][] } = {
  invalid: [
    { path: 'note', message: 'error.schema.note-too-long', limit: 500 },
    { path: '', message: 'error.schema.time-zone' },
    { path: 'topic', message: 'Too small: expected string to have >=1 characters' },
  ],
  'not-yet-due': [
    { stage: 'initial', dueAt: DUE, timeZone: 'Europe/London' },
    { stage: 'follow-up', dueAt: DUE, timeZone: 'Europe/London' },
  ],
  'no-trim-case': [{}],
  'case-of-another': [{}],
  'case-closed': [{}],
  'assessment-recorded': [{}],
  'no-case-for-person': [{ incident: 12 }],
  'tool-version-gone': [{}],
  'assessment-changed': [{}],
  'consent-first': [{}],
  'outcomes-changed': [{}],
  'unanswered-item': [{}],
  'unknown-outcome': [{}],
  'notes-key-missing': [{}],
  'tool-too-long': [{ length: 4200, max: 4000 }],
  'not-json': [{}],
  'own-trim-role': [{}],
  'practitioner-has-cases': [{ open: 1 }, { open: 3 }],
  'no-trim-role': [{ suggestGrant: true }, { suggestGrant: false }],
  'last-manager': [{}],
  'incident-in-future': [{}],
  'own-practitioner': [{ pickAnother: true }, { pickAnother: false }],
  'no-incident': [{ number: 4 }],
  'incident-gone': [{}],
  'no-own-cases': [{}],
  'planning-recorded': [{}],
  'no-open-case': [{ incident: null }, { incident: 2 }],
  'needs-trim-manager': [{}],
  'trim-managers-too': [{}],
  'programme-off': [{ programme: 'StRaW' }],
  'programme-staff': [{ programme: 'StRaW' }],
  'needs-programme-manager': [{ programme: 'StRaW' }],
  'programme-managers-too': [{ programme: 'StRaW' }],
  'own-programme-role': [{ programme: 'StRaW' }],
  'no-programme-role': [{ programme: 'StRaW' }],
  'no-programme-case': [{ programme: 'StRaW', number: 7 }],
  'unknown-item': [{ item: 'sleep' }],
  'consent-answered': [{}],
  'already-referred': [{}],
  'own-referral': [{}],
  'not-this-step': [{ step: 'intake' }],
  'no-practitioner-yet': [{}],
  'programme-case-closed': [{ programme: 'StRaW' }],
  'last-programme-manager': [{ programme: 'StRaW' }],
  'programme-practitioner-has-cases': [{ programme: 'StRaW', open: 1 }, { programme: 'StRaW', open: 2 }],
  'already-accepted': [{}],
  'no-request-waiting': [{}],
  'alert-taken': [{ byYou: true }, { byYou: false }],
  'conversation-failed': [{ fix: t('replies.undelivered.unknown-fix') }, { fix: 'Allow DMs' }],
  'space-failed': [{}],
  'anonymous-busy': [{}],
  'anonymous-unreachable': [{}],
  'no-volunteer-channel': [{}],
  'unknown-topic': [{ topics: ['grief', 'stress'] }],
  'member-only': [{ what: 'check-in' }, { what: 'feedback' }],
  'dashboard-coordinators': [{}],
  'dashboard-url': [{}],
  'dashboard-scheme': [{}],
  'dashboard-session': [{}],
  'dashboard-role': [{}],
  'dashboard-link': [{}],
  'trim-page-role': [{}],
  'not-enrolled-here': [{}],
  'remove-self': [{}],
  'volunteer-in-session': [{}],
  'mentor-has-pairs': [{ open: 1 }, { open: 2 }],
  'setup-needs-admin': [{}],
  'country-needed': [
    { given: null, countries: ['GB', 'US', 'IE'] },
    { given: 'ES', countries: ['GB', 'US', 'IE'] },
  ],
  'country-code': [{}],
  'form-button': [{}],
  'no-open-session': [{}],
  'session-members-only': [{}],
  'session-ended': [{}],
  'already-off-duty': [{}],
  'request-waiting': [{}],
  'in-session': [{}],
  'settings-invalid': [{ problems: [{ label: 'Retention', message: t('error.schema.one-day'), hint: 'Write a number' }] }],
  'watched-full': [{ max: 50 }],
  'rota-no-slot': [{ number: 3 }],
  'rota-not-on-day': [{ number: 3, date: '2026-03-05' }],
  'rota-started': [{}],
  'rota-full': [{ wanted: 1 }, { wanted: 2 }],
  'rota-cap': [{ cap: 1, monday: '2026-03-02' }, { cap: 3, monday: '2026-03-02' }],
  'rota-signed-up': [{}],
  'rota-not-signed-up': [{}],
  'rota-training': [
    { date: '2026-03-05', validUntil: null },
    { date: '2026-03-05', validUntil: '2026-03-01' },
  ],
  'rota-swap-gone': [{}],
  'rota-own-shift': [{}],
  'mentor-not-mentor': [{}],
  'mentor-not-volunteer': [{}],
  'mentor-capacity': [{ capacity: 1 }, { capacity: 4 }],
  'mentor-training': [{ validUntil: null }, { validUntil: '2026-03-01' }],
  'mentor-own': [{}],
  'mentor-avoided': [{}],
  'mentor-has-pair': [{ requested: true }, { requested: false }],
  'mentor-no-pair': [{}],
  'mentor-no-pair-number': [{ number: 9 }],
  'mentor-not-request': [{ number: 9 }],
  'mentor-which-mentee': [{ count: 2 }],
  'mentor-not-yours': [{}],
  'mentor-requested': [{}],
  'mentor-state': [{ state: 'active' }, { state: 'paused' }, { state: 'ended' }],
  'mentee-only': [{ what: 'talk' }, { what: 'change' }, { what: 'feedback' }],
  'mentor-feedback-answered': [{}],
};

const REASONS: Reason[] = Object.entries(SAMPLES).flatMap(([id, samples]) => (samples as object[]).map((s) => ({ id, ...s }) as Reason));
/** What the samples hold that is data, not copy: names, topics, a zod message, a date as the community reads it. */
const DATA = ['StRaW', 'sleep', 'intake', 'grief', 'stress', 'Allow DMs', 'Retention', 'Write a number', 'note', 'topic', 'Too small: expected string to have >=1 characters', formatLocal(DUE, 'Europe/London')];

describe('the replies part in the pseudo-locale', () => {
  it('has every error kind in the catalogue, title and sentence', () => {
    for (const code of ERROR_CODES) expect(inlineWords(errorView({ code })), code).toEqual([]);
  });

  it('has every reason in the catalogue, with each kind of error it may come with', () => {
    expect(new Set(REASONS.map((r) => r.id)).size).toBe(Object.keys(SAMPLES).length);
    for (const reason of REASONS) {
      expect(untranslated([pseudo.text(reasonMessage(reason))], DATA), reason.id).toEqual([]);
      expect(inlineWords(errorView({ code: 'conflict', reason }), DATA), reason.id).toEqual([]);
    }
  });

  it('has the stale buttons, working hours, the outcome glossary and the undelivered notice in the catalogue', () => {
    const texts = [
      ...Object.values(STALE_TEXT),
      workingHoursText(null),
      workingHoursText({ days: [1, 2, 3, 4, 5], startMinute: 540, endMinute: 1050 }),
      workingHoursText({ days: [1, 3, 5], startMinute: 480, endMinute: 720 }),
      workingHoursText({ days: [0, 1, 2, 3, 4, 5, 6], startMinute: 480, endMinute: 720 }),
      ...['Mon-Fri 17:30-09:00', 'Mon-Fri 09:00-25:00', 'Weekdays 09:00-17:00', 'from nine'].map((h) => {
        const read = parseWorkingHours(h);
        return read !== null && 'problem' in read ? read.problem : 'parsed';
      }),
      ...OUTCOMES.flatMap((o) => [OUTCOME_TEXT[o].label, OUTCOME_TEXT[o].means]),
      WAIT_METHOD_TEXT,
    ];
    expect(untranslated(texts.map((x) => pseudo.text(x)), ['weekdays', 'nine', 'from'])).toEqual([]);
  });
});

describe('the replies part in Spanish', () => {
  it('renders an error with its reason in the reader’s language', () => {
    const view = words(errorView({ code: 'already-open', reason: { id: 'request-waiting' } }), 'es');
    expect(view.title).toBe('Ya tienes una solicitud abierta');
    expect(view.text).toBe('Puedes tener una solicitud a la vez.\nTu solicitud sigue esperando a un voluntario. Para cambiarla, pulsa “Cancelar mi solicitud” en ella y vuelve a pedir.');
    expect(errorText({ code: 'bad-input', reason: { id: 'tool-too-long', length: 4200, max: 4000 } }, 'es')).toContain('4200 caracteres');
  });

  it('puts a schema’s words, with its limit, in the reader’s language', () => {
    const note = parseInput(requestInput, { note: 'x'.repeat(501) });
    expect(note.ok ? '' : errorText(note.error, 'es')).toBe('note: Tu nota es demasiado larga: no pases de 500 caracteres. No se ha guardado nada.');
    expect(note.ok ? '' : errorText(note.error)).toBe('note: Your note is too long: please keep it to 500 characters. Nothing was saved.');
    const zone = communitySettings.shape.timeZone.safeParse('Mars/Olympus');
    expect(zone.success ? '' : localise(schemaText(zone.error.issues[0]!.message), 'es')).toBe('zona horaria desconocida (usa un nombre IANA como Europe/Madrid)');
  });

  it('says working hours in Spanish and reads them back', () => {
    const weekdays = { days: [1, 2, 3, 4, 5], startMinute: 540, endMinute: 1050 };
    expect(formatWorkingHours(weekdays, 'es')).toBe('lun–vie 09:00–17:30');
    expect(formatWorkingHours({ days: [1, 3, 5], startMinute: 480, endMinute: 720 }, 'de')).toBe('Mo, Mi, Fr 08:00–12:00');
    expect(readWorkingHours('lun–vie 09:00–17:30')).toEqual(weekdays);
    expect(readWorkingHours(formatWorkingHours(null, 'fr'))).toBeNull();
    expect(readWorkingHours('dimanche-mardi 08:00-12:00')).toEqual({ days: [0, 1, 2], startMinute: 480, endMinute: 720 });
    expect(readWorkingHours('Mon-Fri 17:30-09:00', 'es')).toBe('El final debe ser posterior al inicio, el mismo día (sin horarios nocturnos).');
  });
});
