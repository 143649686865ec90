import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { NotesCipher, parseNotesKey } from '../../src/core/trim/notes-cipher.js';
import { DEFAULT_RISK_TOOL, riskTool, scoreAssessment, type RiskToolInput } from '../../src/core/trim/tool.js';
import { dayReminderAt } from '../../src/core/time.js';

/** A small tool with weights and different bands per stage. */
const weighted = (): RiskToolInput => ({
  name: 'Test tool',
  source: 'Written for this test',
  items: [
    { id: 'a', text: 'Item a?', weight: 1 },
    { id: 'b', text: 'Item b?', weight: 2 },
    { id: 'c', text: 'Item c?', weight: 5 },
  ],
  outcomes: [
    { id: 'none', label: 'Nothing more' },
    { id: 'watch', label: 'Keep an eye' },
    { id: 'refer', label: 'Refer' },
  ],
  thresholds: {
    initial: [
      { minScore: 3, recommendation: 'watch' },
      { minScore: 0, recommendation: 'none' },
      { minScore: 6, recommendation: 'refer' },
    ],
    'follow-up': [
      { minScore: 0, recommendation: 'none' },
      { minScore: 2, recommendation: 'refer' },
    ],
  },
});

const issues = (input: unknown): string[] => {
  const parsed = riskTool.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
};

describe('scoring an assessment', () => {
  const tool = riskTool.parse(weighted());

  it('sums the weights of the items answered yes, ignoring no, missing and unknown answers', () => {
    expect(scoreAssessment(tool, 'initial', {}).score).toBe(0);
    expect(scoreAssessment(tool, 'initial', { a: true, b: false, c: false }).score).toBe(1);
    expect(scoreAssessment(tool, 'initial', { b: true, c: true }).score).toBe(7);
    expect(scoreAssessment(tool, 'initial', { a: false, stranger: true }).score).toBe(0);
  });

  it('picks the highest band the score reaches, whatever order the bands are written in', () => {
    expect(scoreAssessment(tool, 'initial', { a: true })).toEqual({ score: 1, recommendation: 'none' });
    expect(scoreAssessment(tool, 'initial', { a: true, b: true })).toEqual({ score: 3, recommendation: 'watch' });
    expect(scoreAssessment(tool, 'initial', { a: true, c: true })).toEqual({ score: 6, recommendation: 'refer' });
  });

  it('uses the bands of the stage asked for', () => {
    expect(scoreAssessment(tool, 'follow-up', { b: true })).toEqual({ score: 2, recommendation: 'refer' });
    expect(scoreAssessment(tool, 'initial', { b: true })).toEqual({ score: 2, recommendation: 'none' });
  });

  it('gives weight 1 to an item written without one', () => {
    const t = riskTool.parse({ ...weighted(), items: [{ id: 'a', text: 'Item a?' }, { id: 'b', text: 'Item b?' }] });
    expect(t.items.map((i) => i.weight)).toEqual([1, 1]);
    expect(scoreAssessment(t, 'follow-up', { a: true, b: true })).toEqual({ score: 2, recommendation: 'refer' });
  });
});

describe('validating a risk tool', () => {
  it('accepts the test tool', () => {
    expect(issues(weighted())).toEqual([]);
  });

  it('rejects an item id used twice', () => {
    const t = weighted();
    expect(issues({ ...t, items: [...t.items, { id: 'b', text: 'Again?' }] })).toContain('item id "b" is used twice');
  });

  it('rejects a recommendation that is not one of the outcomes', () => {
    const t = weighted();
    expect(issues({ ...t, thresholds: { ...t.thresholds, 'follow-up': [{ minScore: 0, recommendation: 'sack' }] } })).toContain(
      'recommendation "sack" is not one of the outcomes',
    );
  });

  it('rejects a stage with no band starting at 0', () => {
    const t = weighted();
    const result = riskTool.safeParse({ ...t, thresholds: { ...t.thresholds, initial: [{ minScore: 1, recommendation: 'none' }] } });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toContainEqual(expect.objectContaining({ message: 'one band must start at minScore 0', path: ['thresholds', 'initial'] }));
  });

  it('rejects two outcomes with the same id and two bands starting at the same score', () => {
    const t = weighted();
    expect(issues({ ...t, outcomes: [...t.outcomes, { id: 'none', label: 'Dup' }] })).toContain('outcome ids must be different');
    expect(
      issues({
        ...t,
        thresholds: {
          ...t.thresholds,
          initial: [
            { minScore: 0, recommendation: 'none' },
            { minScore: 0, recommendation: 'watch' },
          ],
        },
      }),
    ).toContain('two bands start at the same score');
  });
});

