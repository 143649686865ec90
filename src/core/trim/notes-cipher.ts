/** TRiM's notes are sealed with the programmes engine's cipher (one key, PEERLINE_TRIM_KEY, for every programme). */
export { NotesCipher, parseNotesKey, type Rekeyed } from '../programmes/notes-cipher.js';
