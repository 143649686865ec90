/** TRiM: incidents, cases, assessments, the TRiM commands and page: German (every key of ./en.ts). */
import type { AreaTranslation } from '../def.js';
import type { trimEn } from './en.js';

export const trimDe: AreaTranslation<typeof trimEn> = {};
