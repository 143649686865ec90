/**
 * A member asks for a listener. The request is queued (one open request per member, enforced by the
 * database), its note is scanned for crisis language which raises its urgency, an offer card goes to
 * the volunteer channel without the member's name, and the escalation ladder is scheduled.
 */
import { z } from 'zod';
import { detectMessage, tierRank, type Detection } from '../../crisis/index.js';
import { audit } from '../../db/queries/audit.js';
import { scheduleJobs } from '../../db/queries/jobs.js';
import { isUniqueViolation, queuePosition, type RequestRow } from '../../db/queries/requests.js';
import { onDutyVolunteers } from '../../db/queries/volunteers.js';
import { supportRequests } from '../../db/schema.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { loadCommunity, parseInput } from '../guards.js';
import { postOffer } from '../offers.js';
import { job } from '../jobs.js';
import { fail, ok, type Result } from '../result.js';
import { addMinutes, localDate } from '../time.js';
import { queuedView, type Urgency } from '../views/requests.js';
import type { View } from '../views/types.js';
import { recordCrisis, replyToCrisis, resourcesFor } from './route-crisis.js';

export const NOTE_MAX = 500;

const input = z.object({
  topic: z.string().trim().min(1).max(40).optional(),
  note: z
    .string()
    .trim()
    .max(NOTE_MAX, `Your note is too long: please keep it to ${NOTE_MAX} characters. Nothing was saved.`)
    .optional(),
  anonymous: z.boolean().default(false),
  /** Whether the note may be shown on the offer card in the volunteer channel. */
  shareNote: z.boolean().default(true),
  checkInHours: z.number().int().min(1).max(24 * 14).nullable().optional(),
  /** Set by the "talk to a listener now" button after a crisis reply. */
  urgency: z.enum(['routine', 'crisis']).default('routine'),
  preferredVolunteerId: z.uuid().optional(),
});
export type RequestListenerInput = z.input<typeof input>;

export interface RequestListenerOutcome {
  readonly view: View;
  readonly requestId: string;
}

export async function requestListener(deps: CoreDeps, actor: Actor, raw: RequestListenerInput): Promise<Result<RequestListenerOutcome>> {
  const parsed = parseInput(input, raw);
  if (!parsed.ok) return parsed;
  const community = await loadCommunity(deps, actor);
  if (!community.ok) return community;
  const { settings } = community.value;
  if (settings.volunteerChannel === null) {
    return fail('conflict', 'This community has no volunteer channel yet, so nobody would see your request. Please tell a coordinator.');
  }
  const req = parsed.value;
  const topic = req.topic === undefined ? settings.topics[settings.topics.length - 1]! : req.topic.toLowerCase();
  if (!settings.topics.includes(topic)) return fail('bad-input', `Pick one of these topics: ${settings.topics.join(', ')}.`);
  const note = req.note === undefined || req.note.length === 0 ? null : req.note;

  const detection: Detection = note === null ? { tier: 'none', rules: [] } : detectMessage(note);
  const urgency: Urgency =
    req.urgency === 'crisis' || tierRank(detection.tier) >= tierRank('high') ? 'crisis' : detection.tier === 'elevated' ? 'urgent' : 'routine';

  // The crisis reply goes out before any database work, so an outage cannot hold it back.
  const crisisContext = { community: actor.community, person: actor.user, source: 'note' as const };
  const reply = await replyToCrisis(deps, crisisContext, detection);

  const now = deps.clock();
  let request: RequestRow;
  try {
    request = await deps.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(supportRequests)
        .values({
          communityId: community.value.id,
          memberRef: actor.user,
          topic,
          note,
          shareNote: req.shareNote,
          urgency,
          anonymous: req.anonymous,
          checkInHours: req.checkInHours ?? null,
          preferredVolunteerId: req.preferredVolunteerId ?? null,
          createdAt: now,
        })
        .returning();
      if (row === undefined) throw new Error('insert returned no row');
      const ladder = urgency === 'crisis' ? settings.escalation.crisis : settings.escalation.routine;
      await scheduleJobs(
        tx,
        ladder.map((step, index) => job('escalate', { requestId: row.id, step: index }, addMinutes(now, step.afterMinutes), `${row.id}:${index}`, community.value.id)),
        now,
      );
      await audit(tx, {
        communityId: community.value.id,
        actorRef: actor.user,
        action: 'request.created',
        detail: { request: row.id, urgency, anonymous: req.anonymous, hasNote: note !== null },
        at: now,
      });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail('already-open');
    throw error;
  }

  const offerRef = await postOffer(deps, community.value, request, now);
  await recordCrisis(
    deps,
    { ...crisisContext, requestId: request.id, ...(offerRef === null ? {} : { message: offerRef }) },
    detection,
    reply,
  );
  const [position, onDuty] = await Promise.all([
    queuePosition(deps.db, request),
    onDutyVolunteers(deps.db, community.value.id, localDate(now, settings.timeZone)),
  ]);
  return ok({
    requestId: request.id,
    view: queuedView({
      requestId: request.id,
      position,
      onDuty: onDuty.filter((v) => v.userRef !== actor.user).length,
      urgency,
      resources: resourcesFor(deps, community.value),
    }),
  });
}
