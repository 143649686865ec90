/** Slash commands' names, descriptions and choices on Discord (Discord's name_localizations / description_localizations): Spanish (every key of ./en.ts). */
import type { AreaTranslation } from '../def.js';
import type { commandsEn } from './en.js';

export const commandsEs: AreaTranslation<typeof commandsEn> = {};
