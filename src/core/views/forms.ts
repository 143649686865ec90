/** Forms core offers to every adapter, and the parsing of what comes back from them. */
import { z } from 'zod';
import { parseInput } from '../guards.js';
import { fail, ok, type Result } from '../result.js';
import { NOTE_MAX, type RequestListenerInput } from '../queue-request.js';
import type { CommunitySettings } from '../settings.js';
import type { FormView } from './types.js';

export const LISTEN_FORM_ID = 'pl:form:listen';

export function listenForm(settings: Pick<CommunitySettings, 'topics' | 'checkInOffsetsHours'>): FormView {
  return {
    id: LISTEN_FORM_ID,
    title: 'Talk to a listener',
    submitLabel: 'Ask for a listener',
    fields: [
      { kind: 'select', id: 'topic', label: 'What would you like to talk about?', options: settings.topics.map((t) => ({ value: t, label: t })) },
      {
        kind: 'text',
        id: 'note',
        label: 'Anything the listener should know first? (optional)',
        maxLength: NOTE_MAX,
        multiline: true,
        required: false,
        hint: `Up to ${NOTE_MAX} characters. It is deleted when your request ends.`,
      },
      { kind: 'checkbox', id: 'anonymous', label: 'Anonymity', hint: 'Stay anonymous: the listener will not see who you are' },
      { kind: 'checkbox', id: 'private_note', label: 'Note', hint: 'Show my note only to the listener who accepts, not on the request card' },
      {
        kind: 'select',
        id: 'check_in',
        label: 'Would you like a check-in afterwards?',
        options: [{ value: 'ask', label: 'Ask me at the end' }, ...settings.checkInOffsetsHours.map((h) => ({ value: String(h), label: `Yes, after ${h} hours` }))],
        initial: 'ask',
      },
    ],
  };
}

const listenValues = z.object({
  topic: z.string().optional(),
  note: z.string().optional(),
  anonymous: z.boolean().optional(),
  private_note: z.boolean().optional(),
  check_in: z.string().optional(),
});

/**
 * Turns submitted values (already decoded by the adapter: strings and booleans) into request input;
 * values of the wrong shape (a crafted post) are `bad-input`, with the field they are in.
 */
export function parseListenForm(raw: unknown): Result<RequestListenerInput> {
  const parsed = parseInput(listenValues, raw);
  if (!parsed.ok) return parsed.error.reason?.id === 'invalid' && parsed.error.reason.path !== '' ? fail('bad-input', parsed.error.reason, parsed.error.reason.path) : parsed;
  const v = parsed.value;
  const hours = v.check_in === undefined || v.check_in === 'ask' ? null : Number(v.check_in);
  return ok({
    ...(v.topic === undefined ? {} : { topic: v.topic }),
    ...(v.note === undefined || v.note.trim() === '' ? {} : { note: v.note }),
    anonymous: v.anonymous === true,
    shareNote: v.private_note !== true,
    ...(hours === null || Number.isNaN(hours) ? {} : { checkInHours: hours }),
  });
}
