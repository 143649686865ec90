/** The Slack-only setup modal: channels and people are picked with Slack's own selects. */
import type { CommunityRecord } from '../../core/communities.js';
import { parseId } from './refs.js';

export const SETUP_CALLBACK = 'pl:form:setup';

export function setupModal(existing: CommunityRecord | null): Record<string, unknown> {
  const s = existing?.settings;
  const initialChannel = s?.volunteerChannel == null ? {} : { initial_conversation: parseId(s.volunteerChannel).id };
  const input = (block: string, label: string, element: Record<string, unknown>, optional = false, hint?: string) => ({
    type: 'input',
    block_id: block,
    optional,
    label: { type: 'plain_text', text: label },
    ...(hint === undefined ? {} : { hint: { type: 'plain_text', text: hint } }),
    element: { action_id: block, ...element },
  });
  return {
    type: 'modal',
    callback_id: SETUP_CALLBACK,
    title: { type: 'plain_text', text: 'Set up Peerline' },
    submit: { type: 'plain_text', text: 'Save' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      input('volunteer_channel', 'Volunteer channel (private is best)', { type: 'conversations_select', filter: { include: ['private', 'public'], exclude_bot_users: true }, ...initialChannel }, false, 'Offer cards and crisis alerts go here. Invite the app to it.'),
      input('coordinators', 'Coordinators', { type: 'multi_users_select' }, true, 'You stay a coordinator.'),
      input('country', 'Country for crisis lines (two letters)', { type: 'plain_text_input', max_length: 2, ...(s?.country == null ? {} : { initial_value: s.country }) }, true, 'e.g. GB, US, IE. Empty = international list.'),
      input('time_zone', 'Time zone', { type: 'plain_text_input', max_length: 60, initial_value: s?.timeZone ?? 'UTC' }, false, 'An IANA name such as Europe/London.'),
      input('retention_days', 'Keep closed requests for (days)', { type: 'number_input', is_decimal_allowed: false, min_value: '1', max_value: '3650', initial_value: String(s?.retentionDays ?? 30) }),
    ],
  };
}
