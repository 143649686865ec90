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
  /**
   * A step of the community's escalation ladder (`step`), or, for a crisis request, one round of the
   * escalation that follows the ladder every 10 minutes until someone accepts (`round`, from 1).
   */
  escalate: z.object({ requestId: z.uuid(), step: z.number().int().min(0), round: z.number().int().min(1).optional() }),
  'check-in': z.object({ sessionId: z.uuid() }),
  'duty-timeout': z.object({ volunteerId: z.uuid(), since: z.iso.datetime() }),
  /** `ask` counts the times a volunteer was kept on duty past the confirmation because a crisis request waited. */
  'duty-off': z.object({ volunteerId: z.uuid(), since: z.iso.datetime(), ask: z.number().int().min(1).optional() }),
  /** The coordinators are told that nobody is on duty while requests wait; one per shift that left duty empty. */
  'duty-dropped': z.object({ volunteerId: z.uuid(), since: z.iso.datetime() }),
  'training-reminder': z.object({ volunteerId: z.uuid(), validUntil: z.iso.date() }),
  'training-expired': z.object({ volunteerId: z.uuid(), validUntil: z.iso.date() }),
  debrief: z.object({ sessionId: z.uuid() }),
  /**
   * After an imminent-risk reply: if the person has not answered by then, the bot speaks again and the
   * response is raised. Cancelled by any answer. `place` is the conversation's place key (refs only).
   */
  'crisis-silence': z.object({ eventId: z.uuid(), lang: z.enum(['en', 'es', 'pt', 'fr', 'de']), place: z.string().min(1).max(300), channel: z.string().min(1).max(300).optional() }),
  'retention-purge': z.object({ day: z.iso.date() }),
  /** A reminder to the TRiM managers that an incident's planning meeting is due, or overdue. */
  'trim-planning': z.object({ incidentId: z.uuid(), reminder: z.enum(['due', 'overdue']) }),
  /** A reminder to a case's practitioner (and, when overdue, the managers) that an assessment is due. */
  'trim-assessment': z.object({ caseId: z.uuid(), stage: z.enum(['initial', 'follow-up']), reminder: z.enum(['due', 'overdue']) }),
  /** A programme step's reminder (StRaW, mentoring, …): to its practitioner, or the managers; `overdue` tells the managers too. */
  'programme-step': z.object({ programme: z.string().min(1).max(40), caseId: z.uuid(), stepId: z.uuid(), reminder: z.enum(['due', 'overdue']) }),
  /** A rota shift's reminder to its volunteer: the evening before, or 30 minutes before. */
  'rota-reminder': z.object({ signupId: z.uuid(), volunteerId: z.uuid(), when: z.enum(['evening', 'soon']) }),
  /** A rota shift begins: its volunteer goes on duty. */
  'rota-start': z.object({ signupId: z.uuid(), volunteerId: z.uuid() }),
  /** A rota shift ends: its volunteer goes off duty unless they choose to stay. */
  'rota-end': z.object({ signupId: z.uuid(), volunteerId: z.uuid() }),
  /** A shift offered for a swap: the eligible volunteers are asked. `offeredAt` names the offer. */
  'rota-swap-ask': z.object({ signupId: z.uuid(), offeredAt: z.iso.datetime() }),
  /** 24 hours before an offered shift: the coordinators are told if nobody has taken it. */
  'rota-swap-unfilled': z.object({ signupId: z.uuid(), offeredAt: z.iso.datetime() }),
  /** The hourly check for uncovered busy shifts 48 hours ahead (one chain for every community). */
  'rota-coverage': z.object({ hour: z.iso.datetime() }),
  /** A mentoring pair's prompt to meet, due at `dueAt` (the pair's `nextPromptAt` then): both are told privately. */
  'mentor-prompt': z.object({ pairId: z.uuid(), dueAt: z.iso.datetime() }),
  /** The end of a mentoring pair's chosen period (`endsOn`, as booked): the pair ends and the mentee is asked about feedback. */
  'mentor-period-end': z.object({ pairId: z.uuid(), endsOn: z.iso.date() }),
} as const;

export type JobKind = keyof typeof jobPayloads;
export type JobPayload<K extends JobKind> = z.infer<(typeof jobPayloads)[K]>;

export function job<K extends JobKind>(kind: K, payload: JobPayload<K>, dueAt: Date, key: string, communityId: string | null): NewJob {
  return { kind, payload, dueAt, key: `${kind}:${key}`, communityId };
}

/** Minutes without an answer after an imminent-risk reply before the response is raised. */
export const CRISIS_SILENCE_MINUTES = 10;
/** How long a volunteer has to confirm they are still on duty before they are taken off, in minutes. */
export const DUTY_CONFIRM_MINUTES = 15;
/** How long a volunteer kept on duty for a waiting crisis request is left before being asked again, in minutes. */
export const DUTY_REASK_MINUTES = 30;
/** How long before training expires the volunteer is reminded, in days. */
export const TRAINING_REMINDER_DAYS = 30;
