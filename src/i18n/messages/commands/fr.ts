/** Slash commands' names, descriptions and choices on Discord (Discord's name_localizations / description_localizations): French (every key of ./en.ts). */
import type { AreaTranslation } from '../def.js';
import type { commandsEn } from './en.js';

export const commandsFr: AreaTranslation<typeof commandsEn> = {};
