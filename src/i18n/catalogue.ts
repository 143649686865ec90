/**
 * The one render step for copy: a `Text` (message ids with parameters, joined texts, plain strings) in,
 * words in one language out, through ICU MessageFormat (`intl-messageformat`: plurals, selects, numbers
 * and dates by the locale's CLDR rules). Each message is parsed once per language and kept.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { de, meta as deMeta } from './messages/de.js';
import { en, type MessageId, sourceText, type Translation } from './messages/en.js';
import { es, meta as esMeta } from './messages/es.js';
import { fr, meta as frMeta } from './messages/fr.js';
import { meta as ptMeta, pt } from './messages/pt.js';
import type { Locale } from './locales.js';
import type { LocaleMeta } from './meta.js';
import type { Param, Text } from './text.js';

const english: Translation = Object.fromEntries(Object.keys(en).map((id) => [id, sourceText(id as MessageId)])) as Translation;

export const CATALOGUE: Readonly<Record<Locale, Translation>> = { en: english, es, pt, fr, de };

export const LOCALE_META: Readonly<Record<Locale, LocaleMeta>> = {
  // The English crisis copy needs clinical review too (README, "Crisis copy"); it is the source the others follow.
  en: { locale: 'en', crisisReview: { status: 'needed' } },
  es: esMeta,
  pt: ptMeta,
  fr: frMeta,
  de: deMeta,
};

type Value = string | number | Date;

/** Renders texts in one language from one set of messages (a locale's, or a test's pseudo-locale). */
export class Localiser {
  readonly #formats = new Map<MessageId, IntlMessageFormat>();

  /** `tag` is the BCP 47 tag ICU uses for plural rules, numbers and dates. */
  constructor(
    readonly tag: string,
    readonly messages: Translation,
  ) {}

  text(text: Text): string {
    if (typeof text === 'string') return text;
    if ('join' in text) return text.join.map((part) => this.text(part)).join(text.sep);
    if ('byLocale' in text) return text.byLocale[this.tag] ?? text.other;
    return this.format(text.msg, text.params);
  }

  format(id: MessageId, params?: Readonly<Record<string, Param>>): string {
    let format = this.#formats.get(id);
    if (format === undefined) {
      format = new IntlMessageFormat(this.messages[id], this.tag, undefined, { ignoreTag: true });
      this.#formats.set(id, format);
    }
    const values: Record<string, Value> = {};
    for (const [name, value] of Object.entries(params ?? {})) {
      values[name] = typeof value === 'string' || typeof value === 'number' || value instanceof Date ? value : this.text(value);
    }
    const out = format.format<string>(values);
    return typeof out === 'string' ? out : String(out);
  }
}

const LOCALISERS = new Map<Locale, Localiser>();

export function localiser(locale: Locale): Localiser {
  let l = LOCALISERS.get(locale);
  if (l === undefined) {
    l = new Localiser(locale, CATALOGUE[locale]);
    LOCALISERS.set(locale, l);
  }
  return l;
}

/** A text in `locale`'s words. */
export function localise(text: Text, locale: Locale): string {
  return localiser(locale).text(text);
}
