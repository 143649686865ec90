/**
 * A crisis line in the reader's language: the service's own name there where it has one (Canada's 9-8-8
 * in French), descriptive names ("Emergency services") and opening hours translated, and "SHOUT to 85258"
 * or "988, then press 1" said in the reader's words — in the crisis reply (built in the language the
 * person wrote in) and in /resources (rendered for the reader). English stays as the services write it.
 */
import { describe, expect, it } from 'vitest';
import { createCatalogue, type CrisisResource } from '../../src/crisis/index.js';
import { crisisReplyView, resourcesView } from '../../src/core/views/crisis.js';
import { localiseView } from '../../src/core/views/localise.js';
import type { LOCALES } from '../../src/i18n/index.js';

const catalogue = createCatalogue();
const shown = (r: CrisisResource | null): r is CrisisResource => r !== null;
const EVERY_SHOWN = [...catalogue.countries(), null].flatMap((c) => {
  const r = catalogue.forCountry(c);
  return [r.primary, r.emergency, ...r.others].filter(shown);
});

const reply = (country: string, lang: (typeof LOCALES)[number]) =>
  crisisReplyView('imminent', { lang, route: 'asking', resources: catalogue.forCountry(country) });

describe('crisis resources in the reader language', () => {
  it('gives Canada\'s 9-8-8 its own French name in a French crisis reply, and the English name in English', () => {
    expect(reply('CA', 'fr').text).toContain('9-8-8 : Ligne d’aide en cas de crise de suicide');
    expect(reply('CA', 'fr').links?.[0]?.label).toBe('9-8-8 : Ligne d’aide en cas de crise de suicide');
    expect(reply('CA', 'en').text).toContain('9-8-8: Suicide Crisis Helpline');
    expect(reply('CA', 'es').text).toContain('9-8-8: Suicide Crisis Helpline');
  });

  it('says the emergency services and the hours in the reader\'s words on /resources', () => {
    const de = localiseView(resourcesView(catalogue.forCountry('US')), 'de');
    const values = (de.fields ?? []).map((f) => f.value).join('\n');
    expect(values).toContain('Notruf');
    expect(values).toContain('Polizei, Feuerwehr und Rettungsdienst');
    expect(values).toContain('rund um die Uhr, kostenlos und vertraulich');
    const en = localiseView(resourcesView(catalogue.forCountry('US')), 'en');
    expect((en.fields ?? []).map((f) => f.value).join('\n')).toContain('Emergency services: call 911 · police, fire and ambulance');
  });

  it('names the country in the reader\'s language on /resources, never as a code', () => {
    expect(localiseView(resourcesView(catalogue.forCountry('US')), 'es').text).toContain('(Estados Unidos)');
    expect(localiseView(resourcesView(catalogue.forCountry('DE')), 'de').text).toContain('(Deutschland)');
    expect(localiseView(resourcesView(catalogue.forCountry('GB')), 'en').text).toContain('these people can help (United Kingdom).');
  });

  it('never leaves "to", "then" or "or" in English inside a number in another language', () => {
    const shout = localiseView(resourcesView(catalogue.forCountry('GB')), 'es');
    expect(shout.fields?.map((f) => f.value)).toContain('Shout: envía SHOUT al 85258 · 24/7, gratis, solo por mensaje de texto');
    expect(localiseView(resourcesView(catalogue.forCountry('GB')), 'en').fields?.map((f) => f.value)).toContain('Shout: text SHOUT to 85258 · 24/7, free, text only');
    const kids = localiseView(resourcesView(catalogue.forCountry('CA')), 'fr').fields?.map((f) => f.value);
    expect(kids).toContain('Jeunesse, J’écoute : appelle le 1-800-668-6868 ou envoie CONNECT au 686868 · 24 h/24, 7 j/7, gratuit, pour les jeunes');
    const vets = catalogue.forCountry('US').others.find((r) => r.id === 'us-veterans-crisis-line');
    expect(vets?.local?.es?.phone).toBe('988 y luego pulsa 1');
    expect(reply('IE', 'de').text).toContain('112');
    expect(reply('IE', 'de').text).not.toMatch(/ or /);
  });

  it('has, for every line a member can be shown, its name, hours and numbers without English words in each other language', () => {
    // English words that would show through ("police" and "ambulance" are French too, "Website" German).
    const english = (lang: string) => new RegExp(`\\b(free|from|and|only|hours|then|press|choose|fire|anonymous|confidential|people|young|varies|on the|listing|or|to${lang === 'fr' ? '' : '|police|ambulance'}${lang === 'de' ? '' : '|website'})\\b`, 'i');
    const problems: string[] = [];
    // The instruction used where no emergency number is known is catalogue copy, not a service (checked with the crisis copy).
    for (const r of EVERY_SHOWN.filter((e) => e.id !== 'local-emergency')) {
      for (const lang of ['es', 'pt', 'fr', 'de'] as const) {
        const local = r.local?.[lang];
        const words = { hours: local?.hours ?? r.hours, phone: local?.phone ?? r.phone ?? '' };
        for (const [field, value] of Object.entries(words)) if (english(lang).test(value)) problems.push(`${r.id} ${lang} ${field}: ${value}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
