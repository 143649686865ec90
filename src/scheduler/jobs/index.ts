import type { JobHandlers } from '../runner.js';
import { checkIn } from './check-in.js';
import { crisisSilence } from './crisis-silence.js';
import { debrief } from './debrief.js';
import { dutyDropped, dutyOff, dutyTimeout } from './duty.js';
import { escalate } from './escalate.js';
import { openSpace } from './open-space.js';
import { mentorPeriodEnd, mentorPrompt } from './mentor.js';
import { postOffer } from './post-offer.js';
import { programmeStep } from './programme.js';
import { retentionPurge } from './retention-purge.js';
import { rotaCoverage, rotaEnd, rotaReminder, rotaStart, rotaSwapAsk, rotaSwapUnfilled } from './rota.js';
import { trainingExpired, trainingReminder } from './training.js';
import { trimAssessment, trimPlanning } from './trim.js';

/** Started by main.ts at start-up; core books the chain (core/use-cases/retention.ts). */
export { ensureDailyJobs } from '../../core/index.js';

/** Every job kind core schedules, and what runs it. The type makes a missing kind a compile error. */
export const handlers: JobHandlers = {
  'post-offer': postOffer,
  'open-space': openSpace,
  escalate,
  'check-in': checkIn,
  'duty-timeout': dutyTimeout,
  'duty-off': dutyOff,
  'duty-dropped': dutyDropped,
  'training-reminder': trainingReminder,
  'training-expired': trainingExpired,
  debrief,
  'crisis-silence': crisisSilence,
  'retention-purge': retentionPurge,
  'trim-planning': trimPlanning,
  'trim-assessment': trimAssessment,
  'programme-step': programmeStep,
  'rota-reminder': rotaReminder,
  'rota-start': rotaStart,
  'rota-end': rotaEnd,
  'rota-swap-ask': rotaSwapAsk,
  'rota-swap-unfilled': rotaSwapUnfilled,
  'rota-coverage': rotaCoverage,
  'mentor-prompt': mentorPrompt,
  'mentor-period-end': mentorPeriodEnd,
};
