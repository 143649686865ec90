/**
 * Crisis detection in the language a message is written in. Identify the language (a cheap check lets
 * most English lines skip the identifier), read the message with that language's rule pack (and a
 * neighbour's, when identification hesitates), and with the English pack where English may be in it
 * (see `readsEnglishToo`): chat mixes languages, and short lines are the ones identification gets wrong. A message in a language with no pack gets the
 * English reading only and `unscanned: true`, so its community can be told what the bot cannot
 * read (a count per language; the text goes nowhere). Pure and synchronous, like `detect`.
 */
import type { Detector, Signal, Signals } from '../detector.js';
import type { Detection } from '../types.js';
import { GERMAN } from './de.js';
import { SPANISH } from './es.js';
import { FRENCH } from './fr.js';
import { identify as identifyWith, isPackLanguage, PACK_LANGUAGES, UNDETERMINED, type Identification, type PackLanguage } from './identify.js';
import { PORTUGUESE } from './pt.js';
import { crisis, type Crisis } from './tables.js';

export { isPackLanguage, PACK_LANGUAGES, UNDETERMINED, type Identification, type PackLanguage };
export { FRENCH, GERMAN, PORTUGUESE, SPANISH };
export { crisisFrom, compileTables, prepareCrisis, type Crisis, type CrisisTables } from './tables.js';

/** A pack's detector, built (from the build-time tables, or compiled) on first use: importing compiles nothing. */
function detectorFor(lang: PackLanguage): Detector {
  return {
    lang,
    get rules() {
      return crisis().detectors[lang].rules;
    },
    get triggers() {
      return crisis().detectors[lang].triggers;
    },
    get typoTriggers() {
      return crisis().detectors[lang].typoTriggers;
    },
    detect: (text) => crisis().detectors[lang].detect(text),
    signals: (text) => crisis().detectors[lang].signals(text),
  };
}

/** One detector per pack language. */
export const DETECTORS: Readonly<Record<PackLanguage, Detector>> = { en: detectorFor('en'), es: detectorFor('es'), pt: detectorFor('pt'), fr: detectorFor('fr'), de: detectorFor('de') };

/** The English detector. */
export const english: Detector = DETECTORS.en;

/** The tier of one English message and the rules that decided it. */
export function detect(message: string): Detection {
  return english.detect(message);
}

/** Whether `text` is English for sure (see `EnglishCheck`): then it skips the identifier. */
export function surelyEnglish(text: string): boolean {
  return crisis().check.sure(text);
}

/** The language of `text` and the packs to read it with (see `identify` in identify.ts). */
export function identify(text: string): Identification {
  return identifyIn(crisis(), text);
}

/** `identify` with the given working parts. */
export function identifyIn(c: Crisis, text: string): Identification {
  return identifyWith(text, c.check, c.identifier);
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
function readsEnglishToo(c: Crisis, lang: string, text: string): boolean {
  return !isPackLanguage(lang) || c.check.hasEnglishWord(text);
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
  return detectMessageIn(crisis(), text);
}

/** `detectMessage` with the given working parts. */
export function detectMessageIn(c: Crisis, text: string): LanguageDetection {
  const { lang, packs } = identifyIn(c, text);
  const unscanned = !isPackLanguage(lang) && lang !== UNDETERMINED;
  let best: Detection | null = null;
  for (const pack of packs) {
    const reading = c.detectors[pack].detect(text);
    if (best === null || RANK[reading.tier] > RANK[best.tier]) best = reading;
  }
  if (!packs.includes('en') && readsEnglishToo(c, lang, text)) {
    const reading = c.detectors.en.detect(text);
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
  return signalsOfIn(crisis(), text);
}

/** `signalsOf` with the given working parts. */
export function signalsOfIn(c: Crisis, text: string): Signals & { readonly lang: string } {
  const { lang, packs } = identifyIn(c, text);
  const readers = packs.includes('en') || !readsEnglishToo(c, lang, text) ? packs : [...packs, 'en' as const];
  if (readers.length === 1) return { ...c.detectors[readers[0]!].signals(text), lang };
  let mask = 0;
  let hyperbole = false;
  const hits: Signal[] = [];
  for (const pack of readers) {
    const s = c.detectors[pack].signals(text);
    mask |= s.mask;
    hyperbole ||= s.hyperbole === true;
    hits.push(...s.hits);
  }
  return hyperbole ? { mask, hits, hyperbole, lang } : { mask, hits, lang };
}
