/** The rota: shifts, swaps, coverage, the rota commands and views: Portuguese (every key of ./en.ts). */
import type { AreaTranslation } from '../def.js';
import type { rotaEn } from './en.js';

export const rotaPt: AreaTranslation<typeof rotaEn> = {};
