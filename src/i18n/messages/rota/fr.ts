/** The rota: shifts, swaps, coverage, the rota commands and views: French (every key of ./en.ts). */
import type { AreaTranslation } from '../def.js';
import type { rotaEn } from './en.js';

export const rotaFr: AreaTranslation<typeof rotaEn> = {};
