/**
 * Raw Slack payloads, parsed with zod before anything reads them. What does not parse is `unsupported`
 * and gets a calm reply, never a crash.
 */
import { z } from 'zod';
import { type Locale, localise, t } from '../../i18n/index.js';

export const commandPayload = z.object({
  command: z.string(),
  text: z.string().max(4000),
  user_id: z.string().min(1),
  team_id: z.string().min(1),
  channel_id: z.string().min(1),
  trigger_id: z.string().min(1),
  response_url: z.string(),
});
export type CommandPayload = z.infer<typeof commandPayload>;

export const blockActionPayload = z.object({
  type: z.literal('block_actions'),
  team: z.object({ id: z.string().min(1) }),
  user: z.object({ id: z.string().min(1) }),
  trigger_id: z.string().optional(),
  channel: z.object({ id: z.string() }).optional(),
  actions: z.array(z.object({ action_id: z.string().max(255), action_ts: z.string().optional() })).min(1),
});

const stateValue = z.object({
  type: z.string(),
  value: z.string().nullish(),
  selected_option: z.object({ value: z.string() }).nullish(),
  selected_options: z.array(z.object({ value: z.string() })).nullish(),
  selected_conversation: z.string().nullish(),
  selected_channel: z.string().nullish(),
  selected_users: z.array(z.string()).nullish(),
  selected_user: z.string().nullish(),
  selected_date_time: z.number().int().nullish(),
});

export const viewSubmissionPayload = z.object({
  type: z.literal('view_submission'),
  team: z.object({ id: z.string().min(1) }),
  user: z.object({ id: z.string().min(1) }),
  view: z.object({
    callback_id: z.string(),
    private_metadata: z.string().optional(),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), stateValue)) }),
  }),
});
export type ViewSubmission = z.infer<typeof viewSubmissionPayload>;

/**
 * The view submission in `body`; when it does not parse, null after saying so beside the form's block
 * `block` (the form stays open, so the person can try again).
 */
export async function submissionOrRefuse(
  body: unknown,
  ack: (response: { response_action: 'errors'; errors: Record<string, string> }) => Promise<void>,
  block: string,
  locale: Locale = 'en',
): Promise<ViewSubmission | null> {
  const parsed = viewSubmissionPayload.safeParse(body);
  if (parsed.success) return parsed.data;
  await ack({ response_action: 'errors', errors: { [block]: localise(t('adapter.slack.unreadableForm'), locale) } });
  return null;
}

const someone = z.object({ team: z.object({ id: z.string().min(1) }), user: z.object({ id: z.string().min(1) }) });
const someoneFlat = z.object({ team_id: z.string().min(1), user_id: z.string().min(1) });

/** Who sent a payload that may not parse as a whole (to answer them in their language), or null. */
export function senderOf(body: unknown): { readonly team: string; readonly user: string } | null {
  const nested = someone.safeParse(body);
  if (nested.success) return { team: nested.data.team.id, user: nested.data.user.id };
  const flat = someoneFlat.safeParse(body);
  return flat.success ? { team: flat.data.team_id, user: flat.data.user_id } : null;
}

/**
 * Every input's value, keyed by its action id: text as a string, selects as the chosen value, checkboxes
 * as booleans, a date-time as an ISO instant, people as Slack user ids (the caller builds refs).
 */
export function formValues(submission: ViewSubmission): Record<string, string | boolean | readonly string[] | undefined> {
  const out: Record<string, string | boolean | readonly string[] | undefined> = {};
  for (const block of Object.values(submission.view.state.values)) {
    for (const [id, v] of Object.entries(block)) {
      if (v.type === 'checkboxes') out[id] = (v.selected_options ?? []).length > 0;
      else if (v.type === 'multi_users_select') out[id] = v.selected_users ?? [];
      else if (v.type === 'datetimepicker') out[id] = v.selected_date_time == null ? undefined : new Date(v.selected_date_time * 1000).toISOString();
      else if (v.type === 'users_select') out[id] = v.selected_user ?? undefined;
      else out[id] = v.value ?? v.selected_option?.value ?? v.selected_conversation ?? v.selected_channel ?? undefined;
    }
  }
  return out;
}

export const messageEvent = z.object({
  type: z.literal('message'),
  channel: z.string().min(1),
  channel_type: z.enum(['im', 'mpim', 'channel', 'group']),
  user: z.string().min(1),
  text: z.string(),
  ts: z.string(),
  subtype: z.undefined().optional(),
  bot_id: z.undefined().optional(),
});

export const eventEnvelope = z.object({ team_id: z.string().min(1), event_id: z.string().min(1) });
