/** The Slack-only setup modal, in the reader's language: channels and people are picked with Slack's own selects. */
import type { types } from '@slack/bolt';
import { type CommunityRecord, communitySettings, countryChoices, normaliseCountry, catalogueWords, issueText } from '../../core/index.js';
import type { ResourceCatalogue } from '../../crisis/index.js';
import { type Locale, localiser, t, type Text } from '../../i18n/index.js';
import { parseId } from './refs.js';

export const SETUP_CALLBACK = 'pl:form:setup';

/**
 * The country field's error for the form, or null when it is usable: setup needs a country (or "other /
 * international"). The select offers only usable values; this catches a crafted or stale submission
 * while the form is still open, and core checks again.
 */
export function setupCountryError(catalogue: ResourceCatalogue, value: string | null): Text | null {
  if (value === null || value.trim() === '') return t('settings.setup.country.missing');
  const code = normaliseCountry(value);
  return countryChoices(catalogue).some((c) => c.value === code) ? null : t('settings.setup.country.unknown');
}

const retentionDays = communitySettings.shape.retentionDays.unwrap();

/**
 * The form's errors beside their fields in `locale`'s words, or null when core will take it. Each value is
 * checked with core's own schema for that setting, so the form and core agree on the limits.
 */
export function setupFormErrors(
  catalogue: ResourceCatalogue,
  v: { readonly country: string | null; readonly retentionDays: number; readonly timeZone: unknown },
  locale: Locale,
): Record<string, string> | null {
  const l = localiser(locale);
  const errors: Record<string, string> = {};
  const country = setupCountryError(catalogue, v.country);
  if (country !== null) errors['country'] = l.text(country);
  if (!retentionDays.safeParse(v.retentionDays).success) {
    errors['retention_days'] = l.format('settings.setup.retention', { min: String(retentionDays.minValue), max: String(retentionDays.maxValue) });
  }
  const timeZone = communitySettings.shape.timeZone.safeParse(v.timeZone, { error: catalogueWords });
  if (!timeZone.success) {
    const issue = timeZone.error.issues[0];
    const message = issue === undefined ? l.format('settings.setup.timeZone.unknown') : l.text(issueText(issue));
    errors['time_zone'] = `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
  }
  return Object.keys(errors).length === 0 ? null : errors;
}

export function setupModal(existing: CommunityRecord | null, catalogue: ResourceCatalogue, locale: Locale): types.ModalView {
  const l = localiser(locale);
  const w = (text: Text): string => l.text(text);
  const s = existing?.settings;
  const option = (c: { value: string; label: string }): types.PlainTextOption => ({ text: { type: 'plain_text', text: c.label }, value: c.value });
  const choices = countryChoices(catalogue);
  const current = choices.find((c) => c.value === s?.country);
  const initialChannel = s?.volunteerChannel == null ? {} : { initial_conversation: parseId(s.volunteerChannel).id };
  const input = (block: string, label: Text, element: types.InputBlock['element'], optional = false, hint?: Text): types.InputBlock => ({
    type: 'input',
    block_id: block,
    optional,
    label: { type: 'plain_text', text: w(label) },
    ...(hint === undefined ? {} : { hint: { type: 'plain_text', text: w(hint) } }),
    element,
  });
  return {
    type: 'modal',
    callback_id: SETUP_CALLBACK,
    title: { type: 'plain_text', text: w(t('settings.setup.title')) },
    submit: { type: 'plain_text', text: w(t('settings.setup.save')) },
    close: { type: 'plain_text', text: w(t('form.cancel')) },
    blocks: [
      input(
        'volunteer_channel',
        t('settings.setup.volunteerChannel'),
        { type: 'conversations_select', action_id: 'volunteer_channel', filter: { include: ['private', 'public'], exclude_bot_users: true }, ...initialChannel },
        false,
        t('settings.setup.volunteerChannel.hint'),
      ),
      input('coordinators', t('settings.setup.coordinators'), { type: 'multi_users_select', action_id: 'coordinators' }, true, t('settings.setup.coordinators.hint')),
      input(
        'country',
        t('settings.country.label'),
        { type: 'static_select', action_id: 'country', placeholder: { type: 'plain_text', text: w(t('settings.setup.country.placeholder')) }, options: choices.map(option), ...(current === undefined ? {} : { initial_option: option(current) }) },
        false,
        t('settings.setup.country.hint'),
      ),
      input('time_zone', t('settings.time-zone.label'), { type: 'plain_text_input', action_id: 'time_zone', max_length: 60, initial_value: s?.timeZone ?? 'UTC' }, false, t('settings.setup.timeZone.hint')),
      input('retention_days', t('settings.retention-days.label'), { type: 'number_input', action_id: 'retention_days', is_decimal_allowed: false, min_value: String(retentionDays.minValue), max_value: String(retentionDays.maxValue), initial_value: String(s?.retentionDays ?? 30) }),
    ],
  };
}
