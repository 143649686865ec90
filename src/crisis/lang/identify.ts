/**
 * Language identification for crisis detection: which rule pack reads a message. Offline and
 * synchronous: `eld` (Efficient Language Detector, Apache-2.0) and its "small" n-gram model (60
 * languages), chosen over franc, franc-min, tinyld and languagedetect after measuring all of them on
 * short chat lines (test/crisis/lang/lang-id-lines.tsv; figures in the README, "Languages"): it
 * placed the most lines correctly and was the fastest by six times. Its model is read from a packed
 * copy by ngram-identifier.ts, which gives eld's answers at a fraction of its memory and time.
 *
 * Most messages in most communities are English, so a cheap check comes first: ASCII-ish text with a
 * few very common English function words and none of the common words of the four other packs is
 * English for sure and skips the identifier.
 */
import { WORD_HASH_SEED, WordTable, type WordTableData } from '../word-table.js';
import type { NgramIdentifier } from './ngram-identifier.js';

/** Languages with a rule pack, ISO 639-1. */
export const PACK_LANGUAGES = ['en', 'es', 'pt', 'fr', 'de'] as const;
export type PackLanguage = (typeof PACK_LANGUAGES)[number];

/** A language the identifier could not place (too short, no letters, a script it does not know). */
export const UNDETERMINED = 'und';

export function isPackLanguage(lang: string): lang is PackLanguage {
  return (PACK_LANGUAGES as readonly string[]).includes(lang);
}

/**
 * Words that say "English" and that none of the other packs' languages use. Words shared with one of
 * them ("a", "me", "no", "so", "in", "was", "will", "do", "die", "on", "to", "an", "de", "he", "am",
 * "come") are in neither list. Compared as typed (lower case).
 */
const ENGLISH_WORDS =
  'i im ive id ill you youre your yours my mine myself the and is are it its this that these those what whats how why when who where there their they them she his her we our us be been being have has had does did dont doesnt didnt cant wont cannot not just want wanna gonna going get got feel like know think really about of for with from at by or but if then than because would could should can lol lmao omg idk tbh rn pls please thanks thank ty np yes yeah yep nope ok okay sure hey hi hello good bad fine sorry anyone anymore everyone nobody someone something nothing everything all any some one more much very too up out now today tonight tomorrow yesterday morning night week work working call review fix fixed check see look looks sounds great nice cool awesome back right well way thing things people time day still again first last next new old done after before soon later here said says say tell told ask asked help need needs make made take took give gave go went coming keep let lets put read write wrote start started stop stopped try tried use used run running finally already maybe though guys everybody gg ez wp ping brb afk nvm ikr imo btw fyi asap thx ttyl haha'
    .split(' ');

/**
 * Common words of Spanish, Portuguese, French and German (as typed without accents), and of Italian and
 * Dutch: a line with one goes to the identifier, so that its language is known (and, when it has no
 * pack, counted). Compared as typed (lower case): folded, English "pass" would read as French "pas".
 */
const OTHER_WORDS =
  // Spanish
  ('que el la los las y yo mi es por con para una un lo se te pero muy mas estoy quiero tengo esta este eso ya nada todo como porque hoy nadie puedo soy del al les su sus nos vida morir ' +
    // Portuguese
    'eu voce vc nao com pra um uma da dos das meu minha ta tou estou sou tudo isso ele ela quero morrer hoje ninguem mais aqui mim nem bem ' +
    // French
    'je tu il le les des et est pas ne une qui pour avec mais moi suis ce ca plus rien tout vais veux mourir jai cest suis mon ma mes vous nous sur dans ' +
    // German
    'ich du er sie es der das und ist nicht ein eine mit mir mich bin zu auf den dem wie aber auch nur noch mehr kann nicht sterben leben heute mein meine keiner niemand ' +
    // Italian and Dutch, the languages without a pack most often met: their lines go to the identifier, to be counted
    'ciao grazie sono che non per sto stai molto bene anche questo questa perche oggi domani io lui lei noi voi loro della del di ragazzi tutti ' +
    'ik je jij het een en van niet dat dit wat hoe maar ook goed morgen vandaag wij jullie zijn heb hebt ben allemaal hoi dank bedankt').split(' ');

