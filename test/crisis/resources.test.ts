/** The resource catalogue: verified seed entries only, one named 24/7 line first, community additions after. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createCatalogue, type CrisisResource } from '../../src/crisis/index.js';

interface SeedEntry {
  readonly country: string;
  readonly name: string;
  readonly phone: string | null;
  readonly source: string;
  readonly verified: boolean;
}
const seed = JSON.parse(readFileSync(fileURLToPath(new URL('../../../shared/domain/crisis-resources.seed.json', import.meta.url)), 'utf8')) as SeedEntry[];
const catalogue = createCatalogue();

describe('the compiled-in data', () => {
  const all = catalogue.all();

  it('holds every verified seed entry and no unverified one, each with its seed source and a check date', () => {
    const verified = seed.filter((e) => e.verified);
    expect(all).toHaveLength(verified.length);
    for (const e of seed.filter((s) => !s.verified)) {
      expect(all.some((r) => r.source === e.source && r.country === e.country)).toBe(false);
      if (e.phone !== null) expect(all.some((r) => r.phone?.includes(e.phone!))).toBe(false);
    }
    for (const e of verified) expect(all.filter((r) => r.country === e.country && r.source === e.source).length, e.name).toBeGreaterThan(0);
    for (const r of all) expect(r.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('has unique ids', () => {
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
  });
});

describe('forCountry', () => {
  it('gives one named 24/7 crisis line and the emergency number', () => {
    const us = catalogue.forCountry('US');
    expect(us.primary).toMatchObject({ name: '988 Suicide & Crisis Lifeline', phone: '988', kind: 'crisis-line' });
    expect(us.emergency?.phone).toBe('911');
    const gb = catalogue.forCountry('gb');
    expect(gb.country).toBe('GB');
    expect(gb.primary).toMatchObject({ phone: '116 123' });
    expect(gb.primary.name).toContain('Samaritans');
    expect(gb.primary.sms).toBeUndefined(); // Samaritans has had no text number since 2020
    expect(catalogue.forCountry(' uk ').primary).toEqual(gb.primary);
  });

  it('has a 24/7 crisis line as the primary of every country it lists', () => {
    expect(catalogue.countries()).toEqual(['AU', 'BR', 'CA', 'DE', 'FR', 'GB', 'IE', 'IN', 'JP', 'NL', 'NZ', 'US', 'ZA']);
    for (const code of catalogue.countries()) {
      const r = catalogue.forCountry(code);
      expect(r.primary.kind, code).toBe('crisis-line');
      expect(r.primary.hours, code).toMatch(/24/);
      expect(r.emergency?.kind, code).toBe('emergency');
      expect(r.others.includes(r.primary), code).toBe(false);
    }
  });

  it('falls back to the international directory and the local emergency number', () => {
    for (const code of [null, undefined, '', 'XX', 'intl', 'United States']) {
      const r = catalogue.forCountry(code);
      expect(r.country).toBeNull();
      expect(r.primary.url).toBe('https://findahelpline.com');
      expect(r.emergency?.name).toBe('Your local emergency number');
    }
  });

  it('puts community additions with the others, never in place of the primary', () => {
    const eap: CrisisResource = { id: 'acme-eap', country: 'GB', name: 'Acme EAP', kind: 'community', phone: '0800 000 000', hours: 'weekdays 9–5', source: 'community settings', checkedOn: '2026-11-20' };
    const gb = catalogue.forCountry('GB', [eap]);
    expect(gb.primary.name).toContain('Samaritans');
    expect(gb.others[0]).toBe(eap);
    expect(catalogue.forCountry(null, [eap]).others).toContain(eap);
    expect(catalogue.forCountry('GB').others).not.toContain(eap);
  });
});

describe('createCatalogue over other entries', () => {
  const entry = (over: Partial<CrisisResource> & Pick<CrisisResource, 'id' | 'country' | 'kind'>): CrisisResource => ({ name: over.id, hours: '24/7', source: 'test', checkedOn: '2026-11-22', ...over });
  const dir = entry({ id: 'dir', country: 'INTL', kind: 'directory' });

  it('takes the first crisis line of a country as its primary', () => {
    const c = createCatalogue([dir, entry({ id: 'a-ref', country: 'AA', kind: 'referral' }), entry({ id: 'a1', country: 'AA', kind: 'crisis-line' }), entry({ id: 'a2', country: 'AA', kind: 'crisis-line' })]);
    expect(c.forCountry('aa').primary.id).toBe('a1');
    expect(c.forCountry('aa').others.map((r) => r.id)).toEqual(['a-ref', 'a2']);
  });

  it('gives a country with no crisis line the directory, but keeps its own emergency number', () => {
    const c = createCatalogue([dir, entry({ id: 'b-999', country: 'BB', kind: 'emergency' })]);
    expect(c.forCountry('BB')).toMatchObject({ country: 'BB', primary: { id: 'dir' }, emergency: { id: 'b-999' } });
    expect(c.countries()).toEqual([]);
  });

  it('refuses entries without an international fallback', () => {
    expect(() => createCatalogue([entry({ id: 'a1', country: 'AA', kind: 'crisis-line' })])).toThrow(/INTL/);
  });
});
