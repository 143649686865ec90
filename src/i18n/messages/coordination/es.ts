/** Volunteers and coordinators: volunteer-channel cards and alerts, escalation, settings, setup, stats: Spanish (every key of ./en.ts). */
import type { AreaTranslation } from '../def.js';
import type { coordinationEn } from './en.js';

export const coordinationEs: AreaTranslation<typeof coordinationEn> = {};
