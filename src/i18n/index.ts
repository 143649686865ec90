/** Peerline's words in every language it speaks: the catalogue, the render step and whose locale applies. */
export { CATALOGUE, LOCALE_META, localise, Localiser, localiser } from './catalogue.js';
export { isLocale, LOCALE_NAMES, LOCALES, type Locale, resolveLocale, toLocale } from './locales.js';
export type { LocaleMeta } from './meta.js';
export { en, type MessageId, type ParamsOf, sourceText, type Translation } from './messages/en.js';
export { type ByLocale, isMsg, type Joined, lines, type Msg, type Param, sentences, t, type Text } from './text.js';
