/**
 * What our schemas say about input they refuse (catalogue part `checks`): rendered at the edge from the
 * reason, so nothing is outside the brackets in the pseudo-locale but the data the reader typed, the
 * English words are the ones Peerline said before, and a bound reads in the reader's language.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseInput } from '../../src/core/guards.js';
import { sealNote } from '../../src/core/programmes/notes.js';
import { NotesCipher } from '../../src/core/trim/notes-cipher.js';
import { fail, type Result } from '../../src/core/result.js';
import { slotInput } from '../../src/core/rota/slots.js';
import { shiftInput } from '../../src/core/rota/signups.js';
import { volunteerTag } from '../../src/core/use-cases/manage-volunteers.js';
import { formatWait } from '../../src/core/use-cases/stats.js';
import { errorView, reasonText } from '../../src/core/views/errors.js';
import { localise } from '../../src/i18n/index.js';
import { missingBands, programmeTool } from '../../src/model/programme-tool.js';
import { inlineWords } from '../support/pseudo.js';

const slot = { kind: 'weekly', days: 'mon-fri', start: '18:00', end: '22:00', wanted: 2 } as const;
const tool = {
  name: 'Check-in',
  source: 'Our training',
  items: [{ id: 'sleep', text: 'Sleeping badly?' }],
  outcomes: [{ id: 'ok', label: 'All right' }],
  thresholds: { review: [{ minScore: 0, recommendation: 'ok' }] },
};
const notes = { trimNotes: new NotesCipher(randomBytes(32)) };

const refusals: Record<string, Result<unknown>> = {
  'slot days': parseInput(slotInput, { ...slot, days: 'weekdays' }),
  'slot start': parseInput(slotInput, { ...slot, start: '6pm' }),
  'slot end': parseInput(slotInput, { ...slot, end: '27:00' }),
  'slot wanted none': parseInput(slotInput, { ...slot, wanted: 0 }),
  'slot wanted many': parseInput(slotInput, { ...slot, wanted: 51 }),
  'slot wanted part': parseInput(slotInput, { ...slot, wanted: 1.5 }),
  'slot date': parseInput(slotInput, { ...slot, kind: 'once', date: '24/12/2026' }),
  'shift date': parseInput(shiftInput, { number: 1, date: '2026-02-30' }),
  'tool id': parseInput(programmeTool, { ...tool, outcomes: [{ id: 'OK!', label: 'All right' }] }),
  'tool items twice': parseInput(programmeTool, { ...tool, items: [...tool.items, ...tool.items] }),
  'tool recommendation': parseInput(programmeTool, { ...tool, thresholds: { review: [{ minScore: 0, recommendation: 'later' }] } }),
  'tool bands': fail('bad-input', { id: 'invalid', path: 'thresholds', message: missingBands(programmeTool.parse(tool), ['review', 'close']) ?? '' }),
  tag: parseInput(volunteerTag, 'a/b'),
  note: sealNote(notes, 'x'.repeat(2001), 'row'),
  // A schema that gives no words of its own: the catalogue's, never the schema library's English.
  'text short': parseInput(z.object({ topic: z.string().min(1) }), { topic: '' }),
  'list long': parseInput(z.array(z.string()).max(2), ['a', 'b', 'c']),
  'number big': parseInput(z.number().int().max(365), 400),
  'number part': parseInput(z.number().int(), 1.5),
  missing: parseInput(z.object({ topic: z.string() }), {}),
  choice: parseInput(z.enum(['weekly', 'fortnightly']), 'daily'),
  format: parseInput(z.uuid(), 'nope'),
};
// What the reader typed or configured, shown back as it is.
const DATA = ['topic', 'slot', 'days', 'start', 'end', 'wanted', 'date', 'outcomes.0.id', 'items', 'thresholds.review', 'later', 'close', 'thresholds', 'notes'];

const reason = (r: Result<unknown>, locale: 'en' | 'es' | 'de' = 'en'): string => (r.ok || r.error.reason === undefined ? '' : reasonText(r.error.reason, locale));

describe('schema refusals in the pseudo-locale', () => {
  it.each(Object.entries(refusals))('%s has no words outside the catalogue', (_name, refused) => {
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(inlineWords(errorView(refused.error), DATA)).toEqual([]);
  });

  it('a wait percentile too', () => {
    for (const p of [null, { ms: 10_000, over: true }, { ms: 3_000_000, over: true }, { ms: 360_000, over: false }]) expect(inlineWords({ text: formatWait(p) })).toEqual([]);
  });
});

describe('schema refusals in words', () => {
  it('say in English what they said before the catalogue', () => {
    expect(reason(refusals['slot start']!)).toBe('start: write the start time as HH:MM, 24-hour (e.g. 18:00)');
    expect(reason(refusals['slot end']!)).toBe('end: write the end time as HH:MM, 24-hour (e.g. 18:00)');
    expect(reason(refusals['slot wanted many']!)).toBe('wanted: at most 50 listeners');
    expect(reason(refusals['slot wanted part']!)).toBe('wanted: write the listeners wanted as a whole number');
    expect(reason(refusals['tool recommendation']!)).toBe('thresholds.review: recommendation "later" is not one of the outcomes');
    expect(reason(refusals['tool bands']!)).toBe('thresholds: thresholds needs bands for: close');
    expect(reason(refusals.note!)).toBe('notes: notes: up to 2000 characters');
    expect(localise(formatWait({ ms: 3_000_000, over: true }), 'en')).toBe('over 50 min');
  });

  it('replace the schema library’s own English', () => {
    expect(reason(refusals['text short']!)).toBe('topic: at least 1 character');
    expect(reason(refusals['list long']!)).toBe('at most 2 items');
    expect(reason(refusals['number big']!, 'de')).toBe('höchstens 365');
    expect(reason(refusals['number part']!, 'es')).toBe('escribe un número entero');
    expect(reason(refusals.missing!)).toBe('topic: this is needed');
    // A schema's own words still win.
    expect(reason(parseInput(z.string().min(3, 'checks.rota.date'), 'x'))).toBe('write the date as YYYY-MM-DD');
  });

  it('give the bound in the reader’s language', () => {
    expect(reason(refusals['slot wanted many']!, 'es')).toBe('wanted: como máximo 50 voluntarios');
    expect(reason(refusals['tool recommendation']!, 'de')).toBe('thresholds.review: die Empfehlung „later“ ist keines der Ergebnisse');
    expect(reason(refusals['slot date']!, 'de')).toBe('date: schreib das Datum als JJJJ-MM-TT (YYYY-MM-DD)');
  });
});
