/**
 * The cheap English check lets a line skip language identification. That is only safe if the skip
 * cannot change what the detector finds: a line the check is sure of must give no signals in any
 * other pack (so reading it with them, as identification might ask, adds nothing), and lines in
 * languages without a pack must never be taken for English, or they would not be counted as
 * unscanned. Checked on every committed development and pack set (never an evaluation `-test` set),
 * and on lines written to hide another pack's words (leetspeak, spaced letters, chat spellings).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DETECTORS, detectMessage, identify, PACK_LANGUAGES, signalsOf, surelyEnglish } from '../../../src/crisis/index.js';

const crisisDir = new URL('../', import.meta.url);

/** The text of every line of every committed set but the evaluation parts. */
function committedLines(): string[] {
  const files = [
    ...readdirSync(new URL('data/', crisisDir)).filter((f) => f.endsWith('-dev.tsv')).map((f) => new URL(`data/${f}`, crisisDir)),
    ...readdirSync(new URL('lang/', crisisDir)).filter((f) => f.endsWith('.tsv')).map((f) => new URL(`lang/${f}`, crisisDir)),
    ...readdirSync(crisisDir).filter((f) => f.endsWith('.tsv')).map((f) => new URL(f, crisisDir)),
  ];
  expect(files.some((f) => f.pathname.includes('-test.'))).toBe(false);
  return files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#'))
      .map((l) => l.slice(l.lastIndexOf('\t') + 1)),
  );
}

const OTHER_PACKS = PACK_LANGUAGES.filter((l) => l !== 'en');

/** Lines the check is sure of on which some other pack finds something: must be none. */
function unsafe(lines: readonly string[]): string[] {
  return lines.filter((text) => surelyEnglish(text) && OTHER_PACKS.some((l) => DETECTORS[l].signals(text).hits.length > 0 || DETECTORS[l].detect(text).tier !== 'none'));
}

describe('skipping identification changes no detection', () => {
  const lines = committedLines();

  it('reads the committed sets (about twenty thousand lines)', () => {
    expect(lines.length).toBeGreaterThan(15_000);
  });

  it('is sure of no line on which another pack finds anything', () => {
    expect(unsafe(lines)).toEqual([]);
  });

  it('gives a sure line the same detection and signals as the English rules alone, with lang "en"', () => {
    for (const text of lines.filter((t) => surelyEnglish(t)).slice(0, 3000)) {
      const alone = DETECTORS.en.detect(text);
      expect(detectMessage(text)).toEqual({ ...alone, lang: 'en', unscanned: false });
      const signals = DETECTORS.en.signals(text);
      expect(signalsOf(text)).toEqual({ ...signals, lang: 'en' });
    }
  });

  it('stays unsure where another pack could read hidden words', () => {
    const hidden = [
      'i want to m0rir tonight',
      'i just want to m o r i r',
      'i want to $uicidarme',
      'i want to kiero morir',
      'i will morrer hj',
      'so tired, je veux mourir',
      'i cant, ich will sterben',
      'i have the pastillas',
    ];
    expect(unsafe(hidden)).toEqual([]);
    for (const text of hidden) expect(surelyEnglish(text), text).toBe(false);
  });

  it('is sure of ordinary English chat with doubled letters and words other languages share', () => {
    for (const text of ['i will pass on that', 'do you see the door', 'that was a poor call', 'less is more', 'come on guys', '@jordan can you review this']) {
      expect(surelyEnglish(text), text).toBe(true);
    }
  });
});

describe('lines in languages without a pack still reach the identifier, so they are counted', () => {
  it('never takes an Italian, Dutch, Polish, Swedish, Turkish or Russian line for English', () => {
    const other = readFileSync(new URL('lang/lang-id-lines.tsv', crisisDir), 'utf8')
      .split('\n')
      .filter((l) => /^(it|nl|pl|sv|tr|ru)\t/.test(l))
      .map((l) => l.slice(l.indexOf('\t') + 1));
    expect(other.length).toBeGreaterThan(30);
    expect(other.filter((t) => surelyEnglish(t))).toEqual([]);
    const counted = other.filter((t) => detectMessage(t).unscanned).length;
    // The identifier itself places most of them (its errors are its own, not the shortcut's).
    expect(counted / other.length).toBeGreaterThan(0.8);
    expect(other.filter((t) => identify(t).lang === 'en' && surelyEnglish(t))).toEqual([]);
  });
});
