/**
 * Finishing an accept whose process died half-way (the `open-space` job, taken over by the scheduler
 * when the accepting process's lease runs out). It does what accept-request would have done next, with
 * the same effect keys, so nothing it already did is done again: open the space (reusing the recorded
 * one), post the introduction, tell the member, close the card, and tell the volunteer by DM — their
 * click's reply was lost with the process.
 */
import type { NewJob } from '../db/queries/jobs.js';
import { localise, t } from '../i18n/index.js';
import { findCommunityById } from '../db/queries/communities.js';
import { activateAcceptedRequest, requestById } from '../db/queries/requests.js';
import { findSession, sessionCommunityId, setSpaceIfUnset } from '../db/queries/sessions.js';
import type { CoreDeps } from './deps.js';
import { deliverOnce, type Effect } from './effects.js';
import { job } from './jobs.js';
import { closeOffer } from './offers.js';
import { acceptedForVolunteerView, memberMatchedView, sessionIntroView } from './views/requests.js';

/** The job saved with an accepted request's new session, held by the accepting process. */
export function spaceJob(sessionId: string, communityId: string, now: Date): NewJob {
  return job('open-space', { sessionId }, now, sessionId, communityId);
}

export async function finishAccept(deps: CoreDeps, sessionId: string, key: string, now: Date, once: (key: string, effect: Effect) => Promise<unknown>): Promise<void> {
  const communityId = await sessionCommunityId(deps.db, sessionId);
  if (communityId === null) return; // the accept was undone
  const session = await findSession(deps.db, communityId, sessionId);
  const community = await findCommunityById(deps.db, communityId);
  if (session === null || community === null || session.endedAt !== null || session.listenerRef === null) return;
  const request = await requestById(deps.db, session.requestId);
  if (request === null || !['accepted', 'active'].includes(request.status) || request.memberRef === null) return;
  const listener = session.listenerRef;
  const member = request.memberRef;
  const { settings } = community;

  let spaceRef = session.spaceRef;
  if (spaceRef === null) {
    const participants = request.anonymous ? [listener] : [member, listener];
    const opened = await deliverOnce(deps.db, `${key}:space`, now, () =>
      deps.platform.openSpace({ community: community.ref, location: settings.sessionsLocation ?? settings.volunteerChannel, participants, title: localise(t('replies.space.title', { topic: request.topic }), settings.language) }),
    );
    if (opened.ref === null) throw new Error('the space was opened but its ref was not recorded');
    spaceRef = opened.ref;
    const space = spaceRef;
    await deps.db.transaction(async (tx) => {
      await setSpaceIfUnset(tx, sessionId, space);
      await activateAcceptedRequest(tx, request.id);
    });
  }
  const space = spaceRef;
  const matched = memberMatchedView({ sessionId, anonymous: request.anonymous });
  await once(`${key}:member`, (delivery) => deps.platform.sendPrivate(member, matched, undefined, delivery));
  const intro = sessionIntroView({ sessionId, topic: request.topic, anonymous: request.anonymous, listener, member: request.anonymous ? null : member });
  await once(`${key}:intro`, (delivery) => deps.platform.postToSpace(space, intro, delivery));
  await closeOffer(deps, request, now, { kind: 'accepted', after: (request.acceptedAt ?? now).getTime() - request.createdAt.getTime() });
  await once(`${key}:volunteer`, (delivery) => deps.platform.sendPrivate(listener, acceptedForVolunteerView({ anonymous: request.anonymous }), undefined, delivery));
}
