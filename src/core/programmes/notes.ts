/**
 * Free-text notes for any programme: stored only as AES-256-GCM ciphertext bound to the row they belong
 * to (PEERLINE_TRIM_KEY, the one notes key). Without a key, notes are refused, never stored in clear.
 */
import { t, type Text } from '../../i18n/index.js';
import type { CoreDeps } from '../deps.js';
import { fail, ok, type Result } from '../result.js';

export const PROGRAMME_NOTES_MAX = 2000;

/** The ciphertext to store for `notes` (null: no notes), or a refusal when there is no key or it is too long. */
export function sealNote(deps: Pick<CoreDeps, 'trimNotes'>, notes: string | undefined, boundTo: string, field = 'notes'): Result<string | null> {
  const text = notes?.trim();
  if (text === undefined || text === '') return ok(null);
  if (deps.trimNotes === undefined) return fail('bad-input', { id: 'notes-key-missing' }, field);
  if (text.length > PROGRAMME_NOTES_MAX) return fail('bad-input', { id: 'invalid', path: field, message: t('checks.notes.max', { max: String(PROGRAMME_NOTES_MAX) }) }, field);
  return ok(deps.trimNotes.encrypt(text, boundTo));
}

/** What a stored note reads as: the text, a line saying it cannot be read with the key held, or null for none. */
export function openNote(deps: Pick<CoreDeps, 'trimNotes'>, stored: string | null, boundTo: string): Text | null {
  if (stored === null) return null;
  return deps.trimNotes?.decrypt(stored, boundTo) ?? t('programme.note.unreadable');
}
