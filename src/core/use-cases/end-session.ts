/**
 * Either side (or a coordinator) ends a session. The request closes and its note is erased; the member
 * is asked privately whether it helped and whether they want a check-in; a listener whose session met
 * crisis language is prompted to debrief.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { isCoordinator, type Actor } from '../actor.js';
import { attempt } from '../attempt.js';
import { audit } from '../../db/queries/audit.js';
import { scheduleJobs } from '../../db/queries/jobs.js';
import { findOpenSessionBySpace, findSession, type SessionWithListener } from '../../db/queries/sessions.js';
import { feedback, sessions, supportRequests } from '../../db/schema.js';
import type { CoreDeps } from '../deps.js';
import { loadCommunity } from '../guards.js';
import { job } from '../jobs.js';
import type { SpaceRef } from '../ports.js';
import { fail, ok, type Result } from '../result.js';
import { addHours } from '../time.js';
import { feedbackPromptView, notice, volunteerSessionEndedView } from '../views/requests.js';
import type { View } from '../views/types.js';

export type SessionTarget = { readonly sessionId: string } | { readonly spaceRef: SpaceRef };

export async function endSession(deps: CoreDeps, actor: Actor, target: SessionTarget): Promise<Result<View>> {
  const community = await loadCommunity(deps, actor);
  if (!community.ok) return community;
  const session: SessionWithListener | null =
    'sessionId' in target ? await findSession(deps.db, community.value.id, target.sessionId) : await findOpenSessionBySpace(deps.db, target.spaceRef);
  if (session === null || session.communityId !== community.value.id) return fail('not-found', 'There is no open session here.');
  const role =
    session.memberRef === actor.user ? 'member' : session.listenerRef === actor.user ? 'volunteer' : (await isCoordinator(deps.db, community.value, actor)) ? 'coordinator' : null;
  if (role === null) return fail('not-allowed', 'Only the two people in a session, or a coordinator, can end it.');

  const now = deps.clock();
  const ended = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .update(sessions)
      .set({ endedAt: now, endedBy: role })
      .where(and(eq(sessions.id, session.id), isNull(sessions.endedAt)))
      .returning();
    if (row === undefined) return null;
    const [request] = await tx
      .update(supportRequests)
      .set({ status: 'closed', note: null, endedAt: now, endReason: `ended-by-${role}` })
      .where(eq(supportRequests.id, row.requestId))
      .returning({ checkInHours: supportRequests.checkInHours });
    const checkInHours = request?.checkInHours ?? null;
    await tx.insert(feedback).values({
      sessionId: row.id,
      communityId: row.communityId,
      memberRef: row.memberRef,
      checkInHours,
      createdAt: now,
      updatedAt: now,
    });
    await scheduleJobs(
      tx,
      [
        ...(checkInHours !== null && row.memberRef !== null
          ? [job('check-in', { sessionId: row.id }, addHours(now, checkInHours), `${row.id}:${checkInHours}`, row.communityId)]
          : []),
        ...(row.hadCrisis ? [job('debrief', { sessionId: row.id }, now, row.id, row.communityId)] : []),
      ],
      now,
    );
    await audit(tx, {
      communityId: row.communityId,
      actorRef: actor.user,
      action: 'session.ended',
      detail: { session: row.id, by: role, minutes: Math.round((now.getTime() - row.startedAt.getTime()) / 60_000) },
      at: now,
    });
    return { row, checkInChosen: checkInHours !== null };
  });
  if (ended === null) return fail('stale', 'This session has already ended.');

  const { row } = ended;
  if (row.spaceRef !== null) {
    const space = row.spaceRef;
    await attempt(deps, 'session.close_notice_failed', { session: row.id }, () =>
      deps.platform.postToSpace(space, notice('Session ended', `This session was ended by the ${role}. Thank you both.`)),
    );
    await attempt(deps, 'session.close_failed', { session: row.id }, () => deps.platform.closeSpace(space));
  }
  if (row.memberRef !== null) {
    const member = row.memberRef;
    const offsets = ended.checkInChosen ? [] : community.value.settings.checkInOffsetsHours;
    await attempt(deps, 'session.feedback_prompt_failed', { session: row.id }, () =>
      deps.platform.sendPrivate(member, feedbackPromptView({ sessionId: row.id, offsetsHours: offsets })),
    );
  }
  if (session.listenerRef !== null && role !== 'volunteer') {
    const listener = session.listenerRef;
    await attempt(deps, 'session.listener_notice_failed', { session: row.id }, () =>
      deps.platform.sendPrivate(listener, volunteerSessionEndedView()),
    );
  }
  return ok(
    role === 'volunteer'
      ? volunteerSessionEndedView()
      : notice('Session ended', role === 'member' ? 'Thank you for reaching out. I have sent you a couple of quick questions privately.' : 'The session is closed.', 'success'),
  );
}