/** Lower case with repeated letters collapsed, as the normaliser reads words ("Really" as "realy"). */
const fold = (word: string) => {
  const w = word.toLowerCase();
  return /(.)\1/.test(w) ? w.replace(/(.)\1+/g, '$1') : w;
};

/** What another pack needs to find anything in a line (see `Detector.triggers`). */
export interface ForeignTriggers {
  /** Normalised words (a–z, doubled letters collapsed). */
  readonly words: Iterable<string>;
  /** Words a one-letter typo of which the pack mends into a trigger. */
  readonly typos?: Iterable<string>;
  /** Words emoji are read as ("pil" for 💊), and words numbers are read as ("many", "to"). */
  readonly emojiWords?: Iterable<string>;
}

const ENGLISH_FLAG = 1;
const OTHER_FLAG = 2;
const TRIGGER_FLAG = 4;

const grow = (buffer: Uint8Array) => {
  const bigger = new Uint8Array(buffer.length * 2);
  bigger.set(buffer);
  return bigger;
};

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number) => c >= 48 && c <= 57;
/** Digits the normaliser may read as letters ("k1ll", "di3"); 2, 6, 8 and 9 it never does. */
const isLeetDigit = (c: number) => c === 48 || c === 49 || c === 51 || c === 52 || c === 53 || c === 55;

/**
 * Whether the normaliser may read text[i] as a letter (leetspeak: "k1ll", "t0", "m@tar", "$uicidio",
 * "k!ll"), given whether a word is open before it. A superset of what it does, so never a miss.
 */
function leet(text: string, i: number, inWord: boolean): boolean {
  const c = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  const leading = isAsciiLetter(next) && isAsciiLetter(text.charCodeAt(i + 2)) && isAsciiLetter(text.charCodeAt(i + 3));
  if (isLeetDigit(c)) return inWord ? !isDigit(next) : leading;
  if (c === 64 || c === 36) return isAsciiLetter(next) && (inWord || leading);
  if (c === 33 || c === 124) return inWord && isAsciiLetter(next);
  return false;
}

/** The English check's tables, as it builds them and the build-time snapshot keeps them (see `EnglishCheck.tables`). */
export interface EnglishCheckTables {
  /** English words (as typed), other languages' words (as typed) and other packs' triggers (folded), flagged. */
  readonly table: WordTableData;
  /** Typo-mended triggers of the other packs, folded. */
  readonly typos: readonly string[];
  /** Whether an emoji can be read as another pack's trigger. */
  readonly emoji: boolean;
  /** Whether a number can be ("many", "to"). */
  readonly numbers: boolean;
}

/** Builds the check's tables (see `EnglishCheck`'s constructor). */
function englishCheckTables(foreign: ForeignTriggers, english: Iterable<string>, other: Iterable<string>): EnglishCheckTables {
  const table = new WordTable(15, 'English check');
  const englishWords = new Set([...ENGLISH_WORDS, ...english]);
  // Only a–z words can be read from the check's buffer.
  const add = (w: string, flag: number) => {
    if (/^[a-z]+$/.test(w)) table.add(w, flag);
  };
  for (const w of ENGLISH_WORDS) add(w, ENGLISH_FLAG);
  for (const w of [...OTHER_WORDS, ...other]) if (!englishWords.has(w)) add(w, OTHER_FLAG);
  const triggers = new Set([...foreign.words].map(fold));
  for (const w of triggers) add(w, TRIGGER_FLAG);
  const emojiWords = new Set(foreign.emojiWords ?? []);
  return {
    table: table.data,
    typos: [...(foreign.typos ?? [])].map(fold),
    emoji: [...triggers].some((w) => emojiWords.has(w)),
    numbers: triggers.has('many') || triggers.has('to'),
  };
}

