/** Replies, errors and help: command replies, errors, /peer-help and every command's help text: the English source (see ../en.ts for how the catalogue is put together). */
import type { Messages } from '../def.js';

// Messages with parameters: `'x.y': def<{ n: number }>('…')` (import `def` from '../def.js', `Text` from '../en.js').
export const repliesEn = {} satisfies Messages;
