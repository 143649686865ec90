/**
 * Crisis detection in the language a message is written in. Identify the language (a cheap check lets
 * most English lines skip the identifier), read the message with that language's rule pack (and a
 * neighbour's, when identification hesitates), and with the English pack where English may be in it
 * (see `readsEnglishToo`): chat mixes languages, and short lines are the ones identification gets wrong. A message in a language with no pack gets the
 * English reading only and `unscanned: true`, so its community can be told what the bot cannot
 * read (a count per language; the text goes nowhere). Pure and synchronous, like `detect`.
 */
import { compileDetector, english, expand, type Detector, type Signal, type Signals } from '../detector.js';
import { EMOJI_WORDS } from '../characters.js';
import { Normaliser } from '../normalise.js';
import { ENGLISH } from '../rules.js';
import type { Detection, RulePack } from '../types.js';
import { GERMAN } from './de.js';
import { SPANISH } from './es.js';
import { FRENCH } from './fr.js';
import { EnglishCheck, identify as identifyWith, isPackLanguage, PACK_LANGUAGES, UNDETERMINED, type Identification, type PackLanguage } from './identify.js';
import { PORTUGUESE } from './pt.js';

export { isPackLanguage, PACK_LANGUAGES, UNDETERMINED, type Identification, type PackLanguage };
export { FRENCH, GERMAN, PORTUGUESE, SPANISH };

/** One compiled detector per pack language, built at start-up. */
export const DETECTORS: Readonly<Record<PackLanguage, Detector>> = {
  en: english,
  es: compileDetector(SPANISH),
  pt: compileDetector(PORTUGUESE),
  fr: compileDetector(FRENCH),
  de: compileDetector(GERMAN),
};

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

/** The cheap English check, knowing what the other packs need to match anything. */
const FOREIGN = PACK_LANGUAGES.filter((l) => l !== 'en').map((l) => DETECTORS[l]);
const CHECK = new EnglishCheck(
  { words: FOREIGN.flatMap((d) => d.triggers), typos: FOREIGN.flatMap((d) => d.typoTriggers), emojiWords: EMOJI_WORDS.values() },
  [...typedWordsOf(ENGLISH), ...wordsOf(ENGLISH)],
  [SPANISH, PORTUGUESE, FRENCH, GERMAN].flatMap(typedWordsOf),
);

/** Whether `text` is English for sure (see `EnglishCheck`): then it skips the identifier. */
export function surelyEnglish(text: string): boolean {
  return CHECK.sure(text);
}

/** The language of `text` and the packs to read it with (see `identify` in identify.ts). */
export function identify(text: string): Identification {
  return identifyWith(text, CHECK);
}

/** The language of `text`, ISO 639-1, or `und`. */
export function identifyLanguage(text: string): string {
  return identify(text).lang;
}

/** A detection with the language it was read in, and whether that language has a pack. */
export interface LanguageDetection extends Detection {
  /** ISO 639-1 code, or "und" when identification could not place the message. */
  readonly lang: string;
  /** True when the message's language has no rule pack: it was read with the English rules only. */
  readonly unscanned: boolean;
}

/**
 * Whether the English rules read a line identified as something else: a line in a language without a
 * pack, or one that cannot be placed (English is the default, and short English lines are the ones
 * identification misplaces), or a line in another pack's language that has an English word in it
 * ("estoy tan cansada, i want to die"). Not otherwise: the English rules mend one-letter typos, and
 * would read Spanish "suicidas" as "suicidal" with none of Spanish's context checks.
 */
function readsEnglishToo(lang: string, text: string): boolean {
  return !isPackLanguage(lang) || CHECK.hasEnglishWord(text);
}

const RANK = { none: 0, elevated: 1, high: 2, imminent: 3 } as const;

/** The language of `text` and whether it lacks a pack. A line identification cannot place is `und`, not counted. */
export function languageOf(text: string): { lang: string; unscanned: boolean } {
  const { lang } = identify(text);
  return { lang, unscanned: !isPackLanguage(lang) && lang !== UNDETERMINED };
}

/**
 * The tier of one message, read in English and in every pack language identification cannot rule
 * out, with `lang` set. The highest reading wins; at the same tier, the first (its own language's).
 */
export function detectMessage(text: string): LanguageDetection {
  const { lang, packs } = identify(text);
  const unscanned = !isPackLanguage(lang) && lang !== UNDETERMINED;
  let best: Detection | null = null;
  for (const pack of packs) {
    const reading = DETECTORS[pack].detect(text);
    if (best === null || RANK[reading.tier] > RANK[best.tier]) best = reading;
  }
  if (!packs.includes('en') && readsEnglishToo(lang, text)) {
    const reading = english.detect(text);
    if (best === null || RANK[reading.tier] > RANK[best.tier]) best = reading;
  }
  return { tier: best!.tier, rules: best!.rules, lang, unscanned };
}

/**
 * Every signal a message carries in the same languages (for the conversation window): kinds are the
 * same across packs, so a Spanish "tengo las pastillas" and a later "esta noche" combine like their
 * English equivalents.
 */
export function signalsOf(text: string): Signals & { readonly lang: string } {
  const { lang, packs } = identify(text);
  const readers = packs.includes('en') || !readsEnglishToo(lang, text) ? packs : [...packs, 'en' as const];
  if (readers.length === 1) return { ...DETECTORS[readers[0]!].signals(text), lang };
  let mask = 0;
  let hyperbole = false;
  const hits: Signal[] = [];
  for (const pack of readers) {
    const s = DETECTORS[pack].signals(text);
    mask |= s.mask;
    hyperbole ||= s.hyperbole === true;
    hits.push(...s.hits);
  }
  return hyperbole ? { mask, hits, hyperbole, lang } : { mask, hits, lang };
}
