/**
 * The future actions core schedules, as rows of the jobs table. Each builder fixes the kind, the payload
 * (ids only, never content) and the idempotency key, so scheduling the same thing twice makes one job.
 * The scheduler's handlers (src/scheduler/jobs/) read the same payloads.
 */
import { z } from 'zod';
import type { NewJob } from '../db/queries/jobs.js';

export const jobPayloads = {
  /** A new request's offer card (held and run at once by the process that saved the request). */
  'post-offer': z.object({ requestId: z.uuid() }),
  /** An accepted request's space and introductions (held and run at once by the accepting process). */
  'open-space': z.object({ sessionId: z.uuid() }),
  escalate: z.object({ requestId: z.uuid(), step: z.number().int().min(0) }),
  'check-in': z.object({ sessionId: z.uuid() }),
  'duty-timeout': z.object({ volunteerId: z.uuid(), since: z.iso.datetime() }),
  'duty-off': z.object({ volunteerId: z.uuid(), since: z.iso.datetime() }),
  'training-reminder': z.object({ volunteerId: z.uuid(), validUntil: z.iso.date() }),
  'training-expired': z.object({ volunteerId: z.uuid(), validUntil: z.iso.date() }),
  debrief: z.object({ sessionId: z.uuid() }),
  'retention-purge': z.object({ day: z.iso.date() }),
  /** A reminder to the TRiM managers that an incident's planning meeting is due, or overdue. */
  'trim-planning': z.object({ incidentId: z.uuid(), reminder: z.enum(['due', 'overdue']) }),
  /** A reminder to a case's practitioner (and, when overdue, the managers) that an assessment is due. */
  'trim-assessment': z.object({ caseId: z.uuid(), stage: z.enum(['initial', 'follow-up']), reminder: z.enum(['due', 'overdue']) }),
} as const;

export type JobKind = keyof typeof jobPayloads;
export type JobPayload<K extends JobKind> = z.infer<(typeof jobPayloads)[K]>;

export function job<K extends JobKind>(kind: K, payload: JobPayload<K>, dueAt: Date, key: string, communityId: string | null): NewJob {
  return { kind, payload, dueAt, key: `${kind}:${key}`, communityId };
}

/** How long a volunteer has to confirm they are still on duty before they are taken off, in minutes. */
export const DUTY_CONFIRM_MINUTES = 15;
/** How long before training expires the volunteer is reminded, in days. */
export const TRAINING_REMINDER_DAYS = 30;
