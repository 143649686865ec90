/**
 * Key rotation for TRiM notes and the other programmes' (StRaW, …), which share the key: every stored note is read (with the current key or the previous one)
 * and written again under the current key. Notes neither key opens are left as they are and counted,
 * so the operator knows before the previous key is thrown away. Each community hears of it in its
 * audit log (counts only). Safe to run twice, and beside a running bot on PostgreSQL: a note is
 * replaced only if it has not changed since it was read.
 */
import type { Db } from '../../db/client.js';
import { audit } from '../../db/queries/audit.js';
import { notesAfter, programmeNotesAfter, replaceNotesCiphertext, replaceProgrammeNotesCiphertext, type StoredNote } from '../../db/queries/trim-notes.js';
import type { Clock } from '../ports.js';
import type { NotesCipher } from './notes-cipher.js';

/** Notes read per round trip. */
const PAGE = 200;
/** Who the audit log names for a rotation run from the command line. */
export const REKEY_ACTOR = 'peerline:trim-rekey';

/** Where notes are stored: TRiM's assessments, then the other programmes' steps. */
const SOURCES: readonly { after: (db: Db, afterId: string | null, limit: number) => Promise<StoredNote[]>; replace: (db: Db, id: string, from: string, to: string) => Promise<boolean> }[] = [
  { after: notesAfter, replace: replaceNotesCiphertext },
  { after: programmeNotesAfter, replace: replaceProgrammeNotesCiphertext },
];

/** How many notes a run re-encrypted, found already under the current key, and could not read. */
export interface RekeyCounts {
  reEncrypted: number;
  alreadyCurrent: number;
  unreadable: number;
}

export async function rekeyTrimNotes(deps: { readonly db: Db; readonly clock: Clock }, cipher: NotesCipher): Promise<RekeyCounts> {
  const total: RekeyCounts = { reEncrypted: 0, alreadyCurrent: 0, unreadable: 0 };
  const perCommunity = new Map<string, RekeyCounts>();
  for (const source of SOURCES) {
    for (let after: string | null = null; ; ) {
      const page = await source.after(deps.db, after, PAGE);
      if (page.length === 0) break;
      for (const note of page) {
        const counts = perCommunity.get(note.communityId) ?? { reEncrypted: 0, alreadyCurrent: 0, unreadable: 0 };
        perCommunity.set(note.communityId, counts);
        const r = cipher.rekey(note.ciphertext, note.id);
        // Changed or gone since it was read (another rekey run got there first, or the record was removed): nothing left to do.
        const outcome = r.state !== 're-encrypted' ? r.state : (await source.replace(deps.db, note.id, note.ciphertext, r.stored)) ? 're-encrypted' : 'current';
        const key = outcome === 're-encrypted' ? 'reEncrypted' : outcome === 'current' ? 'alreadyCurrent' : 'unreadable';
        counts[key] += 1;
        total[key] += 1;
      }
      after = page[page.length - 1]!.id;
    }
  }
  const at = deps.clock();
  for (const [communityId, counts] of perCommunity) {
    await audit(deps.db, { communityId, actorRef: REKEY_ACTOR, action: 'trim.notes.rekeyed', detail: { ...counts, keyId: cipher.keyId }, at });
  }
  return total;
}
