/** The Slack-only setup modal: channels and people are picked with Slack's own selects. */
import type { types } from '@slack/bolt';
import { type CommunityRecord, communitySettings, countryChoices, normaliseCountry, schemaWords } from '../../core/index.js';
import type { ResourceCatalogue } from '../../crisis/index.js';
import { parseId } from './refs.js';

export const SETUP_CALLBACK = 'pl:form:setup';

/**
 * The country field's error for the form, or null when it is usable: setup needs a country (or "other /
 * international"). The select offers only usable values; this catches a crafted or stale submission
 * while the form is still open, and core checks again.
 */
export function setupCountryError(catalogue: ResourceCatalogue, value: string | null): string | null {
  if (value === null || value.trim() === '') return 'Choose the country for crisis lines, or "Other / international".';
  const code = normaliseCountry(value);
  return countryChoices(catalogue).some((c) => c.value === code) ? null : 'Choose a country from the list, or "Other / international".';
}

const retentionDays = communitySettings.shape.retentionDays.unwrap();

/**
 * The form's errors beside their fields, or null when core will take it. Each value is checked with
 * core's own schema for that setting, so the form and core agree on the limits.
 */
export function setupFormErrors(
  catalogue: ResourceCatalogue,
  v: { readonly country: string | null; readonly retentionDays: number; readonly timeZone: unknown },
): Record<string, string> | null {
  const errors: Record<string, string> = {};
  const country = setupCountryError(catalogue, v.country);
  if (country !== null) errors['country'] = country;
  if (!retentionDays.safeParse(v.retentionDays).success) errors['retention_days'] = `A whole number of days, from ${retentionDays.minValue} to ${retentionDays.maxValue}.`;
  const timeZone = communitySettings.shape.timeZone.safeParse(v.timeZone);
  if (!timeZone.success) {
    const message = schemaWords(timeZone.error.issues[0]?.message) ?? 'unknown time zone';
    errors['time_zone'] = `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
  }
  return Object.keys(errors).length === 0 ? null : errors;
}

export function setupModal(existing: CommunityRecord | null, catalogue: ResourceCatalogue): types.ModalView {
  const s = existing?.settings;
  const option = (c: { value: string; label: string }): types.PlainTextOption => ({ text: { type: 'plain_text', text: c.label }, value: c.value });
  const choices = countryChoices(catalogue);
  const current = choices.find((c) => c.value === s?.country);
  const initialChannel = s?.volunteerChannel == null ? {} : { initial_conversation: parseId(s.volunteerChannel).id };
  const input = (block: string, label: string, element: types.InputBlock['element'], optional = false, hint?: string): types.InputBlock => ({
    type: 'input',
    block_id: block,
    optional,
    label: { type: 'plain_text', text: label },
    ...(hint === undefined ? {} : { hint: { type: 'plain_text', text: hint } }),
    element,
  });
  return {
    type: 'modal',
    callback_id: SETUP_CALLBACK,
    title: { type: 'plain_text', text: 'Set up Peerline' },
    submit: { type: 'plain_text', text: 'Save' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      input('volunteer_channel', 'Volunteer channel (private is best)', { type: 'conversations_select', action_id: 'volunteer_channel', filter: { include: ['private', 'public'], exclude_bot_users: true }, ...initialChannel }, false, 'Offer cards and crisis alerts go here. Invite the app to it.'),
      input('coordinators', 'Coordinators', { type: 'multi_users_select', action_id: 'coordinators' }, true, 'You stay a coordinator.'),
      input(
        'country',
        'Country for crisis lines',
        { type: 'static_select', action_id: 'country', placeholder: { type: 'plain_text', text: 'Choose a country' }, options: choices.map(option), ...(current === undefined ? {} : { initial_option: option(current) }) },
        false,
        'A person in crisis is shown this country\'s 24/7 line. "Other / international" shows a directory of helplines instead.',
      ),
      input('time_zone', 'Time zone', { type: 'plain_text_input', action_id: 'time_zone', max_length: 60, initial_value: s?.timeZone ?? 'UTC' }, false, 'An IANA name such as Europe/London.'),
      input('retention_days', 'Keep closed requests for (days)', { type: 'number_input', action_id: 'retention_days', is_decimal_allowed: false, min_value: String(retentionDays.minValue), max_value: String(retentionDays.maxValue), initial_value: String(s?.retentionDays ?? 30) }),
    ],
  };
}
