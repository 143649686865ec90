/**
 * The packed identifier (src/crisis/lang/ngram-identifier.ts) must give eld's answers exactly — the
 * language, every score and `isReliable()` — or a line could be read with a different pack than the
 * one the packs were measured with. Compared with the installed `eld` on every committed development
 * and pack line (never an evaluation `-test` or held-out set) and on text built to reach each of eld's
 * edge cases; and the committed model must be what eld-model-build.ts builds from the installed eld.
 */
import { readdirSync, readFileSync } from 'node:fs';
import eld from 'eld/small';
import { describe, expect, it } from 'vitest';
import { ELD_VERSION } from '../../../src/crisis/lang/eld-model.js';
import { compileIdentifier, type LanguageGuess } from '../../../src/crisis/lang/ngram-identifier.js';

const identifier = compileIdentifier();
import { buildModelSource } from './eld-model-build.js';

const crisisDir = new URL('../', import.meta.url);

function committedLines(): string[] {
  const files = [
    ...readdirSync(new URL('data/', crisisDir)).filter((f) => f.endsWith('-dev.tsv')).map((f) => new URL(`data/${f}`, crisisDir)),
    ...readdirSync(new URL('lang/', crisisDir)).filter((f) => f.endsWith('.tsv')).map((f) => new URL(`lang/${f}`, crisisDir)),
    ...readdirSync(crisisDir).filter((f) => f.endsWith('.tsv') && !f.startsWith('held-out')).map((f) => new URL(f, crisisDir)),
  ];
  return files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#'))
      .map((l) => l.slice(l.lastIndexOf('\t') + 1)),
  );
}

/** Where the packed identifier and eld disagree on `text`, or null. */
function disagreement(text: string): string | null {
  const theirs = eld.detect(text);
  const ours: LanguageGuess = identifier.detect(text);
  if (theirs.language !== ours.language) return `${JSON.stringify(text)}: language ${theirs.language} vs ${ours.language}`;
  for (const [lang, score] of Object.entries(theirs.getScores())) {
    if (ours.score(lang) !== score) return `${JSON.stringify(text)}: ${lang} scored ${score} vs ${ours.score(lang)}`;
  }
  if (theirs.isReliable() !== ours.reliable()) return `${JSON.stringify(text)}: reliable ${theirs.isReliable()} vs ${ours.reliable()}`;
  return null;
}

/** Text made of characters from every part of Unicode (letters of many scripts, marks, symbols, emoji, lone surrogates), seeded. */
function strangeTexts(count: number): string[] {
  let seed = 99;
  const next = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
  const pieces = [' ', ' ', ' ', "'", '`', '’', '-', '.', ',', '!', '?', '\n', '\t', '\u00a0', '\u3000', '0', '7', 'a', 'E', 'ß', 'İ', 'Σ', 'ς', 'é', 'Ç', 'ñ', 'ō', 'ǅ', 'ﬁ', 'Ⅻ', '\u0301', '\u200d', '\ufe0f', '😀', '🅺', '𝐤', '\ud800', '\udc00', '한', '中', 'я', 'ع', 'अ', 'ა', 'ก'];
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    let s = '';
    const length = 1 + Math.floor(next() * 60);
    for (let k = 0; k < length; k += 1) {
      const r = next();
      if (r < 0.45) s += String.fromCharCode(97 + Math.floor(next() * 26));
      else if (r < 0.8) s += pieces[Math.floor(next() * pieces.length)]!;
      else s += String.fromCharCode(Math.floor(next() * 0x10000));
    }
    out.push(s);
  }
  return out;
}

describe('the packed identifier gives eld’s answers', () => {
  it('is built from the installed eld, unchanged', async () => {
    const installed = (JSON.parse(readFileSync(new URL('../../../node_modules/eld/package.json', import.meta.url), 'utf8')) as { version: string }).version;
    expect(ELD_VERSION).toBe(installed);
    const committed = readFileSync(new URL('../../../src/crisis/lang/eld-model.ts', import.meta.url), 'utf8');
    expect(committed === (await buildModelSource())).toBe(true);
  });

  it('on every committed development and pack line', () => {
    const lines = committedLines();
    expect(lines.length).toBeGreaterThan(15_000);
    const differ = lines.map(disagreement).filter((d) => d !== null);
    expect(differ).toEqual([]);
  }, 180_000); // eld itself takes ~25 µs a line on a quiet core, and many times that on a busy one

  it('on eld’s edge cases: apostrophes, separators, case, long words, the byte cuts, other scripts', () => {
    const long = 'supercalifragilistic'.repeat(5);
    const texts = [
      '',
      ' ',
      'ok',
      "don't 'quoted' ''x'' `a` it’s l'amour ’’",
      "' hello '",
      'KILL me NOW',
      'ΣΑΣ ΟΔΟΣ σοφός',
      'İstanbul İİ',
      'straße ÆØÅ œuvre',
      'a\u0301b e\u0301te\u0301',
      '123 456 7.8',
      `${long} ${long} and more`,
      `${'x'.repeat(69)} ${'y'.repeat(70)} ${'z'.repeat(71)}`,
      'ab cd '.repeat(300),
      `${'é'.repeat(200)} fin`,
      `${'palabra '.repeat(43)}final`,
      `${'中文'.repeat(100)}`,
      '😀😀 hola amigo 😀 🅺🅸🅻🅻 𝐤𝐢𝐥𝐥',
      '\ud800abc \udc00 x\ud83d',
      'hola\u00a0amigo\u3000que tal',
      'www.example.com https://x.y/z?q=1 foo@bar.com',
      'a'.repeat(1200),
    ];
    const differ = [...texts, ...strangeTexts(4000)].map(disagreement).filter((d) => d !== null);
    expect(differ).toEqual([]);
  });
});
