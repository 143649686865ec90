/** The web pages: dashboard and playground: French (every key of ./en.ts). */
import type { AreaTranslation } from '../def.js';
import type { webEn } from './en.js';

export const webFr: AreaTranslation<typeof webEn> = {};
