/** The reading of a reply to "Are you safe right now?": pure, so a table of cases. */
import { describe, expect, it } from 'vitest';
import { classifyAnswer, type SafetyAnswer } from '../../src/core/crisis-answers.js';
import { CRISIS_COPY, CRISIS_LANGS } from '../../src/core/views/crisis-copy.js';

const CASES: [string, SafetyAnswer][] = [
  ["no i'm not safe", 'unsafe'],
  ['No, I’m not safe.', 'unsafe'],
  ['not really', 'unsafe'],
  ['no', 'unsafe'],
  ['nope', 'unsafe'],
  ["i'm not ok", 'unsafe'],
  ['yes', 'safe'],
  ['Yeah', 'safe'],
  ["i'm safe", 'safe'],
  ['I am safe now, thanks', 'safe'],
  ["i'm not sure", 'unsure'],
  ['idk', 'unsure'],
  ['maybe', 'unsure'],
  ["no, i'm safe", 'unsure'],
  ['yes and no', 'unsure'],
  ['i have a plan and tonight is the night', 'plan'],
  ["i don't have a plan", 'other'],
  ["i've decided", 'plan'],
  ['what happens now?', 'other'],
  ['', 'other'],
  // Spanish, Portuguese, French, German.
  ['sí', 'safe'],
  ['no estoy a salvo', 'unsafe'],
  ['estoy bien', 'safe'],
  ['no sé', 'unsure'],
  ['não', 'unsafe'],
  ['não estou em segurança', 'unsafe'],
  ['estou em segurança', 'safe'],
  ['estou bem', 'safe'],
  ['não sei', 'unsure'],
  ['oui', 'safe'],
  ['non', 'unsafe'],
  ['je ne suis pas en sécurité', 'unsafe'],
  ['je ne sais pas', 'unsure'],
  ['ja', 'safe'],
  ['nein', 'unsafe'],
  ['ich bin nicht in Sicherheit', 'unsafe'],
  ['weiß nicht', 'unsure'],
  ['ich habe einen Plan', 'plan'],
];

describe('classifyAnswer', () => {
  it.each(CASES)('%j → %s', (text, expected) => {
    expect(classifyAnswer(text)).toBe(expected);
  });

  it('reads every language\'s button labels, typed, as the answer they stand for', () => {
    for (const lang of CRISIS_LANGS) {
      const { buttons } = CRISIS_COPY[lang];
      expect([classifyAnswer(buttons.safe), classifyAnswer(buttons.unsafe), classifyAnswer(buttons.unsure)], lang).toEqual(['safe', 'unsafe', 'unsure']);
    }
  });

  it('in a shared place reads only explicit statements about safety', () => {
    expect(classifyAnswer('no', { strict: true })).toBe('other');
    expect(classifyAnswer('yes', { strict: true })).toBe('other');
    expect(classifyAnswer("i'm not safe", { strict: true })).toBe('unsafe');
    expect(classifyAnswer("i'm safe", { strict: true })).toBe('safe');
    expect(classifyAnswer('i have a plan and tonight is the night', { strict: true })).toBe('plan');
    // Ordinary talk that the conversation's looser reading would take as an answer.
    for (const text of ['not really my thing', 'we need a plan for the release', "i'm not ok with that diff", 'no worries']) {
      expect(classifyAnswer(text, { strict: true }), text).toBe('other');
    }
  });
});