/**
 * The cheap check that lets most English lines skip the identifier: ASCII-ish text with an English
 * function word, no common word of another language, and nothing any other pack could match — none of
 * their trigger words (key words and the chat spellings that become one, compared folded as the
 * normaliser folds them, or one typo from a typo-mended trigger), no leetspeak or spaced-out letters
 * that could hide one, and no emoji or number read as one. So a line it calls English has no signals
 * in any other pack, and since it has an English word the English rules read it whatever the
 * identifier would say: skipping the identifier can change the line's `lang`, never its signals.
 */
export class EnglishCheck {
  readonly #table: WordTable;
  #typed = new Uint8Array(64);
  #folded = new Uint8Array(64);
  readonly #typos: readonly string[];
  readonly #emoji: boolean;
  readonly #numbers: boolean;

  /**
   * `foreign`: what the other packs need to match anything; a word that is also English still counts
   * as a trigger, since the other pack would read it. `other`: more words of the other packs'
   * languages (lower case, as typed without accents), and `english` words that are English too and so
   * never evidence of another language. Or a check's `tables` (then `english` and `other` are not read).
   */
  constructor(foreign: ForeignTriggers | EnglishCheckTables = { words: [] }, english: Iterable<string> = [], other: Iterable<string> = []) {
    const tables = 'table' in foreign ? foreign : englishCheckTables(foreign, english, other);
    this.#table = new WordTable(tables.table, 'English check');
    this.#typos = tables.typos;
    this.#emoji = tables.emoji;
    this.#numbers = tables.numbers;
  }

