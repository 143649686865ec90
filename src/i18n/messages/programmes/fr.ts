/** The programme engine, StRaW and mentoring: French (every key of ./en.ts). */
import type { AreaTranslation } from '../def.js';
import type { programmesEn } from './en.js';

export const programmesFr: AreaTranslation<typeof programmesEn> = {};
