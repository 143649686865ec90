/**
 * A coordinator presses "Reach them" on a crisis alert. Exactly one coordinator takes it — a single
 * conditional UPDATE on the crisis event decides — and a private space opens between them and the
 * person (a private thread, a group DM, a playground space). The alert is updated so the others see
 * who took it. If the space cannot be opened the claim is undone, so someone else can try.
 */
import { audit } from '../../db/queries/audit.js';
import { claimCrisisEvent, crisisEventClaim, releaseCrisisEvent } from '../../db/queries/crisis.js';
import { requestIsAnonymous } from '../../db/queries/requests.js';
import { sessionIsRelay } from '../../db/queries/sessions.js';
import type { Actor } from '../actor.js';
import { attempt } from '../attempt.js';
import type { CoreDeps } from '../deps.js';
import { loadCommunityAsCoordinator } from '../guards.js';
import { fail, ok, type Result } from '../result.js';
import { fixFor } from '../undelivered.js';
import { crisisAlertTakenView, reachIntroView } from '../views/crisis.js';
import { localise, t } from '../../i18n/index.js';
import type { TextView as View } from '../views/types.js';
import { WHERE } from './crisis-response.js';
import { errorName } from '../error-name.js';
import { resourcesFor } from '../resources.js';

export async function reachPerson(deps: CoreDeps, actor: Actor, eventId: string): Promise<Result<View>> {
  const community = await loadCommunityAsCoordinator(deps, actor);
  if (!community.ok) return community;
  const { settings } = community.value;
  const now = deps.clock();
  const won = await claimCrisisEvent(deps.db, { eventId, communityId: community.value.id, reachedBy: actor.user, now });
  if (won?.subjectRef == null) {
    const current = await crisisEventClaim(deps.db, eventId, community.value.id);
    if (current === null || current.subjectRef === null) return fail('stale');
    return fail('conflict', { id: 'alert-taken', byYou: current.reachedBy === actor.user });
  }
  const person = won.subjectRef;
  let space: string;
  try {
    space = await deps.platform.openSpace({
      community: actor.community,
      location: settings.sessionsLocation ?? settings.volunteerChannel,
      participants: [person, actor.user],
      title: localise(t('coord.reach.spaceTitle'), settings.language),
    });
  } catch (error) {
    deps.log.error('crisis.reach_failed', { event: eventId, error: errorName(error) });
    await releaseCrisisEvent(deps.db, eventId, actor.user);
    return fail('platform', { id: 'conversation-failed', fix: fixFor(deps, error) });
  }
  const resources = resourcesFor(deps, community.value);
  await attempt(deps, 'crisis.reach_intro_failed', { event: eventId }, () => deps.platform.postToSpace(space, reachIntroView({ coordinator: actor.user, person, resources })));
  const alert = won.alertRef;
  if (alert !== null) {
    const anonymous = await askedAnonymity(deps, won.requestId, won.sessionId);
    await attempt(deps, 'crisis.alert_update_failed', { event: eventId }, () =>
      deps.platform.updateMessage(alert, crisisAlertTakenView({ tier: won.tier, where: WHERE[won.source], person, anonymous, coordinator: actor.user })),
    );
  }
  await audit(deps.db, { communityId: community.value.id, actorRef: actor.user, action: 'crisis.reached', detail: { event: eventId }, at: now });
  return ok({ title: t('coord.reaching.title'), text: t('coord.reaching.text'), tone: 'success' });
}

/** Whether the event's request or session was anonymous, so the updated alert keeps the person unnamed. */
async function askedAnonymity(deps: CoreDeps, requestId: string | null, sessionId: string | null): Promise<boolean> {
  if (sessionId !== null && (await sessionIsRelay(deps.db, sessionId))) return true;
  if (requestId === null) return false;
  return requestIsAnonymous(deps.db, requestId);
}
