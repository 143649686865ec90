/**
 * Member-written text (a request's topic and note) made safe to show to volunteers: characters that
 * change how text around them is displayed, or that cannot be stored, are removed before anything
 * else sees the text.
 *
 * - Bidirectional controls (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates, U+200E/U+200F
 *   and U+061C marks): a right-to-left override makes the rest of a card read backwards ("Trojan Source").
 * - Invisible characters with no place in a note: zero-width space U+200B, word joiner and invisible
 *   operators U+2060–U+2064, deprecated format controls U+206A–U+206F, U+FEFF, U+180E.
 * - Zero-width joiners U+200C/U+200D are kept where scripts and emoji need them (one, between two visible
 *   characters: Persian ZWNJ, emoji sequences) and removed elsewhere (leading, trailing, next to spaces,
 *   or repeated), where they only hide or pad text.
 * - Control characters other than tab and newline: NUL cannot be stored in PostgreSQL `text`, and the
 *   others have no visible meaning.
 */

const FORMATTING = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B\u2060-\u2064\u206A-\u206F\uFEFF\u180E]/g;
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const JOINER_RUN = /[\u200C\u200D]+/g;

/** The text without display-changing, invisible and control characters (see the module comment). */
export function plainText(text: string): string {
  const stripped = text.replace(FORMATTING, '').replace(CONTROLS, '').replace(/\r\n?/g, '\n');
  return stripped.replace(JOINER_RUN, (run, offset: number, whole: string) => {
    const before = whole[offset - 1];
    const after = whole[offset + run.length];
    const visible = (c: string | undefined) => c !== undefined && !/\s/u.test(c);
    return visible(before) && visible(after) ? run[0]! : '';
  });
}
