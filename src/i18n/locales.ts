/** The languages Peerline speaks, and how a platform's locale tag (`es-ES`, `pt-BR`, `en-US`) maps to one. */
export const LOCALES = ['en', 'es', 'pt', 'fr', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', es: 'Español', pt: 'Português', fr: 'Français', de: 'Deutsch' };

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** The language of a platform locale tag (BCP 47 or Slack's `es-LA` style), or null when Peerline does not speak it. */
export function toLocale(tag: string | null | undefined): Locale | null {
  if (tag === null || tag === undefined) return null;
  const lang = tag.trim().toLowerCase().split(/[-_]/, 1)[0] ?? '';
  return isLocale(lang) ? lang : null;
}

/**
 * Whose language a reader gets: their own where the platform told us, else the community's default
 * (a setting coordinators change), else English.
 */
export function resolveLocale(person: string | null | undefined, community: string | null | undefined): Locale {
  return toLocale(person) ?? toLocale(community) ?? 'en';
}
