/** The web pages: dashboard and playground: the English source (see ../en.ts for how the catalogue is put together). */
import type { Messages } from '../def.js';

// Messages with parameters: `'x.y': def<{ n: number }>('…')` (import `def` from '../def.js', `Text` from '../en.js').
export const webEn = {} satisfies Messages;
