/**
 * Crisis routing for text from any source. The private reply comes first and uses only memory (the
 * detector, the resource catalogue, the cached community, the open conversations): it never waits on
 * the database (invariant 2). Recording the event, queueing a crisis request, prompting a session's
 * listener and alerting coordinators follow in `recordCrisis`, and their failure never undoes the reply.
 *
 * The person is never met with silence: a repeat within the cooldown gets a short "I'm still here" —
 * the cooldown throttles coordinator alerts, never the member — and the bot keeps listening to them
 * for a while after (crisis-conversation.ts, crisis-answer.ts).
 */
import { randomUUID } from 'node:crypto';
import { detectMessage, type Detection, type Tier } from '../../crisis/index.js';
import { conversationKey, type CrisisContext, type CrisisConversation, type CrisisSource, type HumanRoute } from '../crisis-conversation.js';
import type { CoreDeps } from '../deps.js';
import { errorName } from '../error-name.js';
import { resourcesFor } from '../resources.js';
import type { CommunitySettings } from '../settings.js';
import { fixFor } from '../undelivered.js';
import { localise } from '../../i18n/index.js';
import { countUnscanned } from '../unscanned-languages.js';
import { crisisLang } from '../views/crisis-copy.js';
import { crisisReplyView, stillHereView } from '../views/crisis.js';
import { respondToCrisis } from './crisis-response.js';

export type { CrisisContext, CrisisSource };

export interface CrisisOutcome {
  readonly tier: Tier;
  readonly rules: readonly string[];
  /** False only when the reply could not be delivered. */
  readonly replied: boolean;
}

/** Scans `text` and, when it carries risk, responds. The text itself goes no further than `detect`. */
export async function scanAndRoute(deps: CoreDeps, context: CrisisContext, text: string): Promise<CrisisOutcome> {
  const detection = detectMessage(text);
  const outcome = await routeDetection(deps, context, detection);
  if (detection.unscanned) await countUnscanned(deps, context.community, detection.lang);
  return outcome;
}

export async function routeDetection(deps: CoreDeps, context: CrisisContext, detection: Detection): Promise<CrisisOutcome> {
  const reply = await replyToCrisis(deps, context, detection);
  await recordCrisis(deps, context, detection, reply);
  return { tier: detection.tier, rules: detection.rules, replied: reply.replied };
}

/** Whether a full reply and an alert were due (not a repeat within the cooldown) and whether it was delivered. */
export interface CrisisReply {
  readonly fresh: boolean;
  readonly replied: boolean;
  /** Why the reply did not arrive and what a coordinator can do about it, when it failed. */
  readonly fix?: string;
  /** The conversation the reply opened or continued. */
  readonly conversation?: CrisisConversation;
}

/** The language of the person's message, when the detector knows it (`Detection.lang`). */
export function languageOf(detection: { readonly tier: Tier; readonly lang?: string }): string | undefined {
  return detection.lang;
}

/** The private reply, from memory only: it never waits on the database. */
export async function replyToCrisis(deps: CoreDeps, context: CrisisContext, detection: Detection): Promise<CrisisReply> {
  const { tier } = detection;
  if (tier === 'none') return { fresh: false, replied: false };
  deps.metrics?.crisisDetected(tier, context.source);
  const nowMs = deps.clock().getTime();
  const cached = deps.communities.peek(context.community);
  const cooldownMs = (cached?.settings.crisisCooldownMinutes ?? 30) * 60_000;
  const fresh = deps.crisisCooldown.shouldReply(context.person, tier, nowMs, cooldownMs);
  const conversation = deps.crisisCooldown.conversations.open(
    {
      key: conversationKey(context.person, context.place ?? 'dm'),
      community: context.community,
      person: context.person,
      source: context.source,
      ...(context.channel === undefined ? {} : { channel: context.channel }),
      shared: context.source === 'session' || context.source === 'channel',
      lang: crisisLang(languageOf(detection)),
      ...(context.sessionId === undefined ? {} : { sessionId: context.sessionId }),
      ...(context.listener === undefined ? {} : { listener: context.listener }),
      tier,
      route: humanRoute(context, cached?.settings ?? null, tier),
    },
    nowMs,
  );
  const input = { lang: conversation.lang, resources: resourcesFor(deps, cached), route: conversation.route };
  const view = fresh ? crisisReplyView(tier, input) : stillHereView(conversation.tier, input);
  try {
    await deps.platform.sendPrivate(context.person, view, context.channel);
    return { fresh, replied: true, conversation };
  } catch (error) {
    deps.log.error('crisis.reply_failed', { tier, source: context.source, error: errorName(error) });
    return { fresh, replied: false, fix: localise(fixFor(deps, error), cached?.settings.language ?? 'en'), conversation };
  }
}

/**
 * What the reply may say will happen, from what memory knows: no community (or no volunteer channel)
 * means nobody can be alerted, so nothing is claimed; a session has its listener already.
 */
function humanRoute(context: CrisisContext, settings: CommunitySettings | null, tier: Exclude<Tier, 'none'>): HumanRoute {
  if (settings === null || settings.volunteerChannel === null) return 'none';
  if (context.source === 'session') return 'session';
  return tier === 'elevated' ? 'offer' : 'asking';
}

/**
 * Records the event (rule ids only), then the human route and the alerts. When that fails (the database
 * or the platform is away), it waits in the crisis backlog and is retried until it goes through.
 */
export async function recordCrisis(deps: CoreDeps, context: CrisisContext, detection: Detection, reply: CrisisReply): Promise<void> {
  const { tier, rules } = detection;
  if (tier === 'none') return;
  // One event id for every attempt, so a retry after a half-done attempt records the event once.
  const facts = { eventId: randomUUID(), tier, rules, alert: reply.fresh, replied: reply.replied, fix: reply.fix ?? null, conversation: reply.conversation ?? null, now: deps.clock() };
  const run = () => respondToCrisis(deps, context, facts);
  try {
    await run();
  } catch (error) {
    deps.log.error('crisis.record_failed', { tier, source: context.source, error: errorName(error), backlog: deps.crisisBacklog.size + 1 });
    const dropped = deps.crisisBacklog.add({ attempts: 0, retry: run, about: { tier, source: context.source } });
    if (dropped !== null) deps.log.error('crisis.backlog_full', { dropped: dropped.about });
  }
}
