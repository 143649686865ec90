/** Forms core offers to every adapter, and the parsing of what comes back from them. */
import { z } from 'zod';
import { parseInput } from '../guards.js';
import { fail, ok, type Result } from '../result.js';
import { NOTE_MAX, type RequestListenerInput } from '../queue-request.js';
import type { CommunitySettings } from '../settings.js';
import { t } from '../../i18n/index.js';
import type { TextForm } from './types.js';

export const LISTEN_FORM_ID = 'pl:form:listen';

/** The /listen form; the topics are the community's own words, shown as they were written. */
export function listenForm(settings: Pick<CommunitySettings, 'topics' | 'checkInOffsetsHours'>): TextForm {
  return {
    id: LISTEN_FORM_ID,
    title: t('listen.form.title'),
    submitLabel: t('listen.form.submit'),
    fields: [
      { kind: 'select', id: 'topic', label: t('listen.form.topic'), options: settings.topics.map((topic) => ({ value: topic, label: topic })) },
      {
        kind: 'text',
        id: 'note',
        label: t('listen.form.note'),
        maxLength: NOTE_MAX,
        multiline: true,
        required: false,
        hint: t('listen.form.noteHint', { max: NOTE_MAX }),
      },
      { kind: 'checkbox', id: 'anonymous', label: t('listen.form.anonymity'), hint: t('listen.form.anonymousHint') },
      { kind: 'checkbox', id: 'private_note', label: t('listen.form.privateNote'), hint: t('listen.form.privateNoteHint') },
      {
        kind: 'select',
        id: 'check_in',
        label: t('listen.form.checkIn'),
        options: [{ value: 'ask', label: t('listen.form.askAtEnd') }, ...settings.checkInOffsetsHours.map((hours) => ({ value: String(hours), label: t('listen.form.after', { hours }) }))],
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
