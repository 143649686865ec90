/**
 * What the crisis module compiles from its rule packs and language model: a detector per pack, the
 * cheap English check and the language identifier. Compiling takes about a second of CPU and ~90 MB
 * of short-lived garbage, so the build does it once and keeps the tables in a file (crisis-tables.ts,
 * outside this pure module, writes it, and reads and checks it at start-up) and the bot hands them in
 * with `prepareCrisis`. Without them (tests, tsx, the CLI, a missing or stale file) they are compiled
 * on first use: the same tables give the same detectors either way (test/crisis/snapshot.test.ts).
 */
import { compileDetector, compileDetectorTables, expand, type Detector, type DetectorTables } from '../detector.js';
import { EMOJI_WORDS } from '../characters.js';
import { Normaliser } from '../normalise.js';
import { ENGLISH } from '../rules.js';
import type { RulePack } from '../types.js';
import { GERMAN } from './de.js';
import { SEPARATORS, NGRAMS } from './eld-model.js';
import { SPANISH } from './es.js';
import { FRENCH } from './fr.js';
import { EnglishCheck, PACK_LANGUAGES, type EnglishCheckTables, type PackLanguage } from './identify.js';
import { compileIdentifier, compileIdentifierTables, type IdentifierTables, type NgramIdentifier } from './ngram-identifier.js';
import { PORTUGUESE } from './pt.js';

/** Everything compiled, as plain data: typed arrays, strings, a few maps and flags. */
export interface CrisisTables {
  readonly detectors: Readonly<Record<PackLanguage, DetectorTables>>;
  readonly check: EnglishCheckTables;
  readonly identifier: IdentifierTables;
}

/** The working parts built from `CrisisTables`. */
export interface Crisis {
  readonly detectors: Readonly<Record<PackLanguage, Detector>>;
  readonly check: EnglishCheck;
  readonly identifier: NgramIdentifier;
}

export const PACKS: Readonly<Record<PackLanguage, RulePack>> = { en: ENGLISH, es: SPANISH, pt: PORTUGUESE, fr: FRENCH, de: GERMAN };

const FOREIGN = PACK_LANGUAGES.filter((l) => l !== 'en');

/** Every word of a pack's phrases and word lists, normalised as the pack reads them. */
function wordsOf(pack: RulePack): string[] {
  const normaliser = new Normaliser([], pack);
  const texts = [...pack.rules.flatMap((r) => r.phrases.flatMap(expand)), ...pack.self, ...pack.others, ...pack.negations, ...(pack.conjunctions ?? [])];
  return texts.flatMap((t) => normaliser.normalise(t).trim().split(' ')).filter((w) => /^[a-z]+$/.test(w));
}

/** Every word of a pack's phrases and word lists, lower case as typed without accents ("dass", not "das"; "m'en" as "men", as the check reads it). */
function typedWordsOf(pack: RulePack): string[] {
  const texts = [...pack.rules.flatMap((r) => r.phrases.flatMap(expand)), ...pack.self, ...pack.others, ...pack.negations, ...(pack.conjunctions ?? []), ...pack.common];
  return texts.flatMap((t) => t.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f'’]/g, '').split(/[^a-z]+/)).filter((w) => w !== '');
}

/** Compiles every table from the packs and eld's model (what the build writes to the file). */
export function compileTables(): CrisisTables {
  const detectors = { en: compileDetectorTables(ENGLISH), es: compileDetectorTables(SPANISH), pt: compileDetectorTables(PORTUGUESE), fr: compileDetectorTables(FRENCH), de: compileDetectorTables(GERMAN) };
  // The cheap English check, knowing what the other packs need to match anything.
  const check = new EnglishCheck(
    { words: FOREIGN.flatMap((l) => detectors[l].triggers), typos: FOREIGN.flatMap((l) => detectors[l].typoTriggers), emojiWords: EMOJI_WORDS.values() },
    [...typedWordsOf(ENGLISH), ...wordsOf(ENGLISH)],
    FOREIGN.flatMap((l) => typedWordsOf(PACKS[l])),
  );
  return { detectors, check: check.tables, identifier: compileIdentifierTables(SEPARATORS, NGRAMS) };
}

/** The working parts over `tables` (taken as they are, not copied). Throws on tables of the wrong shape. */
export function crisisFrom(tables: CrisisTables): Crisis {
  const d = tables.detectors;
  return {
    detectors: { en: compileDetector(ENGLISH, d.en), es: compileDetector(SPANISH, d.es), pt: compileDetector(PORTUGUESE, d.pt), fr: compileDetector(FRENCH, d.fr), de: compileDetector(GERMAN, d.de) },
    check: new EnglishCheck(tables.check),
    identifier: compileIdentifier(tables.identifier),
  };
}

let current: Crisis | null = null;

/**
 * Builds the crisis module's working parts once, from `tables` (the build-time file) or else by
 * compiling. A later call keeps what the first built. The bot calls it at start-up (crisis-tables.ts),
 * so no message waits for a compile.
 */
export function prepareCrisis(tables?: CrisisTables): void {
  current ??= crisisFrom(tables ?? compileTables());
}

/** The working parts, compiled on first use if `prepareCrisis` was not called. */
export function crisis(): Crisis {
  return (current ??= crisisFrom(compileTables()));
}
