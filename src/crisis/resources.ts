/** The resource catalogue: one named 24/7 line per country, its emergency number, and the rest. */
import { RESOURCES } from './resources-data.js';

export interface CrisisResource {
  readonly id: string;
  /** ISO 3166-1 alpha-2, or `INTL`. */
  readonly country: string;
  readonly name: string;
  readonly kind: 'crisis-line' | 'emergency' | 'directory' | 'referral' | 'community';
  readonly phone?: string;
  readonly sms?: string;
  readonly url?: string;
  readonly hours: string;
  /** Where the entry was checked. */
  readonly source: string;
  /** When it was last checked (YYYY-MM-DD). */
  readonly checkedOn: string;
}

export interface CountryResources {
  /** The country these are for; null when unknown and the international fallback is given. */
  readonly country: string | null;
  /** The one named 24/7 human line to show first. */
  readonly primary: CrisisResource;
  readonly emergency: CrisisResource | null;
  readonly others: readonly CrisisResource[];
}

export interface ResourceCatalogue {
  forCountry(country: string | null | undefined, extras?: readonly CrisisResource[]): CountryResources;
  countries(): readonly string[];
  all(): readonly CrisisResource[];
}

type Entry = CrisisResource & { readonly primary?: true };

export function createCatalogue(entries: readonly Entry[] = RESOURCES): ResourceCatalogue {
  const byCountry = new Map<string, Entry[]>();
  for (const e of entries) byCountry.set(e.country, [...(byCountry.get(e.country) ?? []), e]);
  const pick = (country: string) => {
    const list = byCountry.get(country) ?? [];
    const primary = list.find((e) => e.primary === true) ?? list.find((e) => e.kind === 'crisis-line');
    return { list, primary };
  };
  const intl = pick('INTL');
  if (intl.primary === undefined) throw new Error('the catalogue needs an international fallback entry');
  const intlPrimary = intl.primary;
  const intlEmergency = intl.list.find((e) => e.kind === 'emergency') ?? null;
  const strip = ({ primary: _primary, ...r }: Entry): CrisisResource => r;

  return {
    forCountry(country, extras = []) {
      const code = country?.trim().toUpperCase() ?? '';
      const { list, primary } = pick(code);
      if (code === 'INTL' || primary === undefined) {
        return { country: null, primary: strip(intlPrimary), emergency: intlEmergency === null ? null : strip(intlEmergency), others: [...extras] };
      }
      const emergency = list.find((e) => e.kind === 'emergency') ?? intlEmergency;
      const rest = list.filter((e) => e !== primary && e.kind !== 'emergency').map(strip);
      return { country: code, primary: strip(primary), emergency: emergency === null ? null : strip(emergency), others: [...extras, ...rest] };
    },
    countries: () => [...byCountry.keys()].filter((c) => c !== 'INTL').sort(),
    all: () => entries.map(strip),
  };
}
