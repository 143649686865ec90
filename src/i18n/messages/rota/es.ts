/** The rota: shifts, swaps, coverage, the rota commands and views: Spanish (every key of ./en.ts). */
import type { AreaTranslation } from '../def.js';
import type { rotaEn } from './en.js';

export const rotaEs: AreaTranslation<typeof rotaEn> = {};