  /** The tables this check reads, shared with it (for the snapshot). */
  get tables(): EnglishCheckTables {
    return { table: this.#table.data, typos: this.#typos, emoji: this.#emoji, numbers: this.#numbers };
  }

  /**
   * Whether `text` is English for sure (see the class). False means "not sure", never "not English".
   */
  sure(text: string): boolean {
    return this.#scan(text, true);
  }

  /** Whether `text` has an English function word at all, whatever else it has ("estoy tan cansada, i want to die"). */
  hasEnglishWord(text: string): boolean {
    return this.#scan(text, false);
  }

  #scan(text: string, sure: boolean): boolean {
    const table = this.#table;
    let english = false;
    let inWord = false;
    // The word as typed (lower case) and folded (doubled letters collapsed), with their hashes.
    let typed = this.#typed;
    let folded = this.#folded;
    let n = 0;
    let m = 0;
    let h = 0;
    let fh = 0;
    let previous = 0;
    /** Single letters in a row ("s u i c i d e" is read as one word). */
    let singles = 0;
    /** The letter a leading "@" or "$" stands for, until the word it leads starts. */
    let lead = 0;
    const length = text.length;
    for (let i = 0; i <= length; i += 1) {
      const c = i < length ? text.charCodeAt(i) : 32;
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
        const lower = c | 32;
        if (!inWord) {
          inWord = true;
          n = 0;
          m = 0;
          h = WORD_HASH_SEED;
          fh = WORD_HASH_SEED;
          previous = 0;
          if (lead !== 0) {
            folded[m++] = lead;
            fh = (Math.imul(fh, 31) + lead) | 0;
            previous = lead;
            lead = 0;
          }
        }
        if (n === typed.length) {
          typed = this.#typed = grow(typed);
          folded = this.#folded = grow(folded);
        }
        typed[n++] = lower;
        h = (Math.imul(h, 31) + lower) | 0;
        if (lower !== previous) {
          folded[m++] = lower;
          fh = (Math.imul(fh, 31) + lower) | 0;
          previous = lower;
        }
        continue;
      }
      if (c === 58 && text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47) {
        // A link ("https://example.com/docs"): its words are no language's.
        while (i < length && text.charCodeAt(i) !== 32) i += 1;
        inWord = false;
        continue;
      }
      // "don't", "I’m": the apostrophe joins the word.
      if (c === APOSTROPHE || c === RIGHT_QUOTE) continue;
      if (sure) {
        // Letters beyond ASCII (accents, other scripts) need the identifier; symbols, punctuation and emoji do not.
        if (c >= 0xc0 && (c < 0x2000 || (c >= 0x2c00 && c < 0xd800) || (c >= 0xf900 && c < 0xfe00) || c >= 0xff00)) return false;
        // Leetspeak may spell another pack's word; a number may be read as one ("many", "to").
        if (c < 128 && c !== 32 && leet(text, i, inWord)) {
          // "@jordan": the normaliser reads "ajordan", so that is the word compared with triggers.
          if (inWord || (c !== 64 && c !== 36)) return false;
          lead = c === 64 ? 97 : 115;
          continue;
        }
        if (this.#numbers && c >= 48 && c <= 57) return false;
        if (this.#emoji && c >= 0xd800 && c < 0xdc00) return false;
      }
      if (inWord) {
        inWord = false;
        const flags = table.flags(typed, 0, n, h);
        const isEnglish = (flags & ENGLISH_FLAG) !== 0;
        if (sure) {
          singles = n === 1 ? singles + 1 : 0;
          if (singles >= 3) return false;
          // Another pack could match here: never sure.
          if (((m === n && folded[0] === typed[0] ? flags : table.flags(folded, 0, m, fh)) & TRIGGER_FLAG) !== 0) return false;
          if (this.#typos.length > 0 && m >= 4 && this.#typo(String.fromCharCode(...folded.subarray(0, m)))) return false;
          // An English word is never another language's evidence.
          if (!isEnglish && (flags & OTHER_FLAG) !== 0) return false;
        }
        if (!english && isEnglish) {
          if (!sure) return true;
          english = true;
        }
      }
    }
    return english;
  }

  /** Whether `word` is one letter from a typo-mended trigger (so another pack would mend it into one). */
  #typo(word: string): boolean {
    if (word.length < 4) return false;
    return this.#typos.some((t) => Math.abs(t.length - word.length) <= 1 && oneEdit(word, t));
  }
}

/** Whether `a` and `b` differ by one letter missing, added or changed, or two neighbours swapped. */
function oneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** How close (as a share of the top score) a pack language must come to be read too. */
const PACK_PREFERENCE = 0.9;

/** The language of a message, and the packs that should read it. */
export interface Identification {
  /** ISO 639-1 code, or `und`. */
  readonly lang: string;
  /** Pack languages the identifier cannot rule out (best first); empty for other languages. */
  readonly packs: readonly PackLanguage[];
}

const ENGLISH_ONLY: Identification = Object.freeze({ lang: 'en', packs: Object.freeze(['en'] as const) });
const GERMAN_ONLY: Identification = Object.freeze({ lang: 'de', packs: Object.freeze(['de'] as const) });
const UNPLACED: Identification = Object.freeze({ lang: UNDETERMINED, packs: Object.freeze([]) });

/**
 * The language of `text`, and every pack language whose score comes within 10% of the top one: on
 * short lines the identifier often hesitates between neighbours (Spanish and Portuguese, French and
 * Catalan, English and Tagalog), and reading a line with a neighbour's pack too misses less than
 * reading it with the wrong one alone. A language without a pack counts only when the identifier
 * says its answer is reliable; otherwise the line is `und`.
 */
export function identify(text: string, check: EnglishCheck, identifier: NgramIdentifier): Identification {
  if (check.sure(text)) return ENGLISH_ONLY;
  const result = identifier.detect(text);
  const top = result.language;
  if (top === '') return UNPLACED;
  // English and German are seldom confused with another pack's language; the scores (a third of the
  // identifier's cost) are read only for the others.
  if (top === 'en' || top === 'de') return top === 'en' ? ENGLISH_ONLY : GERMAN_ONLY;
  const floor = PACK_PREFERENCE * result.score(top);
  const packs = PACK_LANGUAGES.filter((l) => result.score(l) >= floor && result.score(l) > 0).sort((a, b) => result.score(b) - result.score(a));
  if (isPackLanguage(top)) return { lang: top, packs };
  if (packs.length > 0) return { lang: packs[0]!, packs };
  return { lang: result.reliable() ? top : UNDETERMINED, packs };
}

