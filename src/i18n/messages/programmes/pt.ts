/** The programme engine, StRaW and mentoring: Portuguese (every key of ./en.ts). */
import type { AreaTranslation } from '../def.js';
import type { programmesEn } from './en.js';

export const programmesPt: AreaTranslation<typeof programmesEn> = {};
