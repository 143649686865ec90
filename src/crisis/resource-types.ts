/** The shape of a crisis resource, shared by the catalogue (resources.ts) and its compiled-in data (resources-data.ts). */

/** The languages besides English that a resource's words can be given in (the catalogue's locales). */
export type LocalLanguage = 'es' | 'pt' | 'fr' | 'de';

/** A resource's words in one language. */
export interface LocalWords {
  readonly name?: string;
  readonly hours?: string;
  /** Only where the English has words in it ("988, then press 1", "112 or 999"). */
  readonly phone?: string;
}

/** One service a person can contact, as the views see it. */
export interface CrisisResource {
  readonly id: string;
  /** ISO 3166-1 alpha-2 in upper case, or `INTL` for the fallback used when the country is unknown. */
  readonly country: string;
  /** Member-facing. */
  readonly name: string;
  readonly kind: 'crisis-line' | 'emergency' | 'directory' | 'referral' | 'community';
  /** Member-facing: digits, optionally "…, then press 1". */
  readonly phone?: string;
  /** Member-facing: what to text, and where: a number, or "KEYWORD to NUMBER" (the views put the "to" in the reader's words). */
  readonly sms?: string;
  readonly url?: string;
  /** Member-facing: only what the source confirmed ("24/7" only if it said so). */
  readonly hours: string;
  /**
   * Member-facing words in the other languages Peerline speaks: the service's own name in that language
   * where it has one (its source in `localSource`), otherwise the project's translation of a descriptive
   * name ("Emergency services"); the hours as the project translated them. Absent: the English words.
   */
  readonly local?: Readonly<Partial<Record<LocalLanguage, LocalWords>>>;
  /** Where the entry was checked. */
  readonly source: string;
  /** When it was last checked (YYYY-MM-DD), or how it is maintained. */
  readonly checkedOn: string;
  /** True when the project checked it against the service's own or a government page; unset for community additions. */
  readonly verified?: boolean;
}

/** One row of the compiled-in catalogue, with what the maintainers need to re-check it. */
export interface CatalogueEntry extends CrisisResource {
  readonly kind: 'crisis-line' | 'emergency' | 'directory' | 'referral';
  /** Checked against the service's own page or a government / health-service page. Unverified entries are never shown. */
  readonly verified: boolean;
  /** Where a `local` name that is the service's own was confirmed (maintainers only, never shown). */
  readonly localSource?: string;
  /** True only when that page said the line is open 24 hours, every day. Only such a line can be the one named line. */
  readonly open247: boolean;
  /** The service's own domain (the member-facing `url` is on it), when the source is the service's own page. */
  readonly ownDomain?: string;
  /** For maintainers only, never shown: what the page confirmed, what it did not, and how it was read. */
  readonly confirmed: string;
}
