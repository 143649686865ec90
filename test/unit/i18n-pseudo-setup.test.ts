/**
 * Setup and the settings commands (catalogue part `setup`, keys `setup.`) in the pseudo-locale: the reply
 * to setup, the settings list, the settings form, the Slack and Discord help and what did not parse have
 * nothing outside the brackets but data (a community's name, a country code, a line's name, setting keys
 * and values), and the reply to watching a channel or not. The settings' own labels and hints (`settings-text.ts`) are data here: they move into the
 * catalogue separately. Then the words a Spanish and a German coordinator get, and English as it was.
 */
import { describe, expect, it } from 'vitest';
import { pseudo, inlineWords, untranslated } from '../support/pseudo.js';
import { words } from '../support/words.js';
import { setupView } from '../../src/core/use-cases/configure-community.js';
import { watchedView } from '../../src/core/use-cases/watch-channel.js';
import { settingsFields, settingsForm } from '../../src/core/use-cases/community-settings.js';
import { defaultSettings, type CommunitySettings } from '../../src/core/settings.js';
import { TEXT_SETTING_KEYS, TEXT_SETTINGS } from '../../src/core/settings-text.js';
import { localiseForm } from '../../src/core/views/localise.js';
import type { TextView } from '../../src/core/views/types.js';
import { createCatalogue } from '../../src/crisis/index.js';
import { parseProfileCommand, parseResourceCommand, parseSettingsCommand, parseWatchCommand, type SettingsFormCommand, SETTINGS_HELP as SLACK_HELP } from '../../src/adapters/slack/settings-commands.js';
import { SETTINGS_HELP as DISCORD_HELP } from '../../src/adapters/discord/settings-commands.js';
import type { ChatCommand } from '../../src/adapters/command-table.js';
import { localise, type Text } from '../../src/i18n/index.js';

const catalogue = createCatalogue();
const NAME = 'Hollow Oak';
const set = (over: Partial<CommunitySettings>): CommunitySettings => ({ ...defaultSettings(), volunteerChannel: 'slack:T1:C1', ...over });
const settings = [set({ country: 'GB' }), set({ country: 'INTL', watchedChannels: ['slack:T1:C2'] }), set({ country: null, volunteerChannel: null }), set({ country: 'ZZ', retentionDays: 1 })];
/** Data: names, refs, codes, setting keys and values, and a line's name (the settings' labels and hints are catalogue text). */
const DATA = [
  NAME,
  'slack:T1:C1',
  'slack:T1:C2',
  'watched-channels',
  ...settings.map((s) => s.timeZone),
  ...catalogue.countries().map((c) => catalogue.forCountry(c).primary.name),
  ...TEXT_SETTING_KEYS.flatMap((k) => [k, ...settings.map((s) => TEXT_SETTINGS[k].format(s))]),
];
const reasonOf = (cmd: ChatCommand | SettingsFormCommand): Text => (cmd.kind === 'unsupported' ? cmd.reason : `not refused: ${cmd.kind}`);

const views: Record<string, TextView> = { 'slack help': { text: SLACK_HELP }, 'discord help': { text: DISCORD_HELP } };
for (const [i, s] of settings.entries()) {
  views[`set up ${i}`] = setupView(catalogue, NAME, s, true);
  views[`configured ${i}`] = setupView(catalogue, NAME, s, false);
  views[`settings ${i}`] = { text: '', fields: settingsFields(s) };
}
const refusals: Record<string, ChatCommand | SettingsFormCommand> = {
  'set, no key': parseSettingsCommand('set'),
  'set, unknown key': parseSettingsCommand('set colour blue'),
  'unknown sub': parseSettingsCommand('paint'),
  watch: parseWatchCommand('T1', 'C1', ['general'], true),
  'resource remove': parseResourceCommand('remove two'),
  resource: parseResourceCommand('list'),
  'resource add': parseResourceCommand('add | call 1'),
  profile: parseProfileCommand('colour'),
};
for (const count of [0, 1, 3]) for (const watch of [true, false]) views[`${watch ? 'watch' : 'unwatch'} ${count}`] = watchedView('slack:T1:C2', watch, count);
for (const [name, cmd] of Object.entries(refusals)) views[`refusal: ${name}`] = { text: reasonOf(cmd) };

describe('setup and the settings commands in the pseudo-locale', () => {
  it.each(Object.entries(views))('%s has no words outside the catalogue', (_name, view) => {
    expect(inlineWords(view, DATA)).toEqual([]);
  });

  it('names the settings form and its button from the catalogue', () => {
    const form = localiseForm(settingsForm(defaultSettings()), pseudo);
    expect(untranslated([form.title, form.submitLabel])).toEqual([]);
  });

  it('finds an inline word among the data (the test can fail)', () => {
    expect(inlineWords({ ...views['set up 0']!, text: 'Inline words' }, DATA)).toEqual(['Inline', 'words']);
  });
});

describe('setup and the settings commands in the reader\'s language', () => {
  it('keeps English as it was', () => {
    const view = words(setupView(catalogue, NAME, set({ country: 'ZZ', retentionDays: 30 }), true));
    expect(view.title).toBe('Peerline is set up for Hollow Oak');
    expect(view.fields?.map((f) => `${f.label}: ${f.value}`)).toEqual([
      'Volunteer channel: slack:T1:C1',
      'Sessions open in: slack:T1:C1',
      'Country for crisis lines: ZZ (international directory: no checked line for ZZ yet)',
      'Time zone: UTC',
      'Keep closed requests for: 30 days',
      'Longest shift: 4 h',
    ]);
    expect(words(watchedView('slack:T1:C2', false, 1)).text).toBe('Peerline no longer reads messages in slack:T1:C2. 1 channel is watched.');
    expect(words(watchedView('slack:T1:C2', true, 2)).text).toMatch(/never the words\. 2 channels are watched\.$/);
    expect(localise(reasonOf(parseSettingsCommand('set colour blue')), 'en')).toBe('There is no setting `colour`.');
    expect(localise(SLACK_HELP, 'en').split('\n').slice(0, 2)).toEqual(['*Community settings* (coordinators)', '`/peer settings` — a form with every setting below']);
  });

  it('answers a Spanish and a German coordinator in their language', () => {
    const es = words(setupView(catalogue, NAME, set({ country: 'INTL', retentionDays: 1 }), false), 'es');
    expect(es.title).toBe('Ajustes guardados para Hollow Oak');
    expect(es.fields?.at(-2)?.value).toBe('1 día');
    const de = words({ text: '', fields: settingsFields(set({})) }, 'de');
    expect(de.fields?.[2]).toEqual({ label: 'Rolle für Koordinierende', value: 'nicht gesetzt' });
    expect(words(watchedView('slack:T1:C2', false, 1), 'fr').text).toBe('Peerline ne lit plus les messages de slack:T1:C2. 1 salon est surveillé.');
    expect(localise(DISCORD_HELP, 'de').split('\n')[0]).toBe('Community-Einstellungen (Koordinierende):');
  });
});
