import type { Locale } from './locales.js';

/**
 * What a locale file says about itself. Crisis copy (`crisis.*` keys) in a language is shipped marked
 * `needed` until a native-speaking clinician (or a crisis line's trainer) has reviewed it; then the file
 * records who and when.
 */
export interface LocaleMeta {
  readonly locale: Locale;
  readonly crisisReview: { readonly status: 'needed' } | { readonly status: 'reviewed'; readonly by: string; readonly on: string };
}
