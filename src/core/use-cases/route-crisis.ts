/**
 * Crisis routing for text from any source. The private reply comes first and uses only memory (the
 * detector, the resource catalogue, the cached community): it never waits on the database (invariant 2).
 * Recording the event and alerting coordinators follow, and their failure never undoes the reply.
 */
import { eq } from 'drizzle-orm';
import { detectMessage, type CountryResources, type CrisisResource, type Detection, type Tier } from '../../crisis/index.js';
import { coordinatorsOf } from '../../db/queries/volunteers.js';
import { crisisEvents, sessions } from '../../db/schema.js';
import type { CommunityRecord } from '../communities.js';
import type { CoreDeps } from '../deps.js';
import type { ChannelRef, CommunityRef, MessageRef, UserRef } from '../ports.js';
import type { CommunityResource } from '../settings.js';
import { fixFor } from '../undelivered.js';
import { countUnscanned } from '../unscanned-languages.js';
import { crisisAlertView, crisisReplyView } from '../views/crisis.js';

export type CrisisSource = 'note' | 'dm' | 'session' | 'channel';

export interface CrisisContext {
  readonly community: CommunityRef;
  readonly person: UserRef;
  readonly source: CrisisSource;
  /** Channel to answer ephemerally in, where the platform can. */
  readonly channel?: ChannelRef;
  /** The message that carried the text, for the coordinators' link. */
  readonly message?: MessageRef;
  readonly requestId?: string;
  readonly sessionId?: string;
}

export interface CrisisOutcome {
  readonly tier: Tier;
  readonly rules: readonly string[];
  /** False when the reply was held back by the per-person cooldown or could not be delivered. */
  readonly replied: boolean;
}

const WHERE: Record<CrisisSource, string> = {
  note: 'in the note of a request (the request is now at the front of the queue)',
  dm: 'in a direct message to the bot',
  session: 'in a listening session',
  channel: 'in a watched channel',
};

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

/** Whether a reply was due (not held back by the cooldown) and whether it was delivered. */
export interface CrisisReply {
  readonly fresh: boolean;
  readonly replied: boolean;
  /** Why the reply did not arrive and what a coordinator can do about it, when it failed. */
  readonly fix?: string;
}

/** The private reply, from memory only: it never waits on the database. */
export async function replyToCrisis(deps: CoreDeps, context: CrisisContext, detection: Detection): Promise<CrisisReply> {
  const { tier } = detection;
  if (tier === 'none') return { fresh: false, replied: false };
  const cached = deps.communities.peek(context.community);
  const cooldownMs = (cached?.settings.crisisCooldownMinutes ?? 30) * 60_000;
  const fresh = deps.crisisCooldown.shouldReply(context.person, tier, deps.clock().getTime(), cooldownMs);
  if (!fresh) return { fresh, replied: false };
  try {
    await deps.platform.sendPrivate(context.person, crisisReplyView(tier, resourcesFor(deps, cached)), context.channel);
    return { fresh, replied: true };
  } catch (error) {
    deps.log.error('crisis.reply_failed', { tier, source: context.source, error: errorName(error) });
    return { fresh, replied: false, fix: fixFor(deps, error) };
  }
}

/** Records the event (rule ids only) and alerts coordinators; best effort when the database is down. */
export async function recordCrisis(deps: CoreDeps, context: CrisisContext, detection: Detection, reply: CrisisReply): Promise<void> {
  const { tier, rules } = detection;
  if (tier === 'none') return;
  try {
    await recordAndAlert(deps, context, tier, rules, { alert: reply.fresh, replied: reply.replied, fix: reply.fix ?? null, now: deps.clock() });
  } catch (error) {
    deps.log.error('crisis.record_failed', { tier, source: context.source, error: errorName(error) });
  }
}

export function resourcesFor(deps: Pick<CoreDeps, 'catalogue'>, community: CommunityRecord | null): CountryResources {
  const extras = (community?.settings.extraResources ?? []).map((r, i) => toResource(r, i, community?.settings.country ?? 'XX'));
  return deps.catalogue.forCountry(community?.settings.country ?? null, extras);
}

function toResource(r: CommunityResource, index: number, country: string): CrisisResource {
  return {
    id: `community-${index}`,
    country,
    name: r.name,
    kind: 'community',
    hours: r.hours,
    source: 'added by the community coordinators',
    checkedOn: 'community-maintained',
    ...(r.phone === undefined ? {} : { phone: r.phone }),
    ...(r.sms === undefined ? {} : { sms: r.sms }),
    ...(r.url === undefined ? {} : { url: r.url }),
  };
}

async function recordAndAlert(
  deps: CoreDeps,
  context: CrisisContext,
  tier: Exclude<Tier, 'none'>,
  rules: readonly string[],
  opts: { alert: boolean; replied: boolean; fix: string | null; now: Date },
): Promise<void> {
  const community = await deps.communities.get(deps.db, context.community);
  if (community === null) return;
  await deps.db.insert(crisisEvents).values({
    communityId: community.id,
    source: context.source,
    tier,
    ruleIds: [...rules],
    subjectRef: context.person,
    requestId: context.requestId ?? null,
    sessionId: context.sessionId ?? null,
    createdAt: opts.now,
  });
  if (context.sessionId !== undefined) {
    await deps.db.update(sessions).set({ hadCrisis: true }).where(eq(sessions.id, context.sessionId));
  }
  deps.log.warn('crisis.detected', { tier, rules, source: context.source, community: community.id, replied: opts.replied });
  if (!opts.alert || tier === 'elevated') return;
  const channel = community.settings.volunteerChannel;
  if (channel === null) {
    deps.log.error('crisis.no_alert_channel', { community: community.id });
    return;
  }
  const coordinators = await coordinatorsOf(deps.db, community.id);
  const onDuty = coordinators.filter((c) => c.dutySince !== null);
  const mentions = (onDuty.length > 0 ? onDuty : coordinators).map((c) => c.userRef);
  // A DM to the bot is not somewhere a coordinator can open: no link rather than a dead one.
  const link = context.message === undefined || context.source === 'dm' ? null : await deps.platform.linkTo(context.message);
  const undelivered = opts.replied ? null : (opts.fix ?? 'Check the bot logs for the error code.');
  await deps.platform.postToChannel(channel, crisisAlertView({ tier, where: WHERE[context.source], link, mentions, undelivered }));
}

export function errorName(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' || typeof code === 'number' ? `${error.name}:${code}` : error.name;
  }
  return typeof error;
}
