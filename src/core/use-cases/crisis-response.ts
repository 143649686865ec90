/**
 * What follows a crisis reply, once it has been sent: the crisis event (ids only), a human route (a
 * crisis request queued or raised; in a session, the listener prompted), the coordinators' alert with a
 * "Reach them" button, and — after an imminent reply — a job that speaks again if the person goes quiet.
 * Also the raise: "not safe", a plan, or that silence page the coordinators again and put a crisis
 * request first.
 */
import type { Tier } from '../../crisis/index.js';
import { insertCrisisEvent, setCrisisAlertRef } from '../../db/queries/crisis.js';
import { cancelPendingJobs, scheduleJobs } from '../../db/queries/jobs.js';
import { requestIsAnonymous } from '../../db/queries/requests.js';
import { markSessionHadCrisis } from '../../db/queries/sessions.js';
import { coordinatorsOf } from '../../db/queries/volunteers.js';
import { attempt } from '../attempt.js';
import type { CommunityRecord } from '../communities.js';
import type { CrisisConversation, CrisisSource } from '../crisis-conversation.js';
import type { CoreDeps } from '../deps.js';
import { CRISIS_SILENCE_MINUTES, job } from '../jobs.js';
import type { MessageRef, UserRef } from '../ports.js';
import { addMinutes } from '../time.js';
import { type Msg, t } from '../../i18n/index.js';
import { crisisAlertTakenView, crisisAlertView, crisisQueuedView, listenerPromptView, type RaiseReason } from '../views/crisis.js';
import { ensureCrisisRequest, type CrisisRequest } from './crisis-request.js';
import { resourcesFor } from '../resources.js';
import type { CrisisContext } from '../crisis-conversation.js';

type RiskTier = Exclude<Tier, 'none'>;

export const WHERE: Record<CrisisSource, Msg> = {
  note: t('coord.where.note'),
  dm: t('coord.where.dm'),
  session: t('coord.where.session'),
  channel: t('coord.where.channel'),
};

export interface CrisisFacts {
  /** The event's id, chosen before the first attempt so a retry (the crisis backlog) records it once. */
  readonly eventId?: string;
  readonly tier: RiskTier;
  readonly rules: readonly string[];
  /** False for a repeat within the cooldown: recorded, but nobody is alerted again. */
  readonly alert: boolean;
  readonly replied: boolean;
  readonly fix: string | null;
  readonly conversation: CrisisConversation | null;
  readonly now: Date;
}

