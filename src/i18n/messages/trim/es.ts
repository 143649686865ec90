/** TRiM: incidents, cases, assessments, the TRiM commands and page: Spanish (every key of ./en.ts). */
import type { AreaTranslation } from '../def.js';
import type { trimEn } from './en.js';

export const trimEs: AreaTranslation<typeof trimEn> = {};
