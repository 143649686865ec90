/** The programme engine, StRaW and mentoring: Spanish (every key of ./en.ts). */
import type { AreaTranslation } from '../def.js';
import type { programmesEn } from './en.js';

export const programmesEs: AreaTranslation<typeof programmesEn> = {};
