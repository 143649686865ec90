/**
 * The resource catalogue: every shown entry verified against the service's own page or a government /
 * health-service page; unverified entries never shown; one named 24/7 line per country, or the
 * international directory and "your local emergency number" when there is none.
 */
import { describe, expect, it } from 'vitest';
import {
  createCatalogue,
  isContactLine,
  LOCAL_EMERGENCY,
  type CatalogueEntry,
  type ContactLine,
  type CountryResources,
  type CrisisResource,
  type DirectoryResource,
} from '../../src/crisis/index.js';
import { describeResource } from '../../src/core/views/resources.js';
import { localise } from '../../src/i18n/index.js';

const catalogue = createCatalogue();
const all = catalogue.all();

/**
 * Hosts accepted as a government or public health-service page: the suffixes named in issue 13, then
 * each national one this catalogue uses, with the body it belongs to. Anything else must be the
 * service's own domain (`ownDomain`, which its member-facing `url` is on), or the entry is unverified.
 */
const GOVERNMENT_OR_HEALTH: readonly (readonly [RegExp, string])[] = [
  [/\.gov$/, 'US federal and state government'],
  [/\.gov\.uk$/, 'UK government'],
  [/\.nhs\.uk$/, 'NHS bodies'],
  [/\.gc\.ca$/, 'Government of Canada'],
  [/\.gov\.au$/, 'Australian governments'],
  [/(^|\.)europa\.eu$/, 'European Union'],
  [/(^|\.)who\.int$/, 'World Health Organization'],
  [/(^|\.)canada\.ca$/, 'Government of Canada'],
  [/(^|\.)police\.uk$/, 'UK police forces'],
  [/(^|\.)hse\.ie$/, 'Health Service Executive (Ireland)'],
  [/(^|\.)gov\.ie$/, 'Government of Ireland'],
  [/(^|\.)oireachtas\.ie$/, 'Irish parliament'],
  [/(^|\.)govt\.nz$/, 'New Zealand government'],
  [/\.health\.nz$/, 'New Zealand health-sector domain (moderated)'],
  [/(^|\.)service-public\.fr$/, 'French government (DILA, Prime Minister)'],
  [/\.gouv\.fr$/, 'French government'],
  [/(^|\.)politie\.nl$/, 'Dutch national police'],
  [/\.gov\.za$/, 'South African government'],
  [/\.gov\.br$/, 'Brazilian government'],
  [/\.go\.jp$/, 'Japanese national government'],
  [/\.lg\.jp$/, 'Japanese local government'],
  [/^(www\.)?city\.[a-z-]+\.[a-z-]+\.jp$/, 'Japanese city governments'],
  [/^(www\.)?mainz\.de$/, 'City of Mainz (municipal government)'],
];

function sourceAllowed(entry: Pick<CatalogueEntry, 'source' | 'url' | 'ownDomain'>): boolean {
  const host = new URL(entry.source).hostname.replace(/\.$/, '');
  if (GOVERNMENT_OR_HEALTH.some(([pattern]) => pattern.test(host))) return true;
  const own = entry.ownDomain;
  if (own === undefined || entry.url === undefined) return false;
  const onOwn = (h: string) => h === own || h.endsWith(`.${own}`);
  return onOwn(host) && onOwn(new URL(entry.url).hostname);
}

/** What a research note looks like; none of it may reach a member. */
const NOTE = /verif|seed|source|secondary|confirm|as of\b|\bnotes?\b|todo|commonly|check/i;
const PHONE = /^\d[\d -]*\d( or \d[\d -]*\d)*(, then [a-z0-9 ]+)?$/;
const SMS = /^([A-Z]+ to )?\d[\d ]*\d$/;

function memberFacing(r: CrisisResource): string[] {
  return [r.name, r.hours, r.phone ?? '', r.sms ?? ''];
}

