/** Replies, errors and help: command replies, errors, /peer-help and every command's help text: German (every key of ./en.ts). */
import type { AreaTranslation } from '../def.js';
import type { repliesEn } from './en.js';

export const repliesDe: AreaTranslation<typeof repliesEn> = {};