describe('the shipped default tool', () => {
  it('parses, has the ten commonly cited items, and says it is a default to check', () => {
    expect(riskTool.safeParse(DEFAULT_RISK_TOOL).success).toBe(true);
    expect(DEFAULT_RISK_TOOL.items).toHaveLength(10);
    expect(new Set(DEFAULT_RISK_TOOL.items.map((i) => i.id)).size).toBe(10);
    expect(DEFAULT_RISK_TOOL.name).toContain('default');
  });

  it('recommends monitoring from a score of 3 at the initial assessment and referral at the follow-up', () => {
    const yes = (n: number) => Object.fromEntries(DEFAULT_RISK_TOOL.items.slice(0, n).map((i) => [i.id, true]));
    expect(scoreAssessment(DEFAULT_RISK_TOOL, 'initial', yes(2))).toEqual({ score: 2, recommendation: 'no-further-action' });
    expect(scoreAssessment(DEFAULT_RISK_TOOL, 'initial', yes(3))).toEqual({ score: 3, recommendation: 'monitor' });
    expect(scoreAssessment(DEFAULT_RISK_TOOL, 'follow-up', yes(2))).toEqual({ score: 2, recommendation: 'close' });
    expect(scoreAssessment(DEFAULT_RISK_TOOL, 'follow-up', yes(3))).toEqual({ score: 3, recommendation: 'refer' });
  });
});

describe('the notes cipher', () => {
  const key = randomBytes(32);
  const cipher = new NotesCipher(key);
  const note = 'Slept badly since the collision; partner is supportive.';
  const id = '0f4c7a52-2b1e-4c3d-9a8b-7e6f5d4c3b2a';

  const swapPart = (stored: string, index: number, change: (part: string) => string): string =>
    stored
      .split('.')
      .map((p, i) => (i === index ? change(p) : p))
      .join('.');
  const flipFirstByte = (b64: string): string => {
    const bytes = Buffer.from(b64, 'base64url');
    bytes[0] = bytes[0]! ^ 0x01;
    return bytes.toString('base64url');
  };

  it('round-trips a note bound to its id', () => {
    expect(cipher.decrypt(cipher.encrypt(note, id), id)).toBe(note);
    expect(new NotesCipher(Buffer.from(key)).decrypt(cipher.encrypt(note, id), id)).toBe(note);
  });

  it('never contains the plaintext, and encrypts the same note differently each time', () => {
    const a = cipher.encrypt(note, id);
    const b = cipher.encrypt(note, id);
    expect(a).not.toContain(note);
    expect(a).not.toContain('collision');
    expect(a).not.toContain(Buffer.from(note).toString('base64url').slice(0, 12));
    expect(a).not.toBe(b);
  });

  it('gives null for another key', () => {
    const stored = cipher.encrypt(note, id);
    expect(new NotesCipher(randomBytes(32)).decrypt(stored, id)).toBeNull();
    // Even with the stored key id rewritten, the other key cannot open it.
    const other = new NotesCipher(randomBytes(32));
    expect(other.decrypt(swapPart(stored, 1, () => other.keyId), id)).toBeNull();
  });

  it('gives null for a tampered ciphertext, tag or iv', () => {
    const stored = cipher.encrypt(note, id);
    expect(cipher.decrypt(swapPart(stored, 4, flipFirstByte), id)).toBeNull();
    expect(cipher.decrypt(swapPart(stored, 3, flipFirstByte), id)).toBeNull();
    expect(cipher.decrypt(swapPart(stored, 2, flipFirstByte), id)).toBeNull();
    expect(cipher.decrypt(swapPart(stored, 0, () => 'v2'), id)).toBeNull();
    expect(cipher.decrypt(stored.split('.').slice(0, 4).join('.'), id)).toBeNull();
    expect(cipher.decrypt('not a ciphertext', id)).toBeNull();
  });

  it('gives null for a truncated authentication tag', () => {
    const stored = cipher.encrypt(note, id);
    // GCM accepts short tags unless told the length: a 4-byte tag would leave only 32 bits of forgery protection.
    for (const bytes of [4, 8, 12, 15]) {
      expect(cipher.decrypt(swapPart(stored, 3, (t) => Buffer.from(t, 'base64url').subarray(0, bytes).toString('base64url')), id)).toBeNull();
    }
  });

  it('gives null for a ciphertext bound to another id', () => {
    expect(cipher.decrypt(cipher.encrypt(note, id), '9d2e1f30-0000-4000-8000-000000000000')).toBeNull();
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => new NotesCipher(randomBytes(16))).toThrow();
  });
});

