/**
 * A member asks for a listener. The request is queued (one open request per member, enforced by the
 * database), its note is scanned for crisis language which raises its urgency, an offer card goes to
 * the volunteer channel without the member's name, and the escalation ladder is scheduled. The card is
 * a job saved with the request and run at once (core/held-job.ts), so a crash between the two still
 * posts exactly one card — and then the member is answered by DM.
 */
import { z } from 'zod';
import { detectMessage, tierRank, type Detection } from '../../crisis/index.js';
import { audit } from '../../db/queries/audit.js';
import { scheduleJobs } from '../../db/queries/jobs.js';
import { isUniqueViolation, saveNote, type RequestRow } from '../../db/queries/requests.js';
import type { JobRow } from '../../db/queries/jobs.js';
import { supportRequests } from '../../db/schema.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { loadCommunity, parseInput } from '../guards.js';
import { holdNewJob } from '../held-job.js';
import { answerWithOffer, offerJob, queuedReply, startOffer } from '../offers.js';
import { job } from '../jobs.js';
import { fail, ok, type Result } from '../result.js';
import { addMinutes } from '../time.js';
import type { Urgency } from '../views/requests.js';
import type { View } from '../views/types.js';
import { recordCrisis, replyToCrisis, type CrisisContext } from './route-crisis.js';
import { plainText } from '../plain-text.js';

export const NOTE_MAX = 500;

const input = z.object({
  // Member-written: display-changing and unstorable characters go before anything sees it (plain-text.ts).
  topic: z.string().transform(plainText).pipe(z.string().trim().min(1).max(40)).optional(),
  note: z
    .string()
    .transform(plainText)
    .pipe(z.string().trim().max(NOTE_MAX, `Your note is too long: please keep it to ${NOTE_MAX} characters. Nothing was saved.`))
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
  const req = parsed.value;
  const note = req.note === undefined || req.note.length === 0 ? null : req.note;
  const detection: Detection = note === null ? { tier: 'none', rules: [] } : detectMessage(note);
  const urgency: Urgency =
    req.urgency === 'crisis' || tierRank(detection.tier) >= tierRank('high') ? 'crisis' : detection.tier === 'elevated' ? 'urgent' : 'routine';

  // The crisis reply goes out before any database work — even loading the community — so an outage
  // cannot hold it back or turn it into an error message (invariant 2).
  const crisisContext = { community: actor.community, person: actor.user, source: 'note' as const };
  const reply = await replyToCrisis(deps, crisisContext, detection);
  // Whatever happens to the request (already open, no volunteer channel, the database down), a crisis
  // in the note is recorded and the coordinators are alerted — with the request when there is one.
  let recorded = false;
  const record = async (about: Partial<CrisisContext>) => {
    recorded = true;
    await recordCrisis(deps, { ...crisisContext, ...about }, detection, reply);
  };
  try {
    return await queueRequest(deps, actor, { req, note, urgency, record });
  } finally {
    if (!recorded) await record({});
  }
}

async function queueRequest(
  deps: CoreDeps,
  actor: Actor,
  { req, note, urgency, record }: { req: z.output<typeof input>; note: string | null; urgency: Urgency; record: (about: Partial<CrisisContext>) => Promise<void> },
): Promise<Result<RequestListenerOutcome>> {
  const community = await loadCommunity(deps, actor);
  if (!community.ok) return community;
  const { settings } = community.value;
  if (settings.volunteerChannel === null) {
    return fail('conflict', { id: 'no-volunteer-channel' });
  }
  const topic = req.topic === undefined ? settings.topics[settings.topics.length - 1]! : req.topic.toLowerCase();
  if (!settings.topics.includes(topic)) return fail('bad-input', { id: 'unknown-topic', topics: settings.topics });

  const now = deps.clock();
  let request: RequestRow;
  let held: JobRow | null;
  try {
    [request, held] = await deps.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(supportRequests)
        .values({
          communityId: community.value.id,
          memberRef: actor.user,
          topic,
          shareNote: req.shareNote,
          urgency,
          anonymous: req.anonymous,
          checkInHours: req.checkInHours ?? null,
          preferredVolunteerId: req.preferredVolunteerId ?? null,
          createdAt: now,
        })
        .returning();
      if (row === undefined) throw new Error('insert returned no row');
      if (note !== null) await saveNote(tx, row.id, note);
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
      return [row, await holdNewJob(tx, offerJob(row.id, community.value.id, now), now)] as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail('already-open');
    throw error;
  }

  const offer = await startOffer(deps, held, request.id, now);
  await record({ requestId: request.id, ...(offer.ref === null ? {} : { message: offer.ref }) });
  const view = await answerWithOffer(deps, offer, now, () => queuedReply(deps, community.value, request, actor.user, now));
  return ok({ requestId: request.id, view });
}
