/**
 * The resource catalogue: per country, one named, verified 24/7 line to call or text, the emergency
 * number, and the rest. Entries that could not be verified against the service's own page or a
 * government / health-service page stay in the data (so maintainers see them) but are never shown.
 */
import { RESOURCES } from './resources-data.js';
import type { CatalogueEntry, CrisisResource } from './resource-types.js';

export type { CatalogueEntry, CrisisResource } from './resource-types.js';

/** A resource with a number to call or text: the only kind that may be presented as "call …" or "text …". */
export type ContactLine = CrisisResource & ({ readonly phone: string } | { readonly sms: string });

/** The international directory: a website that lists helplines. It has no number, so it is never "a line to call". */
export interface DirectoryResource extends CrisisResource {
  readonly kind: 'directory';
  readonly url: string;
  readonly phone?: never;
  readonly sms?: never;
}

/** What to show for one country. */
export interface CountryResources {
  /** The country these are for; null when it is unknown and the international fallback is given. */
  readonly country: string | null;
  /** The one named, verified 24/7 line to call or text; null when the country has none verified (or is unknown). */
  readonly line: ContactLine | null;
  /** The international directory (a website, never a number); always present. */
  readonly directory: DirectoryResource;
  /**
   * `line` when there is one, else the directory. Kept for existing callers: narrow on `kind` (or use `line`)
   * before saying "call" or "any time, day or night" — a directory is neither.
   */
  readonly primary: ContactLine | DirectoryResource;
  /** The verified emergency number; otherwise the instruction "your local emergency number" (no `phone`). */
  readonly emergency: CrisisResource | null;
  /** The community's own additions first, then the country's other verified entries. */
  readonly others: readonly CrisisResource[];
}

export interface ResourceCatalogue {
  /** Resources for an ISO 3166-1 alpha-2 code (any case); unknown or missing → the international fallback. */
  forCountry(country: string | null | undefined, extras?: readonly CrisisResource[]): CountryResources;
  /** The countries with a verified 24/7 line, sorted. */
  countries(): readonly string[];
  /** Every catalogue entry, verified or not (unverified ones are never shown to members). */
  all(): readonly CatalogueEntry[];
}

const FALLBACK = 'INTL';
/** "UK" is not ISO 3166-1 but is what people type; the code is GB. */
const ALIASES: Readonly<Record<string, string>> = { UK: 'GB' };

/**
 * Where no verified emergency number is known: an instruction, not a number, so it has no `phone`
 * (callers write "call your local emergency number"). Its words are crisis copy, in the message catalogue
 * (`crisis.localEmergency.*`) and said in the reader's language by core/views/resources.ts; crisis/ stays
 * free of the catalogue, so `name` and `hours` here hold those message ids, not words (see isLocalEmergency).
 */
export const LOCAL_EMERGENCY: CrisisResource = {
  id: 'local-emergency',
  country: FALLBACK,
  kind: 'emergency',
  name: 'crisis.localEmergency.name',
  hours: 'crisis.localEmergency.hours',
  // i18n-exempt: the maintainers' note on where an entry was checked; never shown to a member.
  source: 'an instruction, not a number: nothing to verify',
  checkedOn: 'n/a',
};

/** Whether `r` is the instruction "your local emergency number" (words from the catalogue), not a service. */
export function isLocalEmergency(r: CrisisResource): boolean {
  return r.id === LOCAL_EMERGENCY.id;
}

export function isContactLine(r: CrisisResource): r is ContactLine {
  return r.phone !== undefined || r.sms !== undefined;
}

function isDirectory(r: CrisisResource): r is DirectoryResource {
  return r.kind === 'directory' && r.url !== undefined && r.phone === undefined && r.sms === undefined;
}

/** The member-facing view of an entry: the maintainers' notes stay behind. */
function shown(e: CatalogueEntry): CrisisResource {
  return {
    id: e.id,
    country: e.country,
    name: e.name,
    kind: e.kind,
    hours: e.hours,
    source: e.source,
    checkedOn: e.checkedOn,
    verified: e.verified,
    ...(e.phone === undefined ? {} : { phone: e.phone }),
    ...(e.sms === undefined ? {} : { sms: e.sms }),
    ...(e.url === undefined ? {} : { url: e.url }),
    ...(e.local === undefined ? {} : { local: e.local }),
  };
}

/**
 * Builds a catalogue over `entries` (by default the compiled-in data). Only verified entries are ever
 * shown. Within a country, entries are in order of preference: the first verified 24/7 crisis line with
 * a number is the named line; the first verified emergency entry with a number is the emergency number.
 * A country whose entries are all unverified gets the directory and "your local emergency number".
 * The entries must include a verified `INTL` directory for the fallback.
 */
export function createCatalogue(entries: readonly CatalogueEntry[] = RESOURCES): ResourceCatalogue {
  const usable = entries.filter((e) => e.verified).map(shown);
  const directory = usable.find((e): e is DirectoryResource => e.country === FALLBACK && isDirectory(e));
  if (directory === undefined) throw new Error('the catalogue needs a verified INTL directory entry (a url, no number) for the fallback');
  const fallback: CountryResources = { country: null, line: null, directory, primary: directory, emergency: LOCAL_EMERGENCY, others: [] };
  const open247 = new Set(entries.filter((e) => e.verified && e.open247).map((e) => e.id));

  const byCountry = new Map<string, CountryResources>();
  for (const code of new Set(entries.map((e) => e.country))) {
    if (code === FALLBACK) continue;
    const list = usable.filter((e) => e.country === code);
    const line = list.find((e): e is ContactLine => e.kind === 'crisis-line' && open247.has(e.id) && isContactLine(e)) ?? null;
    const emergency = list.find((e) => e.kind === 'emergency' && e.phone !== undefined) ?? LOCAL_EMERGENCY;
    const others = list.filter((e) => e !== line && e.kind !== 'emergency' && (isContactLine(e) || e.url !== undefined));
    byCountry.set(code, { country: code, line, directory, primary: line ?? directory, emergency, others });
  }

  return {
    forCountry(country, extras = []) {
      const raw = country?.trim().toUpperCase() ?? '';
      const resources = byCountry.get(ALIASES[raw] ?? raw) ?? fallback;
      // Community additions (an EAP, campus counselling) go with the others; they never replace the named line.
      return extras.length === 0 ? resources : { ...resources, others: [...extras, ...resources.others] };
    },
    countries: () => [...byCountry.entries()].filter(([, r]) => r.line !== null).map(([code]) => code).sort(),
    all: () => entries,
  };
}
