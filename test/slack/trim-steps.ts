/** What a TRiM practitioner does in Slack, as signed requests to the real Bolt app, read back from the fake. */
import { expect } from 'vitest';
import type { SlackHarness } from './harness.js';
import { click, command, submit } from '../fakes/slack/index.js';

export interface OpenedForm {
  readonly callbackId: string;
  readonly metadata: string;
  readonly blocks: Record<string, unknown>[];
}

let rid = 0;

/** Runs a `/peer …` command and returns the private reply's text and blocks as one string. */
export async function peer(h: SlackHarness, team: string, user: string, text: string): Promise<string> {
  const id = `trim-r${(rid += 1)}`;
  const res = await h.send(command(team, user, 'C0GENERAL', text, h.fake.responseUrl(id)));
  expect(res.status).toBe(200);
  const [reply] = await h.fake.waitFor(() => (h.fake.responsesFor(id).length > 0 ? h.fake.responsesFor(id) : null));
  expect(reply).toMatchObject({ response_type: 'ephemeral' });
  return `${String(reply!['text'])}\n${JSON.stringify(reply!['blocks'])}`;
}

const asForm = (view: Record<string, unknown>): OpenedForm => ({
  callbackId: String(view['callback_id']),
  metadata: typeof view['private_metadata'] === 'string' ? view['private_metadata'] : '',
  blocks: (view['blocks'] as Record<string, unknown>[] | undefined) ?? [],
});

/** Waits for the bot to open a modal (views.open) after `trigger`, and returns it. */
export async function formOpenedBy(h: SlackHarness, trigger: () => Promise<unknown>): Promise<OpenedForm> {
  const before = h.fake.callsTo('views.open').length;
  await trigger();
  const call = await h.fake.waitFor(() => h.fake.callsTo('views.open')[before]);
  return asForm(call.args['view'] as Record<string, unknown>);
}

export function openByCommand(h: SlackHarness, team: string, user: string, text: string): Promise<OpenedForm> {
  return formOpenedBy(h, () => h.send(command(team, user, 'C0GENERAL', text, h.fake.responseUrl(`trim-f${(rid += 1)}`))));
}

/** Presses a button in a DM and returns the private reply's text. */
export async function press(h: SlackHarness, team: string, user: string, actionId: string): Promise<string> {
  const id = `trim-p${(rid += 1)}`;
  expect((await h.send(click(team, user, actionId, h.fake.responseUrl(id), 'D0ANY'))).status).toBe(200);
  const [reply] = await h.fake.waitFor(() => (h.fake.responsesFor(id).length > 0 ? h.fake.responsesFor(id) : null));
  return `${String(reply!['text'])}
${JSON.stringify(reply!['blocks'])}`;
}

export function openByButton(h: SlackHarness, team: string, user: string, actionId: string): Promise<OpenedForm> {
  return formOpenedBy(h, () => h.send(click(team, user, actionId, h.fake.responseUrl(`trim-b${(rid += 1)}`), 'D0ANY')));
}

export type Answer = Record<string, unknown>;
export const text = (value: string): Answer => ({ type: 'plain_text_input', value });
export const choice = (value: string): Answer => ({ type: 'static_select', selected_option: { value } });
export const person = (id: string): Answer => ({ type: 'users_select', selected_user: id });
export const people = (ids: readonly string[]): Answer => ({ type: 'multi_users_select', selected_users: ids });
export const when = (at: Date): Answer => ({ type: 'datetimepicker', selected_date_time: Math.floor(at.getTime() / 1000) });

/** Submits a form step; returns what Bolt answered Slack (`{}` when the modal simply closes). */
export async function submitForm(h: SlackHarness, team: string, user: string, form: OpenedForm, answers: Record<string, Answer>): Promise<Record<string, unknown>> {
  const values = Object.fromEntries(Object.entries(answers).map(([id, v]) => [id, { [id]: v }]));
  const res = await h.send(submit(team, user, form.callbackId, values, form.metadata));
  expect(res.status).toBe(200);
  return res.text === '' ? {} : (JSON.parse(res.text) as Record<string, unknown>);
}

/** The next step of a form, from a submission answered with `response_action: update`. */
export function nextForm(answer: Record<string, unknown>): OpenedForm {
  expect(answer['response_action']).toBe('update');
  return asForm(answer['view'] as Record<string, unknown>);
}

/** The action id `wanted` if a bot message in `channel` whose text includes `including` carries it as a button, else ''. */
export function buttonIn(h: SlackHarness, channel: string, including: string, wanted: string): string {
  const found = h.fake.messages.some((m) => m.channel === channel && m.text.includes(including) && JSON.stringify(m.blocks).includes(`"action_id":"${wanted}"`));
  return found ? wanted : '';
}
