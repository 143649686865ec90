/**
 * A member asks for a listener. The request is queued (one open request per member, enforced by the
 * database), its note is scanned for crisis language which raises its urgency, an offer card goes to
 * the volunteer channel without the member's name, and the escalation ladder is scheduled. The card is
 * a job saved with the request and run at once (core/held-job.ts), so a crash between the two still
 * posts exactly one card (core/queue-request.ts).
 */
import { detectMessage, tierRank, type Detection } from '../../crisis/index.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { parseInput } from '../guards.js';
import { queueRequest, requestInput, type RequestListenerInput, type RequestListenerOutcome } from '../queue-request.js';
import type { Result } from '../result.js';
import type { Urgency } from '../views/requests.js';
import { recordCrisis, replyToCrisis } from './route-crisis.js';
import type { CrisisContext } from '../crisis-conversation.js';

export { NOTE_MAX, type RequestListenerInput, type RequestListenerOutcome } from '../queue-request.js';

export async function requestListener(deps: CoreDeps, actor: Actor, raw: RequestListenerInput): Promise<Result<RequestListenerOutcome>> {
  const parsed = parseInput(requestInput, raw);
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
    // Without crisis language there is nothing to record, and the card need not go out before the answer.
    return await queueRequest(deps, actor, { req, note, urgency, ...(detection.tier === 'none' ? {} : { record }) });
  } finally {
    if (!recorded) await record({});
  }
}