export async function respondToCrisis(deps: CoreDeps, context: CrisisContext, facts: CrisisFacts): Promise<void> {
  const { tier, rules, now, conversation } = facts;
  const community = await deps.communities.get(deps.db, context.community);
  if (community === null) return;
  const eventId = await insertEvent(deps, community, { id: facts.eventId, source: context.source, tier, rules, person: context.person, requestId: context.requestId ?? conversation?.requestId ?? null, sessionId: context.sessionId ?? null, now });
  if (conversation !== null && conversation.eventId === null) conversation.eventId = eventId;
  if (conversation !== null && context.requestId !== undefined) conversation.requestId = context.requestId;
  if (context.sessionId !== undefined) {
    await markSessionHadCrisis(deps.db, context.sessionId);
  }
  deps.log.warn('crisis.detected', { tier, rules, source: context.source, community: community.id, replied: facts.replied, repeat: !facts.alert });
  // A repeat means the person is not silent: the "no answer" follow-up is not needed.
  if (!facts.alert) {
    if (conversation?.eventId != null) await cancelPendingJobs(deps.db, 'crisis-silence', 'eventId', conversation.eventId, now);
    return;
  }
  if (context.listener !== undefined) await promptListener(deps, community, context.listener, tier, false);
  if (tier === 'elevated') return;
  if (community.settings.volunteerChannel === null) {
    deps.log.error('crisis.no_alert_channel', { community: community.id });
    return;
  }

  // A human route: a crisis request at the front of the queue, unless the text was a request's own
  // note (already one) or the person is in a session (their listener is there).
  const request = context.source === 'note' || context.source === 'session' ? null : await ensureCrisisRequest(deps, community, context.person);
  if (request?.kind === 'queued' && conversation !== null) conversation.requestId = request.requestId;
  const listener = context.source === 'session' ? 'in-session' : context.source === 'note' || request?.kind === 'queued' ? 'queued' : request?.kind === 'with-listener' ? 'with-listener' : 'none';
  const link = context.message === undefined || context.source === 'dm' ? null : await linkOrNull(deps, context.message);
  const anonymous = context.listener?.relay === true || (context.requestId !== undefined && (await requestIsAnonymous(deps.db, context.requestId)));
  const told = await postAlert(deps, community, eventId, {
    tier,
    where: WHERE[context.source],
    link,
    person: context.person,
    anonymous,
    listener,
    undelivered: facts.replied ? null : (facts.fix ?? t('replies.undelivered.unknown-fix')),
  });
  if (request?.kind === 'queued' && request.change !== 'unchanged') await tellQueued(deps, community, context, conversation, request, told);
  if (tier === 'imminent' && conversation !== null) {
    await scheduleJobs(
      deps.db,
      [
        job(
          'crisis-silence',
          { eventId, lang: conversation.lang, place: placeOf(conversation), ...(conversation.channel === undefined ? {} : { channel: conversation.channel }) },
          addMinutes(now, CRISIS_SILENCE_MINUTES),
          eventId,
          community.id,
        ),
      ],
      now,
    );
  }
}

/**
 * Raises the response for a conversation: a new crisis event (the reason as a rule id), a crisis request
 * queued or raised (or the session's listener prompted), and the coordinators paged again with a
 * "Reach them" button. Each reason raises once per conversation.
 */
export async function raiseCrisis(deps: CoreDeps, conversation: CrisisConversation, reason: RaiseReason): Promise<void> {
  if (conversation.raised.has(reason)) return;
  conversation.raised.add(reason);
  const now = deps.clock();
  const community = await deps.communities.get(deps.db, conversation.community);
  if (community === null) return;
  const eventId = await insertEvent(deps, community, {
    source: conversation.source,
    tier: 'imminent',
    rules: [`answer.${reason}`],
    person: conversation.person,
    requestId: conversation.requestId,
    sessionId: conversation.sessionId ?? null,
    now,
  });
  deps.log.warn('crisis.raised', { reason, source: conversation.source, community: community.id });
  if (community.settings.volunteerChannel === null) return;
  let request: CrisisRequest | null = null;
  if (conversation.source === 'session') {
    if (conversation.listener !== undefined) await promptListener(deps, community, conversation.listener, 'imminent', true);
  } else {
    request = await ensureCrisisRequest(deps, community, conversation.person);
    if (request.kind === 'queued') conversation.requestId = request.requestId;
    if (conversation.route === 'offer') conversation.route = 'asking';
  }
  const told = await postAlert(deps, community, eventId, {
    tier: 'imminent',
    where: WHERE[conversation.source],
    link: null,
    person: conversation.person,
    anonymous: conversation.listener?.relay === true,
    listener: conversation.source === 'session' ? 'in-session' : request?.kind === 'queued' ? 'queued' : request?.kind === 'with-listener' ? 'with-listener' : 'none',
    raised: reason,
    undelivered: null,
  });
  if (request?.kind === 'queued' && request.change !== 'unchanged') {
    await tellQueued(deps, community, { person: conversation.person, ...(conversation.channel === undefined ? {} : { channel: conversation.channel }) }, conversation, request, told);
  }
}

/** The conversation's place key, as the job payload carries it. */
function placeOf(conversation: CrisisConversation): string {
  return conversation.key.slice(conversation.person.length + 1);
}

