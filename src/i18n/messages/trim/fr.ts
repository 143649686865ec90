/** TRiM: incidents, cases, assessments, the TRiM commands and page: French (every key of ./en.ts). */
import type { AreaTranslation } from '../def.js';
import type { trimEn } from './en.js';

export const trimFr: AreaTranslation<typeof trimEn> = {};
