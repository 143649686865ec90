/** The web pages: dashboard and playground: German (every key of ./en.ts). */
import type { AreaTranslation } from '../def.js';
import type { webEn } from './en.js';

export const webDe: AreaTranslation<typeof webEn> = {};
