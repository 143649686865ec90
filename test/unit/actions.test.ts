import { describe, expect, it } from 'vitest';
import { encodeAction, parseAction, type Action } from '../../src/core/actions.js';

const id = '6c1f3b9e-3d2a-4a7b-9c1e-2f4a5b6c7d8e';

describe('action ids', () => {
  const cases: Exclude<Action, { kind: 'unsupported' }>[] = [
    { kind: 'accept', requestId: id },
    { kind: 'cancel', requestId: id },
    { kind: 'end', sessionId: id },
    { kind: 'helped', sessionId: id, answer: 'somewhat' },
    { kind: 'check-in', sessionId: id, hours: 24 },
    { kind: 'check-in', sessionId: id, hours: null },
    { kind: 'check-in-reply', sessionId: id, answer: 'talk' },
    { kind: 'duty-confirm' },
    { kind: 'crisis-listener' },
    { kind: 'resources' },
  ];
  it.each(cases)('round-trips $kind', (action) => {
    const encoded = encodeAction(action);
    expect(encoded.length).toBeLessThanOrEqual(100); // Discord custom_id limit
    expect(parseAction(encoded)).toEqual(action);
  });

  it.each(['', 'pl', 'pl:accept', `pl:accept:${id}:extra`, 'pl:accept:123', `pl:helped:${id}:maybe`, `pl:check-in:${id}:0`, 'pl:__proto__:x', `xx:accept:${id}`])(
    'treats %j as unsupported',
    (raw) => {
      expect(parseAction(raw)).toEqual({ kind: 'unsupported', raw });
    },
  );
});
