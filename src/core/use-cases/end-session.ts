/**
 * Either side (or a coordinator) ends a session. The request closes and its note's row is deleted; the member
 * is asked privately whether it helped and whether they want a check-in; a listener whose session met
 * crisis language is prompted to debrief.
 */
import { isCoordinator, type Actor } from '../actor.js';
import { attempt } from '../attempt.js';
import { tellCoordinators } from '../undelivered.js';
import { errorName } from '../error-name.js';
import { audit } from '../../db/queries/audit.js';
import { scheduleJobs } from '../../db/queries/jobs.js';
import { closeRequest, deleteNotes } from '../../db/queries/requests.js';
import { endOpenSession, findOpenSessionBySpace, findSession, insertFeedback, type SessionWithListener } from '../../db/queries/sessions.js';
import type { CoreDeps } from '../deps.js';
import { loadCommunity } from '../guards.js';
import { job } from '../jobs.js';
import type { SpaceRef } from '../ports.js';
import { fail, ok, type Result } from '../result.js';
import { addHours } from '../time.js';
import { feedbackPromptView, volunteerSessionEndedView } from '../views/requests.js';
import type { TextView as View } from '../views/types.js';
import { lines, t } from '../../i18n/index.js';

export type SessionTarget = { readonly sessionId: string } | { readonly spaceRef: SpaceRef };

export async function endSession(deps: CoreDeps, actor: Actor, target: SessionTarget): Promise<Result<View>> {
  const community = await loadCommunity(deps, actor);
  if (!community.ok) return community;
  const session: SessionWithListener | null =
    'sessionId' in target ? await findSession(deps.db, community.value.id, target.sessionId) : await findOpenSessionBySpace(deps.db, target.spaceRef);
  if (session === null || session.communityId !== community.value.id) return fail('not-found', { id: 'no-open-session' });
  const role =
    session.memberRef === actor.user ? 'member' : session.listenerRef === actor.user ? 'volunteer' : (await isCoordinator(deps.db, community.value, actor)) ? 'coordinator' : null;
  if (role === null) return fail('not-allowed', { id: 'session-members-only' });

  const now = deps.clock();
  const ended = await deps.db.transaction(async (tx) => {
    const row = await endOpenSession(tx, session.id, role, now);
    if (row === null) return null;
    const request = await closeRequest(tx, row.requestId, `ended-by-${role}`, now);
    await deleteNotes(tx, [row.requestId]);
    const checkInHours = request?.checkInHours ?? null;
    await insertFeedback(tx, {
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
  if (ended === null) return fail('stale', { id: 'session-ended' });

  const { row } = ended;
  if (row.spaceRef !== null) {
    const space = row.spaceRef;
    await attempt(deps, 'session.close_notice_failed', { session: row.id }, () =>
      deps.platform.postToSpace(space, { title: t('coord.ended.title'), text: t('coord.ended.by', { role }) }),
    );
    await attempt(deps, 'session.close_failed', { session: row.id }, () => deps.platform.closeSpace(space));
  }
  // The prompt is the member's only way to say whether it helped and to choose a check-in: when it
  // cannot be delivered, whoever ended the session hears so and the coordinators are told what to fix.
  let promptFailed = false;
  if (row.memberRef !== null) {
    const member = row.memberRef;
    const offsets = ended.checkInChosen ? [] : community.value.settings.checkInOffsetsHours;
    try {
      await deps.platform.sendPrivate(member, feedbackPromptView({ sessionId: row.id, offsetsHours: offsets }));
    } catch (error) {
      promptFailed = true;
      deps.log.warn('session.feedback_prompt_failed', { session: row.id, error: errorName(error) });
      await tellCoordinators(deps, community.value.settings.volunteerChannel, {
        code: 'session.feedback_prompt_failed',
        fields: { session: row.id },
        error,
        what: t('coord.undelivered.followUp', { checkIn: ended.checkInChosen ? 'yes' : 'no' }),
      });
    }
  }
  if (session.listenerRef !== null && role !== 'volunteer') {
    const listener = session.listenerRef;
    await attempt(deps, 'session.listener_notice_failed', { session: row.id }, () =>
      deps.platform.sendPrivate(listener, volunteerSessionEndedView()),
    );
  }
  return ok(endedView(role, promptFailed));
}

function endedView(role: 'member' | 'volunteer' | 'coordinator', promptFailed: boolean): View {
  if (role === 'member') {
    return promptFailed
      ? { title: t('coord.ended.title'), text: t('coord.ended.member.noDm'), tone: 'success' }
      : { title: t('coord.ended.title'), text: t('coord.ended.member'), tone: 'success' };
  }
  const base = role === 'volunteer' ? volunteerSessionEndedView() : { title: t('coord.ended.title'), text: t('coord.ended.closed'), tone: 'success' as const };
  return promptFailed ? { ...base, text: lines(base.text, '', t('coord.ended.promptFailed')) } : base;
}