describe('the compiled-in data', () => {
  it('has unique ids, a parseable source, a check date and notes for maintainers on every entry', () => {
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    for (const r of all) {
      expect(r.country, r.id).toMatch(/^([A-Z]{2}|INTL)$/);
      expect(r.checkedOn, r.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(() => new URL(r.source), r.id).not.toThrow();
      expect(r.confirmed.length, r.id).toBeGreaterThan(20);
      // An unverified entry says so where the maintainers look; a verified one does not.
      expect(r.confirmed.startsWith('NOT VERIFIED'), r.id).toBe(!r.verified);
    }
  });

  it('cites, for every verified entry, the service\'s own domain or a government / health-service page', () => {
    // Unverified entries may cite anything (they are never shown); verified ones only these.
    for (const r of all.filter((e) => e.verified)) expect(sourceAllowed(r), `${r.id}: ${r.source}`).toBe(true);
  });

  it('rejects the kinds of source the seed leaned on, and a look-alike of a service\'s own domain', () => {
    const weak = [
      'http://www.thefullwiki.org/Emergency_number',
      'https://fr-academic.com/dic.nsf/frwiki/1248375',
      'https://www.frequentbusinesstraveler.com/2012/08/how-to-call-for-help-around-the-world-emergency-numbers-and-instructions-for-travelers/',
      'https://www.wellingtonpractice.co.uk/emergency-information/',
      'https://resources.penniesforpoverty.org/resources/crisis-text-line/',
      'https://worddisk.com/wiki/Emergency_telephone_number/',
    ];
    for (const source of weak) expect(sourceAllowed({ source }), source).toBe(false);
    expect(sourceAllowed({ source: 'https://samaritans.org.example.com/contact', url: 'https://www.samaritans.org', ownDomain: 'samaritans.org' })).toBe(false);
    expect(sourceAllowed({ source: 'https://www.samaritans.org/contact', url: 'https://samaritans.example.com', ownDomain: 'samaritans.org' })).toBe(false);
    expect(sourceAllowed({ source: 'https://www.samaritans.org/contact', url: 'https://www.samaritans.org', ownDomain: 'samaritans.org' })).toBe(true);
  });

  it('keeps research notes out of every member-facing field', () => {
    for (const r of [...all, LOCAL_EMERGENCY]) {
      for (const text of memberFacing(r)) expect(text, r.id).not.toMatch(NOTE);
      if (r.phone !== undefined) expect(r.phone, r.id).toMatch(PHONE);
      if (r.sms !== undefined) expect(r.sms, r.id).toMatch(SMS);
    }
  });

  it('says 24 hours only where the checked page did', () => {
    for (const r of all.filter((e) => e.verified)) {
      if (/24\/7|24 hours/.test(r.hours)) expect(r.open247, r.id).toBe(true);
      if (r.kind === 'crisis-line' && r.open247) expect(r.hours, r.id).toMatch(/^24\/7/);
    }
  });

  it('gives a number to every entry but the directory, and the directory none', () => {
    for (const r of all) {
      if (r.kind === 'directory') {
        expect(r.phone ?? r.sms, r.id).toBeUndefined();
        expect(r.url, r.id).toMatch(/^https:\/\//);
      } else {
        expect(isContactLine(r), r.id).toBe(true);
      }
    }
    expect(isContactLine(LOCAL_EMERGENCY)).toBe(false);
  });
});

/** Compile-time checks (`npm run typecheck`): a directory can never be handled as a number to call. */
export function directoryIsNotALine(r: CountryResources): void {
  // @ts-expect-error a directory has no phone
  const withPhone: DirectoryResource = { ...r.directory, phone: '0800 000 000' };
  // @ts-expect-error the directory is not a line to call
  const asLine: ContactLine = r.directory;
  // @ts-expect-error the primary may be the directory, so it is not a line until narrowed
  const primaryAsLine: ContactLine = r.primary;
  void [withPhone, asLine, primaryAsLine];
}

describe('forCountry', () => {
  it('gives one named, verified 24/7 line and the emergency number', () => {
    const us = catalogue.forCountry('US');
    expect(us.line).toMatchObject({ name: '988 Suicide & Crisis Lifeline', phone: '988', sms: '988', kind: 'crisis-line', verified: true });
    expect(us.primary).toBe(us.line);
    expect(us.emergency?.phone).toBe('911');
    const gb = catalogue.forCountry('gb');
    expect(gb.country).toBe('GB');
    expect(gb.line).toMatchObject({ name: 'Samaritans', phone: '116 123' });
    expect(gb.line?.sms).toBeUndefined(); // Samaritans has had no text number since 2020
    expect(gb.emergency?.phone).toBe('999');
    expect(catalogue.forCountry(' uk ').line).toEqual(gb.line);
  });

  it('names a line only where one was verified as open 24/7, with a number, and never repeats it', () => {
    expect(catalogue.countries()).toEqual(['AU', 'CA', 'FR', 'GB', 'IE', 'NZ', 'US', 'ZA']);
    for (const code of catalogue.countries()) {
      const r = catalogue.forCountry(code);
      expect(r.line?.kind, code).toBe('crisis-line');
      expect(r.line?.verified, code).toBe(true);
      expect(r.line?.hours, code).toMatch(/^24\/7/);
      expect(r.line !== null && isContactLine(r.line), code).toBe(true);
      expect(r.emergency?.phone, code).toMatch(PHONE);
      expect(r.others.includes(r.primary), code).toBe(false);
    }
  });

  it('never shows an unverified entry, in any country', () => {
    const unverified = new Set(all.filter((e) => !e.verified).map((e) => e.id));
    expect(unverified.size).toBeGreaterThan(0);
    for (const code of new Set(all.map((e) => e.country))) {
      const r = catalogue.forCountry(code);
      const ids = [r.line?.id, r.primary.id, r.emergency?.id, ...r.others.map((o) => o.id)];
      for (const id of ids) expect(id !== undefined && unverified.has(id), `${code}: ${String(id)}`).toBe(false);
    }
  });

  it('gives a country without a verified 24/7 line the directory and its verified emergency number', () => {
    for (const [code, emergency] of [['DE', '112'], ['NL', '112'], ['BR', '192'], ['JP', '119']] as const) {
      const r = catalogue.forCountry(code);
      expect(r.country, code).toBe(code);
      expect(r.line, code).toBeNull();
      expect(r.primary, code).toBe(r.directory);
      expect(r.primary.kind, code).toBe('directory');
      expect(r.emergency?.phone, code).toBe(emergency);
    }
    // 113's number is confirmed on its own site but its hours are not: another option, not the named line.
    expect(catalogue.forCountry('NL').others.map((o) => o.id)).toEqual(['nl-113']);
    // Nothing in India was verified: the directory and "your local emergency number", for India.
    expect(catalogue.forCountry('IN')).toMatchObject({ country: 'IN', line: null, emergency: LOCAL_EMERGENCY, others: [] });
  });

  it('falls back to the international directory and the local emergency number, with no number invented', () => {
    for (const code of [null, undefined, '', 'XX', 'intl', 'United States']) {
      const r = catalogue.forCountry(code);
      expect(r.country).toBeNull();
      expect(r.line).toBeNull();
      expect(r.primary).toBe(r.directory);
      expect(r.directory.url).toBe('https://findahelpline.com');
      expect(r.emergency).toBe(LOCAL_EMERGENCY);
      expect(r.emergency?.phone).toBeUndefined();
      // The instruction's words are crisis copy from the message catalogue, in the reader's language.
      expect(localise(describeResource(r.emergency!), 'en')).toBe('Your local emergency number · police, ambulance or fire service');
      expect(localise(describeResource(r.emergency!), 'es')).toBe('Tu número de emergencias local · policía, ambulancia o bomberos');
    }
  });

  it('keeps the maintainers\' notes out of what it hands to the views', () => {
    for (const code of [null, ...new Set(all.map((e) => e.country))]) {
      const r = catalogue.forCountry(code);
      for (const shown of [r.primary, r.directory, r.emergency, ...r.others]) {
        expect(Object.keys(shown ?? {}), String(code)).not.toContain('confirmed');
        expect(Object.keys(shown ?? {}), String(code)).not.toContain('open247');
      }
    }
  });

  it('puts community additions with the others, never in place of the named line', () => {
    const eap: CrisisResource = { id: 'acme-eap', country: 'GB', name: 'Acme EAP', kind: 'community', phone: '0800 000 000', hours: 'weekdays 9–5', source: 'community settings', checkedOn: '2026-11-20' };
    const gb = catalogue.forCountry('GB', [eap]);
    expect(gb.line?.name).toBe('Samaritans');
    expect(gb.others[0]).toBe(eap);
    expect(catalogue.forCountry(null, [eap]).others).toContain(eap);
    expect(catalogue.forCountry('GB').others).not.toContain(eap);
  });
});

describe('createCatalogue over other entries', () => {
  const entry = (over: Partial<CatalogueEntry> & Pick<CatalogueEntry, 'id' | 'country' | 'kind'>): CatalogueEntry => ({
    name: over.id,
    hours: '24/7',
    source: 'https://example.gov/page',
    checkedOn: '2026-12-06',
    verified: true,
    open247: true,
    confirmed: 'test entry',
    ...(over.kind === 'directory' ? { url: 'https://directory.example' } : { phone: '123' }),
    ...over,
  });
  const dir = entry({ id: 'dir', country: 'INTL', kind: 'directory', open247: false });

  it('takes the first verified 24/7 crisis line with a number as the named line', () => {
    const c = createCatalogue([
      dir,
      entry({ id: 'a-unverified', country: 'AA', kind: 'crisis-line', verified: false }),
      entry({ id: 'a-ref', country: 'AA', kind: 'referral' }),
      entry({ id: 'a-daytime', country: 'AA', kind: 'crisis-line', open247: false, hours: 'weekdays' }),
      entry({ id: 'a1', country: 'AA', kind: 'crisis-line' }),
      entry({ id: 'a2', country: 'AA', kind: 'crisis-line' }),
      entry({ id: 'a-999', country: 'AA', kind: 'emergency', phone: '999' }),
    ]);
    const aa = c.forCountry('aa');
    expect(aa.line?.id).toBe('a1');
    expect(aa.emergency?.id).toBe('a-999');
    expect(aa.others.map((r) => r.id)).toEqual(['a-ref', 'a-daytime', 'a2']);
    expect(c.countries()).toEqual(['AA']);
  });

  it('gives a country whose entries are all unverified the directory and the local emergency instruction', () => {
    const c = createCatalogue([dir, entry({ id: 'b1', country: 'BB', kind: 'crisis-line', verified: false }), entry({ id: 'b-999', country: 'BB', kind: 'emergency', verified: false })]);
    expect(c.forCountry('BB')).toMatchObject({ country: 'BB', line: null, primary: { id: 'dir' }, emergency: LOCAL_EMERGENCY, others: [] });
    expect(c.countries()).toEqual([]);
  });

  it('refuses entries without a verified international directory', () => {
    expect(() => createCatalogue([entry({ id: 'a1', country: 'AA', kind: 'crisis-line' })])).toThrow(/INTL/);
    expect(() => createCatalogue([{ ...dir, verified: false }])).toThrow(/INTL/);
  });
});
