/**
 * The dashboard and the playground in the community's language (issue 18): a coordinator of a French
 * community reads the dashboard in French — words, <html lang>, dates and decimals — with no English
 * left; a browser can switch to another of the five languages and keeps its choice; the playground's
 * switch changes the demo community's language, and the bot's cards follow it.
 */
import { describe, expect, it } from 'vitest';
import { changeSettings } from '../../src/core/index.js';
import { CATALOGUE, type MessageId } from '../../src/i18n/index.js';
import { webEn } from '../../src/i18n/messages/web/en.js';
import { dashboardSignedIn, freshWebPerTest, lastAction, PEOPLE, textOf, type TestWeb } from './support.js';

const riley = PEOPLE.member.ref;
const alex = PEOPLE.alex.ref;
const sam = { user: PEOPLE.sam.ref, community: 'web:demo' };

let t: TestWeb;
freshWebPerTest((made) => (t = made));

/** Names, topics, tags and the time zone: data the pages show as they were given, in any language. */
const DATA = ['Peerline demo', 'Europe/London', 'Riley', 'Alex', 'Jordan', 'Sam', 'grief, stress', 'study or work', 'grief', 'stress', 'Peerline', 'English', 'Español', 'Português', 'Français', 'Deutsch'];

/** Common English words (whole words, letters in any script around them counting): none may be left on a page in another language once the data is taken out. */
const ENGLISH = /(?<!\p{L})(the|and|is|are|of|to|on|with|for|was|were|by|yes|nobody|waiting|requests?|volunteers?|sign|refresh|queue|duty|settings|statistics|glossary|accepted|cancelled|hours?|days?|weeks?|last|data|table|coverage|listeners?)(?!\p{L})/giu;

function englishLeft(page: string): string[] {
  let text = textOf(page);
  for (const d of [...DATA].sort((a, b) => b.length - a.length)) text = text.split(d).join(' ');
  return text.match(ENGLISH) ?? [];
}

/** The web part's English sentences (no placeholders, more than two words): none may appear on a translated page. */
const SENTENCES = (Object.keys(webEn) as MessageId[]).map((id) => CATALOGUE.en[id]).filter((text) => !text.includes('{') && text.trim().split(/\s+/).length > 2);

/** Riley's grief request is accepted by Alex after 7 minutes and ended; a second (stress) still waits. */
async function someActivity(): Promise<void> {
  await t.client.command(riley, 'listen', { topic: 'grief' });
  t.clock.advance(7);
  await t.client.press(alex, lastAction(await t.client.pane('channel'), 'Accept'));
  await t.client.press(alex, lastAction(await t.client.pane('spaces'), 'End session'));
  await t.client.command(riley, 'listen', { topic: 'stress' });
}

async function setLanguage(language: string): Promise<void> {
  const changed = await changeSettings(t.deps, sam, { language });
  expect(changed.ok).toBe(true);
}

