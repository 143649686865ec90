/** The resource catalogue: one named 24/7 line per country, its emergency number, and the rest. */
import { RESOURCES } from './resources-data.js';

/** One service a person can contact. */
export interface CrisisResource {
  readonly id: string;
  /** ISO 3166-1 alpha-2 in upper case, or `INTL` for the fallback used when the country is unknown. */
  readonly country: string;
  readonly name: string;
  readonly kind: 'crisis-line' | 'emergency' | 'directory' | 'referral' | 'community';
  readonly phone?: string;
  /** What to text, and where ("HOME to 741741"). */
  readonly sms?: string;
  readonly url?: string;
  readonly hours: string;
  /** Where the entry was checked. */
  readonly source: string;
  /** When it was last checked (YYYY-MM-DD). */
  readonly checkedOn: string;
}

/** What to show for one country. */
export interface CountryResources {
  /** The country these are for; null when it is unknown and the international fallback is given. */
  readonly country: string | null;
  /** The one named 24/7 human line to show first; the international directory in the fallback. */
  readonly primary: CrisisResource;
  readonly emergency: CrisisResource | null;
  /** The community's own additions first, then the country's other entries. */
  readonly others: readonly CrisisResource[];
}

export interface ResourceCatalogue {
  /** Resources for an ISO 3166-1 alpha-2 code (any case); unknown or missing → the international fallback. */
  forCountry(country: string | null | undefined, extras?: readonly CrisisResource[]): CountryResources;
  /** The countries with a primary line, sorted. */
  countries(): readonly string[];
  all(): readonly CrisisResource[];
}

const FALLBACK = 'INTL';
/** "UK" is not ISO 3166-1 but is what people type; the code is GB. */
const ALIASES: Readonly<Record<string, string>> = { UK: 'GB' };

/**
 * Builds a catalogue over `entries` (by default the compiled-in, verified data). Within a country,
 * entries are in order of preference: the first `crisis-line` is the primary, the first `emergency`
 * the emergency number. The entries must include an `INTL` directory for the fallback.
 */
export function createCatalogue(entries: readonly CrisisResource[] = RESOURCES): ResourceCatalogue {
  const byCountry = new Map<string, CountryResources>();
  const codes = new Set(entries.map((e) => e.country));
  const intl = entries.filter((e) => e.country === FALLBACK);
  const directory = intl.find((e) => e.kind === 'directory') ?? intl.find((e) => e.kind === 'crisis-line');
  if (directory === undefined) throw new Error('the catalogue needs an INTL directory entry for the fallback');
  const intlEmergency = intl.find((e) => e.kind === 'emergency') ?? null;
  const fallback: CountryResources = { country: null, primary: directory, emergency: intlEmergency, others: intl.filter((e) => e !== directory && e !== intlEmergency) };

  for (const code of codes) {
    if (code === FALLBACK) continue;
    const list = entries.filter((e) => e.country === code);
    const primary = list.find((e) => e.kind === 'crisis-line');
    // A country without a crisis line of its own gets the directory, but keeps its emergency number.
    const emergency = list.find((e) => e.kind === 'emergency') ?? intlEmergency;
    byCountry.set(
      code,
      primary === undefined
        ? { ...fallback, country: code, emergency, others: [...list.filter((e) => e !== emergency), ...fallback.others] }
        : { country: code, primary, emergency, others: list.filter((e) => e !== primary && e !== emergency) },
    );
  }

  return {
    forCountry(country, extras = []) {
      const raw = country?.trim().toUpperCase() ?? '';
      const found = byCountry.get(ALIASES[raw] ?? raw) ?? fallback;
      // Community additions (an EAP, campus counselling) go with the others; they never replace the primary.
      return extras.length === 0 ? found : { ...found, others: [...extras, ...found.others] };
    },
    countries: () => [...byCountry.entries()].filter(([, r]) => r.primary.kind === 'crisis-line').map(([code]) => code).sort(),
    all: () => entries,
  };
}