async function insertEvent(
  deps: CoreDeps,
  community: CommunityRecord,
  e: { id?: string | undefined; source: CrisisSource; tier: RiskTier; rules: readonly string[]; person: UserRef; requestId: string | null; sessionId: string | null; now: Date },
): Promise<string> {
  const id = await insertCrisisEvent(deps.db, { ...(e.id === undefined ? {} : { id: e.id }), communityId: community.id, source: e.source, tier: e.tier, ruleIds: [...e.rules], subjectRef: e.person, requestId: e.requestId, sessionId: e.sessionId, createdAt: e.now });
  // Already there: an earlier attempt of the same event got this far.
  if (id === null && e.id !== undefined) return e.id;
  if (id === null) throw new Error('insert returned no row');
  return id;
}

/** Posts the alert and remembers where, so the "Reach them" button can update it. Returns whether it was posted. */
async function postAlert(deps: CoreDeps, community: CommunityRecord, eventId: string, a: Omit<Parameters<typeof crisisAlertView>[0], 'mentions' | 'eventId'>): Promise<boolean> {
  const channel = community.settings.volunteerChannel;
  if (channel === null) return false;
  const coordinators = await coordinatorsOf(deps.db, community.id);
  const onDuty = coordinators.filter((c) => c.dutySince !== null);
  const mentions = (onDuty.length > 0 ? onDuty : coordinators).map((c) => c.userRef);
  const ref = await deps.platform.postToChannel(channel, crisisAlertView({ ...a, mentions, eventId }));
  const reachedBy = await setCrisisAlertRef(deps.db, eventId, ref);
  // Taken between the post and the line above: "Reach them" had no alert to update then, so it is done here
  // (the claim and the ref are written to the same row, one after the other, so one of the two sees both).
  if (reachedBy !== null) {
    await attempt(deps, 'crisis.alert_update_failed', { event: eventId }, () =>
      deps.platform.updateMessage(ref, crisisAlertTakenView({ tier: a.tier, where: a.where, person: a.person, anonymous: a.anonymous === true, coordinator: reachedBy })),
    );
  }
  return true;
}

async function linkOrNull(deps: CoreDeps, message: MessageRef): Promise<string | null> {
  try {
    return await deps.platform.linkTo(message);
  } catch (error) {
    deps.log.warn('crisis.link_failed', { error: error instanceof Error ? error.name : typeof error });
    return null;
  }
}

/** The listener of the person's session, privately: an ephemeral in the space where the platform can, else a DM. */
async function promptListener(deps: CoreDeps, community: CommunityRecord, listener: NonNullable<CrisisContext['listener']>, tier: RiskTier, raised: boolean): Promise<void> {
  const view = listenerPromptView({ tier, resources: resourcesFor(deps, community), raised });
  await attempt(deps, 'crisis.listener_prompt_failed', { community: community.id }, () =>
    // A relay space holds only the listener, so a post there is private; elsewhere, privately to them.
    listener.relay && listener.space !== null ? deps.platform.postToSpace(listener.space, view) : deps.platform.sendPrivate(listener.user, view, listener.space ?? undefined),
  );
}

/** Tells the person their crisis request is queued (or raised), who is on duty now, and how to cancel. */
async function tellQueued(
  deps: CoreDeps,
  community: CommunityRecord,
  where: Pick<CrisisContext, 'person' | 'channel'>,
  conversation: CrisisConversation | null,
  request: Extract<CrisisRequest, { kind: 'queued' }>,
  coordinatorsTold: boolean,
): Promise<void> {
  const view = crisisQueuedView({
    lang: conversation?.lang ?? 'en',
    resources: resourcesFor(deps, community),
    requestId: request.requestId,
    onDuty: request.onDuty,
    coordinatorsTold,
    raised: request.change === 'raised',
  });
  await attempt(deps, 'crisis.queued_notice_failed', { request: request.requestId }, () => deps.platform.sendPrivate(where.person, view, where.channel));
}