describe('the dashboard in French', () => {
  it('shows every page in French for a French community: words, <html lang>, dates and numbers, and no English', async () => {
    await someActivity();
    await setLanguage('fr');
    const browser = await dashboardSignedIn(t, sam);

    const now = (await browser.get('/dashboard')).text;
    expect(now).toContain('<html lang="fr">');
    const nowText = textOf(now);
    expect(nowText).toContain('File et permanence maintenant');
    expect(nowText).toContain('Se déconnecter');
    // The time the figures are from, the French way (Europe/London, 10:07 on Monday 23 November 2026).
    expect(nowText).toContain('État à lun. 23 nov., 10:07 (Europe/London).');
    expect(nowText).toMatch(/En attente 1 Attente la plus longue moins d'une minute De permanence 2/);
    expect(nowText).toMatch(/1 courant stress moins d'une minute non/);

    const volunteers = (await browser.get('/dashboard/volunteers')).text;
    expect(volunteers).toContain('<html lang="fr">');
    expect(textOf(volunteers)).toMatch(/Bénévole [123] bénévole ! 2026-12-14 \(21 jours restants\) oui 0 sur 1 study or work/);

    const stats = (await browser.get('/dashboard/stats')).text;
    expect(stats).toContain('<html lang="fr">');
    const statsText = textOf(stats);
    expect(statsText).toMatch(/Demandes 2 Acceptées 1 .*Attente médiane 7 min/);
    expect(statsText).toContain('Glossaire');
    // A decimal with a comma: 14 volunteer-minutes over 4 weeks in that hour.
    expect(stats).toContain('lun. 10:00–11:00 : 2 demandes, en moyenne 0,1 bénévoles de permanence');
    expect(stats).toContain('<title>5–15 min : 1</title>');

    for (const [name, page] of [
      ['now', now],
      ['volunteers', volunteers],
      ['stats', stats],
    ] as const) {
      expect(englishLeft(page), name).toEqual([]);
      expect(
        SENTENCES.filter((s) => textOf(page).includes(s)),
        name,
      ).toEqual([]);
    }
  });
});

describe('the dashboard language switch', () => {
  it('lets a coordinator pick another language on this browser, keeps it, and refuses anything but the five', async () => {
    await setLanguage('fr');
    const browser = await dashboardSignedIn(t, sam);
    const links = (await browser.get('/dashboard')).text;
    expect(links).toContain('<a href="/dashboard?lang=de" hreflang="de" lang="de">Deutsch</a>');
    expect(links).toContain('<a href="/dashboard?lang=fr" hreflang="fr" lang="fr" aria-current="true">Français</a>');

    const german = await browser.get('/dashboard/volunteers?lang=de');
    expect(german.text).toContain('<html lang="de">');
    expect(textOf(german.text)).toContain('Ehrenamtliche');
    expect(german.headers.getSetCookie().some((c) => c.startsWith('peerline_lang=de;'))).toBe(true);
    // Kept for the next page, which has no query.
    const next = (await browser.get('/dashboard/stats')).text;
    expect(next).toContain('<html lang="de">');
    expect(textOf(next)).toContain('Median der Wartezeit');
    // Not a language Peerline speaks: ignored, the choice stands.
    const odd = await browser.get('/dashboard?lang=xx%22%3E');
    expect(odd.text).toContain('<html lang="de">');
    expect(odd.headers.getSetCookie()).toEqual([]);
    expect((await browser.get('/dashboard?lang=en')).text).toContain('<html lang="en">');
    expect(textOf((await browser.get('/dashboard')).text)).toContain('Queue and duty now');

    // Another browser has made no choice: the community's default.
    const other = await dashboardSignedIn(t, sam);
    expect((await other.get('/dashboard')).text).toContain('<html lang="fr">');
  });

  it('shows the sign-in and refusal pages in the language this browser chose, else English', async () => {
    const english = await t.client.get('/dashboard');
    expect(english.status).toBe(401);
    expect(english.text).toContain('<html lang="en">');
    expect(textOf(english.text)).toContain('Please sign in again');
    const spanish = await t.client.get('/dashboard?lang=es');
    expect(spanish.status).toBe(401);
    expect(spanish.text).toContain('<html lang="es">');
    expect(textOf(spanish.text)).toContain('Vuelve a entrar');
    expect(englishLeft(spanish.text).filter((w) => !/^(dashboard)$/i.test(w))).toEqual([]);
  });
});

describe('the playground language switch', () => {
  it('changes the demo community language: the page, and the cards the bot posts, follow it', async () => {
    expect((await t.client.get('/playground')).text).toContain('<html lang="en">');
    expect((await t.client.post('/playground/language', { lang: 'es' })).text).toBe('{"ok":true,"reload":true}');
    const page = (await t.client.get('/playground')).text;
    expect(page).toContain('<html lang="es">');
    expect(textOf(page)).toContain('Entorno de prueba de Peerline');
    expect(page).toContain('<button type="submit" class="btn btn-secondary" name="lang" value="es" lang="es" aria-pressed="true">Español</button>');
    expect(t.deps.communities.peek('web:demo')?.settings.language).toBe('es');

    await t.client.command(riley, 'listen', { topic: 'grief' });
    expect(textOf(await t.client.pane('channel'))).toContain('Alguien quiere hablar');
    expect(textOf(await t.client.pane('member'))).toContain('solo tú puedes ver esto');

    expect((await t.client.post('/playground/language', { lang: 'ja' })).status).toBe(400);
    expect(t.deps.communities.peek('web:demo')?.settings.language).toBe('es');
  });
});
