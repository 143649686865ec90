/**
 * Language identification for crisis detection: which rule pack reads a message. Offline and
 * synchronous: `eld` (Efficient Language Detector, Apache-2.0) ships its n-gram model inside the
 * package ("small" database, 60 languages) and never downloads anything. Chosen over franc,
 * franc-min, tinyld and languagedetect after measuring all of them on short chat lines
 * (test/crisis/lang/lang-id-lines.tsv; figures in the README, "Languages"): it placed the most
 * lines correctly and was the fastest by six times.
 *
 * Most messages in most communities are English, so a cheap check comes first: ASCII-ish text with a
 * few very common English function words and none of the common words of the four other packs is
 * English for sure and skips the identifier.
 */
import eld from 'eld/small';

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
 * them ("a", "me", "no", "so", "in", "was", "will", "die", "on", "to", "an", "de", "he", "do", "am")
 * are in neither list. Compared as typed (lower case): folded, "all" would read as Spanish "al".
 */
const ENGLISH_WORDS =
  'i im ive id ill you youre your yours my mine myself the and is are it its this that these those what whats how why when who where there their they them she his her we our us be been being have has had does did dont doesnt didnt cant wont cannot not just want wanna gonna going get got feel like know think really about of for with from at by or but if then than because would could should can lol lmao omg idk tbh rn pls please thanks thank ty np yes yeah yep nope ok okay sure hey hi hello good bad fine sorry anyone anymore everyone nobody someone something nothing everything all any some one more much very too up out now today tonight tomorrow yesterday morning night week work working call review fix fixed check see look looks sounds great nice cool awesome back right well way thing things people time day still again first last next new old done after before soon later here said says say tell told ask asked help need needs make made take took give gave go went coming keep let lets put read write wrote start started stop stopped try tried use used run running finally already maybe though guys everybody gg ez wp ping brb afk nvm ikr imo btw fyi asap thx ttyl haha'
    .split(' ');

/**
 * Common words of Spanish, Portuguese, French and German (as typed without accents), and of Italian and
 * Dutch; the packs add every word of their own phrases (see `EnglishCheck`).
 */
const OTHER_WORDS =
  // Spanish
  ('que el la los las y yo mi es por con para una un lo se te pero muy mas estoy quiero tengo esta este eso ya nada todo como porque hoy nadie puedo soy del al les su sus nos vida morir ' +
    // Portuguese
    'eu voce vc nao com pra um uma do da dos das meu minha ta tou estou sou tudo isso ele ela quero morrer hoje ninguem mais aqui mim nem bem ' +
    // French
    'je tu il le les des et est pas ne une qui pour avec mais moi suis ce ca plus rien tout vais veux mourir jai cest suis mon ma mes vous nous sur dans ' +
    // German
    'ich du er sie es der das und ist nicht ein eine mit mir mich bin zu auf den dem wie aber auch nur noch mehr kann will nicht sterben leben heute mein meine keiner niemand ' +
    // Italian and Dutch, the languages without a pack most often met: their lines go to the identifier, to be counted
    'ciao grazie sono che non per come sto stai molto bene anche questo questa perche oggi domani io lui lei noi voi loro della del di ragazzi tutti ' +
    'ik je jij het een en van niet dat dit wat hoe maar ook goed morgen vandaag wij jullie zijn heb hebt ben allemaal hoi dank bedankt').split(' ');

/** Lower case with repeated letters collapsed, as the normaliser reads words ("Really" as "realy"). */
const fold = (word: string) => {
  const w = word.toLowerCase();
  return /(.)\1/.test(w) ? w.replace(/(.)\1+/g, '$1') : w;
};

/**
 * The cheap check that lets most English lines skip the identifier: ASCII-ish text with an English
 * function word and no word of another pack's language. Built with the words of the other packs'
 * phrases, so a line it calls English has nothing any other pack could match: skipping the
 * identifier can change the line's `lang`, never its tier.
 */
export class EnglishCheck {
  readonly #english: ReadonlySet<string>;
  readonly #other: ReadonlySet<string>;

  /** `foreign`: words of the other packs (normalised); words that are also English (`english`) are left out, as ambiguous. */
  constructor(foreign: Iterable<string> = [], english: Iterable<string> = []) {
    const englishWords = new Set([...ENGLISH_WORDS, ...english].map(fold));
    this.#english = new Set(ENGLISH_WORDS);
    this.#other = new Set([...OTHER_WORDS.map(fold), ...[...foreign].map(fold).filter((w) => !englishWords.has(w))]);
  }

  /**
   * Whether `text` is English for sure: no letters outside ASCII (typographic quotes, dashes and emoji
   * are fine), at least one English function word, and no word of the other packs' languages. False
   * means "not sure", never "not English".
   */
  sure(text: string): boolean {
    return this.#scan(text, true);
  }

  /** Whether `text` has an English function word at all, whatever else it has ("estoy tan cansada, i want to die"). */
  hasEnglishWord(text: string): boolean {
    return this.#scan(text, false);
  }

  #scan(text: string, sure: boolean): boolean {
    let english = false;
    let start = -1;
    let word = '';
    const length = text.length;
    for (let i = 0; i <= length; i += 1) {
      const c = i < length ? text.charCodeAt(i) : 32;
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
        if (start === -1) {
          start = i;
          word = '';
        }
        continue;
      }
      if (c === 58 && text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47) {
        // A link ("https://example.com/docs"): its words are no language's.
        while (i < length && text.charCodeAt(i) !== 32) i += 1;
        start = -1;
        word = '';
        continue;
      }
      if (c === 39 || c === 0x2019) {
        // "don't", "I’m": the apostrophe joins the word.
        if (start !== -1) {
          word += text.slice(start, i);
          start = i + 1;
        }
        continue;
      }
      // Letters beyond ASCII (accents, other scripts) need the identifier; symbols, punctuation and emoji do not.
      const foreign = c >= 0xc0 && (c < 0x2000 || (c >= 0x2c00 && c < 0xd800) || (c >= 0xf900 && c < 0xfe00) || c >= 0xff00);
      if (foreign && sure) return false;
      if (start !== -1) {
        const w = (word + text.slice(start, i)).toLowerCase();
        start = -1;
        word = '';
        const isEnglish = this.#english.has(w);
        // An English word is never another language's evidence, even where folding makes it one ("see" as "se").
        if (sure && !isEnglish && this.#other.has(fold(w))) return false;
        if (!english && isEnglish) {
          if (!sure) return true;
          english = true;
        }
      }
    }
    return english;
  }
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
export function identify(text: string, check: EnglishCheck): Identification {
  if (check.sure(text)) return ENGLISH_ONLY;
  const result = eld.detect(text);
  const top = result.language;
  if (top === '') return UNPLACED;
  // English and German are seldom confused with another pack's language; the scores (a third of the
  // identifier's cost) are read only for the others.
  if (top === 'en' || top === 'de') return top === 'en' ? ENGLISH_ONLY : GERMAN_ONLY;
  const scores = result.getScores();
  const floor = PACK_PREFERENCE * (scores[top] ?? 0);
  const packs = PACK_LANGUAGES.filter((l) => (scores[l] ?? 0) >= floor && (scores[l] ?? 0) > 0).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
  if (isPackLanguage(top)) return { lang: top, packs };
  if (packs.length > 0) return { lang: packs[0]!, packs };
  return { lang: result.isReliable() ? top : UNDETERMINED, packs };
}