describe('parsing the notes key', () => {
  const bytes = randomBytes(32);

  it('accepts 64 hex digits, either case, with surrounding space', () => {
    expect(parseNotesKey(bytes.toString('hex'))?.equals(bytes)).toBe(true);
    expect(parseNotesKey(` ${bytes.toString('hex').toUpperCase()}\n`)?.equals(bytes)).toBe(true);
  });

  it('accepts base64 and base64url of 32 bytes, with or without padding', () => {
    expect(parseNotesKey(bytes.toString('base64'))?.equals(bytes)).toBe(true);
    expect(parseNotesKey(bytes.toString('base64').replace(/=$/, ''))?.equals(bytes)).toBe(true);
    expect(parseNotesKey(bytes.toString('base64url'))?.equals(bytes)).toBe(true);
  });

  it('refuses anything else', () => {
    expect(parseNotesKey('')).toBeNull();
    expect(parseNotesKey('correct horse battery staple')).toBeNull();
    expect(parseNotesKey(bytes.toString('hex').slice(0, 62))).toBeNull();
    expect(parseNotesKey(`${bytes.toString('hex')}00`)).toBeNull();
    expect(parseNotesKey(randomBytes(16).toString('base64'))).toBeNull();
    expect(parseNotesKey(randomBytes(48).toString('base64'))).toBeNull();
    expect(parseNotesKey(`${bytes.toString('hex').slice(0, 63)}g`)).toBeNull();
  });
});

describe('the day a reminder is sent', () => {
  it('moves a reminder due before 09:00 local to 09:00 local that day', () => {
    // 06:00 in New York in summer (UTC-4) → 09:00 EDT.
    expect(dayReminderAt(new Date('2026-07-01T10:00:00Z'), 'America/New_York').toISOString()).toBe('2026-07-01T13:00:00.000Z');
    // Winter (UTC-5).
    expect(dayReminderAt(new Date('2026-01-15T11:30:00Z'), 'America/New_York').toISOString()).toBe('2026-01-15T14:00:00.000Z');
    // The same instant is already afternoon in Tokyo: left as it is.
    expect(dayReminderAt(new Date('2026-07-01T10:00:00Z'), 'Asia/Tokyo').toISOString()).toBe('2026-07-01T10:00:00.000Z');
  });

  it('leaves a reminder due at or after 09:00 local where it is', () => {
    expect(dayReminderAt(new Date('2026-07-01T13:00:00Z'), 'America/New_York').toISOString()).toBe('2026-07-01T13:00:00.000Z');
    expect(dayReminderAt(new Date('2026-07-01T22:15:00Z'), 'America/New_York').toISOString()).toBe('2026-07-01T22:15:00.000Z');
    // 22:00 local on 14 January: that day's 09:00 is past, so it stays at 22:00.
    expect(dayReminderAt(new Date('2026-01-15T03:00:00Z'), 'America/New_York').toISOString()).toBe('2026-01-15T03:00:00.000Z');
  });

  it('finds 09:00 on a daylight-saving day', () => {
    // 8 March 2026: New York moves to EDT at 02:00 local; 01:00 EST → 09:00 EDT (13:00 UTC).
    expect(dayReminderAt(new Date('2026-03-08T06:00:00Z'), 'America/New_York').toISOString()).toBe('2026-03-08T13:00:00.000Z');
    // 29 March 2026 in London: 00:30 GMT → 09:00 BST (08:00 UTC).
    expect(dayReminderAt(new Date('2026-03-29T00:30:00Z'), 'Europe/London').toISOString()).toBe('2026-03-29T08:00:00.000Z');
  });
});
