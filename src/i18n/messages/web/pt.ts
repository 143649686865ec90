/** The web pages: dashboard and playground: Portuguese (every key of ./en.ts). */
import type { AreaTranslation } from '../def.js';
import type { webEn } from './en.js';

export const webPt: AreaTranslation<typeof webEn> = {};
