/** A view core returned, in the words a reader of `locale` sees (English unless said): what adapters do before they render. */
import { localiseView } from '../../src/core/views/localise.js';
import type { TextView, View } from '../../src/core/views/types.js';
import type { Locale } from '../../src/i18n/index.js';

export function words(view: TextView, locale: Locale = 'en'): View {
  return localiseView(view, locale);
}
