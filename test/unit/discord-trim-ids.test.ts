import { describe, expect, it } from 'vitest';
import { CUSTOM_ID_MAX, notesModalId, parseTrimComponent, rechoose, recordId, scoreId, type RecordState } from '../../src/adapters/discord/trim-assess.js';

const CASE = '0b7f4a52-3c1d-4e8f-9a6b-2d5c7e9f1a3b';
/** The largest state the risk tool allows: 20 items all yes, a six-digit tool version, the last outcome. */
const biggest: RecordState = { caseId: CASE, stage: 'follow-up', toolVersion: 999_999, consent: true, yes: 2 ** 20 - 1, outcome: 9 };

describe('TRiM assessment custom ids on Discord', () => {
  it('fit in Discord’s 100 characters at their largest', () => {
    for (const id of [scoreId(biggest), recordId(biggest, false), recordId(biggest, true), notesModalId(biggest)]) expect(id.length, id).toBeLessThanOrEqual(CUSTOM_ID_MAX);
  });

  it('read back what they carry', () => {
    const { outcome: _o, ...answers } = biggest;
    expect(parseTrimComponent(scoreId(biggest))).toEqual({ kind: 'score', state: answers });
    expect(parseTrimComponent(recordId(biggest, true))).toEqual({ kind: 'record', state: biggest, withNotes: true });
    expect(parseTrimComponent(notesModalId({ ...biggest, stage: 'initial', consent: false, yes: 0 }))).toEqual({ kind: 'notes', state: { ...biggest, stage: 'initial', consent: false, yes: 0 } });
    expect(parseTrimComponent(`pl:trim-assess:${CASE}`)).toEqual({ kind: 'assess', caseId: CASE });
    expect(parseTrimComponent(`pl:trim-items:${CASE}`)).toEqual({ kind: 'items' });
  });

  it('call anything stale or forged unsupported', () => {
    for (const id of [`pl:trim-score:not-a-uuid:i:1:y:0`, `pl:trim-score:${CASE}:x:1:y:0`, `pl:trim-score:${CASE}:i:0:y:0`, `pl:trim-score:${CASE}:i:1:y:zz`, `pl:trim-rec:${CASE}:i:1:u:0:1`, `pl:trim-rec:${CASE}:i:1:y:0:99`, 'pl:trim-assess:1', 'pl:trim-other']) {
      expect(parseTrimComponent(id), id).toEqual({ kind: 'unsupported' });
    }
  });

  it('redraws a step with the new choice, and refuses a message that is not one', () => {
    const rows = [
      { type: 1, components: [{ type: 3, custom_id: `pl:trim-consent:${CASE}`, options: [{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }] }] },
      { type: 1, components: [{ type: 3, custom_id: `pl:trim-items:${CASE}`, min_values: 0, max_values: 3, options: ['a', 'b', 'c'].map((v) => ({ label: v, value: v })) }] },
      { type: 1, components: [{ type: 2, style: 1, custom_id: scoreId({ caseId: CASE, stage: 'initial', toolVersion: 2, consent: null, yes: 0 }), label: 'Score it', disabled: true }] },
    ];
    const consented = rechoose('consent', ['no'], rows)!;
    expect(JSON.stringify(consented)).toContain(`"custom_id":"pl:trim-score:${CASE}:i:2:n:0","label":"Score it","disabled":false`);
    expect(JSON.stringify(consented)).toContain('{"label":"No","value":"no","default":true}');
    const items = rechoose('items', ['a', 'c'], consented)!;
    expect(JSON.stringify(items)).toContain(`pl:trim-score:${CASE}:i:2:n:5`);
    expect(rechoose('outcome', ['refer'], items)).toBeNull();
    expect(rechoose('items', ['a'], [{ type: 1, components: [{ type: 2, style: 1, custom_id: 'pl:accept:x', label: 'Accept' }] }])).toBeNull();
    expect(rechoose('items', ['a'], 'not components')).toBeNull();
  });
});
