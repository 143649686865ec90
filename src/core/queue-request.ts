/**
 * Queues a request (one open request per member, enforced by the database), schedules its escalation
 * ladder and posts its offer card through a held job (core/held-job.ts): after the member's answer for a
 * routine request (core/after-answer.ts), before it at crisis urgency. Scanning the note for crisis
 * language is the caller's: `record` is told about the request once it exists.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { MessageId } from '../i18n/index.js';
import { recordEffectSent } from '../db/queries/jobs.js';
import { insertNewRequest, type NewRequestSaved } from '../db/queries/new-request.js';
import { isUniqueViolation, memberRequestTaken } from '../db/queries/requests.js';
import type { Actor } from './actor.js';
import type { CrisisContext } from './crisis-conversation.js';
import type { CoreDeps } from './deps.js';
import { loadCommunity, parseInput } from './guards.js';
import { keepWhileWaiting, newHold } from './held-job.js';
import { answeredKey, cardKey, dutyDay, offerJob, postNewOffer, queuedReply, type CardParts } from './offers.js';
import { errorName } from './error-name.js';
import { answerSent } from './after-answer.js';
import { job } from './jobs.js';
import { fail, ok, type Result } from './result.js';
import { addMinutes } from './time.js';
import type { Urgency } from './views/requests.js';
import type { TextView as View } from './views/types.js';
import { plainText } from './plain-text.js';

export const NOTE_MAX = 500;

export const requestInput = z.object({
  // Member-written: display-changing and unstorable characters go before anything sees it (plain-text.ts).
  topic: z.string().transform(plainText).pipe(z.string().trim().min(1).max(40)).optional(),
  note: z
    .string()
    .transform(plainText)
    // The schema's words are a catalogue id, rendered with the limit in the reader's language (views/errors.ts).
    .pipe(z.string().trim().max(NOTE_MAX, 'error.schema.note-too-long' satisfies MessageId))
    .optional(),
  anonymous: z.boolean().default(false),
  /** Whether the note may be shown on the offer card in the volunteer channel. */
  shareNote: z.boolean().default(true),
  checkInHours: z.number().int().min(1).max(24 * 14).nullable().optional(),
  /** Set by the "talk to a listener now" button after a crisis reply. */
  urgency: z.enum(['routine', 'crisis']).default('routine'),
  preferredVolunteerId: z.uuid().optional(),
});
export type RequestInput = z.output<typeof requestInput>;
export type RequestListenerInput = z.input<typeof requestInput>;

export interface RequestListenerOutcome {
  readonly view: View;
  readonly requestId: string;
}


/**
 * A request at crisis urgency with no note, for crisis routing itself ("talk to a listener now", a
 * crisis request for someone without one): there is no note to scan, so nothing to route again.
 */
export async function queueCrisisRequest(deps: CoreDeps, actor: Actor): Promise<Result<RequestListenerOutcome>> {
  const parsed = parseInput(requestInput, { urgency: 'crisis' });
  if (!parsed.ok) return parsed;
  return queueRequest(deps, actor, { req: parsed.value, note: null, urgency: 'crisis' });
}

export async function queueRequest(
  deps: CoreDeps,
  actor: Actor,
  { req, note, urgency, record }: { req: RequestInput; note: string | null; urgency: Urgency; record?: (about: Partial<CrisisContext>) => Promise<void> },
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
  // A routine request's member is answered before its card goes out; at crisis urgency, or with crisis
  // language in the note, the card goes first (below).
  const answerFirst = urgency !== 'crisis' && record === undefined;
  let saved: NewRequestSaved;
  try {
    // One statement (db/queries/new-request.ts), atomic as a transaction: the request, whose id is made
    // here; its note; the card's job, held by this process, and its effect key recorded `sending`
    // (postNewOffer posts it); the escalation ladder; the audit entry; answered first, the member's answer
    // (the reply to this command, built from what the statement reads); and what the card and the reply
    // need to know — who is on duty, and how many are ahead. A member's second open request fails it.
    const id = randomUUID();
    const ladder = urgency === 'crisis' ? settings.escalation.crisis : settings.escalation.routine;
    const cardJob = offerJob(id, community.value.id, now);
    saved = await insertNewRequest(deps.db, {
      request: {
        id,
        communityId: community.value.id,
        memberRef: actor.user,
        topic,
        shareNote: req.shareNote,
        urgency,
        anonymous: req.anonymous,
        checkInHours: req.checkInHours ?? null,
        preferredVolunteerId: req.preferredVolunteerId ?? null,
        createdAt: now,
      },
      note,
      card: { job: cardJob, ...newHold(now) },
      cardEffect: cardKey(cardJob.key),
      answeredEffect: answerFirst ? answeredKey({ idempotencyKey: cardJob.key }) : null,
      ladder: ladder.map((step, index) => job('escalate', { requestId: id, step: index }, addMinutes(now, step.afterMinutes), `${id}:${index}`, community.value.id)),
      audit: {
        communityId: community.value.id,
        actorRef: actor.user,
        action: 'request.created',
        detail: { request: id, urgency, anonymous: req.anonymous, hasNote: note !== null },
        at: now,
      },
      today: dutyDay(community.value, now),
      now,
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      const taken = await memberRequestTaken(deps.db, { communityId: community.value.id, memberRef: actor.user });
      return fail('already-open', { id: taken ? 'in-session' : 'request-waiting' });
    }
    throw error;
  }

  const { request, held } = saved;
  const parts: CardParts = { community: community.value, request, note: req.shareNote ? note : null, onDuty: saved.onDuty };
  if (!answerFirst) {
    // The card reaches the volunteers without waiting for the answer, and the coordinators' alert can
    // point to it. The member's answer is recorded with the card (or here, when the post failed: the
    // reply below still goes); a crash before then leaves it to the card's takeover.
    const ref = held === null ? null : await postNewOffer(deps, held, parts, now, { leasedUntil: held.lockedUntil?.getTime() ?? 0, answered: false });
    if (held !== null && ref === null) await recordEffectSent(deps.db, answeredKey(held), now);
    await record?.({ requestId: request.id, ...(ref === null ? {} : { message: ref }) });
  } else if (held !== null) {
    // On a rate-limited platform under load the card can wait seconds for its turn, and the reply goes
    // by an endpoint of its own. The job holds the card until it is posted (or taken over).
    const answered = answerSent();
    const waiting = keepWhileWaiting(deps, held);
    deps.background
      .run(async () => {
        await answered;
        waiting.release();
        return postNewOffer(deps, held, parts, now, { leasedUntil: waiting.leasedUntil(), answered: true });
      })
      .catch((error: unknown) => deps.log.error('offer.post_failed', { community: community.value.id, request: request.id, error: errorName(error) }));
  }
  const view = await queuedReply(deps, community.value, request, actor.user, now, saved);
  return ok({ requestId: request.id, view });
}
