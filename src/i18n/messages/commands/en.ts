/** Slash commands' names, descriptions and choices on Discord (Discord's name_localizations / description_localizations): the English source (see ../en.ts for how the catalogue is put together). */
import type { Messages } from '../def.js';

// Messages with parameters: `'x.y': def<{ n: number }>('…')` (import `def` from '../def.js', `Text` from '../en.js').
export const commandsEn = {} satisfies Messages;
