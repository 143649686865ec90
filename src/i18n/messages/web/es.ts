/** The web pages: dashboard and playground: Spanish (every key of ./en.ts). */
import type { AreaTranslation } from '../def.js';
import type { webEn } from './en.js';

export const webEs: AreaTranslation<typeof webEn> = {};
