/**
 * The settings' words in every language: each hint fits Slack's hint (150 characters) and each label
 * Slack's input label (2000), since Slack refuses a modal that is over; the setup modal's title fits
 * Slack's modal title (24). In the pseudo-locale, every label, hint and refusal comes from the catalogue.
 * Limits: https://api.slack.com/reference/block-kit/blocks#input and
 * https://api.slack.com/reference/surfaces/views.
 */
import { describe, expect, it } from 'vitest';
import { pseudo, untranslated } from '../support/pseudo.js';
import { applySettingsText, settingsFields, settingsForm, TEXT_SETTING_KEYS, TEXT_SETTINGS, type TextSettingKey } from '../../src/core/index.js';
import { defaultSettings } from '../../src/core/settings.js';
import { setupFormErrors, setupModal } from '../../src/adapters/slack/setup-modal.js';
import { createCatalogue } from '../../src/crisis/index.js';
import { LOCALES, localise, t } from '../../src/i18n/index.js';

const HINT_MAX = 150;
const LABEL_MAX = 2000;
const TITLE_MAX = 24;

interface Shown {
  readonly text?: string;
}

/** The labels and hints of the setup modal's input blocks, as rendered. */
function modalWords(modal: ReturnType<typeof setupModal>): { labels: string[]; hints: string[]; title: string } {
  const blocks = modal.blocks as { label?: Shown; hint?: Shown }[];
  return {
    labels: blocks.map((b) => b.label?.text ?? ''),
    hints: blocks.flatMap((b) => (b.hint?.text === undefined ? [] : [b.hint.text])),
    title: modal.title.text,
  };
}

describe('the settings words in every language', () => {
  it.each(LOCALES)('fit Slack: %s', (locale) => {
    for (const key of TEXT_SETTING_KEYS) {
      const { label, hint } = TEXT_SETTINGS[key];
      expect(localise(hint, locale).length, `${key} hint`).toBeLessThanOrEqual(HINT_MAX);
      expect(localise(label, locale).length, `${key} label`).toBeLessThanOrEqual(LABEL_MAX);
    }
    const modal = modalWords(setupModal(null, createCatalogue(), locale));
    for (const hint of modal.hints) expect(hint.length, hint).toBeLessThanOrEqual(HINT_MAX);
    for (const label of modal.labels) expect(label.length, label).toBeLessThanOrEqual(LABEL_MAX);
    expect(modal.title.length).toBeLessThanOrEqual(TITLE_MAX);
    expect(localise(t('settings.setup.save'), locale).length).toBeLessThanOrEqual(TITLE_MAX);
  });

  it('in Spanish, the setup modal and its refusals are Spanish', () => {
    const modal = modalWords(setupModal(null, createCatalogue(), 'es'));
    expect(modal.title).toBe('Configurar Peerline');
    expect(modal.labels).toContain('Zona horaria');
    expect(setupFormErrors(createCatalogue(), { country: null, retentionDays: 0, timeZone: 'Mars/Base' }, 'es')).toEqual({
      country: 'Elige el país para las líneas de crisis, u "Other / international".',
      retention_days: 'Un número entero de días, de 1 a 3650.',
      time_zone: expect.any(String),
    });
  });
});

describe("a value the schema refuses is refused in the catalogue's words, not the schema library's English", () => {
  it.each([
    ['retention-days', '0', 'at least 1.', 'al menos 1.'],
    ['topics', '', 'at least 1 item.', 'al menos 1 elemento.'],
  ] as const)('%s = %j', (key, value, english, spanish) => {
    const result = applySettingsText(defaultSettings(), { [key]: value });
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.problems[0]!.message;
    expect([localise(message, 'en'), localise(message, 'es')]).toEqual([english, spanish]);
  });
});

describe('the settings words in the pseudo-locale', () => {
  const s = defaultSettings();
  const bad: Partial<Record<TextSettingKey, string>> = {
    language: 'xx',
    'escalation-routine': '5 shout',
    'escalation-crisis': '10 remention, 5 tell-member',
    'check-in-offsets': 'soon',
    'retention-days': 'forever',
    'extra-resources': 'Line | call | 24/7\nLine | call 0800 | 24/7 | http://x | more',
    topics: 'x'.repeat(1200),
  };

  it('labels, hints and the refusal of every setting come from the catalogue', () => {
    const form = settingsForm(s);
    const words = form.fields.flatMap((f) => (f.kind === 'text' ? [pseudo.text(f.label), pseudo.text(f.hint ?? '')] : []));
    expect(words).toHaveLength(2 * TEXT_SETTING_KEYS.length);
    expect(untranslated(words)).toEqual([]);
    // The settings list shows each key in brackets: the key is what commands type.
    const keys = TEXT_SETTING_KEYS.map((k) => `[${k}]`);
    const listed = settingsFields(s).map((f) => pseudo.text(f.label)).filter((label) => keys.some((k) => label.includes(k)));
    expect(listed).toHaveLength(TEXT_SETTING_KEYS.length);
    expect(untranslated(listed, keys)).toEqual([]);
    const checked = applySettingsText(s, bad);
    expect(checked.ok).toBe(false);
    const problems = checked.ok ? [] : checked.problems;
    expect(problems.map((p) => p.setting).sort()).toEqual(Object.keys(bad).sort());
    expect(untranslated(problems.map((p) => pseudo.text(p.message)))).toEqual([]);
  });

  it('each refusal of an extra resource comes from the catalogue', () => {
    const lines = ['A | B | C | D | E', 'Line | 12ab', 'Line', 'Line | call 0800 | 24/7 | ftp://x', ' | call 0800 | 24/7', 'Line | call 0800 | ', 'Line | call 1'];
    for (const line of lines) {
      const read = applySettingsText(s, { 'extra-resources': line });
      expect(read.ok, line).toBe(false);
      if (!read.ok) expect(untranslated(read.problems.map((p) => pseudo.text(p.message))), line).toEqual([]);
    }
    const six = Array.from({ length: 6 }, (_, i) => `Line ${i} | call 0800 ${i} | 24/7`).join('\n');
    const many = applySettingsText(s, { 'extra-resources': six });
    expect(many.ok ? [] : many.problems.map((p) => pseudo.text(p.message))).toEqual(['⟦At most 5 resources (you gave 6).⟧']);
  });

  it('the setup modal and its refusals come from the catalogue', () => {
    const modal = modalWords(setupModal(null, createCatalogue(), 'en'));
    expect(modal.labels).toContain('Country for crisis lines');
    const errors = setupFormErrors(createCatalogue(), { country: 'ZZ', retentionDays: 0, timeZone: 'UTC' }, 'en');
    expect(errors).toEqual({ country: 'Choose a country from the list, or "Other / international".', retention_days: 'A whole number of days, from 1 to 3650.' });
  });
});
