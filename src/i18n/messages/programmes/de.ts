/** The programme engine, StRaW and mentoring: German (every key of ./en.ts). */
import type { AreaTranslation } from '../def.js';
import type { programmesEn } from './en.js';

export const programmesDe: AreaTranslation<typeof programmesEn> = {};
